import StatementKit

/// What a cell shows, which a `Theme` turns into colours and attributes. Widgets paint roles,
/// never colours, so a theme change never touches a widget.
public enum Role: String, Hashable, Sendable, CaseIterable {
    /// The highlight role of colour `index` (0–4).
    public static func highlight(_ index: Int) -> Role {
        [.highlight1, .highlight2, .highlight3, .highlight4, .highlight5][max(0, min(4, index))]
    }

    case text
    /// Quoted words in the statement.
    case quote
    /// A quoted name, title or scare quote that nobody says there: apart from speech.
    case term
    /// What the narration reports someone said, without quotation marks ("noted that …").
    case reported
    /// The quote the reader is on (`]q`, Enter in the Quotes pane).
    case quoteCurrent = "quote-current"
    /// A quote of a speaker other than the one the Speakers pane filters on.
    case quoteDimmed = "quote-dimmed"
    /// The `[Speaker]` tag after a quote whose speaker the text does not name right there.
    case speakerTag = "speaker-tag"
    /// A speaker's name where it occurs in the text.
    case speaker
    /// A call's action (and its row in the Calls pane), by how hard the call presses.
    case callDemand = "call-demand"
    case callRequest = "call-request"
    case callEncouragement = "call-encouragement"
    case callAdvice = "call-advice"
    /// The words that make a call ("urged", "must"), whatever its strength.
    case cue
    /// The five highlight colours of annotations.
    case highlight1 = "highlight-1"
    case highlight2 = "highlight-2"
    case highlight3 = "highlight-3"
    case highlight4 = "highlight-4"
    case highlight5 = "highlight-5"
    /// The text cursor and a visual selection in the statement.
    case cursor
    case selection
    /// The gutter mark of a line with a note.
    case noteMark = "note-mark"
    case searchMatch = "search-match"
    case currentMatch = "current-match"
    case gutter
    case gutterFocus = "gutter-focus"
    case paneTitle = "pane-title"
    case paneTitleFocused = "pane-title-focused"
    case paneItem = "pane-item"
    case paneSelection = "pane-selection"
    case paneDetail = "pane-detail"
    case border
    case status
    case statusAccent = "status-accent"
    case message
    case help
    case helpKey = "help-key"
    case notice
    /// A release's headline, and the header line above the text.
    case headline
    /// A paragraph that is only a date and place, and the dateline that opens a paragraph.
    case dateline
    /// A folded paragraph's one line (`⋯ contact: …`).
    case fold

    /// The role of a call of `strength`.
    public static func call(_ strength: CallToAction.Strength) -> Role {
        switch strength {
        case .demand: return .callDemand
        case .request: return .callRequest
        case .encouragement: return .callEncouragement
        case .advice: return .callAdvice
        }
    }
}

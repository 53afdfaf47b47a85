/// What the reader can be asked to do. Keys map to actions through the `KeyMap`; only
/// `AppState.apply` changes state.
public enum Action: Hashable, Sendable {
    // Moving in the focused pane (the text scrolls, a list moves its selection).
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    // Moving in the statement.
    case nextParagraph, previousParagraph, goToParagraph
    case nextQuote, previousQuote, nextCall, previousCall
    case nextQuoteBySameSpeaker, previousQuoteBySameSpeaker
    // Panes.
    case focusNextPane, focusPreviousPane, activate
    case widenPanes, narrowPanes
    case togglePane(PaneKind)
    case toggleZen
    // Search.
    case searchForward, searchBackward, nextMatch, previousMatch
    // The rest.
    case cancel, toggleHelp, quit
}

/// The panes beside the statement.
public enum PaneKind: String, Hashable, Sendable, CaseIterable {
    case quotes = "Quotes"
    case speakers = "Speakers"
    case calls = "Calls to action"
}

/// Which pane has the keyboard.
public enum Focus: Hashable, Sendable {
    case statement
    case pane(PaneKind)
}

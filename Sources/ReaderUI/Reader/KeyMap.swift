/// Every key binding, as data. The help screen is generated from this list, so a binding that
/// works is always listed and nothing listed is dead.
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public var keys: [[Key]]
        public var action: Action
        public var summary: String
        public var section: String
    }

    public var bindings: [Binding]

    /// The action a complete key sequence asks for.
    public func action(for sequence: [Key]) -> Action? {
        bindings.first { $0.keys.contains(sequence) }?.action
    }

    /// Whether `sequence` begins some longer binding (`]` before `q`).
    public func isPrefix(_ sequence: [Key]) -> Bool {
        bindings.contains { binding in
            binding.keys.contains { $0.count > sequence.count && Array($0.prefix(sequence.count)) == sequence }
        }
    }

    public static let standard: KeyMap = {
        func c(_ s: String) -> [Key] { s.map { Key.character($0) } }
        let move = "Moving", quotes = "Quotes and calls", panes = "Panes", search = "Search", other = "Other"
        let notes = "Highlights and notes"
        return KeyMap(bindings: [
            Binding(keys: [c("j"), [.down], [.control("e")]], action: .lineDown, summary: "line down (or next item in a list)", section: move),
            Binding(keys: [c("k"), [.up], [.control("y")]], action: .lineUp, summary: "line up (or previous item)", section: move),
            Binding(keys: [c("}"), c("J")], action: .nextParagraph, summary: "next paragraph", section: move),
            Binding(keys: [c("{"), c("K")], action: .previousParagraph, summary: "previous paragraph", section: move),
            Binding(keys: [c(" "), [.pageDown], c("f"), [.control("f")]], action: .pageDown, summary: "page down", section: move),
            Binding(keys: [c("b"), [.pageUp], [.control("b")]], action: .pageUp, summary: "page up", section: move),
            Binding(keys: [c("d"), [.control("d")]], action: .halfPageDown, summary: "half page down", section: move),
            Binding(keys: [c("u"), [.control("u")]], action: .halfPageUp, summary: "half page up", section: move),
            Binding(keys: [c("g"), [.home]], action: .top, summary: "start of the statement", section: move),
            Binding(keys: [c("G"), [.end]], action: .bottom, summary: "end of the statement", section: move),
            Binding(keys: [c(":")], action: .goToParagraph, summary: "go to paragraph N (type N, Enter)", section: move),
            Binding(keys: [c("]q")], action: .nextQuote, summary: "next quote", section: quotes),
            Binding(keys: [c("[q")], action: .previousQuote, summary: "previous quote", section: quotes),
            Binding(keys: [c("]t")], action: .nextTerm, summary: "next quoted term (a name or scare quote)", section: quotes),
            Binding(keys: [c("[t")], action: .previousTerm, summary: "previous quoted term", section: quotes),
            Binding(keys: [c("]c")], action: .nextCall, summary: "next call to action", section: quotes),
            Binding(keys: [c("[c")], action: .previousCall, summary: "previous call to action", section: quotes),
            Binding(keys: [c("W")], action: .toggleWeakCalls, summary: "]c [c skip or stop at weak calls (encouragements)", section: quotes),
            Binding(keys: [c("]s")], action: .nextQuoteBySameSpeaker, summary: "next quote by the same speaker", section: quotes),
            Binding(keys: [c("[s")], action: .previousQuoteBySameSpeaker, summary: "previous quote by the same speaker", section: quotes),
            Binding(keys: [[.tab]], action: .focusNextPane, summary: "focus the next pane", section: panes),
            Binding(keys: [[.backTab]], action: .focusPreviousPane, summary: "focus the previous pane", section: panes),
            Binding(keys: [[.enter]], action: .activate, summary: "go to the selected quote, speaker or call", section: panes),
            Binding(keys: [c(">")], action: .widenPanes, summary: "widen the panes", section: panes),
            Binding(keys: [c("<")], action: .narrowPanes, summary: "narrow the panes", section: panes),
            Binding(keys: [c("1")], action: .togglePane(.quotes), summary: "show or hide Quotes", section: panes),
            Binding(keys: [c("2")], action: .togglePane(.speakers), summary: "show or hide Speakers", section: panes),
            Binding(keys: [c("3")], action: .togglePane(.calls), summary: "show or hide Calls to action", section: panes),
            Binding(keys: [c("4")], action: .togglePane(.notes), summary: "show or hide Notes", section: panes),
            Binding(keys: [c("T")], action: .toggleTermsInQuotes, summary: "list quoted terms in Quotes, or speech only", section: panes),
            Binding(keys: [c("z")], action: .toggleZen, summary: "zen: hide or restore all panes", section: panes),
            Binding(keys: [c("/")], action: .searchForward, summary: "search forward (smart case)", section: search),
            Binding(keys: [c("?")], action: .searchBackward, summary: "search backward", section: search),
            Binding(keys: [c("n")], action: .nextMatch, summary: "next match", section: search),
            Binding(keys: [c("N")], action: .previousMatch, summary: "previous match", section: search),
            Binding(keys: [c("w")], action: .wordForward, summary: "cursor to the next word", section: notes),
            Binding(keys: [c("e")], action: .wordEnd, summary: "cursor to the end of the word", section: notes),
            Binding(keys: [c("B")], action: .wordBackward, summary: "cursor to the previous word (b while selecting)", section: notes),
            Binding(keys: [c(")")], action: .sentenceForward, summary: "cursor to the next sentence", section: notes),
            Binding(keys: [c("(")], action: .sentenceBackward, summary: "cursor to the previous sentence", section: notes),
            Binding(keys: [c("0")], action: .lineStart, summary: "cursor to the start of the line", section: notes),
            Binding(keys: [c("$")], action: .lineEnd, summary: "cursor to the end of the line", section: notes),
            Binding(keys: [c("v")], action: .visualSelection, summary: "start or end a selection", section: notes),
            Binding(keys: [c("V")], action: .visualParagraph, summary: "select the whole paragraph", section: notes),
            Binding(keys: [c("m")], action: .highlight, summary: "highlight the selection, or the quote, call or sentence under the cursor", section: notes),
            Binding(keys: [c("M")], action: .nextColour, summary: "next highlight colour", section: notes),
            Binding(keys: [c("a")], action: .annotate, summary: "write a note here (Enter saves, Esc cancels)", section: notes),
            Binding(keys: [c("A")], action: .annotateInEditor, summary: "write a long note in $VISUAL or $EDITOR", section: notes),
            Binding(keys: [c("x")], action: .deleteAnnotation, summary: "delete the highlight under the cursor (or the selected note)", section: notes),
            Binding(keys: [c("U")], action: .undo, summary: "undo the last change to a note or highlight", section: notes),
            Binding(keys: [c("y")], action: .copyCitation, summary: "copy the quote or selection as a citation", section: notes),
            Binding(keys: [c("E")], action: .exportNotes, summary: "export the notes as Markdown", section: notes),
            Binding(keys: [c("R")], action: .refreshNotes, summary: "reload notes (another reader's too)", section: notes),
            Binding(keys: [[.escape]], action: .cancel, summary: "cancel; clear the speaker filter and search", section: other),
            Binding(keys: [c("h"), [.function(1)]], action: .toggleHelp, summary: "this help", section: other),
            Binding(keys: [c("q"), [.control("c")]], action: .quit, summary: "quit", section: other),
        ])
    }()
}

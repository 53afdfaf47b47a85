/// Every key binding of every mode, as data. The help screen and the status line's hints are
/// generated from it, so a binding that works is always listed and nothing listed is dead.
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public var keys: [[Key]]
        public var action: Action
        public var summary: String
        public var section: String
        public var mode: KeyMode = .reading
        /// A word or two for the status line (`Enter keeps`), for the keys a prompt names there.
        public var hint: String? = nil
    }

    /// What a mode does with a key bound to nothing: a character it takes is typed, any other
    /// key does `otherwise` (nothing, when nil).
    public struct Unbound: Sendable {
        public enum Typing: Sendable {
            case anyCharacter, digits

            func takes(_ character: Character) -> Bool { self == .anyCharacter || character.isNumber }
        }

        public var typing: Typing?
        public var typingSummary = ""
        public var otherwise: Action?
        public var otherwiseSummary: String
    }

    public var bindings: [Binding]
    public var unbound: [KeyMode: Unbound] = [:]

    /// The bindings of one mode, in the order help lists them.
    public func bindings(in mode: KeyMode) -> [Binding] { bindings.filter { $0.mode == mode } }

    /// The action a complete key sequence asks for in `mode`.
    public func action(for sequence: [Key], in mode: KeyMode = .reading) -> Action? {
        if let binding = bindings.first(where: { $0.mode == mode && $0.keys.contains(sequence) }) { return binding.action }
        if let fallback = mode.fallsBackTo { return action(for: sequence, in: fallback) }
        guard sequence.count == 1, let rest = unbound[mode] else { return nil }
        if case .character(let character) = sequence[0], let typing = rest.typing, typing.takes(character) {
            return .typeCharacter(character)
        }
        return rest.otherwise
    }

    /// Whether `sequence` begins some longer binding of `mode` (`]` before `q`).
    public func isPrefix(_ sequence: [Key], in mode: KeyMode = .reading) -> Bool {
        let own = bindings.contains { binding in
            binding.mode == mode && binding.keys.contains { $0.count > sequence.count && Array($0.prefix(sequence.count)) == sequence }
        }
        return own || (mode.fallsBackTo.map { isPrefix(sequence, in: $0) } ?? false)
    }

    /// The status line's reminder for a mode: `Enter keeps · Esc cancels`.
    public func hint(in mode: KeyMode) -> String {
        bindings(in: mode).compactMap { binding in
            binding.hint.map { "\(binding.keys[0].map(\.description).joined()) \($0)" }
        }.joined(separator: " · ")
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
            Binding(keys: [c("o")], action: .toggleFolds, summary: "open or close all folds (contacts, boilerplate, end marks, trails)",
                    section: move),
            Binding(keys: [c("]q")], action: .nextQuote, summary: "next quote", section: quotes),
            Binding(keys: [c("[q")], action: .previousQuote, summary: "previous quote", section: quotes),
            Binding(keys: [c("]t")], action: .nextTerm, summary: "next quoted term (a name or scare quote)", section: quotes),
            Binding(keys: [c("[t")], action: .previousTerm, summary: "previous quoted term", section: quotes),
            Binding(keys: [c("]c")], action: .nextCall, summary: "next call to action", section: quotes),
            Binding(keys: [c("[c")], action: .previousCall, summary: "previous call to action", section: quotes),
            Binding(keys: [c("W")], action: .toggleWeakCalls, summary: "]c [c skip or stop at weak calls (~ and ?)", section: quotes),
            Binding(keys: [c("]s")], action: .nextQuoteBySameSpeaker, summary: "next by the same speaker (quote or reported)", section: quotes),
            Binding(keys: [c("[s")], action: .previousQuoteBySameSpeaker, summary: "previous by the same speaker (quote or reported)", section: quotes),
            Binding(keys: [c("]r")], action: .nextReported, summary: "next reported speech (\"X said that …\")", section: quotes),
            Binding(keys: [c("[r")], action: .previousReported, summary: "previous reported speech", section: quotes),
            Binding(keys: [[.tab]], action: .focusNextPane, summary: "focus the next pane", section: panes),
            Binding(keys: [[.backTab]], action: .focusPreviousPane, summary: "focus the previous pane", section: panes),
            Binding(keys: [[.enter]], action: .activate, summary: "go to the selected quote, speaker or call; in the text, open or close the fold",
                    section: panes),
            Binding(keys: [c(">")], action: .widenPanes, summary: "widen the panes", section: panes),
            Binding(keys: [c("<")], action: .narrowPanes, summary: "narrow the panes", section: panes),
            Binding(keys: [c("1")], action: .togglePane(.quotes), summary: "show or hide Quotes", section: panes),
            Binding(keys: [c("2")], action: .togglePane(.speakers), summary: "show or hide Speakers", section: panes),
            Binding(keys: [c("3")], action: .togglePane(.calls), summary: "show or hide Calls to action", section: panes),
            Binding(keys: [c("4")], action: .togglePane(.notes), summary: "show or hide Notes", section: panes),
            Binding(keys: [c("T")], action: .toggleTermsInQuotes, summary: "list quoted terms in Quotes, or speech only", section: panes),
            Binding(keys: [c("r")], action: .cycleQuoteKinds, summary: "Quotes: direct quotes, reported speech, or both", section: panes),
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
            Binding(keys: [c("h"), [.function(1)]], action: .toggleHelp, summary: "this help", section: other, hint: "help"),
            Binding(keys: [c("q"), [.control("c")]], action: .quit, summary: "quit", section: other),

            Binding(keys: [c("b")], action: .wordBackward, summary: "cursor to the previous word", section: "While selecting", mode: .selecting),

            Binding(keys: [[.enter]], action: .submit, summary: "keep the search, at its match", section: "Search prompt", mode: .search, hint: "keeps"),
            Binding(keys: [[.escape], [.control("c")]], action: .abandon, summary: "cancel: back where the search began", section: "Search prompt",
                    mode: .search, hint: "cancels"),
            Binding(keys: [[.backspace], [.delete]], action: .eraseBackward, summary: "delete the last character (none left: cancel)",
                    section: "Search prompt", mode: .search),
            Binding(keys: [[.control("u")]], action: .eraseToStart, summary: "clear the query", section: "Search prompt", mode: .search),
            Binding(keys: [[.function(1)]], action: .toggleHelp, summary: "this help", section: "Search prompt", mode: .search),

            Binding(keys: [[.enter]], action: .submit, summary: "go to the paragraph", section: "Paragraph prompt", mode: .paragraphNumber, hint: "to go"),
            Binding(keys: [[.backspace], [.delete]], action: .eraseBackward, summary: "delete the last digit (none left: cancel)",
                    section: "Paragraph prompt", mode: .paragraphNumber),
            Binding(keys: [[.escape]], action: .abandon, summary: "cancel", section: "Paragraph prompt", mode: .paragraphNumber),
            Binding(keys: [[.function(1)]], action: .toggleHelp, summary: "this help", section: "Paragraph prompt", mode: .paragraphNumber),

            Binding(keys: [[.enter]], action: .submit, summary: "save the note", section: "Note editor", mode: .note, hint: "saves"),
            Binding(keys: [[.escape], [.control("c")]], action: .abandon, summary: "cancel: the note is not saved", section: "Note editor",
                    mode: .note, hint: "cancels"),
            Binding(keys: [[.left]], action: .caretLeft, summary: "cursor left", section: "Note editor", mode: .note),
            Binding(keys: [[.right]], action: .caretRight, summary: "cursor right", section: "Note editor", mode: .note),
            Binding(keys: [[.home], [.control("a")]], action: .caretHome, summary: "cursor to the start", section: "Note editor", mode: .note),
            Binding(keys: [[.end], [.control("e")]], action: .caretEnd, summary: "cursor to the end", section: "Note editor", mode: .note),
            Binding(keys: [[.backspace]], action: .eraseBackward, summary: "delete the character before the cursor", section: "Note editor",
                    mode: .note),
            Binding(keys: [[.delete]], action: .eraseForward, summary: "delete the character under the cursor", section: "Note editor",
                    mode: .note),
            Binding(keys: [[.control("u")]], action: .eraseToStart, summary: "delete back to the start", section: "Note editor", mode: .note),
            Binding(keys: [[.function(1)]], action: .toggleHelp, summary: "this help", section: "Note editor", mode: .note),

            Binding(keys: [c("j"), [.down]], action: .scrollHelpDown, summary: "scroll down", section: "Help", mode: .help),
            Binding(keys: [c("k"), [.up]], action: .scrollHelpUp, summary: "scroll up", section: "Help", mode: .help),
            Binding(keys: [[.control("c")]], action: .quit, summary: "quit", section: "Help", mode: .help),
        ], unbound: [
            .search: Unbound(typing: .anyCharacter, typingSummary: "typed into the query", otherwise: nil, otherwiseSummary: "ignored"),
            .paragraphNumber: Unbound(typing: .digits, typingSummary: "typed (digits only)", otherwise: .abandon, otherwiseSummary: "cancels"),
            .note: Unbound(typing: .anyCharacter, typingSummary: "typed into the note", otherwise: nil, otherwiseSummary: "ignored"),
            .help: Unbound(typing: nil, otherwise: .closeHelp, otherwiseSummary: "any other key closes"),
        ])
    }()
}

import Testing
@testable import ReaderUI
import StatementKit

/// One check per action, run for every key bound to it: a binding that does nothing fails.
@Suite("Key bindings")
struct ReducerTests {
    /// Sets the state up, presses the keys, and says whether the action happened.
    struct Check: Sendable {
        var setUp: @Sendable (inout AppState) -> Void
        var happened: @Sendable (_ before: AppState, _ after: AppState, _ effects: [Effect]) -> Bool

        init(setUp: @escaping @Sendable (inout AppState) -> Void = { _ in }, happened: @escaping @Sendable (_ before: AppState, _ after: AppState) -> Bool) {
            self.setUp = setUp
            self.happened = { before, after, _ in happened(before, after) }
        }

        /// A check on the effects the keys asked for.
        init(setUp: @escaping @Sendable (inout AppState) -> Void = { _ in }, asks: @escaping @Sendable (_ before: AppState, _ after: AppState, _ effects: [Effect]) -> Bool) {
            self.setUp = setUp
            self.happened = asks
        }
    }

    static let checks: [Action: Check] = [
        .lineDown: Check(happened: { $1.top == $0.top + 1 }),
        .lineUp: Check(setUp: { $0.type("jjj") }, happened: { $1.top == $0.top - 1 }),
        .pageDown: Check(happened: { $1.top > $0.top + 5 }),
        .pageUp: Check(setUp: { $0.type("G") }, happened: { $1.top < $0.top - 5 }),
        .halfPageDown: Check(happened: { $1.top == min($0.top + $0.textRows / 2, $0.layout.lines.count - $0.textRows) }),
        .halfPageUp: Check(setUp: { $0.type("G") }, happened: { $1.top == max(0, $0.top - $0.textRows / 2) && $0.top > 0 }),
        .top: Check(setUp: { $0.type("G") }, happened: { $1.top == 0 && $1.focusParagraph == 0 }),
        .bottom: Check(happened: { $1.focusParagraph == $1.document.paragraphs.count - 1 && $1.percentRead == 100 }),
        .nextParagraph: Check(happened: { $1.focusParagraph == $0.focusParagraph + 1 }),
        .previousParagraph: Check(setUp: { $0.type("}}") }, happened: { $1.focusParagraph == $0.focusParagraph - 1 }),
        .goToParagraph: Check(happened: { $1.mode == .goingTo("") }),
        .toggleFolds: Check(setUp: { $0 = Release.reader(width: 120, height: 30) }, happened: {
            $0.isFolded(1) && !$1.isFolded(1) && $1.layout.lines.count > $0.layout.lines.count
        }),
        .nextQuote: Check(happened: { $1.currentQuote == 0 }),
        .previousQuote: Check(setUp: { $0.type("]q]q") }, happened: { $1.currentQuote == 0 }),
        .nextQuoteBySameSpeaker: Check(setUp: { $0.type("]q") }, happened: {
            $1.currentQuote == 1 && $1.document.quotes[1].speaker == $0.document.quotes[0].speaker
        }),
        .previousQuoteBySameSpeaker: Check(setUp: { $0.type("]q]q") }, happened: { $1.currentQuote == 0 }),
        .nextReported: Check(happened: { $1.currentReported == 0 && $1.currentQuote == nil }),
        .previousReported: Check(setUp: { $0.type("]r]r") }, happened: { $1.currentReported == 0 }),
        .cycleQuoteKinds: Check(happened: {
            $1.listedKinds == .reported && $1.listedQuotes == $1.document.reportedSpeech.indices.map(QuoteRef.reported)
        }),
        .nextTerm: Check(setUp: { $0 = HandBuilt.reader() }, happened: { $1.currentQuote == 1 }),
        .previousTerm: Check(setUp: { $0 = HandBuilt.reader(); $0.type("]t]t") }, happened: { $1.currentQuote == 1 }),
        .toggleTermsInQuotes: Check(setUp: { $0 = HandBuilt.reader() }, happened: { $1.showsTerms && $1.listedQuotes == [0, 1, 2, 3].map(QuoteRef.quote) }),
        .toggleWeakCalls: Check(happened: { !$0.skipsWeakCalls && $1.skipsWeakCalls }),
        .nextCall: Check(happened: { $1.currentCall == 0 }),
        .previousCall: Check(setUp: { $0.type("]c]c") }, happened: { $1.currentCall == 0 }),
        .focusNextPane: Check(happened: { $1.focus == .pane(.quotes) }),
        .focusPreviousPane: Check(happened: { $1.focus == .pane(.notes) }),
        .activate: Check(setUp: { $0.press(.tab); $0.type("j") }, happened: { $1.currentQuote == 1 }),
        .widenPanes: Check(happened: { $1.paneShare == $0.paneShare + 5 }),
        .narrowPanes: Check(happened: { $1.paneShare == $0.paneShare - 5 }),
        .togglePane(.quotes): Check(happened: { $1.hiddenPanes == [.quotes] }),
        .togglePane(.speakers): Check(happened: { $1.hiddenPanes == [.speakers] }),
        .togglePane(.calls): Check(happened: { $1.hiddenPanes == [.calls] }),
        .togglePane(.notes): Check(happened: { $1.hiddenPanes == [.notes] }),
        .wordForward: Check(happened: { $1.cursor > $0.cursor && $1.scalars[$1.cursor - 1] == " " }),
        .wordEnd: Check(happened: { $1.cursor > $0.cursor && $1.scalars[$1.cursor + 1] == " " }),
        .wordBackward: Check(setUp: { $0.type("ww") }, happened: { $1.cursor < $0.cursor }),
        .sentenceForward: Check(happened: { $1.cursor == $1.document.paragraphs[1].span.start }),
        .sentenceBackward: Check(setUp: { $0.type("))") }, happened: { $1.cursor == $1.document.paragraphs[1].span.start }),
        .lineStart: Check(setUp: { $0.type("ww") }, happened: { $1.cursor == 0 }),
        .lineEnd: Check(happened: { $1.cursor > 20 && $1.layout.line(containing: $1.cursor) == 0 }),
        .visualSelection: Check(happened: { $1.selectionAnchor == $0.cursor }),
        .visualParagraph: Check(happened: { $1.selectedSpan == $1.document.paragraphs[0].span }),
        .highlight: Check(asks: { _, _, effects in effects.contains { if case .saveAnnotation = $0 { return true } else { return false } } }),
        .nextColour: Check(happened: { $1.colour == 1 }),
        .annotate: Check(happened: { if case .editingNote = $1.mode { return true } else { return false } }),
        .annotateInEditor: Check(asks: { _, _, effects in effects.contains { if case .editNote = $0 { return true } else { return false } } }),
        .deleteAnnotation: Check(setUp: { saveHighlight(&$0) }, asks: { $0.annotations.count == 1 && $1.annotations.isEmpty && $2.contains(.deleteAnnotation(id: "h1")) }),
        .undo: Check(setUp: { saveHighlight(&$0) }, asks: { _, _, effects in effects.contains(.deleteAnnotation(id: "h1")) }),
        .copyCitation: Check(asks: { _, _, effects in effects.contains { if case .copyToClipboard = $0 { return true } else { return false } } }),
        .exportNotes: Check(asks: { $2.contains(.exportNotes) }),
        .refreshNotes: Check(asks: { $2.contains(.reloadAnnotations) }),
        .toggleZen: Check(happened: { $1.zen && $1.frame.panes.isEmpty }),
        .searchForward: Check(happened: { if case .searching(_, true, _, _) = $1.mode { return true } else { return false } }),
        .searchBackward: Check(happened: { if case .searching(_, false, _, _) = $1.mode { return true } else { return false } }),
        .nextMatch: Check(setUp: { $0.type("/the"); $0.press(.enter) }, happened: { $1.search?.current == ($0.search?.current ?? 0) + 1 }),
        .previousMatch: Check(setUp: { $0.type("/the"); $0.press(.enter); $0.type("nn") }, happened: { $1.search?.current == ($0.search?.current ?? 0) - 1 }),
        .cancel: Check(setUp: { $0.type("]q") }, happened: { $0.currentQuote != nil && $1.currentQuote == nil }),
        .toggleHelp: Check(happened: { $1.mode == .help(scroll: 0, over: .normal) }),
        .quit: Check(happened: { $1.quitRequested }),
    ]

    /// Highlights the sentence under the cursor and answers the save as the executable would.
    static func saveHighlight(_ reader: inout AppState) {
        for case .saveAnnotation(var annotation) in reader.type("m") {
            annotation.id = "h1"
            annotation.created = "t"
            annotation.updated = "t"
            reader.send(.annotationSaved(annotation))
        }
    }

    @Test func aNoteIsTypedEditedAndSavedInTheStatusLine() throws {
        var reader = state()
        reader.type("]q")
        reader.type("a")
        reader.type("Naïve 東京 #check")
        reader.press(.left, .left, .left, .left, .left, .left, .backspace)
        reader.type("!")
        #expect(reader.screen.contains("Note: Naïve 東京!▏#check"))
        let effects = reader.press(.enter)
        guard case .saveAnnotation(let annotation) = try #require(effects.first) else { Issue.record("no save"); return }
        #expect(annotation.note == "Naïve 東京!#check")
        #expect(annotation.anchor.exact == reader.document.quotes[0].text)
        #expect(annotation.id.isEmpty)
        let asked = reader.type("a") + reader.press(.control("u"), .escape)
        #expect(asked.isEmpty)
        #expect(reader.message == "Note not saved")
    }

    @Test func savedNotesAreMarkedListedAndAnnounced() {
        var reader = state()
        Self.saveHighlight(&reader)
        var annotation = reader.annotations[0]
        annotation.note = "why? #follow-up"
        reader.send(.annotationSaved(annotation))
        #expect(reader.screen.contains("Notes 1"))
        #expect(reader.screen.hasPrefix("*"))
        var reopened = state()
        reopened.send(.annotationsLoaded(reader.annotations, announce: true))
        #expect(reopened.message == "1 note: 1 anchored")
        #expect(reopened.layout.lines[0].cells.contains { $0.role == .highlight1 })
    }

    @Test func aNoteOnChangedTextIsReanchoredAndItsNewPlaceSaved() {
        var reader = state()
        Self.saveHighlight(&reader)
        let stored = reader.annotations
        let edited = Analyzer.analyze("A paragraph inserted at the top.\n\n" + SampleStatement.text, source: "sample")
        var reopened = AppState(document: edited, width: 120, height: 40)
        let effects = reopened.send(.annotationsLoaded(stored, announce: true))
        #expect(reopened.message == "1 note: 1 moved")
        #expect(reopened.annotations[0].paragraph == 1)
        #expect(effects.contains { if case .relocateAnnotation = $0 { return true } else { return false } })
    }

    @Test func aInTheNotesPaneEditsTheSelectedNote() {
        var reader = state()
        Self.saveHighlight(&reader)
        reader.type("G")
        reader.press(.backTab)
        #expect(reader.focus == .pane(.notes))
        reader.type("j")
        reader.type("a")
        guard case .editingNote(let editor) = reader.mode else { Issue.record("not editing"); return }
        #expect(editor.annotation.id == "h1")
    }

    @Test func bMovesBackAWordWhileSelecting() {
        var reader = state()
        reader.type("www")
        let cursor = reader.cursor
        reader.type("vb")
        #expect(reader.cursor < cursor)
        #expect(reader.selectedSpan != nil)
        reader.press(.escape)
        reader.type("b")
        #expect(reader.selectionAnchor == nil)
    }

    @Test func aCitationNamesTheSpeakerRoleAndParagraph() {
        var reader = state()
        reader.type(":4")
        reader.press(.enter)
        reader.type("]q")
        let copied = reader.type("y").compactMap { effect -> String? in
            if case .copyToClipboard(let text) = effect { return text } else { return nil }
        }
        #expect(copied.first?.hasPrefix("“We are not asking for favours.") == true)
        #expect(copied.first?.hasSuffix("” — Ingrid Salo, Council chair, ¶ 4") == true)
    }

    @Test func theSessionResumesWhereTheReaderLeft() {
        var reader = state(width: 120, height: 20)
        reader.type(":8")
        reader.press(.enter)
        reader.type("2")
        let position = reader.sessionPosition
        var again = state(width: 120, height: 20)
        again.send(.sessionFound(ReadingSession(document: again.documentID, paragraph: position.paragraph, offset: position.offset,
                                                hiddenPanes: position.hiddenPanes, theme: nil, updated: "t")))
        #expect(again.focusParagraph == 7)
        #expect(again.top == reader.top)
        #expect(again.hiddenPanes == [.speakers])
    }

    /// How to reach each mode other than reading, from a fresh reader.
    static let entering: [KeyMode: @Sendable (inout AppState) -> Void] = [
        .reading: { _ in },
        .selecting: { $0.type("wwv") },
        .search: { $0.type("/riv") },
        .paragraphNumber: { $0.type(":3") },
        .note: { $0.type("]qa"); $0.type("abc"); $0.press(.left) },
        .help: { $0.type("h") },
    ]

    static func isSearching(_ state: AppState) -> Bool { if case .searching = state.mode { return true } else { return false } }
    static func query(_ state: AppState) -> String? { if case .searching(let query, _, _, _) = state.mode { return query } else { return nil } }
    static func note(_ state: AppState) -> NoteEditor? { if case .editingNote(let editor) = state.mode { return editor } else { return nil } }

    /// The checks for the modes other than reading, run after `entering` the mode.
    static let modeChecks: [KeyMode: [Action: Check]] = [
        .selecting: [
            .wordBackward: Check(happened: { $1.cursor < $0.cursor && $1.selectionAnchor == $0.selectionAnchor }),
        ],
        .search: [
            .submit: Check(happened: { $1.mode == .normal && $1.search?.query == "riv" }),
            .abandon: Check(happened: { $1.mode == .normal && $1.search == nil && $1.top == $0.top }),
            .eraseBackward: Check(happened: { query($1) == "ri" }),
            .eraseToStart: Check(happened: { query($1) == "" && $1.search == nil }),
            .toggleHelp: Check(happened: { $1.mode == .help(scroll: 0, over: $0.mode) }),
        ],
        .paragraphNumber: [
            .submit: Check(happened: { $1.mode == .normal && $1.focusParagraph == 2 }),
            .eraseBackward: Check(happened: { $1.mode == .goingTo("") }),
            .abandon: Check(happened: { $1.mode == .normal && $1.focusParagraph == $0.focusParagraph }),
            .toggleHelp: Check(happened: { $1.mode == .help(scroll: 0, over: .goingTo("3")) }),
        ],
        .note: [
            .submit: Check(asks: { _, after, effects in
                after.mode == .normal && effects.contains { if case .saveAnnotation(let a) = $0 { return a.note == "abc" } else { return false } }
            }),
            .abandon: Check(asks: { $1.mode == .normal && $1.message == "Note not saved" && $2.isEmpty }),
            .caretLeft: Check(happened: { note($1)?.cursor == 1 }),
            .caretRight: Check(happened: { note($1)?.cursor == 3 }),
            .caretHome: Check(happened: { note($1)?.cursor == 0 }),
            .caretEnd: Check(happened: { note($1)?.cursor == 3 }),
            .eraseBackward: Check(happened: { note($1).map { String($0.text) } == "ac" }),
            .eraseForward: Check(happened: { note($1).map { String($0.text) } == "ab" }),
            .eraseToStart: Check(happened: { note($1).map { String($0.text) } == "c" && note($1)?.cursor == 0 }),
            .toggleHelp: Check(happened: { if case .help(0, .editingNote) = $1.mode { return true } else { return false } }),
        ],
        .help: [
            .scrollHelpDown: Check(happened: { $1.mode == .help(scroll: 1, over: .normal) }),
            .scrollHelpUp: Check(setUp: { $0.type("jj") }, happened: { $1.mode == .help(scroll: 1, over: .normal) }),
            .quit: Check(happened: { $1.quitRequested }),
        ],
    ]

    static func check(_ action: Action, in mode: KeyMode) -> Check? {
        mode == .reading ? checks[action] : modeChecks[mode]?[action]
    }

    @Test func everyBindingOfEveryModeHasACheck() {
        for binding in KeyMap.standard.bindings {
            #expect(Self.check(binding.action, in: binding.mode) != nil, "no check for \(binding.action) in \(binding.mode)")
        }
        #expect(Set(KeyMap.standard.bindings.map(\.mode)) == Set(KeyMode.allCases))
    }

    @Test(arguments: KeyMap.standard.bindings.flatMap { binding in binding.keys.map { (binding.mode, binding.action, $0) } })
    func everyKeyDoesWhatHelpSays(_ mode: KeyMode, _ action: Action, _ keys: [Key]) throws {
        let check = try #require(Self.check(action, in: mode))
        var reader = state(width: 120, height: 30)
        Self.entering[mode]!(&reader)
        #expect(reader.keyMode == mode)
        check.setUp(&reader)
        let before = reader
        let effects = keys.flatMap { reader.update(.key($0)) }
        let happened = check.happened(before, reader, effects)
        #expect(happened, "\(keys.map(\.description).joined()) did not \(action) in \(mode)")
    }

    /// What the prompts and the help do with keys bound to nothing, as their help says.
    @Test func unboundKeysDoWhatHelpSays() {
        var search = state()
        Self.entering[.search]!(&search)
        search.type("e")
        #expect(Self.query(search) == "rive")
        search.press(.function(5))
        #expect(Self.query(search) == "rive")

        var number = state()
        Self.entering[.paragraphNumber]!(&number)
        number.type("3")
        #expect(number.mode == .goingTo("33"))
        number.type("x")
        #expect(number.mode == .normal)

        var note = state()
        Self.entering[.note]!(&note)
        note.type("d")
        #expect(Self.note(note).map { String($0.text) } == "abdc")
        note.press(.pageDown)
        #expect(Self.note(note).map { String($0.text) } == "abdc")

        var help = state()
        help.type("/riv")
        help.press(.function(1))
        help.type("q")
        #expect(Self.query(help) == "riv")
        #expect(!help.quitRequested)
    }

    /// Each mode's help lists its own bindings, and the status line's hints come from them.
    @Test func helpIsGeneratedForTheModeYouAreIn() {
        for mode in KeyMode.allCases where mode != .help {
            var reader = state(width: 120, height: 90)
            Self.entering[mode]!(&reader)
            reader.press(.function(1))
            let screen = reader.screen
            for binding in KeyMap.standard.bindings(in: mode) {
                // The summary's first words: a long one is cut at the overlay's edge.
                #expect(screen.contains(binding.summary.prefix(40)), "\(mode) help lacks \(binding.summary)")
            }
            #expect(screen.contains("any other key closes, j/k scroll"))
        }
        var reader = state()
        reader.type("/riv")
        #expect(reader.screen.contains("Enter keeps · Esc cancels"))
    }

    @Test func sameSpeakerSkipsOtherSpeakers() {
        var reader = state()
        reader.type("]q")
        let first = reader.document.quotes[reader.currentQuote!]
        reader.type("]s")
        let next = reader.document.quotes[reader.currentQuote!]
        #expect(next.speaker == first.speaker)
        #expect(reader.currentQuote! > 0)
    }

    @Test func goToParagraphByNumber() {
        var reader = state()
        reader.type(":7")
        reader.press(.enter)
        #expect(reader.focusParagraph == 6)
        reader.type(":99")
        reader.press(.enter)
        #expect(reader.message?.contains("No paragraph 99") == true)
    }

    @Test func searchIsIncrementalSmartCaseAndWraps() {
        var reader = state()
        reader.type("/council")
        let insensitive = reader.search!.matches.count
        reader.press(.escape)
        #expect(reader.search == nil)
        reader.type("/Council")
        #expect(reader.search!.matches.count < insensitive)
        reader.press(.enter)
        for _ in 0..<reader.search!.matches.count { reader.type("n") }
        #expect(reader.message?.contains("continuing at the top") == true)
    }

    @Test func escapeDuringSearchReturnsToWhereItBegan() {
        var reader = state(width: 120, height: 20)
        reader.type("jj")
        let top = reader.top
        reader.type("/gauge")
        reader.press(.escape)
        #expect(reader.top == top)
        #expect(reader.mode == .normal)
    }

    @Test func selectingASpeakerFiltersTheQuotesAndDimsTheOthers() {
        var reader = state()
        reader.press(.tab, .tab)
        reader.type("j")
        let name = reader.document.speakers[1].name
        #expect(reader.speakerFilter == name)
        #expect(reader.listedQuotes.allSatisfy { reader.document[$0].speaker == name })
        let dimmed = Screen.render(reader).cells.contains { $0.role == .quoteDimmed }
        #expect(dimmed)
        reader.press(.enter)
        #expect(reader.document.quotes[reader.currentQuote!].speaker == name)
    }

    @Test func resizeKeepsTheFocusedParagraphOnScreen() {
        var reader = state(width: 120, height: 30)
        reader.type(":8")
        reader.press(.enter)
        reader.send(.resize(width: 70, height: 30))
        let first = reader.layout.firstLine[reader.focusParagraph]
        #expect(first >= reader.top && first < reader.top + reader.textRows)
        #expect(reader.focusParagraph == 7)
    }

    @Test func aPendingPrefixIsShownAndAnUnknownSecondKeyStartsAgain() {
        var reader = state()
        reader.type("]")
        #expect(reader.pendingKeys == [.character("]")])
        #expect(reader.screen.contains("]"))
        reader.type("j")
        #expect(reader.pendingKeys.isEmpty)
        #expect(reader.top == 1)
    }

    @Test func theMouseScrollsAndSelectsWhereItPoints() {
        var reader = state(width: 120, height: 30)
        reader.send(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(reader.top == 3)
        let quotes = reader.frame.panes[.quotes]!
        reader.send(.mouse(MouseEvent(kind: .click, x: quotes.x + 2, y: quotes.y + 2)))
        #expect(reader.focus == .pane(.quotes))
        #expect(reader.selection[.quotes] == 1)
    }

    /// Each tab is found where the screen draws it (labels carry counts) and clicked in its
    /// middle: the pane clicked is the pane shown.
    @Test(arguments: [60, 80, 99])
    func aClickOnATabShowsThatPane(width: Int) {
        var reader = state(width: width, height: 30)
        let tabs = reader.frame.tabs!
        let row = Array(reader.screen.split(separator: "\n", omittingEmptySubsequences: false)[tabs.y])
        var clicked = 0
        // Clicked from the last tab to the first, so that each click changes the active pane.
        for pane in reader.visiblePanes.reversed() {
            let label = Array(" \(pane.rawValue) \(reader.itemCount(pane)) ")
            guard let start = (0...max(0, row.count - label.count)).first(where: { Array(row[$0..<$0 + label.count]) == label }) else { continue }
            reader.send(.mouse(MouseEvent(kind: .click, x: start + label.count / 2, y: tabs.y)))
            #expect(reader.activeTab == pane, "clicked \(pane) at \(width) columns")
            #expect(reader.focus == .pane(pane))
            #expect(reader.frame.panes[pane] != nil)
            clicked += 1
        }
        #expect(clicked >= 3)
    }
}

@Suite("Current search match")
struct CurrentMatchTests {
    @Test func theCurrentMatchIsPaintedApartFromTheOthersEvenOnAQuote() {
        var reader = state()
        reader.type("]q")
        reader.type("/governments")
        let cells = Screen.render(reader).cells
        let current = cells.filter { $0.role == .currentMatch }.map(\.text).joined()
        #expect(current == "governments")
        #expect(cells.contains { $0.role == .searchMatch })
    }
}

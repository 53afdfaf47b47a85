import Testing
@testable import ReaderUI
import StatementKit

/// One check per action, run for every key bound to it: a binding that does nothing fails.
@Suite("Key bindings")
struct ReducerTests {
    /// Sets the state up, presses the keys, and says whether the action happened.
    struct Check: Sendable {
        var setUp: @Sendable (inout AppState) -> Void = { _ in }
        var happened: @Sendable (_ before: AppState, _ after: AppState) -> Bool
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
        .nextQuote: Check(happened: { $1.currentQuote == 0 }),
        .previousQuote: Check(setUp: { $0.type("]q]q") }, happened: { $1.currentQuote == 0 }),
        .nextQuoteBySameSpeaker: Check(setUp: { $0.type("]q") }, happened: {
            $1.currentQuote == 1 && $1.document.quotes[1].speaker == $0.document.quotes[0].speaker
        }),
        .previousQuoteBySameSpeaker: Check(setUp: { $0.type("]q]q") }, happened: { $1.currentQuote == 0 }),
        .nextCall: Check(happened: { $1.currentCall == 0 }),
        .previousCall: Check(setUp: { $0.type("]c]c") }, happened: { $1.currentCall == 0 }),
        .focusNextPane: Check(happened: { $1.focus == .pane(.quotes) }),
        .focusPreviousPane: Check(happened: { $1.focus == .pane(.calls) }),
        .activate: Check(setUp: { $0.press(.tab); $0.type("j") }, happened: { $1.currentQuote == 1 }),
        .widenPanes: Check(happened: { $1.paneShare == $0.paneShare + 5 }),
        .narrowPanes: Check(happened: { $1.paneShare == $0.paneShare - 5 }),
        .togglePane(.quotes): Check(happened: { $1.hiddenPanes == [.quotes] }),
        .togglePane(.speakers): Check(happened: { $1.hiddenPanes == [.speakers] }),
        .togglePane(.calls): Check(happened: { $1.hiddenPanes == [.calls] }),
        .toggleZen: Check(happened: { $1.zen && $1.frame.panes.isEmpty }),
        .searchForward: Check(happened: { if case .searching(_, true, _, _) = $1.mode { return true } else { return false } }),
        .searchBackward: Check(happened: { if case .searching(_, false, _, _) = $1.mode { return true } else { return false } }),
        .nextMatch: Check(setUp: { $0.type("/the"); $0.press(.enter) }, happened: { $1.search?.current == ($0.search?.current ?? 0) + 1 }),
        .previousMatch: Check(setUp: { $0.type("/the"); $0.press(.enter); $0.type("nn") }, happened: { $1.search?.current == ($0.search?.current ?? 0) - 1 }),
        .cancel: Check(setUp: { $0.type("]q") }, happened: { $0.currentQuote != nil && $1.currentQuote == nil }),
        .toggleHelp: Check(happened: { $1.mode == .help(scroll: 0) }),
        .quit: Check(happened: { $1.quitRequested }),
    ]

    @Test func everyBindingHasACheck() {
        for binding in KeyMap.standard.bindings {
            #expect(Self.checks[binding.action] != nil, "no check for \(binding.action)")
        }
    }

    @Test(arguments: KeyMap.standard.bindings.flatMap { binding in binding.keys.map { (binding.action, $0) } })
    func everyKeyDoesWhatHelpSays(_ action: Action, _ keys: [Key]) throws {
        let check = try #require(Self.checks[action])
        var reader = state(width: 120, height: 30)
        check.setUp(&reader)
        let before = reader
        for key in keys { reader.apply(.key(key)) }
        let happened = check.happened(before, reader)
        #expect(happened, "\(keys.map(\.description).joined()) did not \(action)")
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
        #expect(reader.listedQuotes.allSatisfy { reader.document.quotes[$0].speaker == name })
        let dimmed = reader.layout.lines.flatMap(\.cells).contains { $0.role == .quoteDimmed }
        #expect(dimmed)
        reader.press(.enter)
        #expect(reader.document.quotes[reader.currentQuote!].speaker == name)
    }

    @Test func resizeKeepsTheFocusedParagraphOnScreen() {
        var reader = state(width: 120, height: 30)
        reader.type(":8")
        reader.press(.enter)
        reader.apply(.resize(width: 70, height: 30))
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
        reader.apply(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(reader.top == 3)
        let quotes = reader.frame.panes[.quotes]!
        reader.apply(.mouse(MouseEvent(kind: .click, x: quotes.x + 2, y: quotes.y + 2)))
        #expect(reader.focus == .pane(.quotes))
        #expect(reader.selection[.quotes] == 1)
    }
}

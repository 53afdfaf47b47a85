import Testing
@testable import ReaderUI
import StatementKit

/// Reported speech in the reader, on the built-in sample: its stretches are "the council said
/// that …" (¶2), "Salo told reporters that …" (¶4), Reyes "saying the current allocation was
/// “fair and lawful.”" (¶5, a direct quote inside) and Lindqvist "said the measurements …" (¶7).
@Suite("Reported speech in the reader")
struct ReportedSpeechTests {
    static let reported = sampleDocument.reportedSpeech

    @Test func theSampleHasTheReportedSpeechTheseTestsWalk() {
        #expect(Self.reported.map(\.paragraph) == [1, 3, 4, 6])
        #expect(Self.reported.map(\.speaker) == ["Northern Rivers Council", "Ingrid Salo", "Tomas Reyes", "Amara Lindqvist"])
        #expect(Self.reported[2].text.contains("“fair and lawful.”"))
    }

    @Test func bracketRWalksReportedSpeechAndSaysWhereItIs() {
        var reader = state()
        for (index, stretch) in Self.reported.enumerated() {
            reader.type("]r")
            #expect(reader.currentReported == index)
            #expect(reader.currentQuote == nil)
            #expect(reader.focusParagraph == stretch.paragraph)
            #expect(reader.cursor == stretch.span.start)
            #expect(reader.screen.contains("reported \(index + 1)/\(Self.reported.count)"))
        }
        reader.type("]r")
        #expect(reader.message == "No more reported speech below")
        #expect(reader.currentReported == Self.reported.count - 1)
        reader.type("[r[r")
        #expect(reader.currentReported == Self.reported.count - 3)
        reader.type("[r[r")
        #expect(reader.message == "No more reported speech above")
        #expect(reader.currentReported == 0)
    }

    @Test func bracketRStartsFromTheFocusedParagraph() {
        var reader = state()
        reader.type(":5")
        reader.press(.enter)
        reader.type("]r")
        #expect(reader.currentReported == 2)
        reader.press(.escape)
        reader.type("[r")
        #expect(reader.currentReported == 2)
    }

    @Test func bracketQStaysOnDirectQuotesAndStepsFromReportedSpeech() {
        var reader = state()
        reader.type("]r]r]r")
        #expect(reader.currentReported == 2)
        // The next direct quote is the one inside this stretch of reported speech.
        reader.type("]q")
        let inside = try! #require(reader.currentQuote)
        #expect(reader.document.quotes[inside].text == "fair and lawful.")
        #expect(reader.document.quotes[inside].paragraph == 4)
        // Back from the quote inside: the stretch that holds it.
        reader.type("[r")
        #expect(reader.currentReported == 2)
        reader.type("[q")
        #expect(reader.document.quotes[reader.currentQuote!].paragraph == 3)
    }

    @Test func bracketSCoversQuotesAndReportedSpeechOfTheSameSpeaker() {
        var reader = state()
        reader.type("]r]r]r")
        #expect(reader.document.reportedSpeech[reader.currentReported!].speaker == "Tomas Reyes")
        var visited: [String] = []
        for _ in 0..<3 {
            reader.type("]s")
            let on = try! #require(reader.currentQuoteRef)
            #expect(reader.document[on].speaker == "Tomas Reyes")
            visited.append(String(reader.document[on].text.prefix(12)))
        }
        #expect(visited == ["fair and law", "The province", "We will not "])
        reader.type("]s")
        #expect(reader.message == "No more quotes below")
        reader.type("[s[s[s")
        #expect(reader.currentReported == 2)
        // Salo: told reporters that … (¶4), then her quote in the same paragraph.
        reader.type("[r")
        #expect(reader.currentReported == 1)
        reader.type("]s")
        #expect(reader.currentQuote.map { reader.document.quotes[$0].speaker } == "Ingrid Salo")
        reader.type("[s")
        #expect(reader.currentReported == 1)
    }

    @Test func rCyclesTheQuotesPaneThroughDirectReportedAndBoth() {
        var reader = state()
        let direct = reader.listedQuotes
        #expect(direct.allSatisfy { !$0.isReported })
        #expect(!reader.screen.contains("≈"))
        #expect(!reader.screen.contains("Quotes: "))

        reader.type("r")
        #expect(reader.listedKinds == .reported)
        #expect(reader.listedQuotes == Self.reported.indices.map(QuoteRef.reported))
        var screen = reader.screen
        #expect(screen.contains(" Quotes 4 · reported "))
        #expect(screen.contains("Quotes: reported"))
        #expect(screen.contains("¶2 ≈ Council: fishing communities"))

        reader.type("r")
        #expect(reader.listedKinds == .both)
        #expect(reader.listedQuotes.count == direct.count + Self.reported.count)
        let order = reader.listedQuotes.map { reader.document[$0].span.start }
        #expect(order == order.sorted())
        // ¶5: the stretch of reported speech before the quote it holds.
        let fifth = reader.listedQuotes.filter { reader.document[$0].paragraph == 4 }
        #expect(fifth.map(\.isReported) == [true, false])
        screen = reader.screen
        #expect(screen.contains("Quotes: direct + reported"))
        #expect(screen.contains(" Quotes 12 · both "))

        reader.type("r")
        #expect(reader.listedKinds == .direct)
        #expect(reader.listedQuotes == direct)
        #expect(reader.message == "Quotes: direct only")
        reader.type("j")
        #expect(!reader.screen.contains("Quotes: "))
    }

    @Test func theSelectedQuoteStaysSelectedAcrossTheKinds() {
        var reader = state()
        reader.type("rr")
        reader.press(.tab)
        reader.type("jjjj")
        let selected = reader.listedQuotes[reader.selection[.quotes]!]
        #expect(!selected.isReported)
        reader.type("r")
        #expect(reader.listedQuotes[reader.selection[.quotes]!] == selected)
        reader.type("r")
        // Reported only: the first stretch after the quote that was selected.
        let now = reader.listedQuotes[reader.selection[.quotes]!]
        #expect(now.isReported)
        #expect(reader.document.precedes(selected, now))
        reader.press(.enter)
        #expect(reader.currentQuoteRef == now)
    }

    @Test func theSpeakersPaneCountsReportedSpeechAndEnterGoesToWhatIsListed() {
        var reader = state()
        #expect(reader.screen.contains("Ingrid Salo (1 quote, 1 reported, 1 call)"))
        reader.type("r")
        reader.press(.tab, .tab)
        reader.type("j")
        #expect(reader.speakerFilter == "Ingrid Salo")
        #expect(reader.listedQuotes == [.reported(1)])
        reader.press(.enter)
        #expect(reader.currentReported == 1)
        reader.type("r")
        #expect(reader.listedQuotes.map(\.isReported) == [true, false])
    }

    @Test func aSpeakerWithNothingSaidSaysSoOnEnter() {
        var reader = HandBuilt.reader()
        reader.press(.tab, .tab)
        reader.type("jj")
        reader.press(.enter)
        #expect(reader.message == "Donor Group is neither quoted nor reported")
    }

    @Test func reportedSpeechIsPaintedInItsRoleAndAQuoteInsideKeepsItsOwn() {
        let grid = Screen.render(state())
        let reported = grid.text(of: .reported)
        #expect(reported.contains("fishing communities downstream had lost half of their income since the spring"))
        #expect(reported.contains("the current allocation was"))
        #expect(!reported.contains("fair and lawful"))
        #expect(!reported.contains("said that"))
        #expect(grid.text(of: .quote).contains("fair and lawful."))
    }

    @Test func theCurrentStretchIsMarkedAndAFilterDimsOtherSpeakersReportedSpeech() {
        var reader = state()
        reader.type("]r")
        var grid = Screen.render(reader)
        #expect(grid.text(of: .quoteCurrent).hasPrefix("ishing communities downstream"))
        reader.press(.escape)
        reader.press(.tab, .tab)
        reader.type("j")
        grid = Screen.render(reader)
        #expect(grid.text(of: .quoteDimmed).contains("fishing communities downstream"))
        #expect(grid.text(of: .reported).contains("the council had written to both ministers"))
    }

    /// The Quotes pane's list of a long statement holds hundreds of thousands of rows.
    @Test func aListedQuoteTakesAWord() {
        #expect(MemoryLayout<QuoteRef>.stride == MemoryLayout<Int>.stride)
    }

    @Test func aStatementWithoutReportedSpeechSaysSo() {
        var reader = HandBuilt.reader()
        reader.type("]r")
        #expect(reader.message == "No reported speech in this statement")
        reader.type("r")
        #expect(reader.screen.contains("No reported speech"))
    }
}

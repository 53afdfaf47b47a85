import Testing
@testable import ReaderUI
import StatementKit

/// A statement built by hand, quote by quote and call by call, so that what these tests hold
/// about terms and strengths does not wait on what the analysis makes of the text.
enum HandBuilt {
    static let texts = [
        "The council urged the ministry to publish the data.",
        "“We will not wait,” the chair said of the so-called “reforms”.",
        "Donors should consider the report titled “Dry Rivers”, and the minister must resign.",
        "“The talks are over,” the minister said.",
    ]

    /// Quotes 0 and 3 are speech, 1 and 2 terms (one credited to a speaker, which must not
    /// tag it); the calls are a request (¶1), then an encouragement and a demand (¶3).
    static let document: Document = {
        let text = texts.joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [Paragraph] = []
        var start = 0
        for (index, paragraph) in texts.enumerated() {
            let span = TextSpan(start: start, end: start + paragraph.unicodeScalars.count)
            paragraphs.append(Paragraph(index: index, span: span, text: slice(text, span)))
            start = span.end + 2
        }
        func span(of needle: String, in paragraph: Int) -> TextSpan {
            let pattern = Array(needle.unicodeScalars), range = paragraphs[paragraph].span
            let offset = (range.start...(range.end - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern }!
            return TextSpan(start: offset, end: offset + pattern.count)
        }
        func quote(_ words: String, _ paragraph: Int, _ speaker: String?, _ kind: Quote.Kind) -> Quote {
            let span = span(of: words, in: paragraph)
            return Quote(paragraph: paragraph, span: span, text: slice(text, span), speaker: speaker, partial: false, kind: kind)
        }
        func call(_ cue: String, _ action: String, _ paragraph: Int, _ strength: CallToAction.Strength) -> CallToAction {
            let cueSpan = span(of: cue, in: paragraph), actionSpan = span(of: action, in: paragraph)
            return CallToAction(paragraph: paragraph, span: TextSpan(start: cueSpan.start, end: actionSpan.end), actor: "Council",
                                cue: cue, addressee: nil, action: slice(text, actionSpan), strength: strength,
                                cueSpan: cueSpan, actionSpan: actionSpan)
        }
        return Document(
            source: "hand-built", text: text, paragraphs: paragraphs,
            quotes: [
                quote("We will not wait,", 1, "Council", .speech), quote("reforms", 1, "Council", .term),
                quote("Dry Rivers", 2, nil, .term), quote("The talks are over,", 3, "Reyes", .speech),
            ],
            speakers: [
                Speaker(name: "Council", role: nil, aliases: [], quoteCount: 1, callCount: 3, kind: .organisation),
                Speaker(name: "Reyes", role: "minister", aliases: [], quoteCount: 1, callCount: 0, kind: .person),
                Speaker(name: "Donor Group", role: nil, aliases: [], quoteCount: 0, callCount: 1, kind: .group),
            ],
            callsToAction: [
                call("urged", "publish the data", 0, .request), call("should", "consider the report", 2, .encouragement),
                call("must", "resign", 2, .demand),
            ])
    }()

    static func slice(_ text: String, _ span: TextSpan) -> Substring {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        return text[start..<scalars.index(start, offsetBy: span.length)]
    }

    static func reader(width: Int = 120, height: Int = 30) -> AppState { state(document, width: width, height: height) }
}

extension Grid {
    /// The text of every cell painted `role` in `columns`, row by row.
    func text(of role: Role, columns: Range<Int>? = nil) -> String {
        var text = ""
        for y in 0..<height {
            for x in columns ?? 0..<width where self[x, y].role == role { text += self[x, y].text }
        }
        return text
    }
}

@Suite("Quoted terms")
struct QuotedTermTests {
    @Test func bracketTSkipsSpeechAndBracketQSkipsTerms() {
        var reader = HandBuilt.reader()
        reader.type("]t")
        #expect(reader.currentQuote == 1)
        #expect(reader.screen.contains("term 1/2"))
        reader.type("]t")
        #expect(reader.currentQuote == 2)
        #expect(reader.focusParagraph == 2)
        #expect(reader.screen.contains("term 2/2"))
        reader.type("]t")
        #expect(reader.currentQuote == 2)
        #expect(reader.message == "No more terms below")
        reader.type("[t")
        #expect(reader.currentQuote == 1)
        reader.type("]q")
        #expect(reader.currentQuote == 3)
        #expect(reader.screen.contains("quote 2/2"))
        reader.type("[q")
        #expect(reader.currentQuote == 0)
        reader.type("[q")
        #expect(reader.message == "No more quotes above")
    }

    @Test func aStatementWithoutTermsSaysSoAndQuotesStillStep() {
        var document = HandBuilt.document
        document.quotes.removeAll { $0.kind == .term }
        var reader = state(document, width: 120, height: 30)
        reader.type("]t")
        #expect(reader.message == "No terms in this statement")
        #expect(reader.currentQuote == nil)
        reader.type("]q]q")
        #expect(reader.currentQuote == 1)
    }

    @Test func theQuotesPaneListsTermsOnlyWhenAskedAndEnterGoesToOne() {
        var reader = HandBuilt.reader()
        #expect(reader.listedQuotes == [.quote(0), .quote(3)])
        #expect(reader.screen.contains(" Quotes 2 "))
        #expect(!reader.screen.contains("term: "))
        reader.type("T")
        #expect(reader.message == "Terms shown in Quotes")
        #expect(reader.listedQuotes == [0, 1, 2, 3].map(QuoteRef.quote))
        #expect(reader.screen.contains(" Quotes 4 "))
        #expect(reader.screen.contains("¶2 term: “reforms”"))
        reader.press(.tab)
        reader.type("jj")
        reader.press(.enter)
        #expect(reader.currentQuote == 2)
        #expect(reader.focusParagraph == 2)
        reader.type("T")
        #expect(reader.message == "Terms hidden from Quotes")
        #expect(reader.listedQuotes == [.quote(0), .quote(3)])
        // The selection moves to the next quote still listed.
        #expect(reader.selection[.quotes] == 1)
    }

    @Test func aTermIsPaintedAsATermWithNoSpeakerTag() {
        let grid = Screen.render(HandBuilt.reader())
        #expect(grid.text(of: .term) == "reformsDry Rivers")
        #expect(grid.text(of: .quote) == "We will not wait,The talks are over,")
        // Speech is tagged with its speaker; a term nobody says is not.
        #expect(grid.text(of: .speakerTag) == " [Council] [Reyes]")
        #expect(grid.text.contains("“reforms”."))
    }

    @Test func theCurrentTermIsPaintedAsTheCurrentQuote() {
        var reader = HandBuilt.reader()
        reader.type("]t")
        let grid = Screen.render(reader)
        // The cursor stands on its first letter.
        #expect(grid.text(of: .cursor) == "r" && grid.text(of: .quoteCurrent) == "eforms")
        #expect(grid.text(of: .term) == "Dry Rivers")
    }
}

@Suite("Call strength")
struct CallStrengthTests {
    @Test func eachStrengthPaintsTheActionAndTheCueStaysACue() {
        let reader = HandBuilt.reader(width: 160)
        let grid = Screen.render(reader), text = 0..<(reader.frame.statement.x + reader.frame.statement.width)
        #expect(grid.text(of: .callRequest, columns: text) == "publish the data")
        #expect(grid.text(of: .callEncouragement, columns: text) == "consider the report")
        #expect(grid.text(of: .callDemand, columns: text) == "resign")
        #expect(grid.text(of: .cue, columns: text) == "urgedshouldmust")
    }

    @Test func theCallsPaneMarksAndPaintsEachStrength() {
        let reader = HandBuilt.reader(width: 160)
        let rect = reader.frame.panes[.calls]!, pane = rect.x..<(rect.x + rect.width)
        let grid = Screen.render(reader)
        #expect(grid.text(of: .callRequest, columns: pane) == " ¶1 · Council → (implicit): publish the data")
        #expect(grid.text(of: .callEncouragement, columns: pane) == " ¶3 ~ Council → (implicit): consider the report")
        #expect(grid.text(of: .callDemand, columns: pane) == " ¶3 ! Council → (implicit): resign")
        #expect(grid.text.contains("resign [must, demand]"))
    }

    @Test func adviceHasItsOwnMarkAndStyleAndWSkipsIt() {
        var document = HandBuilt.document
        document.callsToAction[1].strength = .advice
        var reader = state(document, width: 160, height: 30)
        let rect = reader.frame.panes[.calls]!, pane = rect.x..<(rect.x + rect.width)
        let grid = Screen.render(reader)
        #expect(grid.text(of: .callAdvice, columns: pane) == " ¶3 ? Council → (implicit): consider the report")
        #expect(grid.text(of: .callAdvice, columns: 0..<(reader.frame.statement.x + reader.frame.statement.width)) == "consider the report")
        reader.type("W]c")
        #expect(reader.currentCall == 0)
        reader.type("]c")
        #expect(reader.currentCall == 2)
    }

    @Test func bracketCStopsAtEveryCallUntilWSkipsTheWeakOnes() {
        var reader = HandBuilt.reader()
        reader.type("]c]c")
        #expect(reader.currentCall == 1)
        reader.type("[c")
        #expect(reader.currentCall == 0)
        reader.type("W")
        #expect(reader.skipsWeakCalls)
        #expect(reader.message == "]c skips weak calls")
        reader.type("]c")
        #expect(reader.currentCall == 2)
        #expect(reader.selection[.calls] == 2)
        reader.type("[c")
        #expect(reader.currentCall == 0)
        reader.type("[c")
        #expect(reader.message == "No more strong calls above")
        reader.type("W")
        #expect(!reader.skipsWeakCalls)
        #expect(reader.message == "]c stops at every call")
        reader.type("]c")
        #expect(reader.currentCall == 1)
    }

    @Test func fromTheFocusedParagraphWSkipsAWeakCallThere() {
        var reader = HandBuilt.reader()
        reader.type("}}W]c")
        #expect(reader.currentCall == 2)
    }
}

@Suite("Speakers pane counts")
struct SpeakerCountTests {
    @Test func quotesAndCallsAreCountedAndAZeroLeftOut() {
        let screen = HandBuilt.reader(width: 160, height: 40).screen
        #expect(screen.contains("Council (1 quote, 3 calls)"))
        #expect(screen.contains("Reyes (1 quote) minister"))
        #expect(screen.contains("Donor Group (1 call)"))
    }
}


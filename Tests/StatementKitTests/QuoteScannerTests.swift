import Testing
@testable import StatementKit

@Suite("Quote scanner")
struct QuoteScannerTests {
    func quoted(_ text: String) -> [String] { analyze(text).quotes.map { String($0.text) } }

    @Test(arguments: [
        ("He said “We agree.”", "We agree."),
        ("He said \"We agree.\"", "We agree."),
        ("Il a dit « Nous sommes d’accord ».", "Nous sommes d’accord"),
        ("Er sagte „Wir stimmen zu“.", "Wir stimmen zu"),
        ("Elle a dit ‹ oui ›.", "oui"),
    ])
    func marksOfEveryKind(_ text: String, _ expected: String) {
        #expect(quoted(text) == [expected])
    }

    /// A quote's and a call's text are views into the statement found through each token's
    /// UTF-8 shift: accents, a no-break space, an emoji and curly marks before them must not
    /// move them off their words.
    @Test func textsBeyondASCIIStandOnTheirWords() {
        let text = "Le ministre Zoë Ørsted\u{00A0}🇳🇴 a dit : « Nous appelons l’Union à agir. » Jürgen Weiß said: “We urge the café owners to reopen their doors.”"
        let document = analyze(text)
        let scalars = Array(document.text.unicodeScalars)
        #expect(document.quotes.map { String($0.text) } == ["Nous appelons l’Union à agir.", "We urge the café owners to reopen their doors."])
        for quote in document.quotes {
            #expect(String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end])) == String(quote.text))
        }
        let call = try! #require(document.callsToAction.first { $0.cue == "urge" })
        #expect(call.addressee.map(String.init) == "the café owners")
        #expect(call.action == "reopen their doors")
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quoted("NATO’s unity and the community’s call; Thomas' sister said she didn't know.").isEmpty)
    }

    @Test func nestedSingleQuotesAreNotSeparateQuotes() {
        #expect(quoted("She wrote \"the net produces these 'events' now and again.\"") == ["the net produces these 'events' now and again."])
        #expect(quoted("She wrote “the net produces these ‘events’ again.”") == ["the net produces these ‘events’ again."])
    }

    @Test func topLevelSingleQuotesNeedAClosingMark() {
        #expect(quoted("The minister called it ‘a disgrace’ on Monday.") == ["a disgrace"])
        #expect(quoted("The ’90s were ‘different, he said.").isEmpty)
    }

    @Test func straightMarksAlternateWhenTheirNeighboursDoNotSay() {
        #expect(quoted("Wilkins said,\" [Warhol] liked it\". She left. The print was called \"Cowboys\".")
            == ["[Warhol] liked it", "Cowboys"])
    }

    @Test func bracketsEllipsesAndInsertionsStayInside() {
        #expect(quoted("Heald said, \"The projections are consistent [...] leading to effects [of climate change] on crops\".")
            == ["The projections are consistent [...] leading to effects [of climate change] on crops"])
    }

    @Test func newspaperStyleQuotationRunsOverParagraphs() {
        let document = analyze("Jones said: “The first part.\n\n“The second part.\n\n“The end.”\n\nAfter.")
        #expect(document.quotes.map(\.text) == ["The first part.", "The second part.", "The end."])
        #expect(document.quotes.map(\.paragraph) == [0, 1, 2])
        #expect(Set(document.quotes.map(\.speaker)) == ["Jones"])
    }

    @Test func continuationWithoutANewOpeningMark() {
        let document = analyze("Kane said, \"It felt good.\n\nWe could have scored.\" Then the coach said, \"We tried.\n\nIt was hard.\"")
        #expect(document.attributed.map(\.0) == ["It felt good.", "We could have scored.", "We tried.", "It was hard."])
        #expect(document.attributed.map(\.1) == ["Kane", "Kane", "coach", "coach"])
    }

    @Test func anUnbalancedMarkEndsAtItsParagraph() {
        let document = analyze("He said “this never closes.\n\nA plain paragraph with no marks.\n\nShe said “Yes.”")
        #expect(document.quotes.map(\.text) == ["this never closes.", "Yes."])
        #expect(document.quotes.map(\.paragraph) == [0, 2])
    }

    @Test func aCopyThatLostItsContinuationMarksStillQuotes() {
        let document = analyze("“The first part,” Jones said. “The second part.\n\nThe third part.\n\nThe end,” Jones added.\n\nAfter.")
        #expect(document.quotes.map(\.text) == ["The first part,", "The second part.", "The third part.", "The end,"])
        #expect(Set(document.quotes.map(\.speaker)) == ["Jones"])
    }

    @Test func quoteSpansPointAtTheirText() {
        let text = "A.\n\nHe said: “Hello there,” and left."
        let document = analyze(text)
        let scalars = Array(text.unicodeScalars)
        let quote = try! #require(document.quotes.first)
        #expect(String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end])) == "Hello there,")
        #expect(document.paragraphs[quote.paragraph].span.contains(quote.span))
    }

    @Test func partialQuotesAreFlagged() {
        let document = analyze("Heald said the two had never been studied and that \"nobody has looked at these together\". Heald said: \"It matters.\"")
        #expect(document.quotes.map(\.partial) == [true, false])
    }
}

import Testing
@testable import StatementKit

/// Inputs that once broke an invariant, found by the property tests or the fuzzer, kept so
/// that they stay fixed.
@Suite("Regressions")
struct RegressionTests {
    /// A column cell of a head line can hold no line at all once trimmed (a separator alone):
    /// asked whether it is a release line, it is not, and nothing reads its first line
    /// (property test of the reader's layout).
    @Test(arguments: ["", " ", "\u{2028}", "\u{85}"])
    func aShapeWithNoLineIsNoReleaseLine(_ text: String) {
        #expect(!StructureFinder.isRelease(ParagraphShape(Substring(text))))
    }

    /// A text that opens with a participle of saying in lowercase: nothing stands before it to
    /// be "quoted as" (fuzzer).
    @Test(arguments: ["saying the talks had failed.", "“Fine.” adding that it was late."])
    func aParticipleOpeningTheTextHasNothingBeforeIt(_ text: String) {
        let document = Analyzer.analyze(text)
        #expect((document.quotes + document.reportedSpeech).allSatisfy { document.paragraphs[$0.paragraph].span.contains($0.span) })
    }

    /// A window looked over near a word at a sentence's edge ended before it began and trapped:
    /// a participle, "as", a cue or a pronoun's clause too near the start, a subject longer than
    /// the window after "and", a call's action asked for past the last word, a window ahead of a
    /// verb that ends the text ("thank") (fuzzer, then random sentences of the lexicon's words).
    @Test(arguments: [
        "Police asking residents to leave.", "e asking o to e", "calls an illegal vote.", "Roe as saying the talks failed.",
        "President as demanding", "They called for", "please\n\nan to\n\ndemanding , as", "thank", "We thank",
        "Certifying analyze coalition",
        "The talks failed, the leader and Deputy Minister of Foreign Affairs of the Republic of Ruritania Jim Roe said.",
    ])
    func aWindowAtASentencesEdgeHoldsNothing(_ text: String) {
        let document = Analyzer.analyze(text)
        #expect(document.callsToAction.allSatisfy { document.paragraphs[$0.paragraph].span.contains($0.span) })
        #expect((document.quotes + document.reportedSpeech).allSatisfy { document.paragraphs[$0.paragraph].span.contains($0.span) })
    }

    /// A passive call whose auxiliaries a semicolon parts ("has ; been told to") looked for its
    /// subject in a clause that opens after where the subject ends, and trapped (random edits
    /// of corpus text).
    @Test(arguments: ["The man has ; been told to leave.", "He has ; been ordered to undergo an examination."])
    func aClauseOpeningAfterTheSubjectsEndHoldsNoSubject(_ text: String) {
        let document = Analyzer.analyze(text)
        #expect(document.callsToAction.allSatisfy { document.paragraphs[$0.paragraph].span.contains($0.span) })
    }

    /// An imperative's action opening a quoted paragraph with "And" looked at the word before
    /// the paragraph's first, and trapped (random edits of corpus text, shrunk).
    @Test func anActionOpeningAParagraphHasNoWordBeforeIt() {
        let document = Analyzer.analyze("\"\n\nAnd week\n\n”")
        #expect(document.callsToAction.allSatisfy { document.paragraphs[$0.paragraph].span.contains($0.span) })
    }

    /// A single quote opened inside a quotation carried over from the previous line overlapped
    /// the carried quote (property test, shrunk).
    @Test func aSingleQuoteInsideACarriedQuotationDoesNotOverlapIt() {
        let document = Analyzer.analyze("“\n '日本’»")
        for (a, b) in zip(document.quotes, document.quotes.dropFirst()) { #expect(a.span.end <= b.span.start) }
        #expect(document.quotes.map(\.text) == ["'日本’"])
    }

    /// A dash, or ", especially", as a sentence's last words while whom a call asks was read
    /// made a range end before it began (fuzzer).
    @Test(arguments: ["The league urged the clubs -", "The league urged the clubs —", "We urge everyone, especially"])
    func aSentenceEndingInWhomACallAsksStopsThere(_ text: String) {
        let document = Analyzer.analyze(text)
        #expect(document.callsToAction.allSatisfy { document.paragraphs[$0.paragraph].span.contains($0.span) })
    }

    /// German quotes („…“) nested as an opening mark inside themselves ran to the paragraph end.
    @Test func lowNineQuotesCloseOnTheHighSixMark() {
        #expect(Analyzer.analyze("Er sagte „Wir stimmen zu“. Dann ging er.").quotes.map(\.text) == ["Wir stimmen zu"])
    }
}

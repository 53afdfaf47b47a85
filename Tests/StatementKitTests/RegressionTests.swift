import Testing
@testable import StatementKit

/// Inputs that once broke an invariant, found by the property tests or the fuzzer, kept so
/// that they stay fixed.
@Suite("Regressions")
struct RegressionTests {
    /// A single quote opened inside a quotation carried over from the previous line overlapped
    /// the carried quote (property test, shrunk).
    @Test func aSingleQuoteInsideACarriedQuotationDoesNotOverlapIt() {
        let document = Analyzer.analyze("“\n '日本’»")
        for (a, b) in zip(document.quotes, document.quotes.dropFirst()) { #expect(a.span.end <= b.span.start) }
        #expect(document.quotes.map(\.text) == ["'日本’"])
    }

    /// German quotes („…“) nested as an opening mark inside themselves ran to the paragraph end.
    @Test func lowNineQuotesCloseOnTheHighSixMark() {
        #expect(Analyzer.analyze("Er sagte „Wir stimmen zu“. Dann ging er.").quotes.map(\.text) == ["Wir stimmen zu"])
    }
}

import Testing
@testable import StatementInput

/// The project's pages: at least 20 HTML and 5 Markdown, each extracted within word F1 0.90 of
/// the text it holds, and 0.97 over them all.
@Suite struct PageAccuracyTests {
    @Test func thereAreEnoughPagesOfEachKind() {
        #expect(TestPages.names.filter { $0.hasSuffix(".html") }.count >= 20)
        #expect(TestPages.names.filter { $0.hasSuffix(".md") }.count >= 5)
    }

    @Test(arguments: TestPages.names)
    func eachPageGivesItsStatement(_ name: String) {
        let counts = WordCounts(extracted: TestPages.extract(name).text, expected: TestPages.expected(name))
        #expect(counts.f1 >= 0.90, "\(name): word F1 \(counts.f1)")
    }

    @Test func allPagesTogether() {
        let total = TestPages.names.reduce(WordCounts()) { sum, name in
            sum + WordCounts(extracted: TestPages.extract(name).text, expected: TestPages.expected(name))
        }
        #expect(total.f1 >= 0.97, "total word F1 \(total.f1)")
    }

    @Test func wordCountsScoreAsF1() {
        #expect(WordCounts(extracted: "a b c", expected: "a b c").f1 == 1)
        #expect(WordCounts(extracted: "", expected: "a b").f1 == 0)
        let half = WordCounts(extracted: "a b x y", expected: "a b")
        #expect(abs(half.f1 - 2.0 / 3.0) < 1e-9)
    }
}

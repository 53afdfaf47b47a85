import StatementKit
import Testing
@testable import StatementInput

/// A statement read from its page finds what the same statement as plain text finds: the same
/// quotes, speakers and calls.
@Suite struct SameStatementTests {
    static let pairs: [(page: String, text: String)] = [
        ("state-press-statement.html", "state-iran-juvenile-executions-2019"),
        ("news-article-sidebar.html", "voa-cambodia-election-bias-2013"),
        ("email-newsletter.html", "usfed-usaid-horn-africa-2011"),
        ("nested-tables.html", "state-duma-observers-2011"),
        ("statement-with-code.md", "openlic-au-vaccination-week-2021"),
    ]

    static let corpus: String = {
        let file = #filePath
        let tests = file[..<file.lastIndex(of: "/")!]
        return String(tests[..<tests.lastIndex(of: "/")!]) + "/Corpus/dev"
    }()

    struct Findings: Equatable {
        var quotes: [String]
        var speakers: [String]
        var calls: [String]

        init(_ document: Document) {
            quotes = document.quotes.map { "\($0.text) — \($0.speaker ?? "?")" }
            speakers = document.speakers.map { "\($0.name) \($0.quoteCount)/\($0.callCount)" }.sorted()
            calls = document.callsToAction.map { "\($0.actor ?? "?") → \($0.addressee.map(String.init) ?? "?"): \($0.action)" }
        }
    }

    @Test(arguments: pairs.map(\.page))
    func pageAndTextAgree(_ page: String) throws {
        let slug = Self.pairs.first { $0.page == page }!.text
        let plain = String(decoding: try #require(readBytes(Self.corpus + "/" + slug + ".txt")), as: UTF8.self)
        let extracted = TestPages.extract(page)
        // The same statement: the page's headline, then the statement's text.
        let headline = extracted.headings.first?.block == 0 ? String(extracted.text.prefix { $0 != "\n" }) + "\n\n" : ""
        let fromText = Findings(Analyzer.analyze(headline + plain))
        let fromPage = Findings(Analyzer.analyze(extracted.text, verbatim: extracted.verbatim))
        #expect(fromPage == fromText)
        #expect(!fromText.quotes.isEmpty || !fromText.calls.isEmpty)
    }
}

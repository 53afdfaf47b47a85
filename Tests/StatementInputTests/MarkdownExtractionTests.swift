import StatementKit
import Testing
@testable import StatementInput

@Suite struct MarkdownExtractionTests {
    func extract(_ markdown: String) -> ExtractedStatement { MarkdownExtractor.extract(Array(markdown.utf8)) }

    @Test func frontMatterGivesTheMetadataAndIsNotText() {
        let page = TestPages.extract("front-matter.md")
        #expect(page.title == "Malakal fighting")
        #expect(page.date == "2014-06-01")
        #expect(page.issuer == "Press Office")
        #expect(page.url == "https://press.example/govuk-malakal-fighting-2014")
        #expect(page.text.hasPrefix("Malakal fighting\n\n"))
        #expect(!page.text.contains("canonical_url"))
    }

    @Test func headingsBlockQuotesAndListsAreParagraphs() {
        let page = extract("# Title\n\nIntro *with* **emphasis** and [a link](https://x.example).\n\n> Quoted one\n> still one\n>\n> Quoted two\n\n- item one\n- item two\n\n## Sub\n\n1. first\n")
        #expect(page.text == "Title\n\nIntro with emphasis and a link.\n\nQuoted one still one\n\nQuoted two\n\nitem one\n\nitem two\n\nSub\n\nfirst")
        #expect(page.headings == [.init(block: 0, level: 1), .init(block: 6, level: 2)])
        #expect(page.title == "Title")
    }

    @Test func codeBlocksAreVerbatimAndNoQuotesAreFoundInThem() {
        let markdown = "The minister spoke.\n\n```\necho \"We call on you\"\n\n  \"indented,\" he said\n```\n\n“We call on all parties to stop,” the minister said.\n"
        let page = extract(markdown)
        #expect(page.text == "The minister spoke.\n\necho \"We call on you\"\n\n  \"indented,\" he said\n\n“We call on all parties to stop,” the minister said.")
        let code = "echo \"We call on you\"\n\n  \"indented,\" he said"
        let start = "The minister spoke.\n\n".unicodeScalars.count
        #expect(page.verbatim == [start..<(start + code.unicodeScalars.count)])
        let document = Analyzer.analyze(page.text, verbatim: page.verbatim)
        #expect(document.paragraphs.count == 4)
        #expect(document.quotes.map(\.text) == ["We call on all parties to stop,"])
        #expect(document.callsToAction.allSatisfy { $0.paragraph == 3 })
        #expect(Analyzer.analyze(page.text).quotes.count > 1)
    }

    @Test func hardBreaksAreNewlinesAndImagesAreLeftOut() {
        let page = extract("![logo](x.png)\n\nFirst half  \nsecond half\n\nThird<br>\n")
        #expect(page.text == "First half\nsecond half\n\nThird")
    }

    @Test func setextHeadingsAndThematicBreaks() {
        let page = TestPages.extract("setext-and-breaks.md")
        #expect(page.headings.map(\.level) == [1, 2])
        let page2 = extract("Title\n=====\n\nOne\n\n***\n\nTwo\n")
        #expect(page2.text == "Title\n\nOne\n\nTwo")
    }

    @Test func frontMatterThatNeverClosesIsText() {
        let page = extract("---\ntitle: x\n\nNo closing line.\n")
        #expect(page.title == nil)
        #expect(page.text.contains("No closing line."))
    }

    @Test func deepNestingAndEmptyInput() {
        let deep = String(repeating: "> ", count: 5_000) + "deep\n"
        #expect(extract(deep).text == "deep")
        #expect(extract("").isEmpty)
        #expect(extract("   \n\n").isEmpty)
    }
}

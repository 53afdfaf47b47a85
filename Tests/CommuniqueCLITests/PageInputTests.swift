import Foundation
import Testing

let pagesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("StatementInputTests/Pages").path

/// Pages and Markdown files through the command line: detected, extracted, analysed, and
/// refused in one line when they hold no statement.
@Suite struct PageInputTests {
    let page = pagesDirectory + "/gov-press-release.html"

    @Test func extractOnlyPrintsTheStatementText() throws {
        let run = try Run(["analyze", "--extract-only", page])
        #expect(run.status == 0)
        let expected = try String(contentsOfFile: pagesDirectory + "/gov-press-release.expected.txt", encoding: .utf8)
        #expect(run.stdout.hasPrefix("Iran ambassador arrest\n\nThe Minister for the Middle East"))
        #expect(run.stdout.hasSuffix(String(expected.split(separator: "\n\n").last!)))
        #expect(!run.stdout.contains("<"))
        #expect(run.stderr.isEmpty)
    }

    @Test func theTextReportOpensWithWhatThePageSays() throws {
        let run = try Run(["analyze", "--format", "text", page])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("""
            Read as an HTML page
            Title: Iran ambassador arrest
            Date: 2020-06-14T09:30:00+01:00
            Issuer: GOV.UK
            URL: https://www.gov.uk/government/news/govuk-iran-ambassador-arrest-2020
            """))
        #expect(run.stdout.contains("¶1  Iran ambassador arrest"))
        #expect(!run.stdout.contains("cookies"))
    }

    @Test func jsonCountsOffsetsInTheExtractedText() throws {
        let run = try Run(["analyze", "--format", "json", page])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let text = try Run(["analyze", "--extract-only", page]).stdout
        let paragraphs = try #require(report["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == text.components(separatedBy: "\n\n").count)
    }

    @Test func standardInputIsSniffed() throws {
        let html = "<!DOCTYPE html><html><body><nav><a href=/>Home</a></nav><p>“We call on the mayor to resign,” the union said.</p></body></html>"
        let run = try Run(["analyze", "--extract-only"], stdin: Data(html.utf8))
        #expect(run.stdout == "“We call on the mayor to resign,” the union said.\n")
        let plain = try Run(["analyze", "--extract-only"], stdin: Data("# Not Markdown unless asked\n".utf8))
        #expect(plain.stdout == "# Not Markdown unless asked\n")
        let asked = try Run(["analyze", "--extract-only", "--input", "markdown", "-"], stdin: Data("# Heading\n\n*Markdown*\n".utf8))
        #expect(asked.stdout == "Heading\n\nMarkdown\n")
    }

    @Test func inputOverridesTheExtension() throws {
        let scratch = try Scratch()
        let saved = try scratch.file("saved.txt", Array("<p>The <b>minister</b> said so.</p>".utf8))
        #expect(try Run(["analyze", "--extract-only", saved]).stdout == "<p>The <b>minister</b> said so.</p>\n")
        #expect(try Run(["analyze", "--extract-only", "--input", "html", saved]).stdout == "The minister said so.\n")
        #expect(try Run(["analyze", "--extract-only", "--input", "text", page]).stdout.hasPrefix("<!DOCTYPE html>"))
        let bad = try Run(["analyze", "--input", "pdf", saved])
        #expect(bad.status == 2)
    }

    @Test func aPageWithNoStatementIsOneClearLine() throws {
        let scratch = try Scratch()
        let empty = try scratch.file("empty.html", Array("<html><body><nav><a href=/>Home</a></nav><script>x = \"y\"</script></body></html>".utf8))
        let run = try Run(["analyze", empty])
        #expect(run.status == 1)
        #expect(run.stderr == "communique: \(empty): no statement text found in this HTML page\n")
        #expect(run.stdout.isEmpty)
        let markdown = try scratch.file("empty.md", Array("---\ntitle: x\n---\n\n<!-- nothing -->\n".utf8))
        #expect(try Run(["analyze", markdown]).stderr == "communique: \(markdown): no statement text found in this Markdown file\n")
    }

    @Test func brokenMarkupIsOneWarningLine() throws {
        let scratch = try Scratch()
        let broken = try scratch.file("broken.html", Array("<html><body><p>One <b>two</p><p>Three</i> four</div></p></body></html>".utf8))
        let run = try Run(["analyze", "--extract-only", broken])
        #expect(run.status == 0)
        #expect(run.stdout == "One two\n\nThree four\n")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("markup errors in the HTML"))
    }

    @Test func aNULInAPageIsNotABinaryFile() throws {
        let scratch = try Scratch()
        let path = try scratch.file("nul.html", Array("<p title=\"a".utf8) + [0] + Array("\">Said.</p>".utf8))
        let run = try Run(["analyze", "--extract-only", path])
        #expect(run.status == 0)
        #expect(run.stdout == "Said.\n")
    }

    @Test func aMarkdownFileWithNULsIsABinaryFile() throws {
        let scratch = try Scratch()
        let path = try scratch.file("binary.md", Array("# Title\n".utf8) + [0, 1, 2])
        let run = try Run(["analyze", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("looks like a binary file"))
    }

    @Test func exportNamesThePagesTitleAndAddress() throws {
        let scratch = try Scratch()
        let data = scratch.url.appendingPathComponent("data").path
        let annotation = """
            {"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "summoned Iranian Ambassador"}]},
             "body": {"type": "TextualBody", "value": "who summoned whom", "purpose": "commenting"}}
            """
        let file = try scratch.file("note.json", Array(annotation.utf8))
        #expect(try Run(["import", page, file, "--data-dir", data]).status == 0)
        let export = try Run(["export", page, "--data-dir", data])
        #expect(export.stdout.hasPrefix("# Iran ambassador arrest\n"))
        #expect(export.stdout.contains("Source: https://www.gov.uk/government/news/govuk-iran-ambassador-arrest-2020"))
        #expect(export.stdout.contains("who summoned whom"))
    }

    @Test func aMarkdownFileIsReadAsMarkdown() throws {
        let run = try Run(["analyze", "--format", "text", pagesDirectory + "/statement-with-code.md"])
        #expect(run.stdout.hasPrefix("Read as Markdown\nTitle: Au vaccination week\n"))
        #expect(run.stdout.contains("¶4  curl -s \"https://example.org/statement\""))
        #expect(!run.stdout.contains("quote: \"https"))
        #expect(!run.stdout.contains("quote: \"act now"))
    }
}

extension ReaderE2ETests {
    /// A saved page opens with its headline and paragraphs, and says it is HTML and its date.
    @Test func aSavedPageOpensWithItsHeadlineAndParagraphs() async throws {
        let (screen, directory) = try session(pagesDirectory + "/gov-press-release.html", width: 120, height: 30)
        let text = try await screen.waitFor("the page") { $0.contains("h help") && $0.contains("Iran ambassador arrest") }
        #expect(text.contains("gov-press-release.html  html 2020-06-14  ¶ 1/"))
        #expect(text.contains("The Minister for the Middle East"))
        #expect(!text.contains("cookies"))
        #expect(!text.contains("<p>"))
        try screen.keys("}")
        try await screen.waitFor("the next paragraph") { $0.contains("¶ 2/") }
        try screen.keys("q")
        try await assertRestored(directory, screen: screen)
    }
}

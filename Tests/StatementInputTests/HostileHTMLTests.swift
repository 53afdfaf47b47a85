import Testing
@testable import StatementInput

/// Pages built to break a parser: each is read to an end, in bounded time and memory, and
/// gives what a browser would show or nothing.
@Suite struct HostileHTMLTests {
    @Test func unclosedTagsEverywhere() {
        // Paragraphs, items and cells close themselves, as in a browser.
        let html = "<html><body><ul>" + String(repeating: "<li>item <p>word <b>bold</b></i> <p>next ", count: 2_000)
        let page = HTMLExtractor.extract(Array(html.utf8))
        #expect(WordCounts.words(page.text).count == 8_000)
        #expect(page.warnings.count == 1)
    }

    @Test func unclosedElementsThatNestStopAtTheDepthLimit() {
        let html = "<html><body><p>First, the minister said so.</p>" + String(repeating: "<div><span><b>word ", count: 2_000)
        let page = HTMLExtractor.extract(Array(html.utf8))
        #expect(page.text.hasPrefix("First, the minister said so."))
        #expect(WordCounts.words(page.text).count < 2_000)
        #expect(page.warnings.contains { $0.contains("stopped part way") })
    }

    @Test func tenThousandNestedDivs() {
        let before = "<p>Read before the nesting, the minister said on Monday, in a statement.</p>"
        let html = "<html><body>" + before + String(repeating: "<div>", count: 10_000) + "<p>deep</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let page = HTMLExtractor.extract(Array(html.utf8))
        // libxml2 stops at its depth limit: what came before is read, and the warning says why.
        #expect(page.text.hasPrefix("Read before the nesting"))
        #expect(page.warnings.contains { $0.contains("stopped part way") })
    }

    @Test func nestingUnderTheLimitIsReadWhole() {
        let html = String(repeating: "<div>", count: 250) + "<p>deep, but within reach</p>" + String(repeating: "</div>", count: 250)
        #expect(HTMLExtractor.extract(Array(html.utf8)).text == "deep, but within reach")
    }

    @Test func anEntityBombIsNeverExpanded() {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "&lol;" : "&lol\(level - 1);"
            bomb += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        bomb += "]>\n<html><body><p>&lol9;</p><p>The ministry said it was fine.</p></body></html>"
        let page = HTMLExtractor.extract(Array(bomb.utf8))
        #expect(page.text.utf8.count < 4 * bomb.utf8.count)
        #expect(!page.text.contains("lollol"))
        #expect(page.text.hasSuffix("The ministry said it was fine."))
    }

    @Test func aNULInAnAttributeIsReadPast() {
        let bytes: [UInt8] = Array("<html><body><p class=\"a".utf8) + [0] + Array("b\" title=\"".utf8) + [0, 0]
            + Array("\">Before and after the NUL.</p><p>And on.</p></body></html>".utf8)
        let page = HTMLExtractor.extract(bytes)
        #expect(page.text == "Before and after the NUL.\n\nAnd on.")
    }

    @Test func scriptContentWithQuotationMarksIsNotText() {
        let html = """
            <html><body><script>var s = "</p><p>\\"We call on\\"" + '"nobody"'; if (a < b && c > d) { x = "<p>“no”</p>"; }</script>
            <p>The statement said nothing.</p><script type="text/template"><p>"Template," it said.</p></script></body></html>
            """
        #expect(HTMLExtractor.extract(Array(html.utf8)).text == "The statement said nothing.")
    }

    @Test func controlsAndEscapesInTextDoNotSurvive() {
        let page = HTMLExtractor.extract(Array("<p>bell\u{07} and escape \u{1B}[31m red</p>".utf8))
        #expect(!page.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aLargePageIsReadWhole() {
        // Five megabytes here (the debug build is slow); the 50 MB page runs in the release
        // build through `communique analyze` in CommuniqueCLITests.
        let paragraph = "<p>The spokesperson said that the government \"will act\" on the report, and called on all parties to stop.</p>\n"
        let count = 5_000_000 / paragraph.utf8.count
        let html = "<html><body><article>" + String(repeating: paragraph, count: count) + "</article></body></html>"
        let page = HTMLExtractor.extract(Array(html.utf8))
        #expect(page.text.split(separator: "\n\n").count == count)
    }

    @Test func garbageBytesGiveNothingOrText() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<50 {
            var bytes: [UInt8] = Array("<html><body>".utf8)
            for _ in 0..<2_000 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let pick = Int(state >> 59)
                let pieces = ["<div>", "</p>", "<p>", "&", "&#", "<!--", "-->", "<", ">", "\"", "<br>", "<table>", "<td>", "\u{0}", "word ", "<q>"]
                if pick < pieces.count { bytes += Array(pieces[pick].utf8) } else { bytes.append(UInt8(truncatingIfNeeded: state >> 32)) }
            }
            let page = HTMLExtractor.extract(bytes)
            #expect(!page.text.unicodeScalars.contains("\u{0}"))
        }
    }
}

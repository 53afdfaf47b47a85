import Testing
@testable import StatementInput

@Suite struct InputFormatTests {
    @Test func extensionsDecideFirst() {
        #expect(InputFormat.detect(path: "a/b/statement.HTML", bytes: Array("plain".utf8)) == .html)
        #expect(InputFormat.detect(path: "page.htm", bytes: [UInt8]()) == .html)
        #expect(InputFormat.detect(path: "page.xhtml", bytes: [UInt8]()) == .html)
        #expect(InputFormat.detect(path: "STATEMENT.md", bytes: Array("<html>".utf8)) == .markdown)
        #expect(InputFormat.detect(path: "notes.markdown", bytes: [UInt8]()) == .markdown)
        #expect(InputFormat.detect(path: "statement.txt", bytes: Array("<!DOCTYPE html>".utf8)) == .text)
    }

    @Test func contentIsSniffedWithoutAKnownExtension() {
        #expect(InputFormat.detect(path: nil, bytes: Array("  \n<!doctype HTML><title>x</title>".utf8)) == .html)
        #expect(InputFormat.detect(path: "stdin", bytes: Array("\u{FEFF}<html lang=en>".utf8)) == .html)
        #expect(InputFormat.detect(path: "saved", bytes: Array("<body><p>Hi</p>".utf8)) == .html)
        #expect(InputFormat.detect(path: nil, bytes: Array("<p>The minister said.</p>".utf8)) == .html)
        #expect(InputFormat.detect(path: nil, bytes: Array("<pre>not a paragraph tag".utf8)) == .text)
        #expect(InputFormat.detect(path: nil, bytes: Array("# Heading\n\nMarkdown is never guessed.".utf8)) == .text)
        #expect(InputFormat.detect(path: nil, bytes: Array("The minister said <b>this</b>.".utf8)) == .text)
    }
}

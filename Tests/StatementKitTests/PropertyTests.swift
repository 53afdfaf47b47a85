import Foundation
import PropertyBased
import Testing
@testable import StatementKit

/// Invariants that must hold for any text at all.
@Suite("Analysis properties")
struct PropertyTests {
    /// Text built from the pieces statements are made of, so that the generator reaches the
    /// quote, attribution and call rules, not only random noise.
    static let piece = Gen.oneOf(
        Gen.always("“"), Gen.always("”"), Gen.always("\""), Gen.always("'"), Gen.always("’"),
        Gen.always("‘"), Gen.always("«"), Gen.always("»"), Gen.always("„"), Gen.always(" "),
        Gen.always("\n"), Gen.always("\n\n"), Gen.always("."), Gen.always(","), Gen.always(":"),
        Gen.always(" said "), Gen.always(" she said"), Gen.always("the statement said"),
        Gen.always(" urged "), Gen.always(" to "), Gen.always(" must "), Gen.always(" call on "),
        Gen.always("NATO"), Gen.always("Kay Bailey Hutchison"), Gen.always("We"), Gen.always("It is time for"),
        Gen.always("according to"), Gen.always("U.S."), Gen.always("Mr."), Gen.always("3.5"),
        Gen.always("日本"), Gen.always("e\u{301}"), Gen.always("👩‍👩‍👧"), Gen.always("\u{1B}[31m"),
        Gen.always("\u{0}"), Gen.always("\r\n"), Gen.always("\u{200F}مرحبا"), Gen.always("\t"),
        Gen.letterOrNumber.string(of: 1...8)
    )
    /// Any scalar that can stand in a String: control characters, marks, private use, astral.
    static let anyCharacter = Gen.oneOf(
        Gen.character(in: "\u{0}"..."\u{7F}"), Gen.character(in: "\u{80}"..."\u{D7FF}"),
        Gen.character(in: "\u{E000}"..."\u{10FFFF}"))
    static let statement = piece.array(of: 0...60).map { $0.joined() }

    @Test func spansLieInsideTheirParagraphAndQuotesNeverOverlap() async {
        await propertyCheck(count: 300, input: Self.statement) { text in
            let document = Analyzer.analyze(text)
            let length = text.unicodeScalars.count
            for paragraph in document.paragraphs {
                #expect(paragraph.span.start >= 0 && paragraph.span.end <= length)
                for sentence in document.sentences(inParagraph: paragraph.index) { #expect(paragraph.span.contains(sentence)) }
            }
            for quote in document.quotes {
                #expect(document.paragraphs[quote.paragraph].span.contains(quote.span))
                #expect(!quote.span.isEmpty)
            }
            for (a, b) in zip(document.quotes, document.quotes.dropFirst()) {
                #expect(a.span.end <= b.span.start)
            }
            for call in document.callsToAction {
                #expect(document.paragraphs[call.paragraph].span.contains(call.span))
            }
            for quote in document.quotes { #expect(quote.speaker.map { !["he", "she", "it", "we", "they"].contains($0.lowercased()) } ?? true) }
        }
    }

    /// A reader shows an outline first and analyses it later: the outline's paragraphs are the
    /// analysis's, and analysing the outline gives what analysing the text gives.
    @Test func anOutlineAnalysedIsTheTextAnalysed() async {
        await propertyCheck(count: 200, input: Self.statement) { text in
            let document = Analyzer.analyze(text)
            let outline = Analyzer.outline(text)
            #expect(outline.paragraphs == document.paragraphs)
            let analysed = Analyzer.analyze(outline: outline) { _ in }
            #expect(analysed.paragraphs == document.paragraphs && analysed.sentences == document.sentences)
            #expect(analysed.quotes == document.quotes && analysed.callsToAction == document.callsToAction)
            #expect(analysed.speakers == document.speakers)
            // Every sentence belongs to exactly one paragraph, in order.
            #expect(document.paragraphs.map { document.sentences(inParagraph: $0.index).count }.reduce(0, +) == document.sentences.count)
        }
    }

    /// Paragraph, quote and action texts are views into the statement's text located by UTF-8
    /// offsets; each must be exactly the scalars its span counts, whatever the text holds.
    @Test func textsAreExactlyWhatTheirSpansCover() async {
        await propertyCheck(count: 300, input: Self.statement) { text in
            let document = Analyzer.analyze(text)
            let scalars = Array(text.unicodeScalars)
            func covered(_ span: TextSpan) -> String { String(scalars: scalars[span.start..<span.end]) }
            for paragraph in document.paragraphs { #expect(String(paragraph.text) == covered(paragraph.span)) }
            for quote in document.quotes { #expect(String(quote.text) == covered(quote.span)) }
            for call in document.callsToAction {
                #expect(covered(call.span).hasSuffix(String(call.action)))
                #expect(call.addressee.map { covered(call.span).contains(String($0)) } ?? true)
            }
        }
    }

    @Test func analysisIsDeterministicAndItsJSONParses() async {
        await propertyCheck(count: 200, input: Self.statement) { text in
            let first = JSONReport.render(Analyzer.analyze(text))
            let second = JSONReport.render(Analyzer.analyze(text))
            #expect(first == second)
            #expect((try? JSONSerialization.jsonObject(with: Data(first.utf8))) != nil)
        }
    }

    @Test func anyStringAtAllIsAnalysedWithoutACrash() async {
        await propertyCheck(count: 300, input: Self.anyCharacter.string(of: 0...400)) { text in
            let document = Analyzer.analyze(text)
            #expect(document.paragraphs.allSatisfy { $0.span.end <= text.unicodeScalars.count })
        }
    }

    @Test func hostileShapesFinish() {
        let shapes = [
            String(repeating: "\"", count: 10_000),
            String(repeating: "'", count: 10_000),
            String(repeating: "“", count: 5_000) + String(repeating: "”", count: 5_000),
            String(repeating: "word ", count: 200_000),
            String(repeating: "He said “", count: 2_000),
            // One run-on paragraph full of quotes, frames and cues: linear, not quadratic.
            String(repeating: "He said “we call on them to act now” and the minister must resign, ", count: 3_000),
        ]
        for text in shapes {
            let document = Analyzer.analyze(text)
            #expect(document.paragraphs.count <= 1)
        }
    }

    /// Line breaks, whitespace of every kind and runs of plain ASCII long and short, so that
    /// the segmenter's eight-bytes-at-a-time path meets every edge: a run cut by a break, a
    /// space or a byte beyond ASCII at each of the eight places, and the text's last bytes.
    static let lineText = Gen.oneOf(
        Gen.always("\n"), Gen.always("\r"), Gen.always("\r\n"), Gen.always("\n\n"), Gen.always("\u{2028}"),
        Gen.always("\u{2029}"), Gen.always("\u{85}"), Gen.always(" "), Gen.always("  "), Gen.always("\t"), Gen.always("\u{C}"),
        Gen.always("\u{A0}"), Gen.always("\u{3000}"), Gen.always("\u{7F}"), Gen.always("\u{0}"), Gen.always("“"), Gen.always("é"),
        Gen.always("日本"), Gen.always("NATO said "), Gen.always("abcdefghijklmnop"),
        Gen.letterOrNumber.string(of: 1...12)
    ).array(of: 0...40).map { $0.joined() }

    @Test func paragraphsAreThoseOfTheirLines() async {
        await propertyCheck(count: 1_000, input: Self.lineText) { text in
            #expect(ParagraphSegmenter.paragraphs(in: text.unicodeScalars) == Self.paragraphsLineByLine(text))
        }
    }

    /// Each paragraph's place in the UTF-8, which the analysis reads its bytes from, holds the
    /// same scalars as its span.
    @Test func paragraphBytesHoldTheirSpansScalars() async {
        await propertyCheck(count: 1_000, input: Self.lineText) { text in
            let scalars = Array(text.unicodeScalars)
            let bytes = Array(text.utf8)
            for place in ParagraphSegmenter.places(in: text) {
                #expect(String(decoding: bytes[place.bytes], as: UTF8.self)
                    == String(String.UnicodeScalarView(scalars[place.span.start..<place.span.end])))
            }
        }
    }

    /// The rule as it reads, scalar by scalar and line by line: lines end at LF, CR LF, CR,
    /// U+2028, U+2029 and U+0085, and are trimmed of whitespace; where some line is blank,
    /// paragraphs are the runs of lines between blank ones, else each line is one.
    static func paragraphsLineByLine(_ text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var lines: [Range<Int>] = []
        func addLine(_ start: Int, _ end: Int) {
            var low = start, high = end
            while low < high, scalars[low].isWhitespace { low += 1 }
            while high > low, scalars[high - 1].isWhitespace { high -= 1 }
            lines.append(low..<high)
        }
        var lineStart = 0
        var index = 0
        while index < scalars.count {
            if ["\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"].contains(scalars[index]) {
                addLine(lineStart, index)
                if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < scalars.count { addLine(lineStart, scalars.count) }
        guard lines.contains(where: \.isEmpty) else { return lines.map { TextSpan(start: $0.lowerBound, end: $0.upperBound) } }
        var paragraphs: [TextSpan] = []
        var block: TextSpan?
        for line in lines {
            if line.isEmpty {
                if let current = block { paragraphs.append(current) }
                block = nil
            } else {
                block = TextSpan(start: block?.start ?? line.lowerBound, end: line.upperBound)
            }
        }
        if let block { paragraphs.append(block) }
        return paragraphs
    }
}

/// Hostile input of the kinds people actually open: scraped pages, PDFs turned into text,
/// binary noise. Each must finish with every offset inside its paragraph and JSON that parses.
@Suite("Hostile input")
struct HostileInputTests {
    static func check(_ text: String) {
        let document = Analyzer.analyze(text)
        let length = text.unicodeScalars.count
        for paragraph in document.paragraphs {
            #expect(paragraph.span.end <= length)
            for sentence in document.sentences(inParagraph: paragraph.index) { #expect(paragraph.span.contains(sentence)) }
        }
        var previousEnd = 0
        for quote in document.quotes {
            #expect(document.paragraphs[quote.paragraph].span.contains(quote.span))
            #expect(quote.span.start >= previousEnd)
            previousEnd = quote.span.end
        }
        for call in document.callsToAction { #expect(document.paragraphs[call.paragraph].span.contains(call.span)) }
        #expect((try? JSONSerialization.jsonObject(with: Data(JSONReport.render(document).utf8))) != nil)
    }

    static let bytes = Gen.int(in: 0...255).map { UInt8($0) }.array(of: 0...600)

    @Test func invalidUTF8AndNULBytesDecodeAndAnalyse() async {
        await propertyCheck(count: 300, input: Self.bytes) { bytes in
            let source = SourceText(decoding: bytes)
            Self.check(source.text)
        }
    }

    @Test(arguments: [
        ("a 1 MB single line", String(repeating: "The minister said “we must act” and urged calm. ", count: 21_000)),
        ("10,000 quotation marks", String(repeating: "“", count: 5_000) + String(repeating: "”", count: 5_000)),
        ("10,000 straight marks", String(repeating: "\" ", count: 10_000)),
        ("deeply nested quotes", String(repeating: "“a ‘b «c „d ", count: 2_000) + String(repeating: "“ ’ » ” ", count: 2_000)),
        ("only apostrophes", String(repeating: "'’`", count: 10_000)),
        ("right-to-left text", String(repeating: "\u{200F}قال الرئيس “يجب أن نتحرك” اليوم. ", count: 500)),
        ("joiners and combining marks", String(repeating: "👩‍👩‍👧 e\u{301}\u{302}\u{303}\u{304} \u{200D}\u{200D} ", count: 2_000)),
        ("NULs and controls", String(repeating: "\u{0}\u{1B}[31m\u{7}\u{9B}\u{C}\r", count: 5_000)),
        ("form feeds between paragraphs", "First page.\u{C}\n\nSecond page “quoted,” she said.\u{C}"),
        ("no spaces at all", String(repeating: "word.", count: 100_000)),
    ])
    func shapesFinishWithConsistentSpans(_ name: String, _ text: String) {
        Self.check(text)
    }
}

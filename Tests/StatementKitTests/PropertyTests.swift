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
                for sentence in paragraph.sentences { #expect(paragraph.span.contains(sentence)) }
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
}

import Foundation
import Testing
@testable import StatementKit

@Suite("Re-anchoring")
struct ReanchoringTests {
    static let original = "The council urged calm. Residents must boil their water until Friday. The mayor agreed."
    static let phrase = "must boil their water"

    func anchor(_ phrase: String = phrase, in text: String = original) -> TextAnchor {
        let scalars = StatementScalars(text)
        let start = Reanchoring.positions(of: Array(phrase.unicodeScalars), in: scalars)[0]
        return TextAnchor(span: TextSpan(start: start, end: start + phrase.unicodeScalars.count), in: scalars)
    }

    func locate(_ anchor: TextAnchor, in text: String) -> (String?, AnchorState) {
        let scalars = StatementScalars(text)
        let result = Reanchoring.locate(anchor, in: scalars)
        return (result.span.map { String(scalars: scalars[$0.start..<$0.end]) }, result.state)
    }

    @Test func unchangedTextIsAnchored() {
        let result = locate(anchor(), in: Self.original)
        #expect(result == (Self.phrase, .anchored))
    }

    @Test(arguments: [
        "A new first sentence. " + original,
        original.replacingOccurrences(of: "urged calm", with: "urged"),
        original + " More text after.",
        "Paragraph inserted.\n\n" + original,
    ])
    func insertionsAndDeletionsAroundTheSpanMoveIt(_ edited: String) {
        let (text, state) = locate(anchor(), in: edited)
        #expect(text == Self.phrase)
        #expect(state == .moved || state == .anchored)
    }

    @Test func aRewordedSpanIsChanged() {
        let edited = Self.original.replacingOccurrences(of: "must boil their water", with: "must boil all their water")
        let (text, state) = locate(anchor(), in: edited)
        #expect(state == .changed)
        #expect(text?.contains("boil") == true)
    }

    @Test func textInsertedInsideTheSpanIsChanged() {
        let edited = Self.original.replacingOccurrences(of: "boil their", with: "boil, filter, their")
        #expect(locate(anchor(), in: edited).1 == .changed)
    }

    @Test func aDeletedParagraphOrphansItsNotes() {
        let (text, state) = locate(anchor(), in: "The council urged calm.\n\nThe mayor agreed.")
        #expect(text == nil)
        #expect(state == .orphaned)
    }

    /// Positions from a database or an imported file may be anything: they are never trusted
    /// as offsets (a reversed range or a negative offset trapped).
    @Test(arguments: [(-5, 3), (40, 10), (-10, -2), (0, Int(UInt32.max) + 10), (Int(UInt32.max) + 1, Int(UInt32.max) + 5)])
    func anchorsWithImpossiblePositionsAreFoundByTheirWords(_ start: Int, _ end: Int) {
        let anchor = TextAnchor(exact: Self.phrase, prefix: "", suffix: "", start: start, end: end)
        #expect(anchor.span.start >= 0 && anchor.span.start <= anchor.span.end)
        #expect(locate(anchor, in: Self.original) == (Self.phrase, .moved))
    }

    @Test func aRepeatedPhraseIsToldApartByItsContext() {
        let text = "Police said the road is closed. Later the army said the road is closed again."
        let second = "the road is closed again"
        let scalars = StatementScalars(text)
        let start = Reanchoring.positions(of: Array(second.unicodeScalars), in: scalars)[0]
        var anchor = TextAnchor(span: TextSpan(start: start, end: start + "the road is closed".count), in: scalars)
        anchor.start += 40  // the stored position no longer fits
        anchor.end += 40
        let edited = "Police said the road is closed. Later the army said the road is closed again."
        let result = Reanchoring.locate(anchor, in: StatementScalars(edited))
        #expect(result.span?.start == start)
        #expect(result.state == .moved)
    }
}

@Suite("Annotation exports")
struct AnnotationExportTests {
    static let text = "Officials met.\n\n“We call on both sides to talk, and “now”,” said Ana Ruiz.\n"
    static let document = Analyzer.analyze(text, source: "s.txt")

    static func export() -> AnnotationExport {
        let scalars = StatementScalars(text)
        let quote = document.quotes[0]
        let highlight = Annotation(id: "11111111-2222-3333-4444-555555555555", document: SHA256.hex(text),
                                   anchor: TextAnchor(span: quote.span, in: scalars), paragraph: 1, colour: 1,
                                   note: "Ask her, \"when\"? #follow-up #talks\nSecond line.", created: "2026-11-29T10:00:00Z",
                                   updated: "2026-11-29T11:00:00Z")
        let orphan = Annotation(id: "o", document: "d", anchor: TextAnchor(exact: "gone words", prefix: "", suffix: "", start: 0, end: 10),
                                paragraph: 0, colour: 0, note: "", created: "2026-11-29T09:00:00Z", updated: "2026-11-29T09:00:00Z", state: .orphaned)
        return AnnotationExport(document: document, title: "Officials met", sourceURI: "file:///tmp/s.txt",
                                exportedAt: "2026-11-29T12:00:00Z", annotations: [orphan, highlight])
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // Where whole blocks end and the padded tail begins: 55, 56, 64 and 119 bytes.
        #expect(SHA256.hex(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(SHA256.hex(String(repeating: "x", count: 119)) == "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c")
    }

    @Test func tagsAreTheHashWordsOfTheNote() {
        #expect(Annotation.tags(in: "See #follow-up and #talks, not a#b or #") == ["follow-up", "talks"])
    }

    @Test func markdownHasTheQuoteSpeakerNoteTagsAndOrphans() {
        let markdown = Self.export().render(.markdown)
        #expect(markdown.contains("### ¶2 — Ana Ruiz"))
        #expect(markdown.contains("> We call on both sides to talk"))
        #expect(markdown.contains("Ask her"))
        #expect(markdown.contains("Tags: #follow-up #talks"))
        #expect(markdown.contains("Colour: question"))
        #expect(markdown.contains("## Orphaned notes"))
        #expect(markdown.range(of: "## Orphaned notes")!.lowerBound > markdown.range(of: "Ana Ruiz")!.lowerBound)
    }

    @Test func markdownCitesReportedSpeechAsSaidNotQuoted() throws {
        let text = "Ana Ruiz said the talks had failed.\n"
        let document = Analyzer.analyze(text, source: "r.txt")
        let report = try #require(document.reportedSpeech.first)
        let note = Annotation(id: "r", document: SHA256.hex(text), anchor: TextAnchor(span: report.span, in: StatementScalars(text)),
                              paragraph: 0, colour: 0, note: "", created: "2026-11-29T10:00:00Z", updated: "2026-11-29T10:00:00Z")
        let markdown = AnnotationExport(document: document, title: "r", sourceURI: "file:///tmp/r.txt",
                                        exportedAt: "2026-11-29T12:00:00Z", annotations: [note]).render(.markdown)
        #expect(markdown.contains("### ¶1 — Ana Ruiz (reported)"))
        #expect(markdown.contains("Ana Ruiz said that the talks had failed"))
        #expect(!markdown.contains("> the talks"))
    }

    @Test func w3cHasBothSelectorsAMarkdownBodyAndTimes() throws {
        let data = Data(Self.export().render(.w3c).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let items = try #require((root["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let item = try #require(items.first { ($0["id"] as? String)?.hasPrefix("urn:uuid:1111") == true })
        #expect(item["motivation"] as? String == "commenting")
        #expect(item["created"] as? String == "2026-11-29T10:00:00Z")
        #expect(item["modified"] as? String == "2026-11-29T11:00:00Z")
        let bodies = try #require(item["body"] as? [[String: Any]])
        #expect(bodies.contains { $0["format"] as? String == "text/markdown" && $0["type"] as? String == "TextualBody" })
        let target = try #require(item["target"] as? [String: Any])
        #expect(target["source"] as? String == "file:///tmp/s.txt")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(Set(selectors.compactMap { $0["type"] as? String }) == ["TextQuoteSelector", "TextPositionSelector"])
        let orphan = try #require(items.first { $0["id"] as? String == "urn:uuid:o" })
        #expect(orphan["motivation"] as? String == "highlighting")
    }

    @Test func csvHasReadwisesColumnsAndQuotesItsFields() {
        let lines = Self.export().render(.csv).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Highlight,Title,Author,URL,Note,Location,Date")
        let csv = Self.export().render(.csv)
        #expect(csv.contains("\"We call on both sides to talk, and “now”,\",Officials met,Ana Ruiz,file:///tmp/s.txt,\"Ask her, \"\"when\"\"? #follow-up #talks\nSecond line.\",2,2026-11-29T10:00:00Z"))
    }
}

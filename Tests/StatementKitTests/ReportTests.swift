import Foundation
import PropertyBased
import Testing
@testable import StatementKit

@Suite("Reports")
struct ReportTests {
    let document = analyze(SampleStatement.text)

    /// The report is written in pieces as it is made: joined they are the whole report, a long
    /// report really is cut, and pretty and compact say the same thing.
    @Test func theStreamedReportIsWholeAndPrettyAndCompactAgree() throws {
        let long = analyze(Array(repeating: SampleStatement.text, count: 40).joined(separator: "\n\n"))
        var pieces: [String] = []
        JSONReport.write(long) { pieces.append($0) }
        #expect(pieces.count > 1)
        #expect(pieces.joined() == JSONReport.render(long))
        let pretty = try JSONSerialization.jsonObject(with: Data(JSONReport.render(document).utf8)) as? NSDictionary
        let compact = try JSONSerialization.jsonObject(with: Data(JSONReport.render(document, pretty: false).utf8)) as? NSDictionary
        #expect(pretty != nil && pretty == compact)
        #expect(!JSONReport.render(document, pretty: false).dropLast().contains("\n"))
    }

    /// The layout diffs read: keys in a fixed order, two spaces a level, one member a line.
    /// A speaker's line counts quotes and calls and leaves a count of none out.
    @Test func speakerLinesCountQuotesAndCalls() {
        let speakers = [
            Speaker(name: "NATO", role: nil, aliases: [], quoteCount: 3, callCount: 2, kind: .organisation),
            Speaker(name: "Salo", role: "chair", aliases: [], quoteCount: 1, callCount: 0, kind: .person),
            Speaker(name: "Donors", role: nil, aliases: [], quoteCount: 0, callCount: 1, kind: .group),
            Speaker(name: "Nobody", role: nil, aliases: [], quoteCount: 0, callCount: 0, kind: .person),
        ]
        let document = Document(source: "s", text: "", paragraphs: [], quotes: [], speakers: speakers, callsToAction: [])
        let text = TextReport.render(document)
        for line in ["    NATO (3 quotes, 2 calls)\n", "    Salo — chair (1 quote)\n", "    Donors (1 call)\n", "    Nobody\n"] {
            #expect(text.contains(line), "\(line)")
        }
        let markdown = MarkdownReport.render(document)
        for line in ["### NATO (3 quotes, 2 calls)\n", "### Salo (1 quote)\n", "### Donors (1 call)\n", "### Nobody\n"] {
            #expect(markdown.contains(line), "\(line)")
        }
    }

    @Test func theReportsLayoutIsFixed() {
        #expect(JSONReport.render(analyze("")) == """
            {
              "source": "test",
              "paragraphs": [],
              "quotes": [],
              "speakers": [],
              "callsToAction": [],
              "advice": [],
              "structure": {
                "title": null,
                "date": null,
                "place": null,
                "issuer": null,
                "parts": []
              }
            }

            """)
        #expect(JSONReport.render(analyze("Hello.")).hasPrefix("""
            {
              "source": "test",
              "paragraphs": [
                {
                  "index": 0,
                  "start": 0,
                  "end": 6,
                  "text": "Hello."
                }
              ],
              "quotes": [],
            """))
    }

    /// The escaper copies runs of bytes whole; what it writes must read back as the same string
    /// in any JSON parser, whatever the string holds.
    @Test func anyStringReadsBackFromItsJSON() async throws {
        let pieces = Gen.oneOf(
            PropertyTests.anyCharacter.map { String($0) }, Gen.always("\u{2028}"), Gen.always("\u{2029}"),
            Gen.always("\u{85}"), Gen.always("\""), Gen.always("\\"), Gen.always("“é”"), Gen.always("\u{2027}"))
        await propertyCheck(count: 500, input: pieces.array(of: 0...20).map { $0.joined() }) { text in
            var writer = JSONWriter(indent: nil)
            writer.beginArray()
            writer.element()
            writer.string(text)
            writer.element()
            writer.string(Substring(text))
            writer.endArray()
            let read = try? JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
            #expect(read == [text, text])
        }
    }

    /// Which characters are escaped, and how.
    @Test func escapesAreTheDocumentedOnes() {
        func escaped(_ text: String) -> String { JSONValue.string(text).serialized() }
        #expect(escaped("say \"no\" \\ now") == #""say \"no\" \\ now""#)
        #expect(escaped("a\nb\tc\rd\u{1}\u{7F}") == #""a\nb\tc\rd\u0001\u007f""#)
        #expect(escaped("x\u{85}y\u{2028}z\u{2029}") == #""x\u0085y\u2028z\u2029""#)
        #expect(escaped("\u{1B}[31m\u{7}") == #""\u001b[31m\u0007""#)
        #expect(escaped("“Naïve” — 東京 ’") == "\"“Naïve” — 東京 ’\"")
    }

    @Test func jsonHasTheDocumentedKeysAndTypes() throws {
        let data = Data(JSONReport.render(document).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["source"] is String)
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(!paragraphs.isEmpty)
        for paragraph in paragraphs {
            #expect(paragraph["index"] is Int && paragraph["start"] is Int && paragraph["end"] is Int && paragraph["text"] is String)
        }
        let quotes = try #require(root["quotes"] as? [[String: Any]])
        #expect(!quotes.isEmpty)
        for quote in quotes {
            #expect(quote["paragraph"] is Int && quote["start"] is Int && quote["end"] is Int && quote["text"] is String)
            #expect(quote["speaker"] is String || quote["speaker"] is NSNull)
            #expect(quote["partial"] is Bool)
            #expect(["speech", "term", "reported"].contains(quote["kind"] as? String))
            // Only reported speech names its reporting cue.
            #expect((quote["kind"] as? String == "reported") == (quote["cue"] is String))
        }
        #expect(quotes.contains { $0["kind"] as? String == "reported" })
        let speakers = try #require(root["speakers"] as? [[String: Any]])
        for speaker in speakers {
            #expect(speaker["name"] is String && speaker["aliases"] is [String] && speaker["quoteCount"] is Int)
            #expect(speaker["callCount"] is Int && speaker["reportedCount"] is Int)
            #expect(speaker["role"] is String || speaker["role"] is NSNull)
        }
        let calls = try #require(root["callsToAction"] as? [[String: Any]])
        #expect(!calls.isEmpty)
        for call in calls {
            #expect(call["paragraph"] is Int && call["start"] is Int && call["end"] is Int)
            #expect(call["cue"] is String && call["action"] is String)
            #expect(call["actor"] is String || call["actor"] is NSNull)
            #expect(call["addressee"] is String || call["addressee"] is NSNull)
            #expect(["demand", "request", "encouragement"].contains(call["strength"] as? String))
        }
        let advice = try #require(root["advice"] as? [[String: Any]])
        #expect(advice.count == document.callsToAction.count { !$0.isFirm })
        for call in advice { #expect(call["strength"] as? String == "advice" && call["cue"] is String && call["action"] is String) }
    }

    /// Advice ("should", an invitation) is a call of its own kind: apart in every report.
    @Test func adviceIsReportedApartFromFirmCalls() throws {
        let document = analyze("The council urged the ministry to publish the data. Donors should consider the report.")
        #expect(document.callsToAction.map(\.strength) == [.request, .advice])
        let root = try #require(JSONSerialization.jsonObject(with: Data(JSONReport.render(document).utf8)) as? [String: Any])
        #expect((root["callsToAction"] as? [[String: Any]])?.map { $0["cue"] as? String } == ["urged"])
        #expect((root["advice"] as? [[String: Any]])?.map { $0["cue"] as? String } == ["should"])
        let text = TextReport.render(document)
        #expect(text.contains(" · 1 call to action · 1 advice\n"))
        #expect(text.contains("    advice: ") && text.contains("    call to action: "))
        let markdown = MarkdownReport.render(document)
        #expect(markdown.contains("1 call to action, 1 advice.\n"))
        #expect(markdown.contains("## Advice\n\n| ¶ | Actor |"))
    }

    @Test func textReportListsEveryParagraphQuoteAndCall() {
        let report = TextReport.render(document)
        #expect(report.contains("¶\(document.paragraphs.count)  "))
        for quote in document.quotes { #expect(report.contains(quote.text)) }
        for call in document.callsToAction { #expect(report.contains(call.action)) }
    }

    @Test func termsAreListedApartFromQuotes() {
        let document = analyze("“We will appeal,” Jane Roe said of the so-called “reforms”.")
        let text = TextReport.render(document)
        #expect(text.contains("1 quote · 1 term · "))
        #expect(text.contains("    term: “reforms”\n"))
        #expect(!text.contains("“reforms” — (speaker unknown)"))
        let markdown = MarkdownReport.render(document)
        #expect(markdown.contains("### Quoted terms\n\n“reforms” (¶1)\n"))
        #expect(!markdown.contains("Quotes with no speaker"))
    }

    @Test func textReportNeverPassesEscapeSequencesThrough() {
        let report = TextReport.render(analyze("Evil \u{1B}]0;title\u{7} text \u{9B}31m."))
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(report.contains("␛]0;title␇"))
    }

    @Test func markdownGroupsQuotesBySpeakerAndTabulatesCalls() {
        let markdown = MarkdownReport.render(document)
        #expect(markdown.contains("## Speakers"))
        #expect(markdown.contains("| ¶ | Actor | Cue | Addressee | Action | Strength |"))
        for speaker in document.speakers { #expect(markdown.contains("### \(MarkdownReport.escape(speaker.name))")) }
        let advice = document.callsToAction.count { !$0.isFirm }
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == document.callsToAction.count + 1 + (advice > 0 ? 1 : 0))
    }

    @Test func sourceTextCountsInvalidBytesAndDropsTheBOM() {
        let source = SourceText(decoding: [0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42, 0xC3])
        #expect(source.text == "A\u{FFFD}B\u{FFFD}")
        #expect(source.invalidSequences == 2)
        #expect(source.hadByteOrderMark)
        #expect(!source.containsNUL)
        #expect(SourceText(decoding: [0x41, 0x00]).containsNUL)
    }
}

@Suite("Sample statement")
struct SampleStatementTests {
    let document = analyze(SampleStatement.text)

    @Test func hasSeveralSpeakersAPronounSpeakerAndAQuotationOverParagraphs() {
        #expect(document.speakers.count >= 3)
        let speakers = Set(document.quotes.compactMap(\.speaker))
        #expect(speakers.count >= 3)
        #expect(document.quotes.allSatisfy { $0.speaker != nil })
        let paragraphsWithQuotes = Set(document.quotes.map(\.paragraph))
        #expect(paragraphsWithQuotes.count >= 5)
        #expect(document.callsToAction.count >= 4)
    }
}

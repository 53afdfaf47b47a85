/// The analysis as plain text, paragraph by paragraph, for a terminal or a pipe.
public enum TextReport {
    public static func render(_ document: Document) -> String {
        var out = ""
        let title = document.source.isEmpty ? "statement" : document.source
        out += "\(title)\n"
        out += "\(count(document.paragraphs.count, "paragraph")) · \(count(document.quotes.count { $0.kind == .speech }, "quote"))\(termCount(document, " · "))\(reportedCount(document, " · ")) · "
        out += "\(count(document.speakers.count, "speaker")) · \(count(firmCallCount(document), "call to action", plural: "calls to action"))\(adviceCount(document, " · "))\n"
        for (label, value) in document.structure.header {
            out += "\(label): \(value.visibleInTerminal)\n"
        }
        for paragraph in document.paragraphs {
            out += "\n¶\(paragraph.index + 1)  \(paragraph.text.visibleInTerminal)\n"
            for quote in document.quotes(inParagraph: paragraph.index) {
                if quote.kind == .term {
                    out += "    term: “\(quote.text.visibleInTerminal)”\n"
                    continue
                }
                let who = quote.speaker ?? "(speaker unknown)"
                let kind = quote.partial ? "partial quote" : "quote"
                out += "    \(kind): “\(quote.text.visibleInTerminal)” — \(who)\n"
            }
            for report in document.reportedSpeech(inParagraph: paragraph.index) {
                let who = report.speaker ?? "(speaker unknown)"
                out += "    reported (\(report.cue ?? "said")): \(report.text.visibleInTerminal) — \(who)\n"
            }
            for call in document.callsToAction(inParagraph: paragraph.index) {
                let label = call.isFirm ? "call to action" : "advice"
                out += "    \(label): \(call.summary.visibleInTerminal)  [\(call.cue.visibleInTerminal), \(call.strength.rawValue)]\n"
            }
        }
        if !document.speakers.isEmpty {
            out += "\nSpeakers\n"
            for speaker in document.speakers {
                var line = "    \(speaker.name)"
                if let role = speaker.role { line += " — \(role)" }
                if !speaker.fullTally.isEmpty { line += " (\(speaker.fullTally))" }
                out += line.visibleInTerminal + "\n"
            }
        }
        return out
    }

    /// ` · 2 terms` when the statement quotes terms, else nothing.
    static func termCount(_ document: Document, _ separator: String) -> String {
        let terms = document.quotes.count { $0.kind == .term }
        return terms == 0 ? "" : separator + count(terms, "term")
    }

    /// ` · 3 reported` when the statement holds reported speech, else nothing.
    static func reportedCount(_ document: Document, _ separator: String) -> String {
        document.reportedSpeech.isEmpty ? "" : separator + "\(document.reportedSpeech.count) reported"
    }

    /// Calls that are not advice: what the report counts as calls to action.
    static func firmCallCount(_ document: Document) -> Int { document.callsToAction.count(where: \.isFirm) }

    /// ` · 2 advice` when some calls are only advice ("should", an invitation), else nothing.
    static func adviceCount(_ document: Document, _ separator: String) -> String {
        let advice = document.callsToAction.count - firmCallCount(document)
        return advice == 0 ? "" : separator + "\(advice) advice"
    }

    static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}

extension Speaker {
    /// `3 quotes, 2 calls`, leaving out a count of none: how the reader's Speakers pane says
    /// what a speaker did.
    public var tally: String { tally(withReported: false) }

    /// `3 quotes, 2 reported, 2 calls`: the tally with reported speech, for the reports.
    public var fullTally: String { tally(withReported: true) }

    private func tally(withReported: Bool) -> String {
        var parts: [String] = []
        if quoteCount > 0 { parts.append(TextReport.count(quoteCount, "quote")) }
        if withReported, reportedCount > 0 { parts.append("\(reportedCount) reported") }
        if callCount > 0 { parts.append(TextReport.count(callCount, "call")) }
        return parts.joined(separator: ", ")
    }
}

extension CallToAction {
    /// `actor → addressee: action`, the way the reader lists a call.
    public var summary: String {
        "\(actor ?? "(unstated)") → \(addressee ?? "(implicit)"): \(action)"
    }
}

extension StringProtocol {
    /// Control characters and escape sequences shown as visible symbols, so that printing a
    /// document never drives the terminal (U+2400 block for C0, `<U+0085>` for C1).
    public var visibleInTerminal: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0:
                out.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

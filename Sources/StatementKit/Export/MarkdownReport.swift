/// The analysis as Markdown, ready to paste into notes: each speaker with their quotes, then
/// the calls to action as a table.
public enum MarkdownReport {
    public static func render(_ document: Document) -> String {
        var out = "# \(escape(document.source.isEmpty ? "Statement" : document.source))\n\n"
        out += "\(TextReport.count(document.paragraphs.count, "paragraph")), \(TextReport.count(document.quotes.count { $0.kind == .speech }, "quote"))\(TextReport.termCount(document, ", "))\(TextReport.reportedCount(document, ", ")), "
        out += "\(TextReport.count(document.speakers.count, "speaker")), "
        out += "\(TextReport.count(TextReport.firmCallCount(document), "call to action", plural: "calls to action"))\(TextReport.adviceCount(document, ", ")).\n"
        let header = document.structure.header
        if !header.isEmpty {
            out += "\n"
            for (label, value) in header { out += "- **\(label)**: \(escape(value))\n" }
        }

        out += "\n## Speakers\n"
        if document.speakers.isEmpty { out += "\nNo one is quoted or reported.\n" }
        let quotesBySpeaker = Dictionary(grouping: document.quotes) { $0.speaker ?? "" }
        let reportsBySpeaker = Dictionary(grouping: document.reportedSpeech) { $0.speaker ?? "" }
        for speaker in document.speakers {
            out += "\n### \(escape(speaker.name))\(speaker.fullTally.isEmpty ? "" : " (\(speaker.fullTally))")\n\n"
            if let role = speaker.role { out += "*\(escape(role))*\n\n" }
            let quotes = quotesBySpeaker[speaker.name] ?? []
            let reports = reportsBySpeaker[speaker.name] ?? []
            for quote in quotes {
                out += "> “\(escape(String(quote.text)))” (¶\(quote.paragraph + 1)\(quote.partial ? ", partial" : ""))\n\n"
            }
            // Reported speech after the direct quotes, as said, not quoted.
            for report in reports {
                out += "- \(escape(report.cue ?? "said")): \(escape(String(report.text))) (¶\(report.paragraph + 1))\n"
            }
        }
        let unattributed = document.quotes.filter { $0.speaker == nil && $0.kind == .speech }
        if !unattributed.isEmpty {
            out += "\n### Quotes with no speaker\n\n"
            for quote in unattributed { out += "> “\(escape(String(quote.text)))” (¶\(quote.paragraph + 1))\n\n" }
        }
        let terms = document.quotes.filter { $0.kind == .term }
        if !terms.isEmpty {
            out += "\n### Quoted terms\n\n"
            out += terms.map { "“\(escape(String($0.text)))” (¶\($0.paragraph + 1))" }.joined(separator: " · ") + "\n"
        }

        out += "\n## Calls to action\n\n"
        let firm = document.callsToAction.filter(\.isFirm)
        out += firm.isEmpty ? "None found.\n" : callTable(firm)
        let advice = document.callsToAction.filter { !$0.isFirm }
        if !advice.isEmpty { out += "\n## Advice\n\n" + callTable(advice) }
        return out
    }

    static func callTable(_ calls: [CallToAction]) -> String {
        var out = "| ¶ | Actor | Cue | Addressee | Action | Strength |\n|---|---|---|---|---|---|\n"
        for call in calls {
            let cells = ["\(call.paragraph + 1)", call.actor ?? "—", call.cue, call.addressee.map(String.init) ?? "—", String(call.action), call.strength.rawValue]
            out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Markdown's own characters, escaped so quoted text cannot turn into markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.visibleInTerminal {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    static func cell(_ text: String) -> String { escape(text) }
}

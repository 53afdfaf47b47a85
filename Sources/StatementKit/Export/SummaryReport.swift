/// A `SpeakerSummary` as text, Markdown, one JSON object, or JSON Lines (one object a party).
public enum SummaryReport {
    public static func text(_ summary: SpeakerSummary) -> String {
        var out = "\(TextReport.count(summary.statements, "statement")) · \(TextReport.count(summary.rows.count { $0.speaks }, "speaker")) · "
        out += "\(TextReport.count(summary.quotes, "quote")) · \(TextReport.count(summary.callsToAction, "call to action", plural: "calls to action"))\n"
        let rows = summary.rows
        guard !rows.isEmpty else { return out }
        let names = rows.map { $0.name.visibleInTerminal }
        let width = min(48, max(5, names.map(\.count).max() ?? 0))
        func cell(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        func fitted(_ name: String) -> String {
            name.count > width ? String(name.prefix(width - 1)) + "…" : name + String(repeating: " ", count: width - name.count)
        }
        out += "\n\(fitted("party"))  statements  quotes  calls made  calls received\n"
        for (row, name) in zip(rows, names) {
            out += "\(fitted(name))  \(cell(String(row.statements), 10))  \(cell(String(row.quotes), 6))  "
            out += "\(cell(String(row.callsMade), 10))  \(cell(String(row.callsReceived), 14))\n"
        }
        return out
    }

    public static func markdown(_ summary: SpeakerSummary) -> String {
        var out = "# Speakers across \(TextReport.count(summary.statements, "statement"))\n\n"
        out += "\(TextReport.count(summary.quotes, "quote")), \(TextReport.count(summary.callsToAction, "call to action", plural: "calls to action")).\n\n"
        out += "| party | statements | quotes | calls made | calls received |\n|---|---:|---:|---:|---:|\n"
        for row in summary.rows {
            out += "| \(MarkdownReport.escape(row.name)) | \(row.statements) | \(row.quotes) | \(row.callsMade) | \(row.callsReceived) |\n"
        }
        return out
    }

    public static func json(_ summary: SpeakerSummary) -> String {
        var json = JSONWriter(indent: 2)
        json.beginObject()
        json.key("statements"); json.int(summary.statements)
        json.key("quotes"); json.int(summary.quotes)
        json.key("callsToAction"); json.int(summary.callsToAction)
        json.key("parties")
        json.beginArray()
        for row in summary.rows {
            json.element()
            fields(row, &json)
        }
        json.endArray()
        json.endObject()
        return String(decoding: json.take(), as: UTF8.self) + "\n"
    }

    public static func jsonLines(_ summary: SpeakerSummary) -> String {
        var out = ""
        var json = JSONWriter(indent: nil)
        for row in summary.rows {
            fields(row, &json)
            out += String(decoding: json.take(), as: UTF8.self) + "\n"
        }
        return out
    }

    private static func fields(_ row: SpeakerSummary.Row, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("name"); json.string(row.name)
        json.key("speaks"); json.bool(row.speaks)
        json.key("statements"); json.int(row.statements)
        json.key("quotes"); json.int(row.quotes)
        json.key("callsMade"); json.int(row.callsMade)
        json.key("callsReceived"); json.int(row.callsReceived)
        json.endObject()
    }
}

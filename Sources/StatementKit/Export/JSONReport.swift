/// The analysis as JSON: the shape `communique analyze --format json` prints and the
/// accuracy check reads. Offsets count Unicode scalars from the start of the text.
public enum JSONReport {
    /// The whole report as one value (for callers that want to inspect or re-shape it).
    public static func value(of document: Document) -> JSONValue {
        .object([
            ("source", .string(document.source)),
            ("paragraphs", .array(document.paragraphs.map(value(of:)))),
            ("quotes", .array(document.quotes.map(value(of:)))),
            ("speakers", .array(document.speakers.map(value(of:)))),
            ("callsToAction", .array(document.callsToAction.map(value(of:)))),
        ])
    }

    public static func render(_ document: Document, pretty: Bool = true) -> String {
        var out = ""
        write(document, pretty: pretty) { out += $0 }
        return out
    }

    /// The report in pieces of about 64 KB, handed to `emit` as they are made: the same text as
    /// `value(of:).serialized`, but a long statement's report is never held whole (as one value
    /// tree and one string it took six times the statement's size).
    public static func write(_ document: Document, pretty: Bool = true, to emit: (String) -> Void) {
        let indent = pretty ? 2 : nil
        var out = "{"
        func member(_ key: String, first: Bool = false) {
            if !first { out += "," }
            JSONValue.newline(&out, indent: indent, level: 1)
            JSONValue.writeString(key, into: &out)
            out += pretty ? ": " : ":"
        }
        func array<Item>(_ items: [Item], _ value: (Item) -> JSONValue) {
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                JSONValue.newline(&out, indent: indent, level: 2)
                value(item).write(into: &out, indent: indent, level: 2)
                if out.utf8.count >= 1 << 16 {
                    emit(out)
                    out = ""
                }
            }
            JSONValue.newline(&out, indent: indent, level: 1)
            out += "]"
        }
        member("source", first: true)
        JSONValue.writeString(document.source, into: &out)
        member("paragraphs")
        array(document.paragraphs, value(of:))
        member("quotes")
        array(document.quotes, value(of:))
        member("speakers")
        array(document.speakers, value(of:))
        member("callsToAction")
        array(document.callsToAction, value(of:))
        JSONValue.newline(&out, indent: indent, level: 0)
        out += "}\n"
        emit(out)
    }

    static func value(of paragraph: Paragraph) -> JSONValue {
        .object([
            ("index", .int(paragraph.index)),
            ("start", .int(paragraph.span.start)),
            ("end", .int(paragraph.span.end)),
            ("text", .string(String(paragraph.text))),
        ])
    }

    static func value(of quote: Quote) -> JSONValue {
        .object([
            ("paragraph", .int(quote.paragraph)),
            ("start", .int(quote.span.start)),
            ("end", .int(quote.span.end)),
            ("text", .string(String(quote.text))),
            ("speaker", .optional(quote.speaker)),
            ("partial", .bool(quote.partial)),
        ])
    }

    static func value(of speaker: Speaker) -> JSONValue {
        .object([
            ("name", .string(speaker.name)),
            ("role", .optional(speaker.role)),
            ("aliases", .array(speaker.aliases.map(JSONValue.string))),
            ("quoteCount", .int(speaker.quoteCount)),
        ])
    }

    static func value(of call: CallToAction) -> JSONValue {
        .object([
            ("paragraph", .int(call.paragraph)),
            ("start", .int(call.span.start)),
            ("end", .int(call.span.end)),
            ("actor", .optional(call.actor)),
            ("cue", .string(call.cue)),
            ("addressee", .optional(call.addressee.map(String.init))),
            ("action", .string(String(call.action))),
            ("strength", .string(call.strength.rawValue)),
        ])
    }
}

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
    /// tree and one string it took six times the statement's size), and it is written straight
    /// into bytes (a value tree per quote cost as much as the analysis).
    public static func write(_ document: Document, pretty: Bool = true, to emit: (String) -> Void) {
        var json = JSONWriter(indent: pretty ? 2 : nil)
        /// A member holding an array of objects, each written by `fields`, the bytes handed on
        /// whenever 64 KB have gathered.
        func objects<Item>(_ key: StaticString, _ items: [Item], _ fields: (Item, inout JSONWriter) -> Void) {
            json.key(key)
            json.beginArray()
            for item in items {
                json.element()
                json.beginObject()
                fields(item, &json)
                json.endObject()
                if json.bytes.count >= 1 << 16 { emit(String(decoding: json.take(), as: UTF8.self)) }
            }
            json.endArray()
        }
        json.beginObject()
        json.key("source")
        json.string(document.source)
        objects("paragraphs", document.paragraphs) { paragraph, json in
            json.key("index"); json.int(paragraph.index)
            json.key("start"); json.int(paragraph.span.start)
            json.key("end"); json.int(paragraph.span.end)
            json.key("text"); json.string(paragraph.text)
        }
        objects("quotes", document.quotes) { quote, json in
            json.key("paragraph"); json.int(quote.paragraph)
            json.key("start"); json.int(quote.span.start)
            json.key("end"); json.int(quote.span.end)
            json.key("text"); json.string(quote.text)
            json.key("speaker"); json.string(quote.speaker)
            json.key("partial"); json.bool(quote.partial)
        }
        objects("speakers", document.speakers) { speaker, json in
            json.key("name"); json.string(speaker.name)
            json.key("role"); json.string(speaker.role)
            json.key("aliases")
            json.beginArray()
            for alias in speaker.aliases { json.element(); json.string(alias) }
            json.endArray()
            json.key("quoteCount"); json.int(speaker.quoteCount)
        }
        objects("callsToAction", document.callsToAction) { call, json in
            json.key("paragraph"); json.int(call.paragraph)
            json.key("start"); json.int(call.span.start)
            json.key("end"); json.int(call.span.end)
            json.key("actor"); json.string(call.actor)
            json.key("cue"); json.string(call.cue)
            json.key("addressee"); json.string(call.addressee)
            json.key("action"); json.string(call.action)
            json.key("strength"); json.string(call.strength.rawValue)
        }
        json.endObject()
        emit(String(decoding: json.take(), as: UTF8.self) + "\n")
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

/// The analysis as JSON: the shape `communique analyze --format json` prints and the
/// accuracy check reads. Offsets count Unicode scalars from the start of the text.
public enum JSONReport {
    public static func value(of document: Document) -> JSONValue {
        .object([
            ("source", .string(document.source)),
            ("paragraphs", .array(document.paragraphs.map { paragraph in
                .object([
                    ("index", .int(paragraph.index)),
                    ("start", .int(paragraph.span.start)),
                    ("end", .int(paragraph.span.end)),
                    ("text", .string(String(paragraph.text))),
                ])
            })),
            ("quotes", .array(document.quotes.map { quote in
                .object([
                    ("paragraph", .int(quote.paragraph)),
                    ("start", .int(quote.span.start)),
                    ("end", .int(quote.span.end)),
                    ("text", .string(String(quote.text))),
                    ("speaker", .optional(quote.speaker)),
                    ("partial", .bool(quote.partial)),
                ])
            })),
            ("speakers", .array(document.speakers.map { speaker in
                .object([
                    ("name", .string(speaker.name)),
                    ("role", .optional(speaker.role)),
                    ("aliases", .array(speaker.aliases.map(JSONValue.string))),
                    ("quoteCount", .int(speaker.quoteCount)),
                ])
            })),
            ("callsToAction", .array(document.callsToAction.map { call in
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
            })),
        ])
    }

    public static func render(_ document: Document, pretty: Bool = true) -> String {
        value(of: document).serialized(indent: pretty ? 2 : nil) + "\n"
    }
}

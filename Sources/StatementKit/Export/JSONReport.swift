/// The analysis as JSON: the shape `communique analyze --format json` prints and the
/// accuracy check reads. Offsets count Unicode scalars from the start of the text.
public enum JSONReport {
    public static func render(_ document: Document, pretty: Bool = true) -> String {
        var out = ""
        write(document, pretty: pretty) { out += $0 }
        return out
    }

    /// The report in pieces of about 64 KB, handed to `emit` as they are made: a long
    /// statement's report is never held whole, and it is written straight into bytes with no
    /// value tree per quote. This is the one place the report's shape is written.
    /// `path`, when given, leads the object: a batch's JSON Lines name the file each came from.
    public static func write(_ document: Document, pretty: Bool = true, path: String? = nil, to emit: (String) -> Void) {
        var json = JSONWriter(indent: pretty ? 2 : nil)
        /// A member holding an array of objects, each written by `fields`, the bytes handed on
        /// whenever 64 KB have gathered.
        func objects<Items: Sequence>(_ key: StaticString, _ items: Items, _ fields: (Items.Element, inout JSONWriter) -> Void) {
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
        if let path {
            json.key("path")
            json.string(path)
        }
        json.key("source")
        json.string(document.source)
        objects("paragraphs", document.paragraphs) { paragraph, json in
            json.key("index"); json.int(paragraph.index)
            json.key("start"); json.int(paragraph.span.start)
            json.key("end"); json.int(paragraph.span.end)
            json.key("text"); json.string(paragraph.text)
        }
        // Quotes and reported speech in one list, in reading order, told apart by their kind.
        objects("quotes", InReadingOrder(quotes: document.quotes, reported: document.reportedSpeech)) { quote, json in
            json.key("paragraph"); json.int(quote.paragraph)
            json.key("start"); json.int(quote.span.start)
            json.key("end"); json.int(quote.span.end)
            json.key("text"); json.string(quote.text)
            json.key("speaker"); json.string(quote.speaker)
            json.key("partial"); json.bool(quote.partial)
            json.key("kind"); json.string(quote.kind.rawValue)
            if let cue = quote.cue { json.key("cue"); json.string(cue) }
        }
        objects("speakers", document.speakers) { speaker, json in
            json.key("name"); json.string(speaker.name)
            json.key("role"); json.string(speaker.role)
            json.key("aliases")
            json.beginArray()
            for alias in speaker.aliases { json.element(); json.string(alias) }
            json.endArray()
            json.key("quoteCount"); json.int(speaker.quoteCount)
            json.key("reportedCount"); json.int(speaker.reportedCount)
            json.key("callCount"); json.int(speaker.callCount)
        }
        func callFields(_ call: CallToAction, _ json: inout JSONWriter) {
            json.key("paragraph"); json.int(call.paragraph)
            json.key("start"); json.int(call.span.start)
            json.key("end"); json.int(call.span.end)
            json.key("actor"); json.string(call.actor)
            json.key("cue"); json.string(call.cue)
            json.key("addressee"); json.string(call.addressee)
            json.key("action"); json.string(call.action)
            json.key("strength"); json.string(call.strength.rawValue)
        }
        // Advice ("should", an invitation) is an arguable call: listed apart, in the same shape.
        objects("callsToAction", document.callsToAction.lazy.filter(\.isFirm), callFields)
        objects("advice", document.callsToAction.lazy.filter { !$0.isFirm }, callFields)
        // Every paragraph's kind, body included, so that a reader of the report need not fill gaps.
        let structure = document.structure
        json.key("structure")
        json.beginObject()
        json.key("title"); json.string(structure.title)
        json.key("date"); json.string(structure.date)
        json.key("place"); json.string(structure.place)
        json.key("issuer"); json.string(structure.issuer)
        objects("parts", document.paragraphs.indices) { index, json in
            json.key("paragraph"); json.int(index)
            json.key("kind"); json.string(structure.kind(ofParagraph: index).rawValue)
            if let dateline = structure.dateline(ofParagraph: index) {
                json.key("dateline")
                json.beginObject()
                json.key("start"); json.int(dateline.start)
                json.key("end"); json.int(dateline.end)
                json.endObject()
            }
        }
        json.endObject()
        json.endObject()
        emit(String(decoding: json.take(), as: UTF8.self) + "\n")
    }
}

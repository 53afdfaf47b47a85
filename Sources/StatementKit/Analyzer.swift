/// The analysis pipeline: paragraphs, sentences and quotes, then who speaks and who asks whom
/// to do what. One pass over the paragraphs; only the cast and an open quotation carry over
/// from one paragraph to the next.
public enum Analyzer {
    /// `mentions: false` leaves `Document.mentions` empty: only a reader paints them, and a
    /// report of a long statement is spared the memory of millions of them.
    public static func analyze(_ text: String, source: String = "", mentions: Bool = true) -> Document {
        var reading = Reading()
        reading.keepsMentions = mentions
        return reading.run(source: source, text: text, progress: { _ in })
    }

    /// The analysis of a statement with code kept verbatim in it (scalar ranges, as a
    /// Markdown file's code blocks): those paragraphs are shown but not read, so no quote or
    /// call is found in them.
    public static func analyze(_ text: String, source: String = "", verbatim: [Range<Int>], mentions: Bool = true) -> Document {
        var reading = Reading()
        reading.verbatim = verbatim
        reading.keepsMentions = mentions
        return reading.run(source: source, text: text, progress: { _ in })
    }

    /// The same analysis, telling `progress` how far it has got (0 to 1) every few hundred
    /// paragraphs: the reader shows a long statement at once and fills its panes when this ends.
    public static func analyze(_ text: String, source: String = "", progress: (Double) -> Void) -> Document {
        var reading = Reading()
        return reading.run(source: source, text: text, progress: progress)
    }

    /// The analysis of a statement whose outline is already made: the same document as
    /// `analyze`, holding the outline's own paragraphs rather than a second copy of them (a
    /// reader keeps the outline on screen until this returns).
    public static func analyze(outline: Document, verbatim: [Range<Int>] = [], progress: (Double) -> Void) -> Document {
        var reading = Reading()
        reading.verbatim = verbatim
        reading.paragraphs = outline.paragraphs
        return reading.run(source: outline.source, text: outline.text, progress: progress)
    }

    /// The paragraphs alone, with no sentences, quotes, speakers or calls: one quick pass, so a
    /// reader can show a long statement before its analysis is done.
    public static func outline(_ text: String, source: String = "") -> Document {
        let places = ParagraphSegmenter.places(in: text)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(places.count)
        forEachParagraph(of: text, places: places) { index, span, source, _, _ in
            paragraphs.append(Paragraph(index: index, span: span, text: source))
        }
        return Document(source: source, text: text, paragraphs: paragraphs, quotes: [], speakers: [], callsToAction: [])
    }

    /// Each paragraph of `text`, where the segmenter placed it, with its text as a view into
    /// the statement, its UTF-8 and the UTF-8 that follows it to the end (in place, valid while
    /// `body` runs).
    static func forEachParagraph(
        of text: String, places: some Sequence<ParagraphSegmenter.Place>,
        _ body: (_ index: Int, _ span: TextSpan, _ source: Substring, _ utf8: UnsafeBufferPointer<UInt8>,
                 _ following: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let utf8 = text.utf8
        var bytes = text
        bytes.withUTF8 { bytes in
            for (index, place) in places.enumerated() {
                let start = utf8.index(utf8.startIndex, offsetBy: place.bytes.lowerBound)
                let end = utf8.index(start, offsetBy: place.bytes.count)
                body(index, place.span, Substring(utf8[start..<end]), UnsafeBufferPointer(rebasing: bytes[place.bytes]),
                     UnsafeBufferPointer(rebasing: bytes[place.bytes.upperBound...]))
            }
        }
    }

    /// Where an outline's paragraphs lie: each one's text is a view into the statement, which
    /// knows its own place in the UTF-8.
    static func places(of paragraphs: [Paragraph], in text: String) -> some Sequence<ParagraphSegmenter.Place> {
        let utf8 = text.utf8
        return paragraphs.lazy.map { paragraph in
            let start = utf8.distance(from: utf8.startIndex, to: paragraph.text.startIndex)
            return ParagraphSegmenter.Place(span: paragraph.span, bytes: start..<(start + paragraph.text.utf8.count))
        }
    }
}

import StatementKit

/// What the statement pane paints, as the analysis found it: the `[Speaker]` tag of each quote,
/// reported speech, the cue and action of each call, and where the narration names a speaker. Taken a paragraph
/// at a time, when the paragraph is measured or drawn, from the spans the document carries.
public struct Highlights: Equatable, Sendable {
    public struct QuoteMark: Equatable, Sendable {
        public var span: TextSpan
        public var tag: String?
        /// A quoted term, painted apart from speech and never tagged.
        public var isTerm: Bool
    }
    public struct CallMark: Equatable, Sendable {
        public var cue: TextSpan
        public var action: TextSpan
        public var strength: CallToAction.Strength
    }

    let document: Document
    let scalars: StatementScalars
    /// Each speaker's tag (`Hutchison` for `Kay Bailey Hutchison`), worked out once rather than
    /// for every quote measured or drawn.
    let tags: [String: String]
    /// The speakers the narration names by a proper name somewhere; the others are known only
    /// by a description ("the union"), which then stands for their name.
    let named: Set<Int>
    var annotationsByParagraph: [Int: [(span: TextSpan, colour: Int)]] = [:]

    public static func == (lhs: Highlights, rhs: Highlights) -> Bool {
        lhs.document.quotes == rhs.document.quotes && lhs.document.reportedSpeech == rhs.document.reportedSpeech
            && lhs.document.callsToAction == rhs.document.callsToAction
            && lhs.document.mentions == rhs.document.mentions
            && lhs.annotationsByParagraph.mapValues { $0.map(\.span) } == rhs.annotationsByParagraph.mapValues { $0.map(\.span) }
    }

    /// What never changes while reading: quotes, calls, mentions, and the annotations. The
    /// current quote and the speaker filter are painted over it at render time, so moving
    /// between quotes never re-wraps the statement.
    public init(document: Document, scalars: StatementScalars, annotations: [Annotation] = []) {
        self.document = document
        self.scalars = scalars
        annotationsByParagraph = Self.marks(of: annotations, in: document.paragraphs)
        tags = Dictionary(document.speakers.map { ($0.name, Self.shortName($0.name)) }, uniquingKeysWith: { first, _ in first })
        var named = Set<Int>()
        for mention in document.mentions where mention.kind == .name { named.insert(mention.speaker) }
        self.named = named
    }

    /// The same highlights with other annotations: what changes when a note is made or deleted,
    /// without finding the quotes, calls and names again.
    public func replacingAnnotations(_ annotations: [Annotation], in document: Document) -> Highlights {
        var highlights = self
        highlights.annotationsByParagraph = Self.marks(of: annotations, in: document.paragraphs)
        return highlights
    }

    static func marks(of annotations: [Annotation], in paragraphs: [Paragraph]) -> [Int: [(span: TextSpan, colour: Int)]] {
        var marks: [Int: [(span: TextSpan, colour: Int)]] = [:]
        for annotation in annotations where annotation.state != .orphaned {
            var index = Bisection.firstIndex(in: paragraphs.count) { paragraphs[$0].span.end > annotation.anchor.span.start }
            while index < paragraphs.count, paragraphs[index].span.start < max(annotation.anchor.span.end, annotation.anchor.span.start + 1) {
                if paragraphs[index].span.overlaps(annotation.anchor.span) {
                    marks[index, default: []].append((annotation.anchor.span, annotation.colour))
                }
                index += 1
            }
        }
        return marks
    }

    /// The paragraph's quotes, each with the tag to show after it: none on a piece of a
    /// quotation that goes on in the next paragraph (the tag goes on its last piece), none where
    /// the narration names the speaker right after the quote ("…,” Khalilzad said; "the union
    /// said" for a speaker known only so), and none on a term, which nobody says.
    func quotes(in paragraph: Paragraph) -> [QuoteMark] {
        let quotes = document.quotes
        // Looked up only when a quote has a tag to leave out: most paragraphs have no quotes.
        var mentions: ArraySlice<SpeakerMention>?
        var marks: [QuoteMark] = []
        for index in document.quotes(inParagraph: paragraph.index).indices {
            let quote = quotes[index]
            let continues = index + 1 < quotes.count && quotes[index + 1].paragraph == quote.paragraph + 1
                && quotes[index + 1].speaker == quote.speaker && isOpenAtEnd(quote, in: paragraph)
            var tag = continues || quote.kind == .term ? nil : quote.speaker.map { tags[$0] ?? Self.shortName($0) }
            if tag != nil, mentions == nil { mentions = document.mentions(inParagraph: paragraph.index) }
            if tag != nil, mentions!.contains(where: { mention in
                mention.span.start >= quote.span.end && mention.span.start < quote.span.end + 40
                    && (mention.kind == .name || (mention.kind == .description && !named.contains(mention.speaker)))
                    && document.speakers[mention.speaker].name == quote.speaker
            }) {
                tag = nil
            }
            marks.append(QuoteMark(span: quote.span, tag: tag, isTerm: quote.kind == .term))
        }
        return marks
    }

    /// What the paragraph reports as said without quotation marks: the content of each stretch
    /// of reported speech (never its frame, "X said that").
    func reported(in paragraph: Paragraph) -> [TextSpan] {
        document.reportedSpeech(inParagraph: paragraph.index).map(\.span)
    }

    /// The cue and the action of each of the paragraph's calls.
    func calls(in paragraph: Paragraph) -> [CallMark] {
        document.callsToAction(inParagraph: paragraph.index).map { CallMark(cue: $0.cueSpan, action: $0.actionSpan, strength: $0.strength) }
    }

    /// Where the narration names a speaker in the paragraph (descriptions and pronouns are
    /// left in the text's colour).
    func mentions(in paragraph: Paragraph) -> [TextSpan] {
        document.mentions(inParagraph: paragraph.index).compactMap { $0.kind == .name ? $0.span : nil }
    }

    func annotations(in paragraph: Paragraph) -> [(span: TextSpan, colour: Int)] { annotationsByParagraph[paragraph.index] ?? [] }

    /// `Kay Bailey Hutchison` → `Hutchison`: the tag after a quote stays short.
    static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, words.allSatisfy({ $0.first?.isUppercase == true }) else { return name }
        return String(words.last!)
    }

    func isOpenAtEnd(_ quote: Quote, in paragraph: Paragraph) -> Bool {
        var end = quote.span.end
        while end < paragraph.span.end, scalars[end].properties.isWhitespace { end += 1 }
        return end >= paragraph.span.end
    }
}

/// A statement after analysis: its paragraphs, the quotes in them, who speaks, and who asks
/// whom to do what. Immutable; every span counts Unicode scalars from the start of `text`.
public struct Document: Sendable {
    /// Where the text came from, as the reader would name it: a path, `stdin`, `sample`.
    public var source: String
    public var text: String
    public var paragraphs: [Paragraph]
    /// Every sentence of every paragraph, in reading order. One array for the statement rather
    /// than one per paragraph: a long statement has hundreds of thousands of paragraphs, and an
    /// array each would take more memory than their spans. It also leaves a paragraph the same before
    /// and after the analysis, so a reader's outline and its analysis share their paragraphs.
    public var sentences: [TextSpan]
    public var quotes: [Quote]
    /// Reported speech ("X said that …"), in reading order; apart from `quotes`, which hold
    /// what stands in quotation marks.
    public var reportedSpeech: [Quote]
    public var speakers: [Speaker]
    public var callsToAction: [CallToAction]
    /// Where the narration names each speaker, in reading order.
    public var mentions: [SpeakerMention]
    /// Headline, contacts, end marks and the like, with the title, date, place and issuer;
    /// `.plain` for a statement that is all body.
    public var structure: StatementStructure

    public init(
        source: String, text: String, paragraphs: [Paragraph], sentences: [TextSpan] = [], quotes: [Quote],
        reportedSpeech: [Quote] = [], speakers: [Speaker], callsToAction: [CallToAction], mentions: [SpeakerMention] = [],
        structure: StatementStructure = .plain
    ) {
        self.source = source
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.reportedSpeech = reportedSpeech
        self.speakers = speakers
        self.callsToAction = callsToAction
        self.mentions = mentions
        self.structure = structure
    }

    /// The quotes of one paragraph (quotes are in reading order, so this is a binary search).
    public func quotes(inParagraph index: Int) -> ArraySlice<Quote> {
        quotes[Self.range(of: index..<(index + 1), in: quotes, key: \.paragraph)]
    }

    /// The sentences of one paragraph. Sentences are never empty and lie inside their
    /// paragraphs: a paragraph's are those that start inside it.
    public func sentences(inParagraph index: Int) -> ArraySlice<TextSpan> {
        let span = paragraphs[index].span
        return sentences[Self.range(of: span.start..<span.end, in: sentences, key: \.start)]
    }

    /// The reported speech of one paragraph.
    public func reportedSpeech(inParagraph index: Int) -> ArraySlice<Quote> {
        reportedSpeech[Self.range(of: index..<(index + 1), in: reportedSpeech, key: \.paragraph)]
    }

    /// The mentions of speakers in one paragraph.
    public func mentions(inParagraph index: Int) -> ArraySlice<SpeakerMention> {
        let span = paragraphs[index].span
        return mentions[Self.range(of: span.start..<span.end, in: mentions, key: \.span.start)]
    }

    /// Where the narration names speaker `index` of `speakers`.
    public func mentions(of index: Int) -> [TextSpan] {
        mentions.filter { $0.speaker == index }.map(\.span)
    }

    public func callsToAction(inParagraph index: Int) -> ArraySlice<CallToAction> {
        callsToAction[Self.range(of: index..<(index + 1), in: callsToAction, key: \.paragraph)]
    }

    /// The items whose key lies in `keys`, for items in order of their key: a binary search.
    private static func range<T>(of keys: Range<Int>, in items: [T], key: (T) -> Int) -> Range<Int> {
        func firstIndex(atLeast value: Int) -> Int { Bisection.firstIndex(in: items.count) { key(items[$0]) >= value } }
        let first = firstIndex(atLeast: keys.lowerBound)
        return first..<max(first, firstIndex(atLeast: keys.upperBound))
    }
}

/// A statement after analysis: its paragraphs, the quotes in them, who speaks, and who asks
/// whom to do what. Immutable; every span counts Unicode scalars from the start of `text`.
public struct Document: Sendable {
    /// Where the text came from, as the reader would name it: a path, `stdin`, `sample`.
    public var source: String
    public var text: String
    public var paragraphs: [Paragraph]
    /// Every sentence of every paragraph, in reading order. One array for the statement rather
    /// than one per paragraph: a long statement has hundreds of thousands of paragraphs, and an
    /// array each took more memory than their spans. It also leaves a paragraph the same before
    /// and after the analysis, so a reader's outline and its analysis share their paragraphs.
    public var sentences: [TextSpan]
    public var quotes: [Quote]
    public var speakers: [Speaker]
    public var callsToAction: [CallToAction]

    public init(
        source: String, text: String, paragraphs: [Paragraph], sentences: [TextSpan] = [], quotes: [Quote],
        speakers: [Speaker], callsToAction: [CallToAction]
    ) {
        self.source = source
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.speakers = speakers
        self.callsToAction = callsToAction
    }

    /// The quotes of one paragraph (quotes are in reading order, so this is a binary search).
    public func quotes(inParagraph index: Int) -> ArraySlice<Quote> {
        quotes[Self.range(of: index, in: quotes, paragraph: \.paragraph)]
    }

    /// The sentences of one paragraph (a binary search, like the quotes').
    public func sentences(inParagraph index: Int) -> ArraySlice<TextSpan> {
        let span = paragraphs[index].span
        func firstIndex(atLeast offset: Int) -> Int {
            var low = 0, high = sentences.count
            while low < high {
                let middle = (low + high) / 2
                if sentences[middle].start < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        // Sentences are never empty and lie inside their paragraphs: a paragraph's are those
        // that start inside it.
        let first = firstIndex(atLeast: span.start)
        return sentences[first..<max(first, firstIndex(atLeast: span.end))]
    }

    public func callsToAction(inParagraph index: Int) -> ArraySlice<CallToAction> {
        callsToAction[Self.range(of: index, in: callsToAction, paragraph: \.paragraph)]
    }

    private static func range<T>(of paragraph: Int, in items: [T], paragraph key: (T) -> Int) -> Range<Int> {
        func firstIndex(atLeast value: Int) -> Int {
            var low = 0, high = items.count
            while low < high {
                let middle = (low + high) / 2
                if key(items[middle]) < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstIndex(atLeast: paragraph)..<firstIndex(atLeast: paragraph + 1)
    }
}

/// A block of the statement: text between blank lines, or a single line when the text has
/// no blank line at all.
public struct Paragraph: Hashable, Sendable {
    public var index: Int
    public var span: TextSpan
    /// A view into the document's text, not a copy: a statement is held once however it is cut.
    /// Its sentences are the document's (`Document.sentences(inParagraph:)`).
    public var text: Substring

    public init(index: Int, span: TextSpan, text: Substring) {
        self.index = index
        self.span = span
        self.text = text
    }
}

/// A statement after analysis: its paragraphs, the quotes in them, who speaks, and who asks
/// whom to do what. Immutable; every span counts Unicode scalars from the start of `text`.
public struct Document: Sendable {
    /// Where the text came from, as the reader would name it: a path, `stdin`, `sample`.
    public var source: String
    public var text: String
    public var paragraphs: [Paragraph]
    public var quotes: [Quote]
    public var speakers: [Speaker]
    public var callsToAction: [CallToAction]

    public init(
        source: String, text: String, paragraphs: [Paragraph], quotes: [Quote],
        speakers: [Speaker], callsToAction: [CallToAction]
    ) {
        self.source = source
        self.text = text
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.speakers = speakers
        self.callsToAction = callsToAction
    }

    /// The quotes of one paragraph (quotes are in reading order, so this is a binary search).
    public func quotes(inParagraph index: Int) -> ArraySlice<Quote> {
        quotes[Self.range(of: index, in: quotes, paragraph: \.paragraph)]
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
    public var text: Substring
    public var sentences: [TextSpan]

    public init(index: Int, span: TextSpan, text: Substring, sentences: [TextSpan]) {
        self.index = index
        self.span = span
        self.text = text
        self.sentences = sentences
    }
}

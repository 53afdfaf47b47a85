/// One paragraph, tokenized and split into sentences, with its quotations found: what every
/// later stage reads.
struct ParagraphText {
    let index: Int
    /// Scalar offset of the paragraph in the document.
    let offset: Int
    let scalars: ArraySlice<Unicode.Scalar>
    let tokens: [Token]
    let sentences: [Range<Int>]
    let quotes: [ScannedQuote]
    /// For each token, the quote it belongs to (its marks included), or nil in narration.
    let quoteOfToken: [Int?]

    init(index: Int, offset: Int, scalars: ArraySlice<Unicode.Scalar>, scanner: inout QuoteScanner) {
        self.index = index
        self.offset = offset
        self.scalars = scalars
        let tokens = Tokenizer.tokens(in: scalars)
        self.tokens = tokens
        self.sentences = SentenceSegmenter.sentences(in: tokens)
        let quotes = scanner.scan(tokens, paragraphLength: scalars.count)
        self.quotes = quotes
        var owner = [Int?](repeating: nil, count: tokens.count)
        for (number, quote) in quotes.enumerated() {
            let first = quote.openMark ?? quote.tokens.lowerBound
            let last = quote.closeMark.map { $0 + 1 } ?? quote.tokens.upperBound
            for position in first..<last { owner[position] = number }
        }
        self.quoteOfToken = owner
    }

    func isNarration(_ position: Int) -> Bool { quoteOfToken[position] == nil }

    func sentence(containing position: Int) -> Int {
        // Binary search: sentences are in order and cover every token.
        var low = 0, high = sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sentences[middle].lowerBound <= position { low = middle } else { high = middle - 1 }
        }
        return max(0, low)
    }

    /// The text of a local scalar range.
    func text(_ range: Range<Int>) -> String {
        let base = scalars.startIndex
        return String(scalars: scalars[(base + range.lowerBound)..<(base + range.upperBound)])
    }

    /// The document span of tokens `range`, from the first token's start to the last one's end.
    func span(ofTokens range: Range<Int>) -> TextSpan {
        TextSpan(start: offset + tokens[range.lowerBound].start, end: offset + tokens[range.upperBound - 1].end)
    }

    func text(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }
}

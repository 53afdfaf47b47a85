/// One paragraph, tokenized and split into sentences, with its quotations found: what every
/// later stage reads.
struct ParagraphText {
    let index: Int
    /// Scalar offset of the paragraph in the document.
    let offset: Int
    /// How many scalars it has.
    let length: Int
    /// As many bytes as scalars: no token's bytes need finding.
    private let isASCII: Bool
    let tokens: [Token]
    let sentences: [Range<Int>]
    let quotes: [ScannedQuote]
    /// For each token, the number of the quote it belongs to (its marks included), or -1 in
    /// narration: four bytes a token, a quarter of what an optional `Int` takes.
    private let quoteOfToken: [Int32]
    /// The tagging stage, which tags a sentence when a rule first asks (nil: no tags).
    var tagging: SentenceTagging?

    /// The paragraph as it stands in the document's text, so quotes and calls can be views into
    /// the statement instead of copies of it.
    let source: Substring

    /// The lists a paragraph is read into, handed on from one paragraph to the next with their
    /// room, so that reading a paragraph allocates nothing once the lists have grown.
    struct Buffers {
        fileprivate var tokens: [Token] = []
        fileprivate var sentences: [Range<Int>] = []
        fileprivate var quotes: [ScannedQuote] = []
        fileprivate var quoteOfToken: [Int32] = []
    }

    /// The lists to hand to the next paragraph, once this one has been read.
    var buffers: Buffers { Buffers(tokens: tokens, sentences: sentences, quotes: quotes, quoteOfToken: quoteOfToken) }

    /// Paragraph `index`, which starts at scalar `offset` of the document and is `source`, whose
    /// UTF-8 is `utf8` and has `length` scalars.
    init(index: Int, offset: Int, length: Int, source: Substring, utf8: UnsafeBufferPointer<UInt8>, scanner: inout QuoteScanner,
         vocabulary: inout Vocabulary, reusing buffers: inout Buffers) {
        self.index = index
        self.offset = offset
        self.length = length
        self.source = source
        isASCII = utf8.count == length
        // Each list is taken out of `buffers`, so that it is held once and refilled in place.
        var tokens: [Token] = []
        swap(&tokens, &buffers.tokens)
        Tokenizer.tokens(inUTF8: utf8, vocabulary: &vocabulary, into: &tokens)
        self.tokens = tokens
        var sentences: [Range<Int>] = []
        swap(&sentences, &buffers.sentences)
        SentenceSegmenter.sentences(in: tokens, into: &sentences)
        self.sentences = sentences
        var quotes: [ScannedQuote] = []
        swap(&quotes, &buffers.quotes)
        scanner.scan(tokens, paragraphLength: length, into: &quotes)
        self.quotes = quotes
        var owner: [Int32] = []
        swap(&owner, &buffers.quoteOfToken)
        owner.removeAll(keepingCapacity: true)
        owner.append(contentsOf: repeatElement(-1, count: tokens.count))
        for (number, quote) in quotes.enumerated() {
            let first = quote.openMark ?? quote.tokens.lowerBound
            let last = quote.closeMark.map { $0 + 1 } ?? quote.tokens.upperBound
            for position in first..<last { owner[position] = Int32(number) }
        }
        self.quoteOfToken = owner
    }

    /// The part of speech of token `position` in its sentence; nil when the paragraph is read
    /// without a tagging stage.
    func tag(_ position: Int) -> PartOfSpeech? {
        tagging?.tag(position, sentence: sentence(containing: position))
    }

    /// A lowercase word the tagger reads as a verb or auxiliary in its sentence: where a
    /// subject or a name cannot run on ("Rathbun said the property in question").
    func isVerb(_ position: Int) -> Bool {
        let token = tokens[position]
        guard token.isWord, !token.isCapitalized,
              token.flags.isDisjoint(with: [.roleNoun, .organisation, .title, .nationality, .determiner, .pronoun, .preposition]),
              let tag = tag(position)
        else { return false }
        return tag == .verb || tag == .auxiliary
    }

    /// A word skipped between a subject and its verb: a listed one ("has also urged") or a
    /// lowercase word the tagger reads as an adverb ("has always said", "had consistently warned").
    func standsBeforeVerb(_ position: Int) -> Bool {
        let token = tokens[position]
        if token.flags.contains(.beforeVerb) { return true }
        // Only right after an auxiliary or a subject pronoun ("He thus urged"), where a word
        // between is sure to be an adverb; the tagger is asked last, and not of the nouns that
        // most often stand there.
        return token.isWord && !token.isCapitalized && position > 0
            && (tokens[position - 1].flags.contains(.auxiliary) || ReferenceParser.subjectPronoun(tokens[position - 1]) != nil)
            && token.flags.isDisjoint(with: [.determiner, .pronoun, .preposition, .roleNoun, .organisation, .title, .documentNoun])
            && tag(position) == .adverb
    }

    func isNarration(_ position: Int) -> Bool { quoteOfToken[position] < 0 }

    /// The quote a token belongs to, nil in narration.
    func quote(ofToken position: Int) -> Int? { quoteOfToken[position] < 0 ? nil : Int(quoteOfToken[position]) }

    /// Whether two tokens are both in narration or both in the same quote.
    func sameQuote(_ a: Int, _ b: Int) -> Bool { quoteOfToken[a] == quoteOfToken[b] }

    func sentence(containing position: Int) -> Int {
        // Sentences are in order and cover every token: the last that starts at or before it.
        max(0, Bisection.firstIndex(in: sentences.count) { sentences[$0].lowerBound > position } - 1)
    }

    /// The document span of tokens `range`, from the first token's start to the last one's end.
    func span(ofTokens range: Range<Int>) -> TextSpan {
        TextSpan(start: offset + tokens[range.lowerBound].start, end: offset + tokens[range.upperBound - 1].end)
    }

    func text(ofTokens range: Range<Int>) -> String { String(substring(ofTokens: range)) }

    /// The words of tokens `range` as a view into the document's text.
    func substring(ofTokens range: Range<Int>) -> Substring {
        guard !range.isEmpty else { return "" }
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        let lower = first.start + Int(first.utf8Shift)
        var upper = last.end + Int(last.utf8Shift)
        if !isASCII {
            // The end is the last token's scalars stepped over from its start.
            upper = last.start + Int(last.utf8Shift)
            source.utf8.withContiguousStorageIfAvailable { bytes in
                for _ in last.start..<last.end { Unicode.Scalar.skip(bytes, at: &upper) }
            }
        }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return Substring(utf8[start..<end])
    }
}

/// Cast numbers beside the quotes or calls, four bytes each: `[Int?]` took sixteen, and on a
/// long statement these lists stand beside the largest arrays of the analysis.
struct CastNumbers {
    private var numbers: [Int32] = []

    mutating func append(_ number: Int?) { numbers.append(number.map { Int32($0) } ?? -1) }
    mutating func reserveCapacity(_ count: Int) { numbers.reserveCapacity(count) }
    subscript(index: Int) -> Int? {
        get { numbers[index] < 0 ? nil : Int(numbers[index]) }
        set { numbers[index] = newValue.map { Int32($0) } ?? -1 }
    }
}

/// Who speaks in each reporting frame of a paragraph, by the token of the frame's verb, in
/// the order of the text. A paragraph has a few frames, and a quote asks up to sixty tokens
/// whether one of them is a frame's verb: a short list read in order, where a dictionary
/// hashed every token it was asked about.
struct FrameSpeakers {
    private var frames: [(verb: Int, speaker: Int)] = []

    mutating func append(verb: Int, speaker: Int) { frames.append((verb, speaker)) }
    mutating func removeAll() { frames.removeAll(keepingCapacity: true) }

    subscript(verb: Int) -> Int? {
        for frame in frames where frame.verb == verb { return frame.speaker }
        return nil
    }

    /// The speaker of the last frame whose verb lies in `range`.
    func last(in range: Range<Int>) -> Int? { frames.last { range.contains($0.verb) }?.speaker }
}

/// The state of one analysis as it moves through the document.
struct Reading {
    var scanner = QuoteScanner()
    var vocabulary = Vocabulary()
    let tagging = SentenceTagging()
    var references = ReferenceMemo()
    var cast = Cast()
    var sentenceNumber = 0
    /// Given whole when an outline is, else made as the paragraphs are read.
    var paragraphs: [Paragraph] = []
    var sentences: [TextSpan] = []
    /// Quotes and calls as found, with who speaks kept as a cast number beside them: names
    /// settle only at the end, and are then written into the same arrays rather than copies
    /// (on a long statement these arrays are the largest thing the analysis holds).
    var quotes: [Quote] = []
    var speakerOfQuote = CastNumbers()
    var reportedSpeech: [Quote] = []
    var speakerOfReport = CastNumbers()
    var calls: [CallToAction] = []
    var callActors = CastNumbers()
    /// Scalar ranges of code kept verbatim: paragraphs inside one are not read.
    var verbatim: [Range<Int>] = []
    /// The speaker of a quotation still open at the end of the last paragraph.
    var carriedSpeaker: Int?
    /// Lists that reading a paragraph fills, handed from one paragraph to the next with their
    /// room: made afresh for each paragraph and sentence, they were an allocation and a free
    /// each, several times a paragraph (a sixteenth of the analysis).
    var scratch = Scratch()
    struct Scratch {
        var quoteSpeakers: [Int?] = []
        var reporters: [Int?] = []
        var frameSpeakers = FrameSpeakers()
        var frames: [ReportingFrame] = []
        var calls: [FoundCall] = []
    }

    mutating func run(source: String, text: String, progress: (Double) -> Void) -> Document {
        var total = 1.0
        var paragraphCount = 0
        var buffers = ParagraphText.Buffers()
        func read(_ index: Int, _ span: TextSpan, _ source: Substring, _ utf8: UnsafeBufferPointer<UInt8>) {
            if index % 512 == 0 { progress(Double(span.start) / total) }
            if index == Self.sampleParagraphs, paragraphCount >= 2 * Self.sampleParagraphs { reserveRoom(paragraphs: paragraphCount) }
            if !verbatim.isEmpty, verbatim.contains(where: { $0.lowerBound <= span.start && span.end <= $0.upperBound }) { return }
            vocabulary.startParagraph()
            var paragraph = ParagraphText(index: index, offset: span.start, length: span.end - span.start, source: source,
                                          utf8: utf8, scanner: &scanner, vocabulary: &vocabulary, reusing: &buffers)
            tagging.start(tokens: paragraph.tokens, sentences: paragraph.sentences, vocabulary: vocabulary)
            paragraph.tagging = tagging
            self.read(paragraph)
            tagging.finish()
            paragraph.tagging = nil
            buffers = paragraph.buffers
        }
        if paragraphs.isEmpty {
            let places = ParagraphSegmenter.places(in: text)
            total = Double(max(1, places.last?.span.end ?? 1))
            paragraphCount = places.count
            paragraphs.reserveCapacity(places.count)
            Analyzer.forEachParagraph(of: text, places: places) { index, span, source, utf8 in
                paragraphs.append(Paragraph(index: index, span: span, text: source))
                read(index, span, source, utf8)
            }
        } else {
            // An outline's paragraphs are read where they lie, without a list of their spans.
            total = Double(max(1, paragraphs.last?.span.end ?? 1))
            paragraphCount = paragraphs.count
            Analyzer.forEachParagraph(of: text, places: Analyzer.places(of: paragraphs, in: text), read)
        }
        for index in quotes.indices { quotes[index].speaker = cast.name(of: speakerOfQuote[index]) }
        for index in reportedSpeech.indices { reportedSpeech[index].speaker = cast.name(of: speakerOfReport[index]) }
        for index in calls.indices {
            calls[index].actor = cast.name(of: callActors[index])
            if let actor = callActors[index] { cast.countCall(for: actor) }
        }
        return Document(source: source, text: text, paragraphs: paragraphs, sentences: sentences, quotes: quotes,
                        reportedSpeech: reportedSpeech, speakers: cast.speakers, callsToAction: calls)
    }

    /// A long statement's lists of sentences, quotes and calls are sized from its first
    /// paragraphs, with a tenth to spare: grown by doubling, they were copied and faulted in
    /// at twice their final size, and the kernel clearing those pages was a tenth of the
    /// analysis of 100 MB. Room reserved and never used is address space, not memory.
    static let sampleParagraphs = 1_024

    mutating func reserveRoom(paragraphs: Int) {
        let scale = Double(paragraphs) / Double(Self.sampleParagraphs) * 1.1
        func room(_ count: Int) -> Int { Int(Double(count) * scale) + 16 }
        sentences.reserveCapacity(room(sentences.count))
        quotes.reserveCapacity(room(quotes.count))
        speakerOfQuote.reserveCapacity(room(quotes.count))
        calls.reserveCapacity(room(calls.count))
        callActors.reserveCapacity(room(calls.count))
    }

    // MARK: One paragraph


    mutating func read(_ p: ParagraphText) {
        for sentence in p.sentences { sentences.append(p.span(ofTokens: sentence)) }

        // Taken out of `self` while the paragraph is read, so that each list is held once
        // and refilled in place.
        var scratch = Scratch()
        swap(&scratch, &self.scratch)
        defer { swap(&scratch, &self.scratch) }
        scratch.quoteSpeakers.removeAll(keepingCapacity: true)
        scratch.quoteSpeakers.append(contentsOf: repeatElement(nil, count: p.quotes.count))
        scratch.frameSpeakers.removeAll()
        scratch.reporters.removeAll(keepingCapacity: true)
        // Sentences are numbered through the statement, so this paragraph's are consecutive.
        let firstSentenceNumber = sentenceNumber
        var nextQuote = 0
        for sentence in p.sentences {
            let number = sentenceNumber
            sentenceNumber += 1
            noteNames(in: p, sentence: sentence, number: number)
            noteSubject(in: p, sentence: sentence, number: number)
            noteIssuer(in: p, sentence: sentence, number: number)
            var reporter: Int? = nil
            FrameFinder.frames(in: p, sentence: sentence, into: &scratch.frames)
            for frame in scratch.frames {
                if let id = speaker(of: frame, in: p, sentence: sentence, number: number) {
                    scratch.frameSpeakers.append(verb: frame.verb, speaker: id)
                    reporter = reporter ?? id
                }
            }
            scratch.reporters.append(reporter)
            var reportedUntil = sentence.lowerBound
            for frame in scratch.frames where frame.verb >= reportedUntil {
                guard let content = ReportedSpeech.content(of: frame, in: p, sentence: sentence, frames: scratch.frames) else { continue }
                reportedUntil = content.upperBound
                // Reported speech nobody can be named for is left out: it is the text's own narration.
                guard let id = scratch.frameSpeakers[frame.verb] else { continue }
                let cue = p.tokens[frame.verb].is(.according) ? p.text(ofTokens: frame.verb..<(frame.verb + 2)) : p.text(ofTokens: frame.verb..<(frame.verb + 1))
                reportedSpeech.append(Quote(
                    paragraph: p.index, span: p.span(ofTokens: content), text: p.substring(ofTokens: content), speaker: nil,
                    partial: false, kind: .reported, cue: cue))
                speakerOfReport.append(id)
                cast.countReported(for: id)
            }
            // Quotes are in order, so each is attributed in the sentence holding its last mark.
            while nextQuote < p.quotes.count, lastToken(of: p.quotes[nextQuote], in: p) < sentence.upperBound {
                let index = nextQuote
                let quote = p.quotes[index]
                nextQuote += 1
                let id = attribute(quote, number: index, in: p, frames: scratch.frameSpeakers, earlier: scratch.quoteSpeakers,
                                   sentenceNumber: number)
                scratch.quoteSpeakers[index] = id
                if let id {
                    cast.countQuote(for: id)
                    cast.note(id, sentence: number, position: quote.tokens.lowerBound)
                }
                var partial = isPartial(quote, in: p)
                if quote.openMark == nil { partial = false }
                let kind: Quote.Kind = id == nil && Self.readsAsTerm(quote, in: p) ? .term : .speech
                quotes.append(Quote(
                    paragraph: p.index, span: TextSpan(start: p.offset + quote.start, end: p.offset + quote.end),
                    text: p.substring(ofTokens: quote.tokens), speaker: nil, partial: partial, kind: kind))
                speakerOfQuote.append(id)
            }
        }
        for (index, sentence) in p.sentences.enumerated() {
            CallFinder.calls(in: p, sentence: sentence, into: &scratch.calls)
            for found in scratch.calls {
                // "Let us not forget the children, the statement added.": the reporting clause
                // of the sentence says whose call it is.
                record(found, in: p, sentence: sentence, number: firstSentenceNumber + index,
                       quoteSpeakers: scratch.quoteSpeakers, reporter: scratch.reporters[index])
            }
        }
        if let last = p.quotes.last, last.closeMark == nil {
            carriedSpeaker = scratch.quoteSpeakers.last ?? nil
        } else {
            carriedSpeaker = nil
        }
    }

    func lastToken(of quote: ScannedQuote, in p: ParagraphText) -> Int {
        quote.closeMark ?? max(quote.tokens.upperBound - 1, 0)
    }

    /// What a phrase refers to, parsed once per distinct phrase. The memo is asked first
    /// without the vocabulary: handing the vocabulary over copied its dozen arrays (a retain
    /// and a release each) at every phrase, met before or not.
    mutating func reference(of words: ArraySlice<Token>) -> Reference? {
        if let known = references.known(words, generation: vocabulary.generation) { return known }
        return references.parse(words, in: vocabulary)
    }
}

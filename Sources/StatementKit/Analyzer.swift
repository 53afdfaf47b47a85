/// The analysis pipeline: paragraphs, sentences and quotes, then who speaks and who asks whom
/// to do what. One pass over the paragraphs; only the cast and an open quotation carry over
/// from one paragraph to the next.
public enum Analyzer {
    public static func analyze(_ text: String, source: String = "") -> Document {
        var reading = Reading()
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
    public static func analyze(outline: Document, progress: (Double) -> Void) -> Document {
        var reading = Reading()
        reading.paragraphs = outline.paragraphs
        return reading.run(source: outline.source, text: outline.text, progress: progress)
    }

    /// The paragraphs alone, with no sentences, quotes, speakers or calls: found at hundreds of
    /// megabytes a second, so a reader can show a long statement before its analysis is done.
    public static func outline(_ text: String, source: String = "") -> Document {
        let places = ParagraphSegmenter.places(in: text)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(places.count)
        forEachParagraph(of: text, places: places) { index, span, source, _ in
            paragraphs.append(Paragraph(index: index, span: span, text: source))
        }
        return Document(source: source, text: text, paragraphs: paragraphs, quotes: [], speakers: [], callsToAction: [])
    }

    /// Each paragraph of `text`, where the segmenter placed it, with its text as a view into
    /// the statement and its UTF-8 (in place, valid while `body` runs).
    static func forEachParagraph(
        of text: String, places: some Sequence<ParagraphSegmenter.Place>,
        _ body: (_ index: Int, _ span: TextSpan, _ source: Substring, _ utf8: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let utf8 = text.utf8
        var bytes = text
        bytes.withUTF8 { bytes in
            for (index, place) in places.enumerated() {
                let start = utf8.index(utf8.startIndex, offsetBy: place.bytes.lowerBound)
                let end = utf8.index(start, offsetBy: place.bytes.count)
                body(index, place.span, Substring(utf8[start..<end]), UnsafeBufferPointer(rebasing: bytes[place.bytes]))
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

/// Cast numbers beside the quotes or calls, four bytes each: `[Int?]` took sixteen, and on a
/// long statement these lists stand beside the largest arrays of the analysis.
private struct CastNumbers {
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
private struct FrameSpeakers {
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
private struct Reading {
    var scanner = QuoteScanner()
    var vocabulary = Vocabulary()
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
    var calls: [CallToAction] = []
    var callActors = CastNumbers()
    /// The speaker of a quotation still open at the end of the last paragraph.
    var carriedSpeaker: Int?
    /// Lists that reading a paragraph fills, handed from one paragraph to the next with their
    /// room: made afresh for each paragraph and sentence, they were an allocation and a free
    /// each, several times a paragraph (a sixteenth of the analysis).
    private var scratch = Scratch()
    private struct Scratch {
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
            vocabulary.startParagraph()
            let paragraph = ParagraphText(index: index, offset: span.start, length: span.end - span.start, source: source,
                                          utf8: utf8, scanner: &scanner, vocabulary: &vocabulary, reusing: &buffers)
            self.read(paragraph)
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
        for index in calls.indices {
            calls[index].actor = cast.name(of: callActors[index])
            if let actor = callActors[index] { cast.countCall(for: actor) }
        }
        return Document(source: source, text: text, paragraphs: paragraphs, sentences: sentences, quotes: quotes,
                        speakers: cast.speakers, callsToAction: calls)
    }

    /// A long statement's lists of sentences, quotes and calls are sized from its first
    /// paragraphs, with a tenth to spare: grown by doubling, they were copied and faulted in
    /// at twice their final size, and the kernel clearing those pages was a tenth of the
    /// analysis of 100 MB. Room reserved and never used is address space, not memory.
    static let sampleParagraphs = 1_024

    private mutating func reserveRoom(paragraphs: Int) {
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
                quotes.append(Quote(
                    paragraph: p.index, span: TextSpan(start: p.offset + quote.start, end: p.offset + quote.end),
                    text: p.substring(ofTokens: quote.tokens), speaker: nil, partial: partial))
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

    private func lastToken(of quote: ScannedQuote, in p: ParagraphText) -> Int {
        quote.closeMark ?? max(quote.tokens.upperBound - 1, 0)
    }

    /// What a phrase refers to, parsed once per distinct phrase. The memo is asked first
    /// without the vocabulary: handing the vocabulary over copied its dozen arrays (a retain
    /// and a release each) at every phrase, met before or not.
    mutating func reference(of words: ArraySlice<Token>) -> Reference? {
        if let known = references.known(words, generation: vocabulary.generation) { return known }
        return references.parse(words, in: vocabulary)
    }

    // MARK: Names and frames

    /// Every proper name in the narration is noted, so that a later "she" or "the program"
    /// can find it.
    mutating func noteNames(in p: ParagraphText, sentence: Range<Int>, number: Int) {
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard ReferenceParser.isNamePart(p.tokens[index]), p.isNarration(index),
                  !p.tokens[index].flags.contains(.adverbialStarter)
            else {
                // "In London, ...", "Speaking in Geneva, ...": capitalised only as the
                // sentence's first word, an adverbial's opening word names no one.
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.upperBound, p.isNarration(end) {
                let token = p.tokens[end]
                if ReferenceParser.isNamePart(token) { end += 1; continue }
                if token.flags.contains(.nameConnector), end + 1 < sentence.upperBound,
                   ReferenceParser.isNamePart(p.tokens[end + 1]) || p.tokens[end + 1].is(.the) { end += 1; continue }
                break
            }
            // "Environment Canada spokeswoman Sujata Raisinghani": the first name is a modifier
            // of the role, and the role belongs to the name after it.
            if end + 1 < sentence.upperBound, p.isNarration(end + 1), p.tokens[end].isWord, !p.tokens[end].isCapitalized,
               !p.tokens[end].flags.isDisjoint(with: [.title, .roleNoun]),
               ReferenceParser.isNamePart(p.tokens[end + 1])
            {
                end += 1
                while end < sentence.upperBound, p.isNarration(end), ReferenceParser.isNamePart(p.tokens[end]) { end += 1 }
            }
            var start = index
            while start > sentence.lowerBound, p.isNarration(start - 1), p.tokens[start - 1].isWord,
                  !p.tokens[start - 1].flags.isDisjoint(with: [.title, .roleNoun, .nationality])
            { start -= 1 }
            if let reference = reference(of: p.tokens[start..<end]), case .name(let name) = reference {
                // "in Brussels", "at Geneva": a place, which a later "he" or "it" does not mean
                // ("at University of Texas Arlington Amneh Jafari", a name with a role, is kept).
                let place = name.role == nil && start > sentence.lowerBound && p.tokens[start - 1].is(oneOf: [.in, .at])
                    && !p.tokens[end - 1].flags.contains(.possessive)
                if !place { _ = cast.resolve(reference, sentence: number, position: index) }
            }
            index = end
        }
    }

    /// "The ministers met in Oslo. They demanded ...": a sentence that opens with people or a
    /// body described ("the ministers", "the council") gives a later pronoun its subject, as
    /// a name would; so does a bare title ("The Secretary-General is alarmed ... He calls on").
    /// Only "the" opens such a sentence, so the rest pass on one test.
    mutating func noteSubject(in p: ParagraphText, sentence: Range<Int>, number: Int) {
        let start = sentence.lowerBound
        guard start + 1 < sentence.upperBound, p.tokens[start].is(.the), p.isNarration(start), p.tokens[start + 1].isWord,
              let subject = FrameFinder.mainSubject(in: p, from: start, before: sentence.upperBound),
              case .description(let description)? = reference(of: p.tokens[subject]),
              Self.describesSpeakers(description.head)
        else { return }
        _ = cast.resolve(.description(description), sentence: number, position: start)
    }

    /// Whether a description's head names people or a body that can speak: a role or
    /// organisation word, or the plural of one ("ministers").
    static func describesSpeakers(_ head: String) -> Bool {
        let speakers: WordFlags = [.roleNoun, .organisation, .title]
        if let flags = Lexicon.flagTable[head], !flags.isDisjoint(with: speakers) { return true }
        guard head.hasSuffix("s"), let flags = Lexicon.flagTable[String(head.dropLast())] else { return false }
        return !flags.isDisjoint(with: speakers)
    }

    /// "Statement from the British Ambassador to Honduras, Thomas Carter, ...": the issuer
    /// speaks for the statement, and its "we" is theirs.
    mutating func noteIssuer(in p: ParagraphText, sentence: Range<Int>, number: Int) {
        let tokens = p.tokens
        let start = sentence.lowerBound
        guard start + 2 < sentence.upperBound, p.isNarration(start),
              tokens[start].is(oneOf: [.statement, .communique, .communiqué, .declaration, .remarks, .message])
        else { return }
        // "Statement attributable to the Spokesperson for the Secretary-General", as the UN heads them.
        let attributed = tokens[start + 1].is(.attributable) && start + 3 < sentence.upperBound && tokens[start + 2].is(.to)
        guard attributed || tokens[start + 1].is(oneOf: [.from, .by, .of]) else { return }
        let issuerStart = attributed ? start + 3 : start + 2
        var end = issuerStart
        while end < sentence.upperBound, p.isNarration(end), !tokens[end].isSentenceEnd {
            if tokens[end].isWord && !tokens[end].isCapitalized && tokens[end].is(oneOf: [.in, .on, .regarding, .about, .concerning]) { break }
            end += 1
        }
        guard let reference = reference(of: tokens[issuerStart..<end]),
              let id = cast.resolve(reference, sentence: number, position: issuerStart)
        else { return }
        cast.markSpeaking(id)
        cast.statementIssuer = id
        cast.voice = id
    }

    /// Resolves who speaks in a reporting frame and marks them as a speaker.
    mutating func speaker(of frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>, number: Int) -> Int? {
        var first: Int?
        var others: [Int] = []  // empty, and so never allocated, for the usual single subject
        forEachCoordinatedPart(of: frame.subject, in: p) { part in
            guard let reference = reference(of: p.tokens[part]),
                  let id = cast.resolve(reference, sentence: number, position: part.lowerBound) else { return }
            if first == nil { first = id } else { others.append(id) }
        }
        guard let first else { return nil }
        for id in others.reversed() { cast.markSpeaking(id) }
        cast.markSpeaking(first)
        if cast.voice == nil { cast.voice = first }
        if mentionsStatement(in: p, from: frame.subject.lowerBound, sentence: sentence)
            || namesAStatementOf(frame.subject, in: p)
        {
            cast.statementIssuer = first
        }
        return first
    }

    /// "Both the Irving Independent School District and the Irving Police Department": each
    /// part, in order, with none left empty.
    private func forEachCoordinatedPart(of range: Range<Int>, in p: ParagraphText, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        for index in range where p.tokens[index].is(.and) && index + 1 < range.upperBound
            && p.tokens[index + 1].flags.contains(.determiner) && index > start
        {
            body(start..<index)
            start = index + 1
        }
        if start < range.upperBound { body(start..<range.upperBound) }
    }

    /// "according to a statement from the Pentagon": the speaker is whoever issued it, and a
    /// later "the statement added" is theirs.
    private func namesAStatementOf(_ subject: Range<Int>, in p: ParagraphText) -> Bool {
        subject.dropLast().contains { index in
            p.tokens[index].is(oneOf: [.statement, .communique, .communiqué, .declaration])
                && p.tokens[index + 1].is(oneOf: [.from, .by, .of])
        }
    }

    /// "NATO in a statement urged", "she said in a statement".
    private func mentionsStatement(in p: ParagraphText, from start: Int, sentence: Range<Int>) -> Bool {
        var index = start
        while index + 1 < sentence.upperBound, p.isNarration(index) || index == start {
            if p.tokens[index].is(.in) {
                let statement: [KnownWord] = [.statement, .communique, .communiqué, .declaration]
                var next = index + 1
                while next < min(index + 4, sentence.upperBound), !p.tokens[next].is(oneOf: statement) {
                    next += 1
                }
                if next < sentence.upperBound, p.tokens[next].is(oneOf: statement) { return true }
            }
            index += 1
        }
        return false
    }

    // MARK: Quotes

    /// Who said a quote: a reporting clause after it, else one before it in its sentence,
    /// else (for a quote that opens its sentence) whoever spoke last.
    mutating func attribute(_ quote: ScannedQuote, number index: Int, in p: ParagraphText, frames: FrameSpeakers, earlier: [Int?], sentenceNumber: Int) -> Int? {
        let tokens = p.tokens
        guard let open = quote.openMark else { return carriedSpeaker }
        if open > 0, tokens[open - 1].isWord {
            let before = tokens[open - 1]
            if before.flags.contains(.namingWord) { return nil }
            if before.flags.contains(.preposition) {
                // "in “…”": a phrase of up to four words. Counted, not filtered: a list of the
                // words of every quote was made for this.
                var wordCount = 0
                for index in quote.tokens where tokens[index].isWord { wordCount += 1 }
                if wordCount <= 4 { return nil }
            }
        }
        // After: `“…,” X said` / `“…,” said X`.
        if let close = quote.closeMark {
            let lastInside = quote.tokens.upperBound - 1
            let punctuated = (lastInside >= quote.tokens.lowerBound && [",", ".", "!", "?", "…"].contains(tokens[lastInside].sign))
                || (close + 1 < tokens.count && tokens[close + 1].is(","))
            if punctuated {
                for verb in (close + 1)..<min(tokens.count, close + 24) {
                    if !p.isNarration(verb) || tokens[verb].isSentenceEnd { break }
                    if let id = frames[verb] { return id }
                }
            }
        }
        // Before, in the same sentence: `X said: “…”`, `X said that … “…”`.
        let sentence = p.sentences[p.sentence(containing: open)]
        var regionStart = max(sentence.lowerBound, open - FrameFinder.maximumClauseLength)
        if index > 0, let close = p.quotes[index - 1].closeMark, close < open, close >= regionStart { regionStart = close + 1 }
        if let speaker = frames.last(in: regionStart..<open) { return speaker }
        if open > regionStart, tokens[open - 1].is(":"),
           let subject = FrameFinder.mainSubject(in: p, from: regionStart, before: open - 1)
        {
            // "Michael R. Pompeo, Secretary of State: “…”"
            if let reference = reference(of: tokens[subject.lowerBound..<(open - 1)]),
               let id = cast.resolve(reference, sentence: sentenceNumber, position: subject.lowerBound)
            {
                cast.markSpeaking(id)
                return id
            }
        }
        // No reporting clause: a quote that opens its sentence continues the last speaker.
        let opensSentence = (regionStart..<open).allSatisfy { tokens[$0].kind != .word }
        guard opensSentence else { return nil }
        if quote.continuesQuotation, let carried = carriedSpeaker { return carried }
        if let previous = earlier[..<index].last(where: { $0 != nil }) ?? nil { return previous }
        return cast.currentSpeaker
    }

    private func isPartial(_ quote: ScannedQuote, in p: ParagraphText) -> Bool {
        guard let first = quote.tokens.first(where: { p.tokens[$0].isWord }) else { return true }
        if p.tokens[first].first.isLowercase { return true }
        if let open = quote.openMark, open > 0 {
            let before = p.tokens[open - 1]
            return before.isWord && !before.flags.isDisjoint(with: [.determiner, .preposition])
        }
        return false
    }

    // MARK: Calls

    mutating func record(_ found: FoundCall, in p: ParagraphText, sentence: Range<Int>, number: Int, quoteSpeakers: [Int?], reporter: Int?) {
        let quoteIndex = p.quote(ofToken: found.cue.lowerBound)
        let quoteSpeaker = quoteIndex.flatMap { quoteSpeakers[$0] }
        var actor: Int?
        switch found.actor {
        case .nobody:
            actor = nil
        case .speaker:
            actor = quoteIndex == nil ? reporter ?? cast.voice : quoteSpeaker
        case .subject(let agent):
            let clause = FrameFinder.clauseStart(before: found.cue.lowerBound, in: p, sentence: sentence)
            var k = found.cue.lowerBound - 1
            while k >= clause, p.tokens[k].flags.contains(.adverb) { k -= 1 }
            var subject: Range<Int>? = agent
            if subject == nil, k >= clause {
                subject = FrameFinder.subject(endingAt: k, clauseStart: clause, in: p, sentence: sentence)
            }
            if let subject, let reference = reference(of: p.tokens[subject]) {
                let scope = quoteIndex == nil ? cast.voice : quoteSpeaker
                if case .pronoun(let pronoun) = reference, quoteIndex != nil, pronoun == .we || pronoun == .i {
                    actor = quoteSpeaker
                } else if case .name = reference {
                    actor = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope)
                } else if quoteIndex != nil {
                    actor = quoteSpeaker
                } else {
                    actor = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope)
                }
                if quoteIndex == nil, let actor, mentionsStatement(in: p, from: subject.lowerBound, sentence: sentence) {
                    cast.statementIssuer = actor
                }
            } else {
                actor = quoteIndex == nil ? nil : quoteSpeaker
            }
        }
        if let actor {
            cast.markSpeaking(actor)
            if quoteIndex == nil && cast.voice == nil { cast.voice = actor }
        }
        let addressee = found.addressee.map { p.substring(ofTokens: $0) }
        let cue = p.text(ofTokens: found.cue)
        let start = min(found.cue.lowerBound, found.addressee?.lowerBound ?? found.cue.lowerBound)
        for action in found.actions {
            let span = p.span(ofTokens: start..<action.upperBound)
            calls.append(CallToAction(
                paragraph: p.index, span: span, actor: nil, cue: cue, addressee: addressee,
                action: p.substring(ofTokens: action), strength: found.strength))
            callActors.append(actor)
        }
        // "The ministry called for “maximum restraint”": a phrase quoted in passing in a
        // call's action, with no one found to say it, is the caller's words. (All of the
        // paragraph's quotes were attributed before its calls, so they are the last ones.)
        if let actor, quoteIndex == nil, !p.quotes.isEmpty, let first = found.actions.first, let last = found.actions.last {
            let firstQuote = quotes.count - p.quotes.count
            for (index, quote) in p.quotes.enumerated() where speakerOfQuote[firstQuote + index] == nil {
                guard let open = quote.openMark, open >= first.lowerBound, open < last.upperBound else { continue }
                speakerOfQuote[firstQuote + index] = actor
                cast.countQuote(for: actor)
            }
        }
    }
}

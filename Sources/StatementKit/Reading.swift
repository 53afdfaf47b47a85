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
    /// Calls by "we" before the statement's voice was known.
    var voicelessCalls: [Int] = []
    /// Names in the narration, each with the cast number it resolved to until the document
    /// numbers its speakers.
    var mentions: [SpeakerMention] = []
    /// The cast number of each mention, beside it until the speakers are numbered.
    var mentionedEntities: [Int32] = []
    /// Whether `mentions` are kept at all (a report has no use for them).
    var keepsMentions = true
    /// Scalar ranges of code kept verbatim: paragraphs inside one are not read.
    var verbatim: [Range<Int>] = []
    /// The speaker of a quotation still open at the end of the last paragraph.
    var carriedSpeaker: Int?
    /// Headline, contacts, end marks and the like, found before the paragraphs are read.
    var structure = StructureFinder.Found()
    /// The next of `structure`'s parts, as the paragraphs go by in order.
    var nextPart = 0
    /// Whom the body's first paragraph introduces as issuing the statement.
    var introducedIssuer: Int?
    /// The issuer the parts gave, once the body names it.
    var issuerInBody: Int?
    /// Whom the headline names as issuing the statement ("Statement from X").
    var headlineIssuer: Int?
    /// Who the body's first sentence has speak or act, for an issuer no part names.
    var openingSpeaker: Int?
    /// The sentence whose subject was a readout's "the Ministers", for a "They" right after it.
    var meetingSidesSentence: Int?
    /// Whether that sentence is a media advisory's "WHAT:", whose subject hosts the event.
    var openingIsAdvisory = false
    /// The body opens naming a body as its subject ("The Service is extending …").
    var openingIsBody = false
    /// The number of the body's first sentence.
    var firstBodySentence = 0
    /// "We recommend that Iraq:" ending the last paragraph: the items after it are its calls.
    var listedCallFrame: ListedCallFrame?
    /// A transcript's current turn: whose voice its unlabelled paragraphs go on in (nil inside
    /// a questioner's turn); nil until a label has opened one.
    var transcriptTurn: Int?? = nil
    /// The paragraph is a questioner's turn: its "we" is the press's, never the statement's voice.
    var questionerSpeaks = false
    /// "Dr Angie Bone, Head of Extreme Events at PHE said:" ending a paragraph: the statement
    /// printed after it without quotation marks is hers, paragraph by paragraph, until a
    /// paragraph quotes or reports someone.
    var introducedStatement: Int?
    /// The narration has said "we" ("In the United States, we hold …") before naming its voice.
    var narrationSaysWe = false
    /// Lists that reading a paragraph fills, handed from one paragraph to the next with their
    /// room, so that a paragraph or a sentence allocates nothing once they have grown.
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
        func read(_ index: Int, _ span: TextSpan, _ source: Substring, _ utf8: UnsafeBufferPointer<UInt8>,
                  _ following: UnsafeBufferPointer<UInt8>) {
            if index % 512 == 0 { progress(Double(span.start) / total) }
            if index == Self.sampleParagraphs, paragraphCount >= 2 * Self.sampleParagraphs { reserveRoom(paragraphs: paragraphCount) }
            if !verbatim.isEmpty, verbatim.contains(where: { $0.lowerBound <= span.start && span.end <= $0.upperBound }) { return }
            vocabulary.startParagraph()
            scanner.following = following
            defer { scanner.following = UnsafeBufferPointer(start: nil, count: 0) }
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
            structure = StructureFinder(count: places.count) { Self.substring(of: text, bytes: places[$0].bytes) }.find()
            total = Double(max(1, places.last?.span.end ?? 1))
            paragraphCount = places.count
            paragraphs.reserveCapacity(places.count)
            Analyzer.forEachParagraph(of: text, places: places) { index, span, source, utf8, following in
                paragraphs.append(Paragraph(index: index, span: span, text: source))
                read(index, span, source, utf8, following)
            }
        } else {
            // An outline's paragraphs are read where they lie, without a list of their spans.
            structure = StructureFinder(count: paragraphs.count) { [paragraphs] in paragraphs[$0].text }.find()
            total = Double(max(1, paragraphs.last?.span.end ?? 1))
            paragraphCount = paragraphs.count
            Analyzer.forEachParagraph(of: text, places: Analyzer.places(of: paragraphs, in: text), read)
        }
        cast.foldTitledSurnames()
        for index in quotes.indices { quotes[index].speaker = cast.name(of: speakerOfQuote[index]) }
        for index in reportedSpeech.indices { reportedSpeech[index].speaker = cast.name(of: speakerOfReport[index]) }
        for index in calls.indices {
            calls[index].actor = cast.name(of: callActors[index])
            if let actor = callActors[index] { cast.countCall(for: actor) }
        }
        let speakers = cast.speakers
        let structure = finishedStructure(speakers: speakers)
        return Document(source: source, text: text, paragraphs: paragraphs, sentences: sentences, quotes: quotes,
                        reportedSpeech: reportedSpeech, speakers: speakers, callsToAction: calls, mentions: speakersMentioned(speakers),
                        structure: structure)
    }

    static func substring(of text: String, bytes: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        return Substring(utf8[start..<utf8.index(start, offsetBy: bytes.count)])
    }

    /// Notes where the text refers to cast member `id`: a name's words without the article
    /// before them ("the United States" names "United States").
    /// Kept in order of where they start: a reporting clause's subject, noted after the
    /// sentence's names, goes in among them (it is at most a sentence back).
    mutating func noteMention(of id: Int, tokens: Range<Int>, in p: ParagraphText, kind: SpeakerMention.Kind) {
        guard keepsMentions else { return }
        let first = kind == .name && tokens.count > 1 && p.tokens[tokens.lowerBound].is(.the) ? tokens.lowerBound + 1 : tokens.lowerBound
        let mention = SpeakerMention(span: p.span(ofTokens: first..<tokens.upperBound), speaker: 0, kind: kind)
        var place = mentions.endIndex
        while place > mentions.startIndex, mentions[place - 1].span.start > mention.span.start { place -= 1 }
        if place > mentions.startIndex, mentions[place - 1].span == mention.span { return }
        mentions.insert(mention, at: place)
        mentionedEntities.insert(Int32(id), at: place)
    }

    /// The mentions of those who speak, numbered as `speakers` are; mentions of others are
    /// dropped. Done in place: a long statement has millions.
    private mutating func speakersMentioned(_ speakers: [Speaker]) -> [SpeakerMention] {
        let numbers = Dictionary(speakers.indices.map { (speakers[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        let speakerOfEntity = cast.entities.indices.map { cast.name(of: $0).flatMap { numbers[$0] } ?? -1 }
        var kept = 0
        for index in mentions.indices {
            let mention = mentions[index]
            let speaker = speakerOfEntity[Int(mentionedEntities[index])]
            guard speaker >= 0, speaker < SpeakerMention.speakerLimit else { continue }
            mentions[kept] = SpeakerMention(span: mention.span, speaker: speaker, kind: mention.kind)
            kept += 1
        }
        mentions.removeSubrange(kept...)
        mentionedEntities = []
        defer { mentions = [] }
        return mentions
    }

    /// A long statement's lists of sentences, quotes, reported speech and calls are sized from its first
    /// paragraphs, with a tenth to spare: grown by doubling, they would be copied and faulted
    /// in at twice their final size. Room reserved and never used is address space, not memory.
    static let sampleParagraphs = 1_024

    mutating func reserveRoom(paragraphs: Int) {
        let scale = Double(paragraphs) / Double(Self.sampleParagraphs) * 1.1
        func room(_ count: Int) -> Int { Int(Double(count) * scale) + 16 }
        sentences.reserveCapacity(room(sentences.count))
        quotes.reserveCapacity(room(quotes.count))
        speakerOfQuote.reserveCapacity(room(quotes.count))
        reportedSpeech.reserveCapacity(room(reportedSpeech.count))
        speakerOfReport.reserveCapacity(room(reportedSpeech.count))
        calls.reserveCapacity(room(calls.count))
        callActors.reserveCapacity(room(calls.count))
        mentions.reserveCapacity(room(mentions.count))
        mentionedEntities.reserveCapacity(room(mentions.count))
    }

    // MARK: One paragraph

    mutating func read(_ p: ParagraphText) {
        for sentence in p.sentences { sentences.append(p.span(ofTokens: sentence)) }
        // Headlines, contacts, trails and the like are shown, not read for speech or calls.
        let parts = structure.structure.parts
        while nextPart < parts.count, parts[nextPart].paragraph < p.index { nextPart += 1 }
        if nextPart < parts.count, parts[nextPart].paragraph == p.index, !parts[nextPart].kind.isRead {
            carriedSpeaker = nil
            introducedStatement = nil
            // "Statement attributable to the Spokesperson …": a headline names the issuer, no speech.
            if parts[nextPart].kind == .headline { noteHeadlineIssuer(in: p) }
            return
        }
        if p.index == structure.firstBody {
            noteDateline(in: p)
            firstBodySentence = sentenceNumber
        }
        // "MR MILLER: We call on Russia …": a transcript's turn is its speaker's voice.
        let statementVoice = cast.voice
        var turnTaken = false
        if let label = TranscriptLabel.speaker(in: p, inTranscript: transcriptTurn != nil) {
            turnTaken = true
            // A surname in capitals ("MR PRICE") stays as written unless someone named in full has it.
            let inCapitals = label.name(in: p).flatMap { $0.name.contains(" ") || cast.knowsSurname($0.name) ? Reference.name($0) : nil }
            cast.voice = label.isQuestioner ? nil : (inCapitals ?? reference(of: p.tokens[label.tokens])).flatMap {
                cast.resolve($0, sentence: sentenceNumber, position: label.tokens.lowerBound)
            }
            transcriptTurn = .some(cast.voice)
            cast.turnSpeaker = cast.voice
            questionerSpeaks = label.isQuestioner
            // A labelled turn is its speaker speaking, whether or not it quotes or calls; a
            // question's turn is the press's ("QUESTION:", "Q:" are a reporter's).
            if let voice = cast.voice { cast.markSpeaking(voice) }
            if let asker = label.asker(in: p), let id = cast.resolve(.name(asker), sentence: sentenceNumber, position: label.tokens.lowerBound) {
                cast.markSpeaking(id, takingTurn: false)
            }
        } else if let turn = transcriptTurn {
            // A turn runs on over paragraphs until the next label.
            turnTaken = true
            cast.voice = turn
            cast.turnSpeaker = turn
            questionerSpeaks = turn == nil
        } else if let speaker = introducedStatement, p.quotes.isEmpty {
            turnTaken = true
            cast.voice = speaker
        } else {
            introducedStatement = nil
        }
        defer {
            if turnTaken { cast.voice = statementVoice }
            cast.turnSpeaker = nil
            questionerSpeaks = false
        }

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
            noteIssuerVoice(sentence: number)
            var reporter: Int? = nil
            var reporterIsSource = false
            FrameFinder.frames(in: p, sentence: sentence, into: &scratch.frames)
            for frame in scratch.frames {
                if let id = speaker(of: frame, in: p, sentence: sentence, number: number) {
                    scratch.frameSpeakers.append(verb: frame.verb, speaker: id)
                    if reporter == nil { reporterIsSource = p.tokens[frame.verb].is(.according) && frame.verb > sentence.lowerBound + 2 }
                    reporter = reporter ?? id
                }
            }
            scratch.reporters.append(reporter)
            if p.index == structure.firstBody, sentence.lowerBound == 0, !structure.structure.parts.isEmpty {
                // "Today the Governor issued a State of Emergency …, according to the Weather Service":
                // a source cited after the opening's clause is not who issues the release; its subject is.
                openingSpeaker = reporterIsSource ? openingSubject(in: p, sentence: sentence, number: number) ?? reporter
                    : reporter ?? openingSubject(in: p, sentence: sentence, number: number)
            }
            var reportedUntil = sentence.lowerBound
            var lastReport: Range<Int>? = nil
            let firstReport = reportedSpeech.count
            for frame in scratch.frames where frame.verb >= reportedUntil {
                guard let content = ReportedSpeech.content(of: frame, in: p, sentence: sentence, frames: scratch.frames),
                      !isInsideATrailingReport(frame, in: p, sentence: sentence, frames: scratch.frames)
                else { continue }
                // "The chairman said Kayani told him the army is busy": the words are Kayani's,
                // reported by the frame inside.
                if scratch.frames.contains(where: { $0.verb > frame.verb && !$0.inverted && $0.subject.lowerBound == content.lowerBound
                    && FrameFinder.passesOnWordsOf($0, in: p) }) { continue }
                // "The ministry has made it clear that talks will resume, Roe said": a clause that
                // already reports someone's words, with a frame after it, is that report; the
                // frame after it adds only who passed it on.
                if content.upperBound <= frame.verb, let last = lastReport, content.lowerBound < last.lowerBound,
                   last.upperBound <= content.upperBound { continue }
                // Reported speech nobody can be named for is left out: it is the text's own narration,
                // and a frame inside it may still name who speaks ("Such reports constitute …, Roe said").
                guard let id = scratch.frameSpeakers[frame.verb] else { continue }
                reportedUntil = content.upperBound
                lastReport = content
                recordReport(content, of: frame, by: id, in: p)
                reportNested(in: content, of: frame, in: p, sentence: sentence, scratch: scratch)
            }
            // Quotes are in order, so each is attributed in the sentence holding its last mark.
            while nextQuote < p.quotes.count, lastToken(of: p.quotes[nextQuote], in: p) < sentence.upperBound {
                let index = nextQuote
                let quote = p.quotes[index]
                nextQuote += 1
                let span = TextSpan(start: p.offset + quote.start, end: p.offset + quote.end)
                let report = (firstReport..<reportedSpeech.count).last { reportedSpeech[$0].span.contains(span) }
                let id = attribute(quote, number: index, in: p, frames: scratch.frameSpeakers, earlier: scratch.quoteSpeakers,
                                   reporter: report.flatMap { speakerOfReport[$0] }, sentenceNumber: number)
                scratch.quoteSpeakers[index] = id
                if let id {
                    cast.countQuote(for: id)
                    cast.note(id, sentence: number, position: quote.tokens.lowerBound)
                }
                var partial = isPartial(quote, in: p)
                if quote.openMark == nil { partial = false }
                let kind: Quote.Kind = id == nil && Self.readsAsTerm(quote, in: p) ? .term : .speech
                quotes.append(Quote(
                    paragraph: p.index, span: span,
                    text: p.substring(ofTokens: quote.tokens), speaker: nil, partial: partial, kind: kind))
                speakerOfQuote.append(id)
            }
        }
        // "We urge the Government to:" asks nothing itself; the items after it do.
        let listFrame = ListedCallFrame.cue(in: p)
        for (index, sentence) in p.sentences.enumerated() {
            CallFinder.calls(in: p, sentence: sentence, into: &scratch.calls)
            for found in scratch.calls where found.cue.lowerBound != listFrame?.cue {
                // "Let us not forget the children, the statement added.": the reporting clause
                // of the sentence says whose call it is.
                // ("Dujarric said Guterres told him that all parties must stop": the frame nearest
                // before a modal's call reports it.)
                let reporter = scratch.frameSpeakers.last(in: sentence.lowerBound..<found.cue.lowerBound, of: p) ?? scratch.reporters[index]
                record(found, in: p, sentence: sentence, number: firstSentenceNumber + index,
                       quoteSpeakers: scratch.quoteSpeakers, reporter: reporter)
            }
        }
        readListedCalls(in: p, frame: listFrame, quoteSpeakers: scratch.quoteSpeakers)
        if p.index == structure.firstBody { noteIntroducedIssuer(in: p, reporters: scratch.reporters) }
        if let last = p.sentences.last, !last.isEmpty, p.tokens[last.upperBound - 1].is(":"), p.quotes.isEmpty,
           let speaker = scratch.reporters.last ?? nil {
            introducedStatement = speaker
        } else if scratch.reporters.contains(where: { $0 != nil }) {
            introducedStatement = nil
        }
        if !narrationSaysWe, cast.voice == nil {
            narrationSaysWe = p.tokens.indices.contains { p.tokens[$0].is(.we) && p.isNarration($0) }
        }
        giveVoicelessCallsTheirVoice()
        if let last = p.quotes.last, last.closeMark == nil {
            carriedSpeaker = scratch.quoteSpeakers.last ?? nil
        } else {
            carriedSpeaker = nil
        }
    }

    /// "Roe added that Doe had told him the talks failed", "Roe says while the leaders say they
    /// are committed, they must do more", "Roe says the pool will stay shut, days after Doe said
    /// it would open": a "say" or "tell" whose subject opens a clause inside
    /// what another frame reports is a report of its own, for its own speaker. (Other verbs
    /// there, "believes", "revealed", are what the outer speaker reports; the subject of a
    /// bare relative, "a number the senators say is too low", cost test texts reports.)
    mutating func reportNested(in outer: Range<Int>, of frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>,
                               scratch: Scratch) {
        let tokens = p.tokens
        // ("A, Kirby said": a trailing frame's clause holds the outer speaker's own frames.)
        guard outer.lowerBound > frame.verb else { return }
        for inner in scratch.frames {
            guard !inner.inverted, inner.verb != frame.verb, inner.subject.lowerBound > outer.lowerBound, inner.verb < outer.upperBound,
                  (tokens[inner.subject.lowerBound - 1].is(oneOf: [.that, .while, .since, .although, .though, .because, .after, .before])
                      && ["say", "tell"].contains(Lexicon.reportingForms[p.text(ofTokens: inner.verb..<(inner.verb + 1)).lowercased()]))
                  // ("backed what the United States calls a clear violation": a quality named after
                  // "what" is the namer's own words, whoever reports the sentence; named, since a
                  // pronoun there goes to the outer speaker; unquoted, as a quotation is its own.)
                  || (tokens[inner.subject.lowerBound - 1].is(.what) && tokens[inner.verb].flags.contains(.characterising)
                      && ReferenceParser.subjectPronoun(tokens[inner.subject.lowerBound]) == nil
                      && !(inner.verb..<outer.upperBound).contains(where: { tokens[$0].kind == .quoteMark })),
                  var content = ReportedSpeech.content(of: inner, in: p, sentence: sentence, frames: scratch.frames),
                  content.lowerBound > inner.verb, content.upperBound <= outer.upperBound,
                  let id = scratch.frameSpeakers[inner.verb]
            else { continue }
            // "while the leaders say they are committed, they must …": a clause opened by "while"
            // or "since" ends at its comma; so, after "that", does a report the outer speaker
            // answers with "but" or "yet".
            let subordinate = !tokens[inner.subject.lowerBound - 1].is(.that)
            if let comma = content.first(where: { index in
                tokens[index].is(",") && index + 1 < content.upperBound
                    && (subordinate || ["but", "yet"].contains(p.text(ofTokens: (index + 1)..<(index + 2)).lowercased()))
            }), comma > content.lowerBound {
                content = content.lowerBound..<comma
            }
            recordReport(content, of: inner, by: id, in: p)
        }
    }

    /// What `frame` reports, with its cue, written into the document as cast member `id`'s.
    mutating func recordReport(_ content: Range<Int>, of frame: ReportingFrame, by id: Int, in p: ParagraphText) {
        let cue = p.text(ofTokens: FrameFinder.cue(of: frame, in: p))
        reportedSpeech.append(Quote(
            paragraph: p.index, span: p.span(ofTokens: content), text: p.substring(ofTokens: content), speaker: nil,
            partial: false, kind: .reported, cue: cue))
        speakerOfReport.append(id)
        cast.countReported(for: id)
    }

    /// "The EU believes that talks must resume, Borrell said in a statement": a belief is what
    /// the trailing frame reports, not a report of its own ("B said C, A reported" keeps B's).
    func isInsideATrailingReport(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>, frames: [ReportingFrame]) -> Bool {
        guard p.tokens[frame.verb].flags.contains(.belief) else { return false }
        return frames.contains { other in
            guard other.verb > frame.verb, !p.tokens[other.verb].is(.according),
                  let content = ReportedSpeech.content(of: other, in: p, sentence: sentence, frames: frames)
            else { return false }
            return content.upperBound <= other.verb && content.contains(frame.verb)
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

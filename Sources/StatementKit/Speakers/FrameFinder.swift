/// Finds reporting frames and the subjects of clauses among a paragraph's narration tokens.
enum FrameFinder {
    /// The frames of one sentence, into a list that may have held another sentence's: its room
    /// is kept, so that a sentence costs no allocation.
    static func frames(in paragraph: ParagraphText, sentence: Range<Int>, into frames: inout [ReportingFrame]) {
        frames.removeAll(keepingCapacity: true)
        let tokens = paragraph.tokens
        // Most words are no cue at all: one test of the flags before anything else.
        for position in sentence where tokens[position].flags.contains(.frameCue) && paragraph.isNarration(position) {
            let token = tokens[position]
            if token.is(.according), position + 1 < sentence.upperBound, tokens[position + 1].is(.to) {
                let subject = phraseAfter(position + 1, in: paragraph, sentence: sentence,
                                          stopAtComma: position == sentence.lowerBound)
                if !subject.isEmpty {
                    frames.append(ReportingFrame(verb: position, subject: subject, inverted: true))
                }
                continue
            }
            if !token.isCapitalized, token.flags.contains(.documentNoun) || token.is(.remarks) {
                if let author = authorOfIntroducedDocument(position, in: paragraph, sentence: sentence) {
                    frames.append(ReportingFrame(verb: position, subject: author, inverted: true))
                    continue
                }
            }
            if token.is(.words), position >= sentence.lowerBound + 2, tokens[position - 1].is(.the),
               tokens[position - 2].is(.in), position + 1 < sentence.upperBound, tokens[position + 1].is(.of)
            {
                let subject = phraseAfter(position + 1, in: paragraph, sentence: sentence, stopAtComma: false)
                if !subject.isEmpty {
                    frames.append(ReportingFrame(verb: position, subject: subject, inverted: true))
                }
                continue
            }
            if stanceNouns.contains(token.known) {
                // "The ministry's view is that …": the owner of the stance says what follows.
                guard position > sentence.lowerBound, ReferenceParser.isPossessive(tokens[position - 1]),
                      position + 2 < sentence.upperBound, tokens[position + 1].is(oneOf: [.is, .was]), tokens[position + 2].is(.that)
                else { continue }
                var start = position - 1
                while start > sentence.lowerBound, paragraph.isNarration(start - 1),
                      ReferenceParser.isNamePart(tokens[start - 1]) || tokens[start - 1].is(.the) { start -= 1 }
                frames.append(ReportingFrame(verb: position, subject: start..<position, inverted: false))
                continue
            }
            if token.is(.clear) {
                // "has made it clear to all parties that", "has long been clear that": the verb
                // before "clear" frames the clause "that" opens ("clear that day" opens none).
                // ("made clear the need for a ceasefire": right after "made clear", an object is what was said.)
                guard let verb = stanceVerb(before: position, in: paragraph, sentence: sentence),
                      (verb == position - 1 && tokens[verb].is(oneOf: [.made, .make, .makes, .making]) && position + 2 < sentence.upperBound
                          && tokens[position + 1].isWord && !tokens[position + 1].isCapitalized && !tokens[position + 1].is(.that)
                          && !tokens[position + 1].flags.isDisjoint(with: [.determiner, .pronoun]))
                      || window(from: position + 1, to: min(sentence.upperBound - 1, position + 9)).first(where: { tokens[$0].is(.that) }).map({ that in
                          tokens[that + 1].isCapitalized || !tokens[that + 1].flags.isDisjoint(with: [.determiner, .pronoun]) }) == true,
                      let frame = frame(verb: verb, in: paragraph, sentence: sentence), !frame.inverted
                else { continue }
                frames.append(frame)
                continue
            }
            if !token.flags.contains(.reporting), !token.flags.isDisjoint(with: [.issuingVerb, .characterising, .rejectsWords, .statesRuling]) {
                // "The Prime Minister today issued the following statement:": the issuer speaks;
                // "X called the charges “baseless”": X characterises them; "X rejected the
                // claims": X turns down words said, and so reports them; "the court found
                // that …": a ruling stated.
                let framed = token.flags.contains(.issuingVerb) ? issuesAStatement(position, in: paragraph, sentence: sentence)
                    : (token.flags.contains(.rejectsWords) && rejectsWordsSaid(position, in: paragraph, sentence: sentence))
                        || (token.flags.contains(.characterising) && characterises(position, in: paragraph, sentence: sentence))
                        || (token.flags.contains(.statesRuling) && thatFollows(position, in: paragraph, sentence: sentence))
                guard framed, isVerbUse(position, in: paragraph, sentence: sentence),
                      let frame = frame(verb: position, in: paragraph, sentence: sentence), !frame.inverted
                else { continue }
                // (Only a body that rules states a ruling: "researchers found that" tells of a finding.)
                if token.flags.contains(.statesRuling),
                   !Lexicon.rulingBodies.contains(paragraph.text(ofTokens: (frame.subject.upperBound - 1)..<frame.subject.upperBound).lowercased()) {
                    continue
                }
                frames.append(frame)
                continue
            }
            // "The newspaper quoted the report as saying …": whom it quotes says it.
            if token.flags.contains(.reporting), token.flags.contains(.endsInIng), position - 3 >= sentence.lowerBound,
               tokens[position - 1].is(.as), let subject = quotedAs(before: position - 1, in: paragraph, sentence: sentence) {
                frames.append(ReportingFrame(verb: position, subject: subject, inverted: false))
                continue
            }
            if token.flags.contains(.reporting), let subject = subjectAfterFrontedParticiple(position, in: paragraph, sentence: sentence) {
                frames.append(ReportingFrame(verb: position, subject: subject, inverted: false))
                continue
            }
            guard token.flags.contains(.reporting), isVerbUse(position, in: paragraph, sentence: sentence) else {
                continue
            }
            // "thanked Greece for its help": thanks report something only with what they are for
            // ("thanked them" says nothing). (Spelled out only for a word in "t".)
            if token.first == "t", Lexicon.reportingForms[paragraph.text(ofTokens: position..<(position + 1)).lowercased()] == "thank",
               !chargesWhatFollowsItsObject(position, in: paragraph, sentence: sentence) { continue }
            if let frame = frame(verb: position, in: paragraph, sentence: sentence),
               !isEmbedded(frame, in: paragraph, sentence: sentence)
            {
                frames.append(frame)
            } else if let shared = sharedSubject(of: position, in: paragraph, sentence: sentence, frames: frames) {
                frames.append(ReportingFrame(verb: position, subject: shared, inverted: false))
            }
        }
    }

    /// "The following is a statement by Jane Roe, director of the fund:", "Below are remarks
    /// from X:": a sentence that only introduces what follows its colon is by whom the document
    /// is; with a cue of its own ("X issued the following statement from …", "According to a
    /// statement by …") that cue's frame tells.
    static func authorOfIntroducedDocument(_ noun: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard noun + 2 < sentence.upperBound, tokens[noun + 1].is(oneOf: [.by, .from, .of]),
              let colon = ((noun + 2)..<sentence.upperBound).first(where: { tokens[$0].is(":") || tokens[$0].kind == .quoteMark }),
              tokens[colon].is(":"),
              !(sentence.lowerBound..<colon).contains(where: { tokens[$0].flags.contains(.frameCue) && !tokens[$0].flags.contains(.documentNoun) && !tokens[$0].is(.remarks) })
        else { return nil }
        let author = phraseAfter(noun + 1, in: paragraph, sentence: sentence, stopAtComma: true)
        guard let first = author.first, tokens[first].isCapitalized || tokens[first].flags.contains(.determiner) else { return nil }
        return author
    }

    /// "Kiir says … and warned a flawed deal could do harm", "claimed …, but say they won": a
    /// finished reporting verb after "and" or "but" shares the subject of the frame before it.
    static func sharedSubject(of verb: Int, in paragraph: ParagraphText, sentence: Range<Int>, frames: [ReportingFrame]) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard verb - 1 > sentence.lowerBound, tokens[verb - 1].is(oneOf: [.and, .but]), !tokens[verb].isCapitalized,
              !tokens[verb].flags.isDisjoint(with: [.endsInS, .endsInEd, .irregularPast]) || tokens[verb].is(oneOf: [.say]),
              let earlier = frames.last(where: { !$0.inverted && $0.verb < verb }),
              verb - earlier.verb <= 40, paragraph.isNarration(verb),
              // ("told LA Weekly that Montalvo walked in … and told the police": a verb inside the
              // clause "that" opens has that clause's subject.)
              !(earlier.verb..<verb).contains(where: { tokens[$0].is(.that) })
        else { return nil }
        return earlier.subject
    }

    /// "called the charges “baseless”", "labelled the chief as an apostate", "referred to the
    /// Holocaust as “…”": an object of a few words, then the quoted words that characterise it,
    /// or "as" after any such verb but "call" ("called him as a witness" names no quality).
    static func characterises(_ verb: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        var start = verb + 1
        // ("refer" is no cue of a call; "call" is, and is met far more often.)
        if tokens[verb].cue == 0, paragraph.text(ofTokens: verb..<(verb + 1)).lowercased().hasPrefix("refer") {
            guard start < sentence.upperBound, tokens[start].is(.to) else { return false }
            start += 1
        }
        guard start < sentence.upperBound else { return false }
        let first = tokens[start]
        let isCall = tokens[verb].cue != 0
        // "backed what Morales calls an illegal vote": "what" stands for the object, and the
        // quality named follows the verb, unquoted (quoted, the quotation is the words said).
        if isCall, first.is(oneOf: [.a, .an]),
           let what = window(from: max(sentence.lowerBound, verb - 5), to: verb - 1).last(where: { tokens[$0].is(.what) }),
           ((what + 1)..<verb).allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalized || tokens[$0].is(.the)
               || ReferenceParser.subjectPronoun(tokens[$0]) != nil || (what + 1 < $0 && tokens[$0].flags.contains(.endsInS))) }),
           !(start..<sentence.upperBound).contains(where: { tokens[$0].kind == .quoteMark }) {
            return true
        }
        guard first.isWord, first.isCapitalized || !first.flags.isDisjoint(with: [.determiner, .pronoun]) else { return false }
        // (A participle after a comma, "welcomed it, calling it a step forward", adds to the frame
        // before it; only a finite "called" is taken unquoted.)
        if isCall, !tokens[verb].flags.contains(.endsInIng), qualityFollows(object: start, in: paragraph, sentence: sentence) { return true }
        for index in window(from: start + 1, to: min(sentence.upperBound, start + 16)) {
            let token = tokens[index]
            // ("the countries' friendship": a plural's apostrophe is part of the object.)
            if token.kind == .quoteMark, !CallFinder.isPluralPossessive(index, in: paragraph) {
                return paragraph.quote(ofToken: index).map { paragraph.quotes[$0].openMark == index } ?? false
            }
            if token.is(.as) { return !isCall }
            // ("the relationship with China “candid”": a place or partner of the object is part of it;
            // "for" and "by" open a purpose or an agent.)
            if token.kind == .quoteMark { continue }
            if !token.isWord || token.flags.contains(.clauseWord)
                || (token.flags.contains(.preposition) && !token.is(oneOf: [.of, .with, .in, .on, .at, .from])) { return false }
        }
        return false
    }

    /// "calls the results fraudulent", "called her trial a breach of law": a short object after
    /// a determiner or pronoun, then its quality unquoted: an adjective that ends the phrase, or "a" and a
    /// noun that is no span of time ("called the election a month early" says when).
    static func qualityFollows(object start: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        let first = tokens[start]
        var index = start + 1
        // (A name after "called" is most often one telephoned: "called Jane Roe to congratulate her".)
        guard !first.flags.isDisjoint(with: [.determiner, .pronoun]) else { return false }
        while index < sentence.upperBound, index - start < 3, tokens[index].isWord, !tokens[index].isCapitalized,
              paragraph.tag(index) == .noun { index += 1 }
        if first.flags.contains(.determiner), index == start + 1 { return false }
        guard index + 1 < sentence.upperBound, tokens[index].isWord, !tokens[index].isCapitalized else { return false }
        if tokens[index].is(oneOf: [.a, .an]) {
            let noun = tokens[index + 1]
            return noun.isWord && !noun.isCapitalized && noun.flags.isDisjoint(with: [.timeNoun, .calendar])
                && !Lexicon.amountWordSet.contains(paragraph.text(ofTokens: (index + 1)..<(index + 2)).lowercased())
        }
        // (The tagger may read an adjective it does not know as a noun: "the results fraudulent",
        // so the noun run is cut where the phrase ends and its last word ends as an adjective.)
        let endsPhrase = { (at: Int) -> Bool in
            at < sentence.upperBound && (tokens[at].isSentenceEnd || tokens[at].isClauseBreak || tokens[at].is(oneOf: [.and, .but]))
        }
        if index - start == 3, endsPhrase(index) {
            let last = paragraph.text(ofTokens: (index - 1)..<index).lowercased()
            return ["ulent", "ous", "ful", "less", "ive", "ible", "able"].contains(where: last.hasSuffix)
        }
        guard paragraph.tag(index) == .adjective, !tokens[index].flags.contains(.timeModifier) else { return false }
        return endsPhrase(index + 1)
    }

    /// "found that", "ruled — for the second time — that": "that" right after the verb, or
    /// after an aside set off by dashes or commas.
    static func thatFollows(_ verb: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        guard verb + 2 < sentence.upperBound else { return false }
        if tokens[verb + 1].is(.that) { return true }
        let opener = tokens[verb + 1]
        guard opener.isDash || opener.is(","),
              let close = window(from: verb + 3, to: min(sentence.upperBound - 1, verb + 12)).first(where: { tokens[$0].isDash || tokens[$0].is(",") }),
              ((verb + 2)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number })
        else { return false }
        return tokens[close + 1].is(.that)
    }

    /// "rejected the claims", "dismissed recent media reports that …": a noun of words said
    /// (`Lexicon.wordsRejected`) heads the object, within five words and before any preposition.
    static func rejectsWordsSaid(_ verb: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        for index in window(from: verb + 1, to: min(sentence.upperBound, verb + 6)) {
            let token = tokens[index]
            guard token.isWord, !token.flags.contains(.preposition), !token.flags.contains(.clauseWord) else { return false }
            if !token.isCapitalized, Lexicon.wordsRejected.contains(paragraph.text(ofTokens: index..<(index + 1)).lowercased()) { return true }
        }
        return false
    }

    /// "quoted the report as": the words between a form of "quote" and "as", when they are a
    /// noun phrase.
    static func quotedAs(before asIndex: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard let verb = (max(sentence.lowerBound, asIndex - 10)..<(asIndex - 1)).last(where: { index in
            tokens[index].isWord && !tokens[index].isCapitalized && paragraph.text(ofTokens: index..<(index + 1)).lowercased().hasPrefix("quot")
        }) else { return nil }
        let subject = (verb + 1)..<asIndex
        // ("Roe was quoted by state media as saying": in the passive, the one quoted is the
        // clause's subject, not the agent after "by".)
        guard !subject.isEmpty, !tokens[subject.lowerBound].is(.by),
              subject.allSatisfy({ tokens[$0].isWord || tokens[$0].is(",") }),
              !subject.contains(where: { paragraph.isVerb($0) }) else { return nil }
        return subject
    }

    /// Nouns of a stance held: "X's view is that".
    static let stanceNouns: Set<KnownWord?> = [.view, .position, .belief, .assessment, .conclusion]

    /// "made (it) clear", "been clear", "is clear": the verb of a stated stance, before `clear` at `position`.
    static func stanceVerb(before position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = paragraph.tokens
        var verb = position - 1
        if verb > sentence.lowerBound, tokens[verb].is(.it) { verb -= 1 }
        guard verb >= sentence.lowerBound, paragraph.isNarration(verb) else { return nil }
        if tokens[verb].is(oneOf: [.made, .make, .makes, .making]) { return verb }
        return verb == position - 1 && tokens[verb].is(oneOf: [.been, .is, .are, .was, .were]) ? verb : nil
    }

    /// The words that name a frame: its verb, "according to", or a stance ("made it clear").
    static func cue(of frame: ReportingFrame, in paragraph: ParagraphText) -> Range<Int> {
        let tokens = paragraph.tokens
        if tokens[frame.verb].is(.according) { return frame.verb..<(frame.verb + 2) }
        if stanceNouns.contains(tokens[frame.verb].known), frame.verb + 1 < tokens.count, tokens[frame.verb + 1].is(oneOf: [.is, .was]) {
            return frame.verb..<(frame.verb + 2)
        }
        if let clear = window(from: frame.verb + 1, to: min(tokens.count, frame.verb + 3)).first(where: { tokens[$0].is(.clear) }),
           stanceVerb(before: clear, in: paragraph, sentence: frame.verb..<tokens.count) == frame.verb {
            return frame.verb..<(clear + 1)
        }
        // "quoted X as saying": "as" is the cue's.
        if frame.verb > 0, tokens[frame.verb - 1].is(.as), frame.subject.upperBound == frame.verb - 1 {
            return (frame.verb - 1)..<(frame.verb + 1)
        }
        // "referred to X as Y": the particle is the cue's.
        if tokens[frame.verb].flags.contains(.characterising), frame.verb + 1 < tokens.count, tokens[frame.verb + 1].is(.to) {
            return frame.verb..<(frame.verb + 2)
        }
        return frame.verb..<(frame.verb + 1)
    }

    /// A statement noun within the next few words: "issued the following statement",
    /// "released a joint statement".
    static func issuesAStatement(_ position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let window = (position + 1)..<min(sentence.upperBound, position + 5)
        return window.contains { index in
            let token = paragraph.tokens[index]
            // ("gave an update on the campaign": an update given is a statement too.)
            return token.isWord && (token.flags.contains(.documentNoun) || token.is(.remarks)
                || (!token.isCapitalized && token.is(oneOf: [.update, .updates])))
                && !paragraph.tokens[(position + 1)..<index].contains { $0.flags.contains(.preposition) }
        }
    }

    /// "X said the measurements told a different story": the second verb is what X said,
    /// not a speaker of its own.
    static func isEmbedded(_ frame: ReportingFrame, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        guard !frame.inverted else { return false }
        var before = frame.subject.lowerBound - 1
        let afterThat = before >= sentence.lowerBound && paragraph.tokens[before].is(.that)
        if afterThat { before -= 1 }
        guard before >= sentence.lowerBound, paragraph.isNarration(before) else { return false }
        // "The chairman said Kayani told him the army is busy": a person named, saying or telling,
        // is a speaker of their own, whose words the outer frame only passes on.
        if paragraph.tokens[before].flags.contains(.reporting), passesOnWordsOf(frame, in: paragraph) { return false }
        // "it is critical that economic agents believe …": after a necessity's "that" the verb is
        // what is asked of them, not their report.
        return paragraph.tokens[before].flags.contains(.reporting) || (afterThat && paragraph.tokens[before].flags.contains(.necessity))
    }

    /// "…, announced U.S. Attorney Jane Roe and Special Agent in Charge John Doe of the FBI's Lima
    /// Field Office.": past the words a phrase takes, names and the words that join them run on
    /// to the sentence's end; the phrase is still who spoke.
    static func namesRunOnToTheEnd(from start: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        return (start..<sentence.upperBound).allSatisfy { index in
            let token = tokens[index]
            return token.isSentenceEnd || (token.isWord && (token.isCapitalized || token.is(oneOf: [.of, .the, .and, .for, .in])))
        }
    }

    /// "Kayani told", "Jane Roe explained": a name, then a verb of saying, telling or explaining.
    static func passesOnWordsOf(_ frame: ReportingFrame, in paragraph: ParagraphText) -> Bool {
        let tokens = paragraph.tokens
        guard frame.subject.upperBound == frame.verb, !tokens[frame.verb].flags.contains(.endsInIng),
              frame.subject.allSatisfy({ tokens[$0].isCapitalized && ReferenceParser.isNamePart(tokens[$0]) && !tokens[$0].flags.contains(.pronoun) }),
              let lemma = Lexicon.reportingForms[paragraph.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()]
        else { return false }
        return ["say", "tell", "explain"].contains(lemma)
    }

    /// "The papers report that", "The report also notes that": "the" and a noun opening the
    /// sentence, then "that" after the word, make a subject and its verb (not "of the media reports that").
    static func opensTheSentenceAsSubject(_ noun: Int, before position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        return noun - 1 == sentence.lowerBound && tokens[noun - 1].is(.the) && !tokens[noun].isCapitalized
            && position + 1 < sentence.upperBound && tokens[position + 1].is(.that) && paragraph.tag(noun) == .noun
    }

    /// "went on to say", "goes on to note": going on to speak is speaking, in the tense of the
    /// verb of going, whose position this is (the infinitive alone reports nothing yet).
    static func goesOnTo(_ verb: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Int? {
        guard verb - 3 > sentence.lowerBound, paragraph.tokens[verb - 1].is(.to),
              paragraph.text(ofTokens: (verb - 2)..<(verb - 1)).lowercased() == "on",
              ["went", "goes", "go"].contains(paragraph.text(ofTokens: (verb - 3)..<(verb - 2)).lowercased())
        else { return nil }
        return verb - 3
    }

    /// Rules out nouns (`the post`, `its note`), passives (`was reported`), infinitives
    /// (`refused to say`) and sentence-opening participles (`Speaking in ...,`).
    static func isVerbUse(_ position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        let token = tokens[position]
        if token.isCapitalized { return false }
        // "Recent reports have revealed", "what he said was true": the verb comes after.
        // ("say being careful is vital": "being" opens the gerund the clause reported starts with.)
        if position + 1 < sentence.upperBound, tokens[position + 1].isWord, !tokens[position + 1].isCapitalized,
           tokens[position + 1].flags.contains(.auxiliary), !tokens[position + 1].flags.contains(.endsInIng),
           relativeGapSubject(position, in: paragraph, sentence: sentence) == nil { return false }
        var previousIndex = position - 1
        while previousIndex >= sentence.lowerBound, tokens[previousIndex].is(oneOf: [.also, .then, .later, .once, .again, .further]) {
            previousIndex -= 1
        }
        let previous = previousIndex >= sentence.lowerBound ? tokens[previousIndex] : nil
        if let previous {
            // "are saying", "have been saying": after a form of "be" a participle in -ing is
            // the progressive, not a passive.
            if previous.is(oneOf: [.was, .were, .is, .are, .be, .been, .am]), token.flags.contains(.endsInIng) { return true }
            if previous.is(oneOf: [.was, .were, .is, .are, .be, .been, .being, .to, .am]),
               goesOnTo(position, in: paragraph, sentence: sentence) == nil { return false }
            if previous.flags.contains(.determiner) || ReferenceParser.isPossessive(previous) { return false }
            // "an increase in confirmed cases": a participle between a preposition and a plain
            // noun is the noun's adjective ("by" keeps its agent: "by reported sources" is rare).
            if previous.flags.contains(.preposition), !previous.is(.by), token.flags.contains(.endsInEd),
               position + 1 < sentence.upperBound, tokens[position + 1].isWord, !tokens[position + 1].isCapitalized,
               tokens[position + 1].flags.isDisjoint(with: [.determiner, .pronoun, .preposition, .auxiliary, .clauseWord]),
               paragraph.tag(position + 1) == .noun { return false }
            // "the authorities’ repeated actions": a plural's apostrophe, set apart as a mark.
            if previous.kind == .quoteMark, !previous.spaceBefore, previousIndex > sentence.lowerBound,
               tokens[previousIndex - 1].isWord, tokens[previousIndex - 1].flags.contains(.endsInS),
               paragraph.quote(ofToken: previousIndex).map({ paragraph.quotes[$0].closeMark != previousIndex }) ?? true {
                return false
            }
        }
        if isDocumentAfterItsModifier(at: position, tokens: tokens) { return false }
        // "according to the statement posted on the website": the document placed, not a speaker.
        if let previous, previous.flags.contains(.documentNoun), token.flags.contains(.endsInEd), position + 1 < sentence.upperBound,
           tokens[position + 1].flags.contains(.preposition),
           Lexicon.placingADocumentForms.contains(paragraph.text(ofTokens: position..<(position + 1)).lowercased()) { return false }
        if isNounBeforeReport(at: position, tokens: tokens, end: sentence.upperBound) { return false }
        // "Violent protests continue", "Initial estimates indicate": a word in -s after an adjective
        // capitalised only to open the sentence is its plural noun.
        if previousIndex == sentence.lowerBound, token.flags.contains(.endsInS), paragraph.tag(previousIndex) == .adjective { return false }
        if token.flags.contains(.reportingNounLike) {
            guard let previous, previous.isWord,
                  previous.isCapitalized || previous.is(oneOf: [.he, .she, .it, .they, .we, .i])
                    || opensTheSentenceAsSubject(previousIndex, before: position, in: paragraph, sentence: sentence)
            else { return false }
            // "Australian posts in Brussels", "an October protest": after a nationality or a
            // month the word is a noun.
            if !previous.flags.isDisjoint(with: [.nationality, .calendar]) { return false }
            // "Media note: …", "Press Release Statement: …": a label opening the sentence.
            if position + 1 < sentence.upperBound, tokens[position + 1].is(":"), position - sentence.lowerBound <= 3,
               (sentence.lowerBound..<position).allSatisfy({ tokens[$0].isCapitalized }) { return false }
        }
        if token.flags.contains(.endsInIng) {
            // A participle reports speech only when the quotation or a "that" clause follows it
            // ("…, adding that it raised serious concerns").
            if position + 1 < sentence.upperBound, tokens[position + 1].is(.that) { return true }
            // "was quoted as saying the talks had failed": what the subject is quoted as saying.
            if previousIndex == position - 1, isQuotedAs(previousIndex, in: paragraph, sentence: sentence) { return true }
            // "began by expressing his sympathy to …": after "by", what the subject did in saying.
            if let previous, previous.is(.by), position + 1 < sentence.upperBound,
               !tokens[position + 1].flags.isDisjoint(with: [.determiner, .possessive]) || tokens[position + 1].is(oneOf: [.his, .her, .its, .their, .our]) {
                return true
            }
            // "…, threatening to charge them": a threat or a promise after a comma.
            if token.flags.contains(.reportsInfinitive), position - 1 >= sentence.lowerBound, tokens[position - 1].is(","),
               position + 1 < sentence.upperBound, tokens[position + 1].is(.to) { return true }
            // "…, accusing Democrats of fraud": after a comma, a charge whose short object, bare
            // or not, is followed by what it charges ("…, citing X" with a bare noun is not enough).
            // "…, with Republicans accusing Democrats of fraud": "with" gives the participle its
            // own subject; a charge then reads as after a comma.
            if position - 1 >= sentence.lowerBound,
               tokens[position - 1].is(",") || withSubject(position, in: paragraph, sentence: sentence) != nil,
               chargesWhatFollowsItsObject(position, in: paragraph, sentence: sentence) {
                return true
            }
            // "…, saying their detention is political": after a comma, a clause of its own follows,
            // an adverb between or not ("saying only the talks continue", "adding it's too early").
            var opener = position + 1
            if opener + 1 < sentence.upperBound, tokens[opener].flags.contains(.longLyWord) || tokens[opener].is(oneOf: [.also, .again])
                || (tokens[opener].isWord && paragraph.text(ofTokens: opener..<(opener + 1)).lowercased() == "only") {
                opener += 1
            }
            if position - 1 >= sentence.lowerBound, tokens[position - 1].is(","), opener + 1 < sentence.upperBound,
               tokens[opener].isWord, !tokens[opener].isCapitalized || tokens[opener].flags.contains(.determiner),
               tokens[opener].flags.contains(.determiner) || tokens[opener].flags.contains(.pronoun) || tokens[opener].is(.itS)
            {
                return true
            }
            // "the U.N. chief emerged saying it had been a good meeting": so does one right after
            // a finished verb, as `frame(verb:)` reads it.
            if previousIndex == position - 1, previousIndex >= sentence.lowerBound, isFinishedVerb(previousIndex, in: paragraph),
               // ("was politically motivated arguing": a participle after "be" describes.)
               previousIndex - 1 >= sentence.lowerBound, tokens[previousIndex - 1].flags.isDisjoint(with: [.auxiliary, .longLyWord]),
               opener + 1 < sentence.upperBound, tokens[opener].isWord, !tokens[opener].isCapitalized || tokens[opener].flags.contains(.determiner),
               tokens[opener].flags.contains(.determiner) || ReferenceParser.subjectPronoun(tokens[opener]) != nil {
                return true
            }
            // ("issued a statement expressing regret over …": a feeling expressed is a bare noun.)
            if documentSaying(position, in: paragraph, sentence: sentence) != nil, opener + 1 < sentence.upperBound, tokens[opener].isWord,
               tokens[opener].isCapitalized || !tokens[opener].flags.isDisjoint(with: [.determiner, .pronoun])
                || Lexicon.reportingWithBareObjectForms.contains(paragraph.text(ofTokens: position..<(position + 1)).lowercased()) {
                return true
            }
            let window = (position + 1)..<min(sentence.upperBound, position + 14)
            return window.contains { tokens[$0].kind == .quoteMark || tokens[$0].is(":") }
        }
        return true
    }

    /// "Citing numerous examples, Byrd said …", "While acknowledging the importance of X, Roe
    /// said …": a reporting participle opening the sentence, with its object up to a comma, is
    /// the main clause's subject's. Its object must follow at once: "Writing in the Post," and
    /// "Referring to the hiding," say where or of what, and "Continuing the tradition," acts.
    static func subjectAfterFrontedParticiple(_ position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = paragraph.tokens
        let token = tokens[position]
        guard token.flags.contains(.endsInIng), token.flags.isDisjoint(with: [.reportingNounLike, .reportsClauseOnly]),
              position == sentence.lowerBound ? token.isCapitalized
                : position == sentence.lowerBound + 1 && tokens[sentence.lowerBound].is(oneOf: [.while, .after]) && !token.isCapitalized,
              position + 2 < sentence.upperBound, tokens[position + 1].isWord,
              tokens[position + 1].flags.isDisjoint(with: [.preposition, .auxiliary]) || tokens[position + 1].is(.that),
              !tokens[position + 1].is(.to),
              let comma = window(from: position + 2, to: min(sentence.upperBound - 2, position + 30)).first(where: { tokens[$0].is(",") && paragraph.isNarration($0) }),
              let subject = mainSubject(in: paragraph, from: comma + 1, before: sentence.upperBound),
              subject.lowerBound == comma + 1, subject.upperBound < sentence.upperBound,
              tokens[subject.upperBound].flags.contains(.auxiliary) || paragraph.isVerb(subject.upperBound)
        else { return nil }
        return subject
    }

    /// "accusing Democrats of fraud", "blaming engineers for the cracks": a charge whose short
    /// object is followed by the preposition of what it charges.
    static func chargesWhatFollowsItsObject(_ verb: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        guard let preposition = Lexicon.reportingObjectThen[paragraph.text(ofTokens: verb..<(verb + 1)).lowercased()],
              let mark = window(from: verb + 2, to: min(sentence.upperBound, verb + 6)).first(where: { !tokens[$0].isWord || tokens[$0].flags.contains(.preposition) }),
              mark + 1 < sentence.upperBound else { return false }
        return paragraph.text(ofTokens: mark..<(mark + 1)).lowercased() == preposition
    }

    /// "…, with Republicans accusing …", "…, with the rebels blaming …": up to four words of a
    /// subject between a comma's "with" and a participle; names, "the" or a plural noun, no verb.
    static func withSubject(_ participle: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = paragraph.tokens
        var start = participle
        while start - 1 >= sentence.lowerBound, participle - start < 4, tokens[start - 1].isWord, !tokens[start - 1].is(.with),
              tokens[start - 1].flags.isDisjoint(with: [.preposition, .clauseWord, .auxiliary, .pronoun]) { start -= 1 }
        guard start < participle, start - 2 >= sentence.lowerBound, tokens[start - 2].is(","), tokens[start - 1].is(.with)
        else { return nil }
        let head = tokens[participle - 1]
        guard head.isCapitalized || head.flags.contains(.endsInS) else { return nil }
        // (Only now the tagger: "with prices rising" has no speaker, "with Republicans" has.)
        guard !(start..<participle).contains(where: { paragraph.isVerb($0) }) else { return nil }
        return start..<participle
    }

    /// The "as" of "was quoted as saying".
    static func isQuotedAs(_ index: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Bool {
        // (A participle opening the sentence has no word before it: `index` is then before it.)
        guard index - 1 >= sentence.lowerBound, index < sentence.upperBound, paragraph.tokens[index].is(.as) else { return false }
        if paragraph.text(ofTokens: (index - 1)..<index).lowercased() == "quoted" { return true }
        // "was quoted by state media as saying": the agent after "by" stands between.
        guard let by = window(from: max(sentence.lowerBound + 1, index - 5), to: index - 1).last(where: { paragraph.tokens[$0].is(.by) }) else { return false }
        return paragraph.text(ofTokens: (by - 1)..<by).lowercased() == "quoted"
            && ((by + 1)..<index).allSatisfy { paragraph.tokens[$0].isWord }
    }

    /// "emerged", "left": a verb in the past, in lowercase, that the tagger reads as a verb.
    static func isFinishedVerb(_ index: Int, in paragraph: ParagraphText) -> Bool {
        let token = paragraph.tokens[index]
        return token.isWord && !token.isCapitalized && !token.flags.isDisjoint(with: [.endsInEd, .irregularPast]) && paragraph.isVerb(index)
    }

    /// "the drive, which Bajwa said would continue", "a system that he says is to blame", "20
    /// systems, a number the senators say is too low": "say" inside a relative clause whose
    /// gap is the subject of what was said, so the verb after it is the content's: the
    /// subject of "say". ("What he said was true" and "The talks he said were …" open their
    /// clause's subject.)
    static func relativeGapSubject(_ position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        guard position + 1 < sentence.upperBound, paragraph.tokens[position + 1].flags.contains(.auxiliary) else { return nil }
        return subjectInRelative(position, in: paragraph, sentence: sentence)
    }

    /// "…'s statement, in which Obama said", "which Bajwa said", "a number the senators say":
    /// the subject of "say" in a relative clause hung on an object or an aside.
    static func subjectInRelative(_ position: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard tokens[position].is(oneOf: [.say, .says, .said]), position - 2 > sentence.lowerBound else { return nil }
        // The subject: a pronoun, or up to four words of a name or a noun phrase. (Read by the
        // word lists first: the tagger is asked only once a relative is in view.)
        var start = position - 1
        if ReferenceParser.subjectPronoun(tokens[start]) != nil {
            start -= 1
        } else {
            while start >= sentence.lowerBound, position - start <= 4, tokens[start].isWord,
                  !tokens[start].is(oneOf: [.which, .that, .who, .what]) {
                start -= 1
                if start + 1 < position, tokens[start + 1].flags.contains(.determiner) { break }
            }
            guard start < position - 1 else { return nil }
        }
        guard start > sentence.lowerBound, tokens[start].isWord, !tokens[start].isCapitalized else { return nil }
        let relative = tokens[start].is(oneOf: [.which, .that, .who])
        // "a number the senators say": a noun right before a subject that opens with an article.
        guard relative || (tokens[start + 1].flags.contains(.determiner) && paragraph.tag(start) == .noun),
              ((start + 1)..<position).allSatisfy({ index in
                  ReferenceParser.subjectPronoun(tokens[index]) != nil || (!paragraph.isVerb(index)
                      && (tokens[index].isCapitalized || tokens[index].flags.contains(.determiner)
                          || [.noun, .adjective].contains(paragraph.tag(index))))
              })
        else { return nil }
        // The noun the clause hangs on follows a verb or a comma of its own clause: it is an
        // object or an aside, not the subject the verb after "say" would be the main verb of.
        guard (sentence.lowerBound..<start).contains(where: { paragraph.isVerb($0) || tokens[$0].is(",") }) else { return nil }
        return (start + 1)..<position
    }

    /// "issued a statement on Saturday saying …", "released a written statement saying …": the
    /// document a reporting participle tells the words of, with no comma or verb between.
    static func documentSaying(_ participle: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = paragraph.tokens
        guard tokens[participle].flags.contains(.reporting), tokens[participle].flags.contains(.endsInIng) else { return nil }
        var index = participle - 1
        while index > sentence.lowerBound, index >= participle - 7 {
            let token = tokens[index]
            // "a written statement": a participle after an article describes the noun.
            if token.is(",") || token.kind == .quoteMark || (paragraph.isVerb(index) && !tokens[index - 1].flags.contains(.determiner)) {
                return nil
            }
            if token.isWord, !token.isCapitalized, token.flags.contains(.documentNoun),
               tokens[index - 1].flags.contains(.determiner) || paragraph.tag(index - 1) == .adjective
                || (index - 2 >= sentence.lowerBound && tokens[index - 2].flags.contains(.determiner)) {
                return index
            }
            index -= 1
        }
        return nil
    }

    static func frame(verb: Int, in paragraph: ParagraphText, sentence: Range<Int>) -> ReportingFrame? {
        let tokens = paragraph.tokens
        let boundary = clauseStart(before: verb, in: paragraph, sentence: sentence)
        var k = verb - 1
        // "Obama went on to say": the subject stands before the verb of going on.
        if let going = goesOnTo(verb, in: paragraph, sentence: sentence) { k = going - 1 }
        while k >= boundary, paragraph.standsBeforeVerb(k) { k -= 1 }

        // `“…,” said X`, or a verb that opens its clause.
        if k < boundary || (tokens[k].is(",") && k - 1 >= sentence.lowerBound && tokens[k - 1].kind == .quoteMark) {
            let subject = phraseAfter(verb, in: paragraph, sentence: sentence, stopAtComma: true)
            guard !subject.isEmpty else { return nil }
            // "…, author of “The Less You Know,” says he has no doubt": a pronoun with a verb after
            // it opens what is said, not who says it.
            if subject.count == 1, ReferenceParser.subjectPronoun(tokens[subject.lowerBound]) != nil, subject.upperBound < sentence.upperBound,
               tokens[subject.upperBound].flags.contains(.auxiliary) || paragraph.isVerb(subject.upperBound) { return nil }
            return ReportingFrame(verb: verb, subject: subject, inverted: true)
        }
        // `Institutional recipients, said Mauer, are required`: a parenthetical inverted frame.
        // "…, said investigators.", "…, said the ministry.": after "said" a short phrase in
        // lowercase names the speaker too ("…, announced an increase in aid" names what).
        let lowercaseSpeaker = tokens[verb].is(oneOf: [.said, .says]) && verb + 1 < sentence.upperBound && tokens[verb + 1].isWord
            && (tokens[verb + 1].is(oneOf: [.the, .a, .an]) || !tokens[verb + 1].flags.isDisjoint(with: [.roleNoun, .organisation, .title])
                || (tokens[verb + 1].flags.contains(.endsInS) && paragraph.tag(verb + 1) == .noun))
        // ("…, accusing Democrats of fraud": a participle never puts its subject after it.)
        if tokens[k].is(","), verb + 1 < sentence.upperBound, tokens[verb + 1].isCapitalized || lowercaseSpeaker,
           !tokens[verb].flags.contains(.endsInIng) || tokens[verb].is(.according) {
            let subject = phraseAfter(verb, in: paragraph, sentence: sentence, stopAtComma: true)
            // "…, announced Assistant Attorney General Leslie R. Caldwell." ends the sentence.
            // "Jane Roe, says Ruritania's aid comes …": a subject with a verb is the content's own.
            // ("…, said Jane Roe on Tuesday.": when or where she said it may follow her name; after
            // "told" the name is whom she told.)
            // ("…, says the Minister of Transport, John Doe.": a post in lowercase may be long when
            // a name in apposition ends the sentence.)
            if !subject.isEmpty, tokens[verb + 1].isCapitalized || subject.count <= 4 || subject.contains(where: { tokens[$0].is(",") }), subject.upperBound >= sentence.upperBound || tokens[subject.upperBound].is(",")
                || tokens[subject.upperBound].isSentenceEnd || namesRunOnToTheEnd(from: subject.upperBound, in: paragraph, sentence: sentence)
                || (tokens[verb].is(oneOf: [.said, .says]) && saysWhereOrWhen(at: subject.upperBound, tokens: tokens)),
               !subject.dropFirst().contains(where: { paragraph.isVerb($0) }) {
                return ReportingFrame(verb: verb, subject: subject, inverted: true)
            }
        }
        if let subject = subjectInRelative(verb, in: paragraph, sentence: sentence) {
            return ReportingFrame(verb: verb, subject: subject, inverted: false)
        }
        // "Officer Kim Sato issued a statement saying …": the issuer says it.
        if let document = documentSaying(verb, in: paragraph, sentence: sentence) {
            return mainSubject(in: paragraph, from: boundary, before: document).map { ReportingFrame(verb: verb, subject: $0, inverted: false) }
        }
        // "Mullen began by expressing his sympathy": a participle after "by" is the main clause's subject's;
        // so is one after "was quoted as".
        if tokens[verb].flags.contains(.endsInIng), tokens[k].is(.by) || (k - 1 > boundary && isQuotedAs(k, in: paragraph, sentence: sentence)),
           k > boundary {
            return mainSubject(in: paragraph, from: boundary, before: k).map { ReportingFrame(verb: verb, subject: $0, inverted: false) }
        }
        // "The U.N. chief emerged saying …": a participle right after a finished verb is its subject's.
        if tokens[verb].flags.contains(.endsInIng), k > boundary, isFinishedVerb(k, in: paragraph) {
            return mainSubject(in: paragraph, from: boundary, before: k).map { ReportingFrame(verb: verb, subject: $0, inverted: false) }
        }
        // "…, with Republicans accusing Democrats of fraud": the words after "with" are the participle's subject.
        if tokens[verb].flags.contains(.endsInIng), let subject = withSubject(verb, in: paragraph, sentence: sentence) {
            return ReportingFrame(verb: verb, subject: subject, inverted: false)
        }
        // "One poster admitted ..., writing in a blog post": a participle after a comma
        // belongs to the main clause's subject.
        if tokens[verb].flags.contains(.endsInIng), tokens[k].is(",") {
            // "…, Hayashi told reporters, adding …": after a trailing frame, the participle is its subject's.
            // ("…, will remain in her post, saying …": after a determiner the word is a noun.)
            if let said = window(from: max(boundary + 1, k - 3), to: k).last(where: {
                   tokens[$0].flags.contains(.reporting) && !tokens[$0].flags.contains(.endsInIng) && !tokens[$0].isCapitalized
                       && !tokens[$0 - 1].flags.contains(.determiner) }),
               let comma = (boundary..<said).last(where: { tokens[$0].is(",") }), comma + 1 < said,
               let subject = subject(endingAt: said - 1, clauseStart: comma + 1, in: paragraph, sentence: sentence, anyParticiple: false) {
                return ReportingFrame(verb: verb, subject: subject, inverted: false)
            }
            // ("According to Roe, the wage is fair, adding that …": the participle is the one the
            // sentence goes by.)
            if tokens[sentence.lowerBound].is(.according), sentence.lowerBound + 1 < k, tokens[sentence.lowerBound + 1].is(.to) {
                let source = phraseAfter(sentence.lowerBound + 1, in: paragraph, sentence: sentence, stopAtComma: true)
                if !source.isEmpty, source.upperBound <= k { return ReportingFrame(verb: verb, subject: source, inverted: false) }
            }
            guard let subject = mainSubject(in: paragraph, from: boundary, before: k) else { return nil }
            return ReportingFrame(verb: verb, subject: subject, inverted: false)
        }
        // "US special envoy Zalmay Khalilzad who signed an agreement ... welcomed": the
        // relative clause is skipped ("The WHO chief" is the World Health Organization's).
        // ("The new leaders who took over after the death of President Roe promised": after a
        // plural or a post, too.)
        if let relative = (boundary..<k).first(where: { tokens[$0].is(oneOf: [.who, .which]) && !tokens[$0].isAcronym
                && $0 > boundary && (tokens[$0 - 1].isCapitalized || tokens[$0 - 1].isWord
                    && !tokens[$0 - 1].flags.isDisjoint(with: [.endsInS, .roleNoun]) && paragraph.tag($0 - 1) == .noun
                    && !(boundary..<$0).contains(where: { tokens[$0].flags.contains(.auxiliary) || paragraph.isVerb($0) })) }),
           !(relative..<k).contains(where: { tokens[$0].is(",") })
        {
            return subject(endingAt: relative - 1, clauseStart: boundary, in: paragraph, sentence: sentence, anyParticiple: false).map {
                ReportingFrame(verb: verb, subject: $0, inverted: false)
            }
        }
        if tokens[k].is(oneOf: [.and, .but]), k > boundary, tokens[verb].flags.isDisjoint(with: [.baseVerb, .reportingLemma]) {
            // "Montalvo went to a police station and told the police": a finished reporting
            // verb after "and" shares the clause's subject. ("Kiir says leaders were “careless” and
            // warned …": words quoted in passing do not open a clause of their own, unless they
            // stand in the clause "that" opens, whose own subject the verb may have.)
            var whole = clauseStart(before: verb, in: paragraph, sentence: sentence, overQuotesInPassing: true)
            if (whole..<boundary).contains(where: { tokens[$0].is(.that) }) { whole = boundary }
            return mainSubject(in: paragraph, from: whole, before: k).map { ReportingFrame(verb: verb, subject: $0, inverted: false) }
        }
        guard let subject = subject(endingAt: k, clauseStart: boundary, in: paragraph, sentence: sentence, anyParticiple: false) else {
            return nil
        }
        // "as they say in North Korea, “it takes two hands to clap”": a saying's "they" is no one;
        // the words are whoever quotes the saying.
        if subject.count == 1, tokens[subject.lowerBound].is(.they), subject.lowerBound > sentence.lowerBound,
           tokens[subject.lowerBound - 1].is(.as), tokens[verb].is(oneOf: [.say, .says]) {
            return nil
        }
        return ReportingFrame(verb: verb, subject: subject, inverted: false)
    }

    /// Where the clause holding `position` starts: after a quotation, a semicolon or a colon.
    /// With `overQuotesInPassing`, words quoted inside the narration's own clause ("expressed
    /// concern about “a new escalation”, calling on …") do not end it.
    static func clauseStart(before position: Int, in paragraph: ParagraphText, sentence: Range<Int>,
                            overQuotesInPassing: Bool = false) -> Int {
        var index = position - 1
        // A subject is never further back than this; the bound keeps run-on text linear.
        var floor = max(sentence.lowerBound, position - maximumClauseLength)
        if let dateline = Dateline.end(in: paragraph, sentence: sentence), dateline <= position { floor = max(floor, dateline) }
        while index >= floor {
            let token = paragraph.tokens[index]
            // The clause stays in its zone: narration, or the one quote ("People there must
            // leave now," inside a quote, has its subject inside it).
            if token.is(";") || token.is(":") { return index + 1 }
            if !paragraph.sameQuote(index, position) {
                guard overQuotesInPassing, paragraph.isNarration(position), let q = paragraph.quote(ofToken: index),
                      let open = paragraph.quotes[q].openMark, let close = paragraph.quotes[q].closeMark,
                      close < position, open > floor, paragraph.tokens[open - 1].isWord else { return index + 1 }
                index = open - 1
                continue
            }
            index -= 1
        }
        return floor
    }

    static let maximumClauseLength = 60

    /// "Spain, Italy, or Greece": a comma between names in a list, which ends no phrase.
    static func separatesListedNames(_ i: Int, tokens: [Token]) -> Bool {
        guard tokens[i].is(","), i > 0, i + 1 < tokens.count, tokens[i - 1].isWord, tokens[i - 1].isCapitalized else { return false }
        let next = tokens[i + 1].is(oneOf: [.and, .or]) && i + 2 < tokens.count ? i + 2 : i + 1
        return tokens[next].isWord && tokens[next].isCapitalized
    }

    /// Where a time of a few words that ends at `k` opens with "late", "earlier", "last" or
    /// "this": "late Sunday night", "late on Sunday", "earlier this week", "last night".
    static func timeOpening(endingAt k: Int, after clauseStart: Int, tokens: [Token]) -> Int? {
        guard tokens[k].isWord, !tokens[k].flags.isDisjoint(with: [.calendar, .timeNoun, .timeModifier]) else { return nil }
        var start = k
        while start - 1 >= clauseStart, k - start < 3, tokens[start - 1].isWord,
              tokens[start - 1].is(.on) || !tokens[start - 1].flags.isDisjoint(with: [.calendar, .timeNoun, .timeModifier]) {
            start -= 1
        }
        guard tokens[start].flags.contains(.timeModifier), !tokens[start].isCapitalized, !tokens[start].is(.that) else { return nil }
        return start
    }

    /// Whether the words ending at `end` are a person's first and last names: two capitalised
    /// words that name no body, post, place's people or day, the last no plural ("Health Officials").
    static func endsAPersonsName(_ end: Int, after start: Int, tokens: [Token]) -> Bool {
        guard end - 1 >= start, !tokens[end].flags.contains(.endsInS) else { return false }
        return [end - 1, end].allSatisfy { i in
            tokens[i].isWord && tokens[i].isCapitalized && !tokens[i].isAcronym
                && tokens[i].flags.isDisjoint(with: [.organisation, .title, .roleNoun, .nationality, .calendar, .capitalisedFunction])
        }
    }

    /// The subject of a verb whose last word before it is at `k`.
    /// "Speaking at …", "Commenting on …", "In Geneva …": a clause that opens with a participle
    /// or a preposition opens with an adverbial, not with its subject.
    static func opensAdverbial(at start: Int, in paragraph: ParagraphText) -> Bool {
        let token = paragraph.tokens[start]
        guard token.isWord, !token.isAcronym else { return false }
        if !token.flags.isDisjoint(with: [.preposition, .adverbialStarter]) { return true }
        return token.flags.contains(.endsInIng) && paragraph.tag(start) == .verb
    }

    static func subject(endingAt k: Int, clauseStart: Int, in paragraph: ParagraphText, sentence: Range<Int>,
                        anyParticiple: Bool = true) -> Range<Int>? {
        // ("has ; been told to": a clause that opens past the word the subject would end on holds none.)
        guard clauseStart <= k else { return nil }
        let tokens = paragraph.tokens
        // "…, Pacific Air Forces officials here said": where they are is no part of who they are.
        if k > clauseStart, tokens[k].isWord, !tokens[k].isCapitalized, paragraph.text(ofTokens: k..<(k + 1)) == "here" {
            return subject(endingAt: k - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "Residents who spoke to Mayor Jane Roe urged": a clause of "who" after the subject's
        // plural or post is skipped, and the names in it with it. (Before a modal the clause
        // tells whom the modal asks: "Travellers who arrive late must register".)
        if k + 1 < sentence.upperBound, tokens[k + 1].modal == 0,
           let relative = (clauseStart..<k).first(where: { tokens[$0].is(.who) && $0 > clauseStart }), relative + 1 < k,
           tokens[relative - 1].isWord, !tokens[relative - 1].isCapitalized || relative - 1 == clauseStart,
           !tokens[relative - 1].flags.isDisjoint(with: [.endsInS, .roleNoun]),
           tokens[relative + 1].flags.contains(.auxiliary) || paragraph.isVerb(relative + 1),
           !(relative..<k).contains(where: { tokens[$0].is(",") }), paragraph.tag(relative - 1) == .noun,
           !(clauseStart..<relative).contains(where: { tokens[$0].flags.contains(.auxiliary) || paragraph.isVerb($0) }) {
            return subject(endingAt: relative - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "Andrew Meyer from the County Sheriff's Office said", "Jane Roe with the Red Cross said":
        // a person's name, then where the person works, named in capitals, is the person.
        if k - 2 > clauseStart, let at = (max(clauseStart + 2, k - 8)..<k).first(where: { tokens[$0].is(oneOf: [.from, .with]) }),
           (at + 1...k).allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalized || tokens[$0].is(.the)) }),
           tokens[k].isCapitalized, Self.endsAPersonsName(at - 1, after: clauseStart, tokens: tokens) {
            return subject(endingAt: at - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "A spokesman speaking to reporters said", "Officials speaking on condition of anonymity
        // said": how the speaker spoke stands between the subject and its verb.
        // ("Officers investigating the crash have urged": so does what they are doing.)
        if k - 1 > clauseStart,
           let w = (max(clauseStart + 1, k - 8)..<k).reversed().first(where: { w in
               let token = tokens[w], before = tokens[w - 1]
               guard token.isWord, !token.isCapitalized, !token.flags.isDisjoint(with: anyParticiple ? [.speakingParticiple, .endsInIng] : .speakingParticiple), before.isWord,
                     before.flags.isDisjoint(with: [.determiner, .preposition, .pronoun, .auxiliary, .verbForm, .adverbialStarter, .clauseWord])
               else { return false }
               // ("The U.N. working group urged": right before the last word, it is the noun's.)
               guard token.flags.contains(.speakingParticiple) || w + 1 < k || tokens[k].flags.contains(.pronoun) else { return false }
               // (The tagger is asked last: it reads the whole sentence.)
               guard before.isCapitalized || before.flags.contains(.roleNoun) || (anyParticiple && before.flags.contains(.endsInS)),
                     ((w + 1)...k).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number || separatesListedNames($0, tokens: tokens))
                         && tokens[$0].flags.isDisjoint(with: [.clauseWord, .auxiliary]) && !tokens[$0].is(oneOf: [.who, .which, .that]) })
               else { return false }
               return (before.isCapitalized || before.flags.contains(.roleNoun) || paragraph.tag(w - 1) == .noun) && paragraph.tag(w) == .verb
           }) {
            return subject(endingAt: w - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "In his speech he called upon": a pronoun is the whole subject; what stands before it
        // with no comma is an adverbial.
        // ("As Europeans we call on": a capitalised word too, after "As".)
        if k > clauseStart, ReferenceParser.subjectPronoun(tokens[k]) != nil, tokens[k - 1].isWord,
           !tokens[k - 1].is(oneOf: [.and, .or, .but]),
           (!tokens[k - 1].isCapitalized && paragraph.tag(k - 1) == .noun)
            || (tokens[clauseStart].is(.as) && [.noun, .properNoun].contains(paragraph.tag(k - 1)))
            // ("Speaking at the UN summit in Geneva she said", "Commenting on the UN report they
            // said": after an opening participle or preposition, a name ends the adverbial.)
            || (tokens[k - 1].isCapitalized && k - 1 > clauseStart && Self.opensAdverbial(at: clauseStart, in: paragraph)) {
            return k..<(k + 1)
        }
        // "Ban Ki-moon late Sunday night urged", "The minister earlier this week said": a time
        // opened by "late", "earlier" or "last" between the subject and its verb is when.
        if let time = timeOpening(endingAt: k, after: clauseStart, tokens: tokens), time - 1 >= clauseStart,
           tokens[time - 1].isWord, tokens[time - 1].isCapitalized || tokens[time - 1].flags.contains(.roleNoun) || paragraph.tag(time - 1) == .noun {
            return subject(endingAt: time - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "Jane Roe, a Treasury official, last week said": the time after an apposition's comma.
        if let time = timeOpening(endingAt: k, after: clauseStart, tokens: tokens), time - 3 > clauseStart, tokens[time - 1].is(","),
           (clauseStart..<(time - 1)).contains(where: { tokens[$0].is(",") }) {
            return subject(endingAt: time - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "Gov. Roy Cooper Monday evening urged": a day right after a name, with no "on", is when.
        var day = k
        if day - 1 > clauseStart, tokens[day].isWord, !tokens[day].isCapitalized, tokens[day].flags.contains(.timeNoun) { day -= 1 }
        if day - 1 > clauseStart, tokens[day].isCapitalized, tokens[day].flags.contains(.calendar),
           ReferenceParser.isNamePart(tokens[day - 1]), !tokens[day - 1].flags.contains(.calendar) {
            return subject(endingAt: day - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "The Movement for Democratic Change (MDC) in a statement today said": where it was said
        // is no part of who said it.
        // "Germany's foreign minister, Frank Weber, on Tuesday urged": the day after the apposition.
        if k - 2 > clauseStart, tokens[k].flags.contains(.calendar), tokens[k].isCapitalized, tokens[k - 1].is(.on), tokens[k - 2].is(",") {
            return subject(endingAt: k - 2, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "… the new minister in a press conference on Tuesday said": and at what occasion, when.
        var occasionEnd = k
        if k - 2 > clauseStart, tokens[k].flags.contains(.calendar), tokens[k - 1].is(.on) { occasionEnd = k - 2 }
        if let at = [occasionEnd - 2, occasionEnd - 3].first(where: { $0 > clauseStart && occasion(at: $0, tokens: tokens) == occasionEnd }),
           let subject = subject(endingAt: at - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple) {
            return subject
        }
        // "The UN Relief and Works Agency (UNRWA) on Wednesday launched": the day after the brackets.
        if k - 2 > clauseStart, tokens[k - 2].is(")"), saysWhereOrWhen(at: k - 1, tokens: tokens) {
            return subject(endingAt: k - 2, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        if tokens[k].is(")"), let open = (clauseStart..<k).last(where: { tokens[$0].is("(") }), open > clauseStart {
            // "Congressman Chris Pappas (NH-01) released": the subject is before the brackets.
            return subject(endingAt: open - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        if tokens[k].flags.contains(.reflexive), k > clauseStart {
            // "Rick Santorum himself has acknowledged": the reflexive only stresses the subject.
            return subject(endingAt: k - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        if tokens[k].isDash, let open = (clauseStart..<k).last(where: { tokens[$0].isDash }), open > clauseStart {
            // "Wales' Chief Medical Officer – Sir Frank Atherton – is calling": a name set off by
            // dashes after a post is who acts.
            let aside = (open + 1)..<k
            if (2...5).contains(aside.count), aside.allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAcronym }),
               aside.contains(where: { tokens[$0].flags.isDisjoint(with: [.title, .organisation, .nationality, .calendar]) }),
               !aside.contains(where: { tokens[$0].flags.contains(.organisation) }),
               tokens[open - 1].isWord, !tokens[open - 1].flags.isDisjoint(with: [.title, .roleNoun]) {
                return aside
            }
            // "Residents — many of whom had not slept — urged": the subject is before the aside.
            return subject(endingAt: open - 1, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        if tokens[k].is(",") {
            // "Paul Dewar, an Ottawa New Democrat MP, said": the first chunk that is not an
            // adverbial, with its appositions.
            let chunkStart = firstChunkAfterAdverbials(from: clauseStart, before: k, tokens: tokens)
            if startsAdverbial(chunkStart..<k, tokens: tokens) { return nil }
            // "We take this opportunity to express …, recall journalists …": a pronoun with
            // words after it is a clause, not a subject.
            if k - chunkStart > 1, ReferenceParser.subjectPronoun(tokens[chunkStart]) != nil { return nil }
            // "Jane Roe, however, said", "The minister, meanwhile, said": a short adverbial set
            // off after the subject is no part of it (the speaker's test reads a subject's last word).
            if let comma = (chunkStart..<k).last(where: { tokens[$0].is(",") }), comma > chunkStart, k - comma <= 4,
               startsAdverbial((comma + 1)..<k, tokens: tokens), (chunkStart..<comma).allSatisfy({ !tokens[$0].is(",") }) {
                return chunkStart..<comma
            }
            // "The minister, in a statement by his spokesman, John Roe, said": a phrase set off
            // after the subject that opens with a preposition, with any name in it, is an aside.
            if let comma = (chunkStart..<k).first(where: { tokens[$0].is(",") }), comma > chunkStart, comma + 1 < k,
               tokens[comma + 1].isWord, !tokens[comma + 1].isCapitalized, tokens[comma + 1].flags.contains(.preposition) {
                return chunkStart..<comma
            }
            if let trailing = trailingNameWithApposition(endingAt: k, from: chunkStart, in: paragraph) { return trailing }
            return chunkStart < k ? chunkStart..<k : nil
        }
        if tokens[k].is(oneOf: [.and, .but, .or]) {
            // "... to reopen talks, and publish the data": a bare verb after "and" is more often
            // another thing asked than a second clause.
            if k + 1 < tokens.count, !tokens[k + 1].flags.isDisjoint(with: [.baseVerb, .reportingLemma]) {
                return nil
            }
            return mainSubject(in: paragraph, from: clauseStart, before: k)
        }
        var j = k
        // "The U.N. working group": a word in -ing between a name or an article and the noun.
        // "the Army's top enlisted leader": so is one in -ed after an article, a possessive or an adjective.
        func isNounModifier(_ j: Int) -> Bool {
            guard j < k, j - 1 >= clauseStart, tokens[j].isWord, !tokens[j].isCapitalized, !tokens[j].flags.contains(.reporting),
                  !tokens[j - 1].flags.contains(.pronoun), tokens[j + 1].isWord, !tokens[j + 1].flags.contains(.determiner)
            else { return false }
            let before = tokens[j - 1]
            if tokens[j].flags.contains(.endsInIng) { return before.isCapitalized || before.flags.contains(.determiner) }
            return tokens[j].flags.contains(.endsInEd) && !tokens[j + 1].flags.contains(.preposition)
                && (before.flags.contains(.determiner) || before.flags.contains(.possessive)
                    || (paragraph.tag(j - 1).map { [.adjective, .noun].contains($0) } ?? false && paragraph.tag(j + 1) == .noun))
        }
        // "Individuals aged 65 and older": an age's range, not two subjects.
        func joinsAnAge(_ j: Int) -> Bool {
            j > clauseStart && j < k && tokens[j].is(oneOf: [.and, .or]) && tokens[j - 1].kind == .number
                && ["older", "younger", "over", "above", "under", "up"].contains(paragraph.text(ofTokens: (j + 1)..<(j + 2)).lowercased())
        }
        func isInAnAge(_ j: Int) -> Bool {
            joinsAnAge(j) || (tokens[j].kind == .number && joinsAnAge(j + 1))
                || (tokens[j].flags.contains(.endsInEd) && j + 1 < k && tokens[j + 1].kind == .number && joinsAnAge(j + 2))
        }
        // "Member states must", "the attacks must stop": a word in -s right before a modal is a
        // plural noun, never a verb, whatever the lists or the tagger make of it ("have", "need"
        // are modals only before "to": "states have reported" has its verb).
        func isPluralBeforeModal(_ j: Int) -> Bool {
            j == k && j > clauseStart && tokens[j].isWord && !tokens[j].isCapitalized && tokens[j].flags.contains(.endsInS)
                && k + 2 < tokens.count && tokens[k + 1].modal > 0 && tokens[j - 1].isWord
                && (!CueGrammar.modals[Int(tokens[k + 1].modal) - 1].takesTo || tokens[k + 2].is(.to))
                && tokens[j - 1].flags.isDisjoint(with: [.pronoun, .auxiliary, .clauseWord, .preposition])
        }
        while j >= clauseStart, isSubjectWord(tokens[j], at: j, tokens: tokens) && (!paragraph.isVerb(j) || describesNoun(participle: j, tokens: tokens))
            || isVerbUsedAsNoun(at: j, tokens: tokens) && !paragraph.isVerb(j) || isNounModifier(j) || isPluralBeforeModal(j)
            || isNounBeforeReport(at: j, tokens: tokens, end: k + 2) || isInAnAge(j)
        {
            // "As members of the Support Group the EU calls": an article after a name opens the subject.
            if j < k, j - 1 >= clauseStart, !tokens[j].isCapitalized, tokens[j].flags.contains(.determiner),
               tokens[j - 1].isCapitalized, !tokens[j - 1].flags.contains(.capitalisedFunction),
               ReferenceParser.isNamePart(tokens[j - 1]) { break }
            // "In a statement the Co-Chair countries call": so does one after a common noun.
            if j < k, j - 1 >= clauseStart, tokens[j].is(.the), tokens[j - 1].isWord, !tokens[j - 1].isCapitalized,
               tokens[j - 1].flags.isDisjoint(with: [.determiner, .preposition, .pronoun]), paragraph.tag(j - 1) == .noun { break }
            j -= 1
        }
        // ("a conference in which Southeast Asian nations will be asked": after a preposition the
        // relative's own subject follows it.)
        if j >= clauseStart, j < k, tokens[j].is(.which), j - 1 >= clauseStart, tokens[j - 1].flags.contains(.preposition) {
            return (j + 1)..<(k + 1)
        }
        if j >= clauseStart, tokens[j].is(oneOf: [.who, .which]), !tokens[j].isAcronym, j - 1 >= clauseStart {
            // "Zalmay Khalilzad who signed an agreement ... welcomed": the relative clause is skipped.
            var i = j - 1
            if tokens[i].is(",") { i -= 1 }
            var start = i
            while start >= clauseStart, isSubjectWord(tokens[start], at: start, tokens: tokens) { start -= 1 }
            if start < i { return (start + 1)..<(i + 1) }
        }
        var start = j + 1
        while start <= k, tokens[start].isCapitalized, tokens[start].flags.contains(.adverbialStarter) { start += 1 }
        // "A statement posted on the league's website urged", "Officials based in Geneva urged":
        // a participle in -ed after a noun, with its phrase, describes the noun; a phrase opened
        // by a preposition, with its object, is never the subject itself.
        if start < k, start - 2 >= clauseStart, tokens[start].isWord, !tokens[start].isCapitalized,
           tokens[start].flags.contains(.preposition), tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
           !tokens[start - 1].flags.isDisjoint(with: [.endsInEd, .irregularPast]), !tokens[start - 1].flags.contains(.auxiliary),
           tokens[start - 2].isWord, tokens[start - 2].flags.isDisjoint(with: [.auxiliary, .pronoun, .determiner, .preposition, .clauseWord]),
           tokens[start - 2].isCapitalized || paragraph.tag(start - 2) == .noun {
            return subject(endingAt: start - 2, clauseStart: clauseStart, in: paragraph, sentence: sentence, anyParticiple: anyParticiple)
        }
        // "On Tuesday he announced", "On Tuesday the minister said": a fronted day with no comma.
        if start < k, let day = (start..<k).last(where: { tokens[$0].flags.contains(.calendar) }),
           tokens[day + 1].flags.contains(.determiner) || ReferenceParser.subjectPronoun(tokens[day + 1]) != nil {
            start = day + 1
        }
        // "Last year residents were asked", "On Monday residents were urged": a fronted time of
        // two words with no comma is when, not who.
        // (A capitalised "Last" may have been passed over as an adverbial's opening already.)
        func opensTime(_ i: Int) -> Bool { tokens[i].isWord && (tokens[i].is(.on) || tokens[i].flags.contains(.timeModifier)) }
        let time = start < k && opensTime(start) ? start + 1 : start > clauseStart && opensTime(start - 1) ? start : nil
        if let time, time < k, !tokens[time].flags.isDisjoint(with: [.calendar, .timeNoun]),
           tokens[time + 1].flags.isDisjoint(with: [.calendar, .timeNoun]) {
            start = time + 1
        }
        if let members = memberList(before: start, end: k + 1, clauseStart: clauseStart, tokens: tokens) { return members..<(k + 1) }
        // "James Roe, the new health minister said": an apposition left open before the verb
        // is still the name's.
        // ("Kyle Cowan, BLM Wyoming fire management officer said": or with no article, when it ends in a post.)
        // ("Dr Angie Bone, Head of Extreme Events at PHE said": or when it opens with a post and
        // names the body after "at", "of" or "for".)
        // ("Jane Roe, senior party leader and Transport Minister said": two posts joined by "and";
        // "Jane Roe, Transport Minister said": or one whose last word is a post in capitals.)
        var opening = start
        if start - 2 > clauseStart, start <= k, tokens[start - 1].is(.and),
           let comma = window(from: max(clauseStart, k - 9), to: start - 1).last(where: { tokens[$0].is(",") }), comma + 1 < start - 1,
           ((comma + 1)..<(start - 1)).allSatisfy({ tokens[$0].isWord && !paragraph.isVerb($0) }) {
            opening = comma + 1
        }
        if opening - 3 >= clauseStart, opening <= k, tokens[opening - 1].is(","), tokens[opening].is(oneOf: [.the, .a, .an])
            || (!tokens[k].isCapitalized && !tokens[k].flags.isDisjoint(with: [.roleNoun, .title]) && k - opening < 8)
            || (tokens[k].isCapitalized && tokens[k].flags.contains(.title) && k - opening < 8)
            || (tokens[opening].isCapitalized && tokens[opening].flags.contains(.title) && k - opening < 8
                && (opening..<k).contains(where: { tokens[$0].is(oneOf: [.at, .of, .for]) })) {
            var name = opening - 1
            while name - 1 >= clauseStart, tokens[name - 1].isWord, tokens[name - 1].isCapitalized,
                  tokens[name - 1].flags.isDisjoint(with: [.capitalisedFunction, .title, .organisation]) { name -= 1 }
            let words = opening - 1 - name
            // "Mr. James Roe, …": an honorific before the name.
            var honoured = false
            if name - 1 >= clauseStart, tokens[name - 1].isCapitalized, tokens[name - 1].flags.contains(.title) {
                name -= 1
                // "As …, the Honourable Jane Roe, Minister of Transport said": the article is the
                // honorific's, and a name so honoured opens a clause after a comma too.
                if name - 1 >= clauseStart, tokens[name - 1].is(.the) { name -= 1; honoured = true }
            }
            // Opening the clause or following a quotation: not "…, John Kelly, the White House said".
            if name == clauseStart || tokens[name - 1].kind == .quoteMark || (honoured && tokens[name - 1].is(",")),
               (2...4).contains(words) { return name..<(k + 1) }
        }
        // "Met Office Chief Forecaster, Nick Grahame says": a post in capitals opening the clause,
        // then after a comma the name, is the subject whole.
        if start - 3 >= clauseStart, start < k, k - start <= 3, tokens[start - 1].is(","),
           (start...k).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized
               && tokens[$0].flags.isDisjoint(with: [.title, .organisation, .capitalisedFunction]) }) {
            var post = start - 2
            while post - 1 >= clauseStart, tokens[post - 1].isWord, tokens[post - 1].isCapitalized || tokens[post - 1].is(oneOf: [.of, .for]) { post -= 1 }
            if post == clauseStart || tokens[post - 1].kind == .quoteMark, tokens[post].isCapitalized, start - 1 - post <= 7,
               (post..<(start - 1)).contains(where: { tokens[$0].isCapitalized && tokens[$0].flags.contains(.title) }) {
                return post..<(k + 1)
            }
        }
        // "The Palestinian Authority's envoy to the United Nations appealed": a post held "to" a
        // body or a country is the subject, whole; the body is where the post is held.
        if start - 2 >= clauseStart, start <= k, tokens[start - 1].is(.to) || (tokens[start - 1].is(.the) && start - 3 >= clauseStart && tokens[start - 2].is(.to)) {
            let to = tokens[start - 1].is(.to) ? start - 1 : start - 2
            let post = to - 1
            // ("US ambassador to the UN Linda Marsh": a person named after the body is the subject.)
            if tokens[post].isWord, !tokens[post].isCapitalized, !tokens[post].flags.isDisjoint(with: [.title, .roleNoun]), !paragraph.isVerb(post),
               tokens[k].flags.contains(.organisation) || tokens[k].isAcronym {
                return nounPhraseStart(endingAt: post, clauseStart: clauseStart, in: paragraph)..<(k + 1)
            }
        }
        // "demonstrators in Awassa and several other towns were demanding", "Protesters in
        // Cairo and Alexandria are calling": the places are a preposition's; the subject is the
        // noun before it, named without them.
        // ("Residents in Kent, Sussex and Surrey were urged": a list of places, with its commas.)
        let listTail = start - 1 >= clauseStart && start <= k && tokens[start - 1].is(",")
            && (start...k).allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalized || tokens[$0].is(oneOf: [.and, .or])) })
            && (start...k).contains(where: { tokens[$0].is(oneOf: [.and, .or]) })
        if start - 2 >= clauseStart, start <= k, tokens[start - 1].is(oneOf: [.and, .or, .in, .from, .of, .at]) || listTail {
            var place = start - 1
            if tokens[place].is(oneOf: [.and, .or]) || listTail {
                place -= 1
                if tokens[place].is(",") { place -= 1 }
                while place > clauseStart, tokens[place].isCapitalized && tokens[place].isWord
                        || tokens[place].is(",") && tokens[place + 1].isCapitalized && tokens[place - 1].isCapitalized { place -= 1 }
                if place == start - 2 { place = start }
            }
            if place < start, place - 1 >= clauseStart, tokens[place].is(oneOf: [.in, .from, .of, .at]),
               tokens[place - 1].isWord, !tokens[place - 1].isCapitalized || place - 1 == clauseStart, tokens[place - 1].flags.contains(.endsInS),
               tokens[place - 1].flags.isDisjoint(with: [.clauseWord, .verbForm, .determiner, .auxiliary]), !paragraph.isVerb(place - 1) {
                return nounPhraseStart(endingAt: place - 1, clauseStart: clauseStart, in: paragraph)..<place
            }
        }
        // "Whilst travelling in the region Minister Burt highlighted": a name run after a common
        // noun that is no post ("spokesman John Roe" keeps his) starts the subject.
        if start < k, tokens[k].isCapitalized, let name = ((start + 1)...k).first(where: { m in
            tokens[m].isCapitalized && ReferenceParser.isNamePart(tokens[m]) && tokens[m - 1].isWord && !tokens[m - 1].isCapitalized
                && tokens[m - 1].flags.isDisjoint(with: [.title, .roleNoun, .organisation, .nationality, .determiner, .possessive])
                && paragraph.tag(m - 1) == .noun && !paragraph.isVerb(m - 1)
        }), (name...k).allSatisfy({ tokens[$0].isCapitalized && ReferenceParser.isNamePart(tokens[$0]) }),
           !Reading.canSpeak(paragraph.text(ofTokens: (name - 1)..<name).lowercased()) {
            return name..<(k + 1)
        }
        return start <= k ? start..<(k + 1) : nil
    }

    /// Where the noun phrase ending in the noun at `noun` starts: back over its modifiers and
    /// article, to a clause word or a verb ("the Palestinian Authority's envoy").
    private static func nounPhraseStart(endingAt noun: Int, clauseStart: Int, in paragraph: ParagraphText) -> Int {
        let tokens = paragraph.tokens
        var start = noun
        while start - 1 >= clauseStart, tokens[start - 1].isWord, !tokens[start - 1].flags.contains(.clauseWord),
              isSubjectWord(tokens[start - 1], at: start - 1, tokens: tokens) || tokens[start - 1].flags.contains(.determiner),
              !paragraph.isVerb(start - 1) { start -= 1 }
        return start
    }

    /// "The Foreign Ministers of Britain, France, and Germany share …": a body named by the
    /// places of its members; the subject is the whole phrase, not the last place after "and".
    /// The phrase's first token, when the run before `start` is such a list of names.
    private static func memberList(before start: Int, end: Int, clauseStart: Int, tokens: [Token]) -> Int? {
        guard start - 2 > clauseStart, tokens[start - 1].is(.and) || tokens[start - 1].is(","), start + 4 > end,
              (start..<end).allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalized || tokens[$0].is(.and)) })
        else { return nil }
        var i = start - 1
        var joined = (start..<end).contains { tokens[$0].is(.and) }
        while i > clauseStart, (tokens[i].isWord && (tokens[i].isCapitalized || tokens[i].is(.the) || tokens[i].is(.and)))
            || tokens[i].is(",") {
            if tokens[i].is(.and) { joined = true }
            i -= 1
        }
        guard joined, i > clauseStart, tokens[i].is(.of), tokens[i - 1].isWord, tokens[i - 1].flags.contains(.endsInS)
            || (tokens[i - 1].isCapitalized && !tokens[i - 1].flags.contains(.capitalisedFunction)) else { return nil }
        // The head and its words back to its article: "The Troika Heads of Mission".
        var head = i - 1
        while head - 1 >= clauseStart, tokens[head - 1].isWord, tokens[head - 1].isCapitalized || tokens[head - 1].is(.of)
            || tokens[head - 1].flags.contains(.determiner) {
            head -= 1
            if tokens[head].flags.contains(.determiner) { break }
        }
        // The phrase opens its clause: "within the frames of the OSCE …, Josep Borrell said" is no subject.
        return head == clauseStart || tokens[head - 1].is(",") ? head : nil
    }

    /// "on Monday", "in a statement", "in its letter": when or where something was said, opening at `i`.
    static func saysWhereOrWhen(at i: Int, tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count else { return false }
        if tokens[i].is(.on) { return tokens[i + 1].flags.contains(.calendar) }
        return occasion(at: i, tokens: tokens) != nil
    }

    /// "in a statement", "in a press conference", "at a news briefing": where it was said; the
    /// index of its noun.
    static func occasion(at i: Int, tokens: [Token]) -> Int? {
        guard i + 2 < tokens.count, tokens[i].is(oneOf: [.in, .at]), tokens[i + 1].flags.contains(.determiner) else { return nil }
        let noun = i + 3 < tokens.count && tokens[i + 2].isWord && tokens[i + 3].flags.contains(.occasion) ? i + 3 : i + 2
        let fits = tokens[i].is(.in) && tokens[noun].flags.contains(.documentNoun) || tokens[noun].flags.contains(.occasion)
        return fits && !tokens[noun].isCapitalized ? noun : nil
    }

    /// The subject of the main clause: the first noun phrase after any opening adverbials.
    static func mainSubject(in paragraph: ParagraphText, from start: Int, before end: Int) -> Range<Int>? {
        let tokens = paragraph.tokens
        var chunkStart = firstChunkAfterAdverbials(from: start, before: end, tokens: tokens)
        // "“I am proud …": a quotation's opening mark is no part of its subject.
        while chunkStart < end, tokens[chunkStart].kind == .quoteMark { chunkStart += 1 }
        var stop = chunkStart
        while stop < end {
            let token = tokens[stop]
            // ("The Centers for Medicare & Medicaid Services": an ampersand inside a name is its "and".)
            let joinsName = token.flags.contains(.nameConnector) && stop > chunkStart && stop + 1 < end && tokens[stop + 1].isCapitalized
            if !token.isWord && !joinsName && !(token.kind == .quoteMark && !token.spaceBefore)
                && !countsSubjectNoun(at: stop, chunkStart: chunkStart, end: end, tokens: tokens) { break }
            // "The press group": right after a determiner a word is a noun's, not the verb.
            if stop > chunkStart && !token.isCapitalized && (!token.flags.isDisjoint(with: [.clauseWord, .beforeVerb, .reflexive])
                || (!token.flags.isDisjoint(with: [.verbForm, .endsInEd]) && !tokens[stop - 1].flags.contains(.determiner))) { break }
            // "The blog aims to help": a verb the word lists lack, by its tag.
            if stop > chunkStart, paragraph.isVerb(stop) { break }
            // "The party on Monday said", "The party in its statement said": when and where end it.
            if stop > chunkStart, stop + 2 < end, saysWhereOrWhen(at: stop, tokens: tokens) { break }
            // "Jane Roe Monday said … and urged": a day right after a name, with no "on", is when.
            if stop > chunkStart, token.isCapitalized, token.flags.contains(.calendar),
               ReferenceParser.isNamePart(tokens[stop - 1]), !tokens[stop - 1].flags.contains(.calendar) { break }
            // "Michael Neill in Helmand described": so does where a named person is.
            if stop > chunkStart, stop + 1 < end, token.is(oneOf: [.in, .at]), tokens[stop - 1].isCapitalized,
               ((stop + 1)..<end).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized }) { break }
            stop += 1
        }
        guard chunkStart < stop else { return nil }
        // "As Europeans we applaud … and call on": after "as" or a preposition and its noun, a
        // pronoun is the whole subject, as `subject(endingAt:)` reads it.
        // ("As we sat in this Chamber urging …", "While they waited, …": right after "as" or a
        // conjunction that opens a clause, too.)
        let opensClause = tokens[chunkStart].is(oneOf: [.as, .while, .when, .after, .before, .because, .since, .although, .though])
        if opensClause || tokens[chunkStart].flags.contains(.preposition),
           let pronoun = window(from: chunkStart + (opensClause ? 1 : 2), to: min(end, max(chunkStart + 2, stop))).first(where: { ReferenceParser.subjectPronoun(tokens[$0]) != nil }) {
            return pronoun..<(pronoun + 1)
        }
        // "the chief of VOA's Africa division, Gwen Dillard, called": a name in apposition
        // between commas belongs to the subject.
        // An honorific may open the name ("the head of the agency, Dr. Ann Lee,").
        if stop + 3 < end, tokens[stop].is(","), let close = window(from: stop + 2, to: min(end, stop + 7)).first(where: { tokens[$0].is(",") }) {
            var name = stop + 1
            while name < close, tokens[name].isCapitalized, tokens[name].flags.contains(.title) { name += 1 }
            if (name..<close).allSatisfy({ ReferenceParser.isNamePart(tokens[$0]) && !ReferenceParser.isRoleWord(tokens[$0]) }),
               close - name >= (name > stop + 1 ? 1 : 2)
            {
                return chunkStart..<close
            }
        }
        return chunkStart..<stop
    }

    /// "55 groups have gathered to demand", "The 41 signatories", "Around 300 protesters": a
    /// number that opens the subject, or follows its determiner or "around", counts its noun.
    private static func countsSubjectNoun(at index: Int, chunkStart: Int, end: Int, tokens: [Token]) -> Bool {
        guard tokens[index].kind == .number, index + 1 < end, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
              !tokens[index + 1].flags.contains(.auxiliary) else { return false }
        guard index > chunkStart else { return true }
        let before = tokens[index - 1]
        return index - 1 == chunkStart && (before.flags.contains(.determiner) || before.is(oneOf: [.around, .over, .under]))
    }

    /// Words after a verb up to the next comma, full stop or quotation mark: the inverted
    /// subject (`said the post by an unknown author on pigmy`) or what follows `according to`.
    static func phraseAfter(_ position: Int, in paragraph: ParagraphText, sentence: Range<Int>, stopAtComma: Bool) -> Range<Int> {
        let tokens = paragraph.tokens
        var end = position + 1
        while end < sentence.upperBound, end - position <= 16 {
            let token = tokens[end]
            if token.kind == .quoteMark && token.spaceBefore { break }
            if token.isSentenceEnd || token.is(";") || token.is(":") { break }
            if token.is(",") && stopAtComma {
                // "said Dr. Hans Kluge, the WHO regional director." keeps its apposition.
                if end + 1 < sentence.upperBound, tokens[end + 1].known?.isArticle == true,
                   let last = ((end + 1)..<sentence.upperBound).first(where: { tokens[$0].isSentenceEnd || tokens[$0].kind == .quoteMark || tokens[$0].is(",") }),
                   tokens[last].isSentenceEnd,
                   !((end + 1)..<last).contains(where: { !tokens[$0].isCapitalized && tokens[$0].flags.contains(.verbForm) })
                {
                    end = last
                }
                // "said the party's chairman for parliament, Tadamori Oshima.": so does a name ending it.
                if end + 3 < sentence.upperBound, tokens[end + 1].isCapitalized,
                   let last = ((end + 1)..<sentence.upperBound).first(where: { !tokens[$0].isWord || !tokens[$0].isCapitalized }),
                   tokens[last].isSentenceEnd, (2...4).contains(last - end - 1),
                   ((end + 1)..<last).allSatisfy({ ReferenceParser.isNamePart(tokens[$0]) && !ReferenceParser.isRoleWord(tokens[$0]) }) {
                    end = last
                }
                break
            }
            // "said Barroso after speaking with Brian Cowen", "said Kerry in Geneva", "said the
            // President in his weekly address": where and when end the name ("Special Agent in
            // Charge" is a title; "his" after "in" is no "His Excellency").
            if end > position + 1, token.isWord, !token.isCapitalized, tokens[end - 1].isCapitalized,
               token.is(oneOf: [.after, .before, .during, .while, .when, .in, .at, .on, .since, .upon, .with, .through, .via]),
               end + 1 >= sentence.upperBound || !tokens[end + 1].flags.contains(.title) || !tokens[end + 1].isCapitalized { break }
            if token.isWord && !token.isCapitalized && !token.flags.isDisjoint(with: [.auxiliary, .clauseWord]) {
                // "according to a posting, the website is ...": the phrase ends at the comma;
                // "According to Rathbun the property was": without one, at a determiner after a name.
                if let comma = ((position + 1)..<end).last(where: { tokens[$0].is(",") }) {
                    end = comma
                } else if end > position + 2, let article = ((position + 2)..<end).first(where: {
                    tokens[$0].flags.contains(.determiner) && !tokens[$0].isCapitalized && tokens[$0 - 1].isCapitalized
                        && ReferenceParser.isNamePart(tokens[$0 - 1])
                }) {
                    end = article
                }
                break
            }
            end += 1
        }
        return (position + 1)..<end
    }

    /// Where the first comma-separated chunk that is not an adverbial ("After the match,",
    /// "Speaking in the parents' defense,") begins.
    /// "The talks will resume, John Smith, a joint secretary in the ministry, said": after what
    /// was said, a name between commas and a description of its holder, ending at the comma `k`.
    static func trailingNameWithApposition(endingAt k: Int, from start: Int, in paragraph: ParagraphText) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard let second = (start..<k).last(where: { tokens[$0].is(",") }),
              let first = (start..<second).last(where: { tokens[$0].is(",") }), first > start,
              (1...5).contains(second - first - 1), second + 1 < k,
              ((first + 1)..<second).allSatisfy({ tokens[$0].isWord && ReferenceParser.isNamePart(tokens[$0]) }),
              tokens[second + 1].isWord, !tokens[second + 1].flags.isDisjoint(with: [.determiner, .title, .roleNoun]),
              ((second + 1)..<k).contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && tokens[$0].flags.contains(.roleNoun) })
                || (tokens[k - 1].isWord && !tokens[k - 1].isCapitalized && paragraph.tag(k - 1) == .noun)
        else { return nil }
        return (first + 1)..<k
    }

    static func firstChunkAfterAdverbials(from start: Int, before end: Int, tokens: [Token]) -> Int {
        var chunkStart = start
        var index = start
        while index < end {
            if tokens[index].is(",") {
                if startsAdverbial(chunkStart..<index, tokens: tokens) { chunkStart = index + 1 } else { break }
            }
            index += 1
        }
        return chunkStart
    }

    static func startsAdverbial(_ chunk: Range<Int>, tokens: [Token]) -> Bool {
        guard var first = chunk.first else { return true }
        if tokens[first].kind == .quoteMark, first + 1 < chunk.upperBound { first += 1 }
        // "But U.S. Congressman Tom Lantos, ranking Democrat …, warned": a conjunction before a
        // name opens the subject, not an adverbial.
        if tokens[first].is(oneOf: [.and, .but, .so]), first + 1 < chunk.upperBound, tokens[first + 1].isCapitalized {
            return false
        }
        // ("Around 3,000 protesters, many of them students, called for": a number after it is counted.)
        if first + 1 < chunk.upperBound, tokens[first + 1].kind == .number, tokens[first].is(oneOf: [.around, .over, .under]) {
            return false
        }
        // ("Together with our partners, the EU will continue to call upon …": whom it acts with.)
        if tokens[first].is(.together), first + 1 < chunk.upperBound, tokens[first + 1].is(.with) { return true }
        // ("Kelly Smith, a spokeswoman for …": a name whose first word ends like an adverb.)
        if tokens[first].isCapitalized, tokens[first].flags.contains(.endsInLy) {
            let nameEnd = ((first + 1)..<chunk.upperBound).first { tokens[$0].is(",") } ?? chunk.upperBound
            if (2...4).contains(nameEnd - first), ((first + 1)..<nameEnd).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized
                && tokens[$0].flags.isDisjoint(with: [.calendar, .adverbialStarter]) }) {
                return false
            }
        }
        return !tokens[first].flags.isDisjoint(with: [.adverbialStarter, .endsInLy, .endsInIng])
    }

    /// "A Texas state official said", "the governor of Lagos state said": a bare verb form just
    /// before a finished reporting verb is a noun of its subject.
    static func isNounBeforeReport(at position: Int, tokens: [Token], end: Int) -> Bool {
        // ("News reports said …", "Media reports say …": a plural right before a reporting verb
        // in the past, or in the present of a plural, is its subject's noun.)
        if tokens[position].isWord, !tokens[position].isCapitalized, tokens[position].flags.contains(.reporting),
           tokens[position].flags.contains(.endsInS), position + 1 < end, tokens[position + 1].isWord,
           !tokens[position + 1].isCapitalized, tokens[position + 1].flags.contains(.reporting),
           !tokens[position + 1].flags.isDisjoint(with: [.endsInEd, .irregularPast])
            || (tokens[position + 1].flags.contains(.reportingLemma) && tokens[position + 1].flags.isDisjoint(with: [.endsInS, .endsInIng])) {
            return true
        }
        guard tokens[position].isWord, !tokens[position].isCapitalized, tokens[position].flags.contains(.reporting),
              tokens[position].flags.isDisjoint(with: [.endsInS, .endsInEd, .endsInIng, .irregularPast]),
              let next = window(from: position + 1, to: min(end, position + 3)).first(where: { tokens[$0].flags.contains(.reporting) })
        else { return false }
        return (position + 1..<next).allSatisfy({ tokens[$0].isWord && !tokens[$0].flags.contains(.auxiliary) })
            && !tokens[next].flags.isDisjoint(with: [.endsInEd, .endsInS, .irregularPast])
    }

    /// "said aid workers must", "the rescue teams should": a bare verb right after a word no
    /// verb can follow there (an article, a reporting verb) is a noun of the subject.
    static func isVerbUsedAsNoun(at index: Int, tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let token = tokens[index], before = tokens[index - 1]
        guard token.isWord, !token.isCapitalized, !token.flags.isDisjoint(with: [.baseVerb, .reportingLemma]),
              token.flags.isDisjoint(with: [.clauseWord, .endsSubject, .auxiliary, .endsInIng, .endsInEd, .endsInS]),
              before.isWord
        else { return false }
        // "the report", "the ministry's report": after a determiner or an owner, a noun.
        return !before.flags.isDisjoint(with: [.determiner, .reporting]) || ReferenceParser.isPossessive(before)
            || isDocumentAfterItsModifier(at: index, tokens: tokens)
    }

    /// "the UN report", "the new statement", "a Taliban statement": a document's noun after an
    /// article and one word, a name or an adjective, is the noun.
    static func isDocumentAfterItsModifier(at index: Int, tokens: [Token]) -> Bool {
        guard index >= 2, tokens[index].flags.contains(.documentNoun) else { return false }
        let before = tokens[index - 1]
        return before.isWord && before.flags.isDisjoint(with: [.verbForm, .auxiliary, .pronoun, .clauseWord])
            && tokens[index - 2].isWord && tokens[index - 2].flags.contains(.determiner)
    }

    /// Words that cannot modify a noun in "State and local officials".
    private static let notAModifier: WordFlags = [.verbForm, .clauseWord, .determiner, .pronoun, .preposition, .auxiliary, .endsInEd, .endsInIng]

    /// "illegally detained" in "all illegally detained citizens": a participle after an article's
    /// adverb, before a noun, whatever the tagger makes of it.
    static func describesNoun(participle index: Int, tokens: [Token]) -> Bool {
        index > 1 && index + 1 < tokens.count && tokens[index].flags.contains(.endsInEd) && tokens[index - 1].flags.contains(.longLyWord)
            && tokens[index - 2].flags.contains(.determiner) && tokens[index + 1].isWord && tokens[index + 1].flags.isDisjoint(with: notAModifier)
    }

    static func isSubjectWord(_ token: Token, at index: Int, tokens: [Token]) -> Bool {
        if token.kind == .quoteMark { return !token.spaceBefore && index > 0 && tokens[index - 1].isWord }
        if token.is("&") { return true }
        guard token.isWord else { return false }
        if token.is(.and) {
            // "State and local officials", "Israeli and Palestinian leaders": two words before one plural noun.
            if index > 0, index + 2 < tokens.count, tokens[index - 1].isWord, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
               tokens[index + 2].isWord, !tokens[index + 2].isCapitalized, tokens[index + 2].flags.contains(.endsInS),
               tokens[index - 1].isCapitalized || tokens[index - 1].flags.isDisjoint(with: notAModifier),
               tokens[index + 1].flags.isDisjoint(with: notAModifier) {
                return true
            }
            // "parents and carers must", "residents and visitors say": two plural nouns joined.
            if index > 0, index + 1 < tokens.count, tokens[index - 1].isWord, tokens[index + 1].isWord,
               !tokens[index - 1].isCapitalized, !tokens[index + 1].isCapitalized,
               tokens[index - 1].flags.contains(.endsInS), tokens[index + 1].flags.contains(.endsInS),
               tokens[index - 1].flags.isDisjoint(with: notAModifier.union([.verbForm, .auxiliary, .reporting])),
               tokens[index + 1].flags.isDisjoint(with: notAModifier.union([.verbForm, .auxiliary, .reporting])) {
                return true
            }
            // "Both the Irving Independent School District and the Irving Police Department",
            // "the High Representative for Foreign affairs and Security Policy Catherine Ashton"
            guard index > 0, index + 1 < tokens.count,
                  tokens[index + 1].flags.contains(.determiner) || tokens[index + 1].isCapitalized else { return false }
            return tokens[index - 1].isCapitalized
                || (max(0, index - 4)..<index).contains { tokens[$0].flags.contains(.title) && tokens[$0].isCapitalized }
        }
        if token.isCapitalized { return true }
        // "The Reporters Committee for Freedom of the Press", "Minister for Foreign Affairs
        // Simon Coveney": after a capitalised body or title, "for" and "to" are inside the name.
        // ("the Coordinator for Counterterrorism Jane Roe": a capitalised noun after "the" is an office too.)
        if token.is(oneOf: [.for, .to]), index > 0, index + 1 < tokens.count, tokens[index - 1].isCapitalized,
           !tokens[index - 1].flags.isDisjoint(with: [.organisation, .title]) || (index > 1 && tokens[index - 2].is(.the) && !tokens[index - 2].isCapitalized),
           tokens[index + 1].isCapitalized
        {
            return true
        }
        // "A spokesman for the ministry said", "a spokesperson with the Secretary of State's
        // office said": the spokesman speaks, not the ministry.
        if token.is(oneOf: [.for, .with]), index > 0, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized,
           !tokens[index - 1].flags.isDisjoint(with: [.roleNoun, .title])
        {
            return true
        }
        // "Anyone with information", "those with symptoms": who they are runs on through "with".
        if token.is(.with), index > 0, tokens[index - 1].is(oneOf: [.anyone, .everyone, .everybody, .those]) { return true }
        // "all illegally detained citizens", "the newly arrived passengers": an adverb and a
        // participle between an article and its noun describe the noun.
        if index > 0, index + 1 < tokens.count, tokens[index].flags.contains(.longLyWord), tokens[index - 1].flags.contains(.determiner),
           tokens[index + 1].flags.contains(.endsInEd) { return true }
        if describesNoun(participle: index, tokens: tokens) { return true }
        // "…, state Transportation Secretary Jane Roe said": a level of government before a
        // name, a post or a body is the subject's, for all that "state" is a verb's form too.
        if token.flags.contains(.nationality), index + 1 < tokens.count, tokens[index + 1].isWord,
           tokens[index + 1].isCapitalized || !tokens[index + 1].flags.isDisjoint(with: [.title, .roleNoun, .organisation]) { return true }
        // "The meeting further urged": an occasion after its article is a noun that speaks in a
        // communiqué, for all that its form is a verb's.
        if token.flags.contains(.occasion), index > 0, tokens[index - 1].flags.contains(.determiner) { return true }
        // Verbs, clause words, the prepositions a subject does not run on through ("with",
        // "by"), and adverbs in -ly: one flag test, where these were four set look-ups.
        return token.flags.isDisjoint(with: [.verbForm, .clauseWord, .endsSubject, .longLyWord])
    }
}

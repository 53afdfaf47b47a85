/// What a reporting frame in the narration says someone said, when it is not a quotation:
/// "The statement noted that the violence is not acceptable", "The talks failed, she said",
/// "According to the ministry, 40 people were hurt".
enum ReportedSpeech {
    /// The reported content of `frame`, or nil when the frame introduces a quotation, asks
    /// something (a call), or reports nothing a reader would call speech.
    static func content(of frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>,
                        frames: [ReportingFrame]) -> Range<Int>? {
        let tokens = p.tokens
        let verb = tokens[frame.verb]
        // "issued a statement on the “flawed elections”", "gave an update on the campaign": what
        // the statement was on is what it said, as the gold has it.
        if verb.flags.contains(.issuingVerb), !verb.flags.contains(.reporting), !frame.inverted,
           let topic = topicOfStatement(issuedBy: frame.verb, in: p, sentence: sentence) {
            return isReport(topic, in: p) ? topic : nil
        }
        // "issued the following statement:" introduces a text, not a report of it.
        if verb.flags.contains(.issuingVerb) && !verb.flags.contains(.reporting),
           FrameFinder.cue(of: frame, in: p).count == 1 { return nil }
        if isQuestionOrCondition(frame, in: p, sentence: sentence) { return nil }
        // "They will announce funding", "she may say": what is yet to be said is no report.
        if !frame.inverted, isYetToCome(frame, in: p, sentence: sentence) { return nil }
        // "did not specify what jobs would go", "never said the plant would close": what was
        // not said is no report.
        if !frame.inverted, isDenied(frame, in: p, sentence: sentence) { return nil }
        // "an email claiming to be from HMRC", "The statement, claiming to be from X": who it
        // purports to come from, not a claim reported.
        if frame.verb + 2 < sentence.upperBound, tokens[frame.verb + 1].is(.to),
           p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased().hasPrefix("claim"),
           p.text(ofTokens: (frame.verb + 2)..<(frame.verb + 3)).lowercased() == "be" { return nil }
        // "No group has claimed responsibility", "Nobody said": a subject naming no one reports nothing.
        if namesNoOne(frame.subject, in: p, sentence: sentence) { return nil }
        // "believes in the sovereignty of …": a belief in something, not a thing said.
        // "was sworn in as Deputy Secretary": an oath of office, not a thing said.
        if frame.verb + 1 < sentence.upperBound, tokens[frame.verb + 1].is(.in),
           ["believ", "sworn", "swore", "swear"].contains(where: p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased().hasPrefix) {
            return nil
        }
        // "The United Kingdom condemns the attack": in the present, a statement's own act,
        // whoever it names.
        if !frame.inverted, verb.flags.contains(.ownStanceNow) { return nil }
        // "As the minister said last week, the talks failed": what follows the frame's comma, even
        // by "we", whose earlier words it recalls.
        if let clause = afterAs(frame, in: p, sentence: sentence) {
            return isReport(clause, in: p) ? clause : nil
        }
        // "We welcome", "I note": the speaker's own words are what the statement says, not a report;
        // "we have made clear that", "I told him that" report the speaker's earlier words.
        if !frame.inverted, frame.subject.count == 1, tokens[frame.subject.lowerBound].is(oneOf: [.we, .i]),
           !saysEarlier(frame, in: p) { return nil }
        // "according to a study from …", "according to the latest opinion poll": figures and
        // findings show things; they say nothing (the gold lists none of these).
        if verb.is(.according),
           let head = window(from: frame.verb + 2, to: min(sentence.upperBound, frame.verb + 12)).first(where: { index in
               tokens[index].is(",") || tokens[index].isSentenceEnd || tokens[index].flags.contains(.preposition)
                   || evidenceNouns.contains(p.text(ofTokens: index..<(index + 1)).lowercased())
           }), evidenceNouns.contains(p.text(ofTokens: head..<(head + 1)).lowercased()) { return nil }
        let content: Range<Int>?
        if verb.is(.according) {
            content = aroundAccordingTo(frame, in: p, sentence: sentence, frames: frames)
        } else if frame.inverted || isTrailing(frame, in: p, sentence: sentence) {
            content = before(frame, in: p, sentence: sentence)
        } else {
            content = after(frame, in: p, sentence: sentence, frames: frames)
        }
        guard var content, isReport(content, in: p) || isBareNounObject(content, of: frame, in: p), !isOnlyATime(content, in: p) else { return nil }
        // "updated Parliament on the crisis in Syria": whom, then the topic after "on", which is
        // the report; with no such topic ("updated its website") the verb reports nothing.
        if verb.is(oneOf: Lexicon.reportingOnlyOnATopic) {
            guard !frame.inverted, content.lowerBound == frame.verb + 1,
                  FrameFinder.chargesWhatFollowsItsObject(frame.verb, in: p, sentence: sentence),
                  let on = content.prefix(6).first(where: { tokens[$0].is(.on) }), on + 1 < content.upperBound,
                  !tokens[on + 1].flags.contains(.calendar), !tokens[on + 1].is(.today),
                  // Whom: a name, a body or people ("Parliament", "the committee", "reporters"),
                  // not a thing of the subject's own ("its guidance").
                  (content.lowerBound..<on).allSatisfy({ index in
                      let word = tokens[index]
                      return word.isWord && (word.isCapitalized || word.is(.the) || !word.flags.isDisjoint(with: [.organisation, .roleNoun, .title])
                          || Cast.isPluralOfPeople(p.text(ofTokens: index..<(index + 1)).lowercased()))
                  })
            else { return nil }
            content = (on + 1)..<content.upperBound
        }
        // "say which countries", "reports where the exchanges came": an indirect question, or
        // where the words came from, names what was spoken of, not what was said.
        if tokens[content.lowerBound].is(oneOf: [.which, .where, .whether]) { return nil }
        // "asked the secretary about the unrest": a question put, whose answer is what is reported.
        if let about = content.prefix(6).first(where: { tokens[$0].is(.about) }), about > content.lowerBound,
           (content.lowerBound..<about).allSatisfy({ tokens[$0].isWord }),
           Lexicon.reportingForms[p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()] == "ask" { return nil }
        // "The disease has claimed nearly 730 lives", "concluded her visit to Peru", "recalled
        // their ambassadors": with these objects the verb does something, and says nothing.
        if let lemma = Lexicon.reportingForms[p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()],
           let objects = Lexicon.objectsOfAnAct[lemma] {
            // ("concluded Monday with an agreement": the day the talks ended, then how.)
            if lemma == "conclude", tokens[content.lowerBound].flags.contains(.calendar) { return nil }
            // ("questioned Jane Roe", "questioned him for hours": a person named is interrogated, not
            // doubted; "questioned their motives" doubts what a possessive's noun names.)
            let first = content.lowerBound
            if lemma == "question", tokens[first].isCapitalized || (tokens[first].flags.contains(.pronoun)
                && (first + 1 == content.upperBound || !tokens[first + 1].isWord || tokens[first + 1].flags.contains(.preposition))) {
                return nil
            }
            // ("concluded the talks had failed": a noun with its own verb opens a clause reported.)
            if let object = content.prefix(5).prefix(while: { !tokens[$0].flags.contains(.preposition) && !tokens[$0].is(",") })
                .first(where: { objects.contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }),
               object + 1 >= content.upperBound || !isFiniteVerb(tokens[object + 1]) { return nil }
        }
        // "VOA's Luis Ramirez reports from our Southeast Asia bureau in Bangkok, the …": a
        // correspondent's sign-on says where the report comes from; what it says follows the
        // place, after a comma or where a clause opens with an article or a title, if at all.
        if content.count > 1, p.tokens[content.lowerBound].is(oneOf: [.from, .for]),
           p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased().hasPrefix("report") {
            guard let opening = window(from: content.lowerBound + 2, to: min(content.upperBound, content.lowerBound + 12)).first(where: { index in
                p.tokens[index].is(",") || ((p.tokens[index].is(.the) || (p.tokens[index].isCapitalized && p.tokens[index].flags.contains(.title)))
                    && !p.tokens[index - 1].flags.contains(.preposition) && CallFinder.startsClause(after: index, in: p, sentence: sentence, within: 6))
            }) else { return nil }
            let start = p.tokens[opening].is(",") ? opening + 1 : opening
            guard start < content.upperBound else { return nil }
            content = start..<content.upperBound
        }
        // "NATO's response says a lot about the future of the alliance": what a thing shows of
        // another, not words said.
        if verb.is(oneOf: [.say, .says, .said]),
           let about = content.prefix(3).first(where: { p.tokens[$0].is(.about) }), about > content.lowerBound,
           (content.lowerBound..<about).allSatisfy({ Lexicon.amountWordSet.contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }) {
            return nil
        }
        // "reiterated his call for de-escalation": a call repeated is a call, not a report.
        // ("says a call for a cease-fire does not go far enough" reports what is said of one.)
        if content.count > 2, tokens[content.lowerBound].is(oneOf: [.his, .her, .its, .their, .our]),
           tokens[content.lowerBound + 1].is(oneOf: [.call, .calls, .appeal, .demand]),
           tokens[content.lowerBound + 2].is(oneOf: [.for, .on, .to, .upon]) { return nil }
        if verb.flags.contains(.reportsClauseOnly), !followsThat(content.lowerBound, in: p), !opensWithClause(content, in: p) {
            return nil
        }
        // "added a third issue to the list", "adding the words to the name": with a bare object
        // after it, "add" puts something in; what it says is a clause ("added that …", "…, he
        // added", "…, adding it's too early").
        // ("adding that a solution to the conflict would …", "adding it's too early": after
        // "that" or from a pronoun, a clause whatever the word lists make of it.)
        // (The verb's text is spelled out last, and only for a word in "a": most frames are not "add".)
        if content.lowerBound > frame.verb, tokens[frame.verb].first == "a" || tokens[frame.verb].first == "A",
           !tokens[content.lowerBound - 1].is(.that), !tokens[content.lowerBound].is(.that),
           !tokens[content.lowerBound].flags.contains(.pronoun), !tokens[content.lowerBound].is(.itS),
           Lexicon.reportingForms[p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()] == "add",
           !opensWithClause(content, in: p) {
            return nil
        }
        // "dismissed the protests as “politically motivated,” ahead of the vote": a characterisation
        // ends with its quoted quality; past the comma inside the marks comes when or why.
        if let close = content.first(where: { index in
               guard index > content.lowerBound + 1, tokens[index].kind == .quoteMark, tokens[index - 1].is(","),
                     let quote = p.quote(ofToken: index), p.quotes[quote].closeMark == index,
                     let open = p.quotes[quote].openMark, open > content.lowerBound else { return false }
               return tokens[open - 1].is(.as) || verb.flags.contains(.characterising)
           }), close + 1 < content.upperBound {
            content = content.lowerBound..<(close + 1)
        }
        return content
    }

    /// "said on Sunday after his fighters were pushed from their strongholds that he wanted …",
    /// "told a group, the Formosan Association, Sunday evening that the island …": after a phrase
    /// of when or where (or whom, for "tell"), however long, a "that" and a subject open the content.
    private static func thatAfterLongAdverbial(from start: Int, of frame: ReportingFrame, in p: ParagraphText,
                                               sentence: Range<Int>, frames: [ReportingFrame]) -> Int? {
        let tokens = p.tokens
        guard !frame.inverted, start + 1 < sentence.upperBound, tokens[start].isWord else { return nil }
        let opensWithPhrase = tokens[start].flags.contains(.preposition) || tokens[start].is(.on) || tokens[start].flags.contains(.calendar)
        let tells = Lexicon.reportingForms[p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()] == "tell"
        guard opensWithPhrase || tells,
              let that = window(from: start + 1, to: min(sentence.upperBound, start + 24)).first(where: { tokens[$0].is(.that) }),
              that + 2 < sentence.upperBound, p.isNarration(that), tokens[that + 1].isWord, !isFiniteVerb(tokens[that + 1]),
              ReferenceParser.subjectPronoun(tokens[that + 1]) != nil || tokens[that + 1].is(.the) || tokens[that + 1].isCapitalized,
              !frames.contains(where: { $0.verb > start && $0.verb < that })
        else { return nil }
        // A quotation, a clause word, a joint or a colon between is a clause of its own, not a phrase.
        for index in start..<that {
            let token = tokens[index]
            if token.kind == .quoteMark || token.is(":") || token.is(";") || token.isSentenceEnd { return nil }
            // ("told the Foreign Affairs and Trade Committee a day ago that": "and" inside a name.)
            if token.is(.and), index > start, tokens[index - 1].isCapitalized, tokens[index + 1].isCapitalized { continue }
            if token.isWord, token.flags.contains(.clauseWord) || token.is(oneOf: [.and, .but, .or]) { return nil }
        }
        return that
    }

    /// "said that to cut costs, the city has closed …": after "that", an infinitive of purpose
    /// up to a comma, then a clause, opens what was said (not an act, as "agreed to" is).
    private static func opensPurposeAside(at to: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard to >= 1, tokens[to - 1].is(.that), to + 2 < sentence.upperBound, tokens[to + 1].isWord,
              !tokens[to + 1].isCapitalized, p.isVerb(to + 1),
              let comma = window(from: to + 2, to: min(sentence.upperBound - 1, to + 10)).first(where: { !tokens[$0].isWord }),
              tokens[comma].is(",") else { return false }
        return CallFinder.startsClause(after: comma, in: p, sentence: sentence)
    }

    /// "observed that the hashtag on Twitter, #Tag, had become …": what "that" opens is a
    /// clause, however long its subject before the verb.
    private static func followsThat(_ start: Int, in p: ParagraphText) -> Bool {
        // ("agreed that if Russia does not agree, …": a condition opening it is tested as before.)
        guard start >= 1, !p.tokens[start].flags.contains(.clauseWord) else { return false }
        return p.tokens[start - 1].is(.that) || (start >= 2 && p.tokens[start - 1].is(",") && p.tokens[start - 2].is(.that))
    }

    /// "the cleanup is protective", "talks would resume": a finite verb before anything that
    /// opens a phrase of its own ("a role to ensure that …", "reports suggesting …").
    private static func opensWithClause(_ content: Range<Int>, in p: ParagraphText) -> Bool {
        let tokens = p.tokens
        // "state and federal agencies": the verb's word was an adjective joined to the next.
        if let first = content.first, tokens[first].is(oneOf: [.and, .or]) { return false }
        for index in content {
            let token = tokens[index]
            // "agree the war on terrorism is important": a short phrase after the subject's noun,
            // then its verb ("declared a state of emergency in the province" has none).
            if token.flags.contains(.preposition), !token.is(.to), index > content.lowerBound, tokens[index - 1].isWord,
               !tokens[index - 1].flags.contains(.preposition) {
                return subjectGoesOn(after: index, in: content, of: p)
            }
            if token.is(.to) || token.is(",") || token.flags.contains(.clauseWord) || token.flags.contains(.preposition) { return false }
            if token.flags.contains(.auxiliary) || token.modal > 0 { return true }
            if p.isVerb(index), !token.flags.contains(.endsInIng) { return true }
        }
        return false
    }

    /// After the preposition at `preposition`, up to three words with no preposition, comma or
    /// clause word among them, then an auxiliary or a finished verb: "on terrorism is",
    /// "of uninsured Americans has". Word flags first; the tagger last.
    private static func subjectGoesOn(after preposition: Int, in content: Range<Int>, of p: ParagraphText) -> Bool {
        let tokens = p.tokens
        var index = preposition + 1
        while index < min(content.upperBound, preposition + 5) {
            let token = tokens[index]
            guard token.isWord, !token.is(.to), token.flags.isDisjoint(with: [.preposition, .clauseWord]) else { return false }
            if index > preposition + 1, token.flags.contains(.auxiliary) || token.modal > 0 { return true }
            if index > preposition + 1, !token.flags.contains(.endsInIng), !token.isCapitalized, p.isVerb(index) { return true }
            index += 1
        }
        return false
    }

    /// "said on Sunday", "announced last week": when the words came, with nothing of what they were.
    private static func isOnlyATime(_ content: Range<Int>, in p: ParagraphText) -> Bool {
        guard content.count <= 4 else { return false }
        return content.allSatisfy { index in
            let token = p.tokens[index]
            return !token.isWord || token.flags.contains(.calendar)
                || timeWords.contains(p.text(ofTokens: index..<(index + 1)).lowercased())
        }
    }

    /// What shows rather than says: "according to a study", "according to the NFIB data".
    static let evidenceNouns: Set<String> = [
        "study", "studies", "data", "figures", "statistics", "survey", "surveys", "poll", "polls", "census",
        "estimates", "research", "analysis", "map", "maps",
    ]

    static let timeWords: Set<String> = [
        "on", "in", "at", "last", "this", "next", "earlier", "later", "today", "yesterday", "tomorrow", "week", "month",
        "year", "morning", "afternoon", "evening", "night", "weekend",
    ]

    /// "told", "have made clear": a frame in the past or the perfect.
    private static func saysEarlier(_ frame: ReportingFrame, in p: ParagraphText) -> Bool {
        let tokens = p.tokens
        let verb = tokens[frame.verb]
        if !verb.flags.isDisjoint(with: [.endsInEd, .irregularPast]) { return true }
        return (frame.subject.upperBound..<frame.verb).contains { tokens[$0].is(oneOf: [.have]) || p.text(ofTokens: $0..<($0 + 1)) == "had" }
    }

    // MARK: Where the content lies

    /// Where the clause starts after the one told: a name ("Reuters", "The Associated Press"),
    /// "the" and a name, a pronoun or a plural noun ("reporters"), when a subject and its verb follow.
    private static func toldWhom(from start: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        var index = start
        if index < sentence.upperBound, ["him", "her", "them", "us", "me"].contains(p.text(ofTokens: index..<(index + 1))) {
            index += 1
        } else {
            let article = index < sentence.upperBound && (tokens[index].is(.the) || (tokens[index].isCapitalized && tokens[index].flags.contains(.determiner)))
            if article { index += 1 }
            let names = index
            while index < sentence.upperBound, tokens[index].isWord, tokens[index].isCapitalized,
                  !tokens[index].flags.contains(.capitalisedFunction) { index += 1 }
            // "told reporters", "told the court": a plural noun alone, or a noun after "the".
            if index == names, index < sentence.upperBound, tokens[index].isWord, !tokens[index].isCapitalized,
               article || tokens[index].flags.contains(.endsInS), p.tag(index) == .noun { index += 1 }
            // "told a news conference in Nairobi": an occasion, and where it was held.
            if index == names, index + 1 < sentence.upperBound, tokens[index].is(oneOf: [.a, .an]),
               let occasion = window(from: index + 1, to: min(sentence.upperBound, index + 3)).first(where: { tokens[$0].flags.contains(.occasion) }) {
                index = occasion + 1
                if index + 1 < sentence.upperBound, tokens[index].is(.in), tokens[index + 1].isCapitalized {
                    index += 1
                    while index < sentence.upperBound, tokens[index].isWord, tokens[index].isCapitalized { index += 1 }
                }
            }
            guard index > names else { return nil }
        }
        // "told reporters in the capital on Tuesday the …": where, then when, before the clause.
        if index + 2 < sentence.upperBound, tokens[index].is(oneOf: [.in, .at]) {
            var place = index + 1
            if tokens[place].is(.the) { place += 1 }
            let first = place
            while place < sentence.upperBound, tokens[place].isWord, !tokens[place].flags.contains(.determiner),
                  !tokens[place].flags.contains(.calendar), place - first < 3,
                  tokens[place].isCapitalized || (first > index + 1 && !tokens[place].flags.contains(.preposition) && p.tag(place) == .noun) { place += 1 }
            if place > first { index = place }
        }
        if index + 2 < sentence.upperBound, tokens[index].is(.on), tokens[index + 1].isCapitalized, tokens[index + 1].flags.contains(.calendar) {
            index += 2
        }
        // Then a clause: a subject's first word and, within a few words, a finished verb.
        guard index + 1 < sentence.upperBound, tokens[index].isWord,
              tokens[index].flags.contains(.determiner) || tokens[index].flags.contains(.pronoun) || tokens[index].isCapitalized,
              window(from: index + 1, to: min(sentence.upperBound, index + 5)).contains(where: { tokens[$0].flags.contains(.auxiliary) || tokens[$0].modal > 0 || isFiniteVerb(tokens[$0]) })
        else { return nil }
        return index
    }

    /// "X said (in a statement) (that) CONTENT", "X told reporters (that) CONTENT", up to the
    /// sentence's end or the next frame ("…, and added that …").
    private static func after(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>,
                              frames: [ReportingFrame]) -> Range<Int>? {
        let tokens = p.tokens
        // "made it clear that": the stance's words are the cue, not the content.
        let cueEnd = FrameFinder.cue(of: frame, in: p).upperBound
        var start = cueEnd
        guard start < sentence.upperBound else { return nil }
        // "he said Saturday during a news conference, “we will find them.”": only when and where
        // stand between the verb and the quotation it opens; nothing is reported. (After "told
        // the police," whom it was told stands there.)
        if tokens[cueEnd].isWord, tokens[cueEnd].is(.today) || !tokens[cueEnd].flags.isDisjoint(with: [.calendar, .preposition, .timeModifier]),
           let comma = window(from: cueEnd, to: min(sentence.upperBound, cueEnd + 10)).first(where: { tokens[$0].is(",") }),
           p.quotes.contains(where: { $0.openMark == comma + 1 }),
           !(cueEnd..<comma).contains(where: { tokens[$0].flags.contains(.auxiliary) || tokens[$0].modal > 0 || isFiniteVerb(tokens[$0])
               || tokens[$0].is(.that) || ReferenceParser.subjectPronoun(tokens[$0]) != nil }) {
            return nil
        }
        // "said in a statement that", "told reporters on Tuesday that": a "that" close after the
        // verb, with only words between, opens the content.
        // "said after an election that is not credible": a "that" before a verb is a relative pronoun.
        // "told Prime Minister Jane Roe and General John Doe that": names joined by "and" are whom.
        // ("stressed the importance of a safety concern that we must address": after an abstract
        // object with "of", "that" opens a relative clause.)
        // ("announced on Sunday, in the context of the epidemic, that": after an aside's closing
        // comma, "that" opens no relative clause.)
        if let that = window(from: start, to: min(sentence.upperBound, start + 12)).first(where: { tokens[$0].is(.that) }),
           case let afterAside = that > start && tokens[that - 1].is(","),
           afterAside || that - start <= 8 || (start..<that).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].is(.and) || tokens[$0].is(",") }),
           afterAside || !(start..<that).dropFirst().contains(where: { index in
               tokens[index].is(.of) && tokens[index - 1].isWord && !tokens[index - 1].isCapitalized
                   && (tokens[index - 1].flags.contains(.abstractNoun)
                       || ["ance", "ence"].contains(where: p.text(ofTokens: (index - 1)..<index).lowercased().hasSuffix))
           }),
           (start..<that).allSatisfy({ index in
               let token = tokens[index]
               // ("found — for the second time this week — that": an aside set off by dashes.)
               if token.is(",") || token.isDash { return true }
               // ("denied “categorically” that …": a word quoted in passing.)
               if token.kind == .quoteMark, p.quote(ofToken: index).map({ p.quotes[$0].tokens.count <= 4 }) == true { return true }
               // "and" between two names joins them; elsewhere it joins clauses.
               if token.is(.and), index > start, index + 1 < that, tokens[index - 1].isCapitalized, tokens[index + 1].isCapitalized {
                   return true
               }
               // "reported November 8 that": a date's number is among the words; so is one after a
               // preposition ("said in 2006 that", "told a rally of 3,000 people that").
               if token.kind == .number, index > start,
                  !tokens[index - 1].flags.isDisjoint(with: [.calendar, .preposition]) { return true }
               guard token.isWord, !token.is(.and) else { return false }
               // "said in its report that": after a determiner the word is a noun; so is one
               // alone between the verb and "that" ("expressed hope that", "voiced fear that").
               // ("said this is a war that …": "is" after "this" is no noun.)
               return !isFiniteVerb(token) || (index > start && !token.flags.contains(.auxiliary) && (tokens[index - 1].flags.contains(.determiner)
                   || ReferenceParser.isPossessive(tokens[index - 1]))) || (index == start && index + 1 == that)
           }),
           p.isNarration(that), that + 1 < sentence.upperBound,
           // ("said that talks would resume": a form in -s before an auxiliary is its subject.)
           !isFiniteVerb(tokens[that + 1]) || that + 2 < sentence.upperBound && tokens[that + 2].isWord
               && (tokens[that + 2].flags.contains(.auxiliary) || tokens[that + 2].modal > 0)
        {
            start = that + 1
        } else if let that = thatAfterLongAdverbial(from: start, of: frame, in: p, sentence: sentence, frames: frames) {
            start = that + 1
        }
        // "announced, in March, a review": when or where, set off by commas, before what.
        if start == cueEnd, start + 3 < sentence.upperBound, tokens[start].is(","), tokens[start + 1].isWord,
           tokens[start + 1].flags.contains(.preposition) || tokens[start + 1].is(.on),
           let close = window(from: start + 2, to: min(sentence.upperBound, start + 6)).first(where: { tokens[$0].is(",") }),
           ((start + 2)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }), close + 1 < sentence.upperBound {
            start = close + 1
            if tokens[start].is(.that), start + 1 < sentence.upperBound { start += 1 }
        }
        // "said Sunday the talks had failed": the day it was said, then what. "said Thursday
        // evening in an address to the nation, noting": the day and its time, then where.
        if start == cueEnd, start + 2 < sentence.upperBound, tokens[start].isWord, tokens[start].isCapitalized,
           tokens[start].flags.contains(.calendar) {
            var next = start + 1
            while next + 1 < sentence.upperBound, tokens[next].isWord, !tokens[next].isCapitalized, tokens[next].flags.contains(.timeNoun) {
                next += 1
            }
            if tokens[next].isWord, tokens[next].flags.contains(.determiner) || tokens[next].flags.contains(.pronoun)
                || tokens[next].isCapitalized || (next > start + 1 && tokens[next].flags.contains(.preposition)) {
                start = next
            }
        }
        // "said late last year they had asked …": when, in words, then what.
        if start == cueEnd, let clause = Self.clauseAfterTimePhrase(from: start, in: p, sentence: sentence) { start = clause }
        var saidThat = start > cueEnd
        // "said that, despite the storm, the vote would go ahead": an aside opens the clause.
        let asideAfterThat = saidThat && tokens[start].is(",") && tokens[start - 1].is(.that) && start + 1 < sentence.upperBound
        if saidThat, tokens[start].is(","), start + 1 < sentence.upperBound, tokens[start + 1].isWord { start += 1 }
        let verbText = p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()
        // "warned of a humanitarian crisis", "pointed to recent cases": what follows the verb's
        // own preposition is what was said.
        let topicPreposition = Lexicon.topicPrepositions[verbText]
        // "confirmed to VOA the delegation had left": whom it was said to, then what.
        if tokens[start].is(.to), start + 1 < sentence.upperBound, tokens[start + 1].isCapitalized || tokens[start + 1].is(.us),
           topicPreposition != "to", !p.isVerb(start + 1) {
            var index = start + 1
            while index < sentence.upperBound, tokens[index].isCapitalized || tokens[index].is(.us) { index += 1 }
            if index < sentence.upperBound, tokens[index].is(.that) { index += 1; saidThat = true }
            start = index
            guard start < sentence.upperBound else { return nil }
        }
        // "told Reuters the road was closed", "told the BBC …", "told reporters …": whom it was
        // told, before the clause.
        // ("are telling voters the plan will work": any form of "tell" names whom first.)
        if !saidThat, tokens[frame.verb].is(.told) || Lexicon.reportingForms[verbText] == "tell",
           let whom = toldWhom(from: start, in: p, sentence: sentence) { start = whom }
        // "said in a statement:", "said on Twitter, “…”": a phrase of where or when, then the quotation.
        // "reported Friday on the results of …": the day the report was made, then its topic.
        var topic = start
        if !saidThat, Lexicon.reportingWithOnForms.contains(verbText), topic + 1 < sentence.upperBound,
           tokens[topic].flags.contains(.calendar) || tokens[topic].is(.today) { topic += 1 }
        // "announced on Friday the launch of", "said on Monday the talks had failed": the day, then what.
        if !saidThat, start == topic, start + 2 < sentence.upperBound, tokens[start].is(.on), tokens[start + 1].isCapitalized,
           tokens[start + 1].flags.contains(.calendar), tokens[start + 2].isWord,
           !tokens[start + 2].flags.isDisjoint(with: [.determiner, .pronoun]) || tokens[start + 2].isCapitalized {
            start += 2
            topic = start
        }
        if start + 1 < sentence.upperBound, let topicPreposition, p.text(ofTokens: start..<(start + 1)).lowercased() == topicPreposition {
            start += 1
        } else if !saidThat, topic + 2 < sentence.upperBound, tokens[topic].is(.on), Lexicon.reportingWithOnForms.contains(verbText),
                  p.isVerb(frame.verb), // ("a Foundation report on online abuse" is a noun's)
                  !tokens[topic + 1].flags.contains(.calendar), !tokens[topic + 1].is(.today) {
            start = topic + 1
        } else if !asideAfterThat, start < sentence.upperBound, tokens[start].isWord, tokens[start].flags.contains(.preposition) || tokens[start].is(.to) {
            // (An aside after "that," is part of the clause it opens: "said that, as the ferry
            // was late, the crew would be paid".)
            // "continues to", "agreed to": an infinitive is an act, not a report; "vowed to
            // disrupt the vote" reports a promise or a threat.
            if tokens[start].is(.to) {
                guard tokens[frame.verb].flags.contains(.reportsInfinitive)
                        || opensPurposeAside(at: start, in: p, sentence: sentence) else { return nil }
            } else {
                var index = start + 1
                while index < sentence.upperBound, index < start + 6, tokens[index].isWord { index += 1 }
                if index >= sentence.upperBound || tokens[index].isSentenceEnd || tokens[index].is(":") || tokens[index].kind == .quoteMark {
                    return nil
                }
                if tokens[index].is(",") {
                    start = index + 1
                    if start < sentence.upperBound, tokens[start].is(.that) { start += 1; saidThat = true }
                } else if let clause = clauseAfterPlace(from: start, in: p, sentence: sentence) {
                    start = clause
                } else if p.quotes.contains(where: { quote in
                    quote.closeMark.map { sentence.contains($0) && $0 < frame.subject.lowerBound } ?? false
                }) {
                    // `“…,” Rumsfeld said on ABC's Sean Hannity Show two days before …`: after a
                    // quotation, where it was said, with no clause of its own, reports nothing more.
                    return nil
                }
            }
        }
        guard start < sentence.upperBound else { return nil }
        // "said this at the daily briefing", "said so on Twitter": a word standing for what was
        // said elsewhere, then where or when, reports nothing here.
        // ("said this while visiting the port": so with a conjunction of time after the word.)
        if tokens[start].is(oneOf: [.this, .so]),
           start + 1 == sentence.upperBound || tokens[start + 1].isSentenceEnd || tokens[start + 1].is(",")
            || (tokens[start + 1].isWord && tokens[start + 1].flags.contains(.preposition))
            || tokens[start + 1].is(oneOf: [.while, .when, .after, .before, .as]) { return nil }
        // "said when warning Salvadorans to …", "said when asked about …": when it was said, with
        // no subject of its own, is no clause said.
        if !saidThat, start + 1 < sentence.upperBound, tokens[start].is(oneOf: [.when, .while, .after, .before]),
           tokens[start + 1].isWord, !tokens[start + 1].isCapitalized,
           !tokens[start + 1].flags.isDisjoint(with: [.endsInIng, .endsInEd, .irregularPast]) { return nil }
        // "tweeted to Mohamed and said the boy was welcome", "said on Monday, and John Doe
        // agreed": what follows "and" is another clause or frame; this one said nothing of its own.
        if tokens[start].is(oneOf: [.and, .but]) { return nil }
        // "protested on Monday, saying …": the participle after the comma is the frame that reports.
        if start > frame.verb + 1, tokens[start - 1].is(","), tokens[start].flags.contains(.endsInIng),
           tokens[start].flags.contains(.reporting) { return nil }
        // `said: “…”`, `said “…”`: a quotation follows.
        // (`says "all the possible options" must be used`: words quoted as the subject of the
        // clause reported, its verb after them, are reported speech holding a quotation.)
        let quotedSubject = tokens[start].kind == .quoteMark && p.quote(ofToken: start).map { number in
            let quote = p.quotes[number]
            guard quote.openMark == start, let close = quote.closeMark, close + 1 < sentence.upperBound,
                  p.isNarration(close + 1), tokens[close + 1].isWord, !tokens[close + 1].isCapitalized else { return false }
            return tokens[close + 1].flags.contains(.auxiliary) || tokens[close + 1].modal > 0 || p.isVerb(close + 1)
        } == true
        // "Or he says, it could be inflation", "said, of the 37 calls, 19 were false": a comma
        // right after the verb, then a clause (or a phrase of what, and its clause), is what was said.
        if !saidThat, start == cueEnd, let clause = clauseAfterComma(start, in: p, sentence: sentence) { start = clause }
        if !quotedSubject, !quotedInPassing(at: start, of: frame, in: p, sentence: sentence),
           tokens[start].kind == .quoteMark || tokens[start].is(":") || tokens[start].is(",") { return nil }
        // "urged X to", "told X to": a call to action, found as such; so are "demands that the
        // forces stop" and "demands answers" when the cue takes a clause or an object.
        let cue = verb(frame, in: p).cue
        // ("told voters they have plans to create jobs": a subject's pronoun opens a clause
        // told, whose "to" is its own; one asked to act is named as an object, "told them to".)
        if !saidThat, cue > 0, !tokens[start].is(oneOf: [.he, .she, .they, .we, .i]),
           asksToDo(from: start, in: p, sentence: sentence) { return nil }
        if cue > 0, CueGrammar.all[Int(cue) - 1].partOfSpeech == .verb {
            let complements = CueGrammar.all[Int(cue) - 1].complements
            if saidThat ? complements.contains(.thatClause) : complements.contains(.object) { return nil }
            // "asked donors for $3 billion": whom, then what is asked.
            if !saidThat, complements.contains(.addresseeForObject),
               window(from: start, to: min(sentence.upperBound, start + 6)).contains(where: { tokens[$0].is(.for) }) { return nil }
        }
        var end = sentence.upperBound
        // "Citing numerous examples, Byrd said …": a fronted participle's object ends at the comma
        // before its subject.
        if frame.subject.lowerBound > frame.verb, frame.subject.lowerBound - 1 > start, tokens[frame.subject.lowerBound - 1].is(",") {
            end = frame.subject.lowerBound - 1
        }
        // "said A, and added that B": a frame joined to this one ends its content; a frame
        // inside the content ("said that the audit revealed …") is part of what was said.
        for other in frames where other.verb > start && other.verb < end {
            let cut = !other.inverted && other.subject.lowerBound > start ? other.subject.lowerBound : other.verb
            var joint = cut - 1
            while joint > start, p.standsBeforeVerb(joint) { joint -= 1 }
            // "…'s statement on Friday, in which Obama said": a relative after a comma opens the next
            // frame ("…, which he says is …" goes on with what the frame before reports).
            if joint - 1 > start, !other.inverted, tokens[joint].is(oneOf: [.which, .who]),
               FrameFinder.relativeGapSubject(other.verb, in: p, sentence: sentence) == nil {
                joint -= tokens[joint - 1].flags.contains(.preposition) && joint - 2 > start ? 2 : 1
            }
            // ("noted that according to agency data, the agency denied …": a comma closing a
            // phrase with no verb that opens the content leads into its clause; it joins nothing.
            // "expresses deep concerns about the situation, she said, adding": a frame with nothing
            // after its verb but a comma or the sentence's end is an aside; it ends the content.)
            let aside = !other.inverted && (other.verb + 1 >= end || tokens[other.verb + 1].is(",") || tokens[other.verb + 1].isSentenceEnd)
            // "has said that Russia has galvanized the alliance, Kirby added, and brought …": after
            // an aside, "and" or "but" with a verb of no subject of its own goes on with the clause.
            if aside, joint > start, tokens[joint].is(","), other.verb + 3 < end, tokens[other.verb + 1].is(","),
               tokens[other.verb + 2].is(oneOf: [.and, .but]), startsAnotherAct(other.verb + 3, in: p, sentence: sentence) {
                continue
            }
            if joint > start, tokens[joint].is(","), !aside, !(start..<joint).contains(where: { (p.isVerb($0) && !tokens[$0].flags.contains(.endsInIng)) || tokens[$0].flags.contains(.auxiliary) }) {
                continue
            }
            if joint > start, tokens[joint].is(oneOf: [.and, .but, .while]) || tokens[joint].is(",") || tokens[joint].is(";") {
                end = joint
                break
            }
        }
        // "said the port would reopen, reports Xinhua news agency.": a reporting verb after the
        // last comma, then only a name to the sentence's end, says where the report came from.
        if let comma = sourceSignOff(before: end, after: start, in: p) { end = comma }
        // "said the intervention will mean war; acting President Jan Roe said …": a semicolon
        // with another frame's subject right after it closes the clause reported ("must
        // streamline headquarters; expand information sharing" lists what was said).
        if let semicolon = (start..<end).first(where: { index in
            tokens[index].is(";") && p.isNarration(index)
                && frames.contains { !$0.inverted && $0.subject.lowerBound > index && $0.subject.lowerBound <= index + 2 && $0.verb < end
                    && !tokens[$0.verb].flags.contains(.endsInIng) }
        }), semicolon > start {
            end = semicolon
        }
        // "has condemned this offensive, and I join it in urging …": after an object, a new
        // subject pronoun and its verb start a clause of their own.
        if let joint = (start..<end).first(where: { index in
            index + 3 < end && tokens[index].is(",") && tokens[index + 1].is(oneOf: [.and, .but])
                && ReferenceParser.subjectPronoun(tokens[index + 2]) != nil && p.isVerb(index + 3)
        }), !(start..<joint).contains(where: { p.isVerb($0) || tokens[$0].is(.that) }) {
            end = joint
        }
        // "commended the decision to send rockets, but the administration has decided to send
        // four": after an object that opens no clause, ", but" and a subject of its own with its
        // verb is the narration's next clause ("said the talks failed, but the sides …" goes on).
        if let joint = (start..<end).first(where: { index in
            guard index + 3 < end, tokens[index].is(","), tokens[index + 1].is(.but), tokens[index + 2].isWord,
                  tokens[index + 2].flags.contains(.determiner) || tokens[index + 2].isCapitalized else { return false }
            guard let verb = window(from: index + 3, to: min(end, index + 7)).first(where: { !tokens[$0].isWord || tokens[$0].flags.contains(.auxiliary)
                      || tokens[$0].modal > 0 || isFiniteVerb(tokens[$0]) }), tokens[verb].isWord else { return false }
            return tokens[verb].flags.contains(.auxiliary) || tokens[verb].modal > 0 || p.isVerb(verb)
        }), joint > start, !opensWithClause(start..<joint, in: p) {
            end = joint
        }
        // "described the Government as divided, and have called for an election": after a comma,
        // "and" with a verb and no subject of its own goes on with the frame's subject.
        if let joint = (start..<end).first(where: { index in
            guard index + 3 < end, tokens[index].is(","), tokens[index + 1].is(.and) else { return false }
            // (Not after an aside frame, whose "and" goes on with the clause it stands in.)
            if frames.contains(where: { !$0.inverted && $0.verb == index - 1 && $0.verb > start }) { return false }
            let verb = tokens[index + 2]
            if CallFinder.isFinite(verb) { return true }
            return verb.isWord && ["have", "has", "had"].contains(p.text(ofTokens: (index + 2)..<(index + 3)))
                && tokens[index + 3].flags.contains(.endsInEd)
        }), joint > start {
            end = joint
        }
        // "condemned this escalation in his statement to Parliament": where it was said is the
        // frame's, not what was said.
        if !saidThat, let place = ((start + 1)..<end).first(where: { index in
            tokens[index].is(oneOf: [.in, .during]) && index + 2 < end
                && !tokens[index + 1].flags.isDisjoint(with: [.determiner, .possessive])
                && window(from: index + 2, to: min(end, index + 4)).contains { tokens[$0].flags.contains(.documentNoun) || tokens[$0].is(.remarks) }
        }) {
            end = place
        }
        // "welcomed the agreement, calling it a step forward": a participle after a comma is a
        // frame of its own.
        if let comma = (start..<end).first(where: { index in
            tokens[index].is(",") && index + 1 < end && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
                && tokens[index + 1].flags.contains(.endsInIng) && (tokens[index + 1].flags.contains(.reporting) || tokens[index + 1].cue > 0)
        }) {
            end = comma
        }
        // "said the arrest was politically motivated arguing it was …": a participle of saying
        // with a clause of its own, even without its comma, is a second frame.
        if end > start + 3, let cut = ((start + 3)..<end).first(where: { index in
            tokens[index].isWord && !tokens[index].isCapitalized && tokens[index].flags.contains(.endsInIng)
                && speechParticiples.contains(p.text(ofTokens: index..<(index + 1)).lowercased())
                && tokens[index - 1].isWord && !tokens[index - 1].flags.contains(.preposition) && p.tag(index - 1) != .adposition
                && index + 2 < end && (ReferenceParser.subjectPronoun(tokens[index + 1]) != nil || tokens[index + 1].is(.that))
        }) {
            end = cut
        }
        // "described X as Y", "labelled X as Y": the quality after "as" is what was said of X.
        let describesAs = tokens[frame.verb].flags.contains(.characterising)
            || Lexicon.describingLemmas.contains(Lexicon.reportingForms[verbText] ?? "")
        // "welcomed the resolution that followed saying that …", "threatened sanctions as more
        // equipment has flowed in": after an object, a reporting participle or a clause of time
        // or reason is no part of what was said.
        if !saidThat, end > start + 2, ReferenceParser.subjectPronoun(tokens[start]) == nil,
           let cut = ((start + 2)..<end).first(where: { index in
            let token = tokens[index]
            guard token.isWord, !token.isCapitalized, !(start..<index).contains(where: { tokens[$0].is(.that) }) else { return false }
            // ("a nuisance by announcing the rallies", "the intelligence sharing relationship": only
            // a participle of saying, and not after a preposition.)
            if token.flags.contains(.endsInIng) {
                return speechParticiples.contains(p.text(ofTokens: index..<(index + 1)).lowercased())
                    && !tokens[index - 1].flags.contains(.preposition) && p.tag(index - 1) != .adposition
            }
            // ("described the official as having been …": "as" and a gerund belong to the frame;
            // so does "as" after a verb that describes, "described policing as crucial issues".)
            guard token.is(oneOf: [.as, .because, .after]), index + 1 < end, !tokens[index + 1].flags.contains(.endsInIng),
                  !(token.is(.as) && describesAs) else { return false }
            return CallFinder.startsClause(after: index, in: p, sentence: sentence)
        }), !opensWithClause(start..<cut, in: p) {
            end = cut
        }
        // "Smith, who said he had not been consulted, resigned": a relative clause ends at its comma.
        if frame.verb - 2 >= sentence.lowerBound, tokens[frame.verb - 1].is(oneOf: [.who, .which]), tokens[frame.verb - 2].is(","),
           let comma = (start..<end).first(where: { tokens[$0].is(",") })
        {
            end = comma
        }
        // `welcomed the agreement: "Europeans have …"`: a colon hands over to a quotation.
        if let colon = (start..<end).first(where: { index in
            tokens[index].is(":") && index + 1 < end && tokens[index + 1].kind == .quoteMark
        }) {
            end = colon
        }
        // `said resources would be available," For example …`: a quotation opening after a comma.
        if let open = (start..<end).first(where: { index in
            index > start && index + 1 < end && tokens[index].kind == .quoteMark && tokens[index - 1].is(",")
                && tokens[index + 1].isCapitalized && p.quote(ofToken: index).map({ p.quotes[$0].openMark == index }) == true
        }) {
            end = open
        }
        // "welcomed the team and called on the Taliban", "stresses the importance of dialogue and
        // encourages all sides": a second finished verb is a new clause.
        if let and = (start..<end).first(where: { index in
            guard tokens[index].is(.and), index > start, index + 1 < end else { return false }
            let next = tokens[index + 1]
            if next.is(.also) { return true }
            let finished = next.flags.contains(.endsInEd) || (next.flags.contains(.endsInS) && p.isVerb(index + 1))
            guard next.isWord, !next.isCapitalized else { return false }
            if finished && (next.flags.contains(.reporting) || next.cue > 0) { return true }
            // "condemned the attack and offered condolences": after an object with no verb of its
            // own, any second verb in the past is the subject's next act.
            return !next.flags.isDisjoint(with: [.endsInEd, .irregularPast]) && p.isVerb(index + 1)
                && !tokens[start].is(.that) && !(start..<index).contains { p.isVerb($0) || tokens[$0].flags.contains(.auxiliary) }
        }) {
            end = and
        }
        return trimmed(start..<end, in: p)
    }

    /// "said, it could be …", "said, the talks …": after the comma at `comma`, a subject pronoun
    /// or an article opening a clause; or "said, of the 37 calls, 19 were …", a phrase of "of"
    /// or "in" up to a comma with such a clause after it. Where the content starts (word flags
    /// first; the clause test last). A quotation, an -ing word or a name after the comma is not this.
    private static func clauseAfterComma(_ comma: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        guard tokens[comma].is(","), comma + 2 < sentence.upperBound, tokens[comma + 1].isWord else { return nil }
        let first = tokens[comma + 1]
        if first.is(oneOf: [.of, .in]) {
            guard let close = window(from: comma + 3, to: min(sentence.upperBound - 2, comma + 12)).first(where: { tokens[$0].is(",") }),
                  ((comma + 2)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }),
                  clauseOpener(close + 1, in: p) || tokens[close + 1].isWord && !tokens[close + 1].isCapitalized,
                  window(from: close + 2, to: min(sentence.upperBound, close + 5)).contains(where: { isFiniteVerb(tokens[$0]) })
            else { return nil }
            return comma + 1
        }
        guard clauseOpener(comma + 1, in: p), CallFinder.startsClause(after: comma, in: p, sentence: sentence) else { return nil }
        return comma + 1
    }

    /// A word that opens a clause's subject: a subject pronoun, an article or a number.
    private static func clauseOpener(_ index: Int, in p: ParagraphText) -> Bool {
        let token = p.tokens[index]
        return token.kind == .number || ReferenceParser.subjectPronoun(token) != nil || token.is(oneOf: [.the, .a, .an])
    }

    /// Nouns of words spoken or sent whose topic, after "on" or "regarding", is what they said
    /// (a study's or a report's topic is what it shows, and is left out).
    static let statementNouns: Set<String> = [
        "statement", "statements", "declaration", "communique", "communiqué", "message", "letter", "remarks", "update", "updates",
    ]

    /// "issued a statement on the flawed elections", "released a statement regarding the
    /// delivery of aid", "gave a first hand update on the campaign": a statement's noun within
    /// four words of the issuing verb, then "on", "regarding", "about" or "concerning" and the
    /// topic, up to a comma or a second verb. Not a day ("a statement on Monday"), nor "the
    /// following statement on …:", which introduces the statement's own text.
    private static func topicOfStatement(issuedBy verb: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        guard let noun = window(from: verb + 1, to: min(sentence.upperBound, verb + 5)).first(where: { index in
                  tokens[index].isWord && !tokens[index].isCapitalized
                      && (tokens[index].flags.contains(.documentNoun) || tokens[index].flags.contains(.endsInS) || tokens[index].is(.update))
                      && statementNouns.contains(p.text(ofTokens: index..<(index + 1)).lowercased())
              }),
              ((verb + 1)..<noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].flags.contains(.preposition) }),
              // ("issued the following statement on the situation:" introduces the text itself.)
              !((verb + 1)..<noun).contains(where: { p.text(ofTokens: $0..<($0 + 1)).lowercased() == "following" }),
              !tokens[sentence.upperBound - 1].is(":"), !(noun..<sentence.upperBound).contains(where: { tokens[$0].is(":") }),
              noun + 2 < sentence.upperBound, tokens[noun + 1].is(oneOf: [.on, .regarding, .about, .concerning]),
              !tokens[noun + 2].flags.contains(.calendar), !tokens[noun + 2].is(.today), tokens[noun + 2].kind != .number
        else { return nil }
        let start = noun + 2
        var end = sentence.upperBound
        if let stop = (start..<sentence.upperBound).first(where: { index in
            if tokens[index].is(",") || tokens[index].is(";") || tokens[index].is(":") { return true }
            guard tokens[index].is(oneOf: [.and, .but]), index + 1 < sentence.upperBound else { return false }
            let next = tokens[index + 1]
            return next.isWord && !next.isCapitalized && !next.flags.isDisjoint(with: [.endsInEd, .irregularPast, .endsInS]) && p.isVerb(index + 1)
        }) { end = stop }
        return trimmed(start..<end, in: p)
    }

    /// Participles that report what was said, not what was done.
    static let speechParticiples: Set<String> = [
        "saying", "adding", "noting", "stressing", "warning", "insisting", "arguing", "claiming", "stating", "explaining",
    ]

    /// "As X said (before), CONTENT": a frame opened by "as" and closed by a comma.
    private static func afterAs(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        let opener = frame.subject.lowerBound - 1
        guard !frame.inverted, opener >= sentence.lowerBound, tokens[opener].is(.as),
              opener == sentence.lowerBound || tokens[opener - 1].is(","),
              let comma = window(from: frame.verb + 1, to: min(sentence.upperBound, frame.verb + 8)).first(where: { tokens[$0].is(",") }),
              (frame.verb + 1..<comma).allSatisfy({ tokens[$0].isWord && !tokens[$0].is(.that) })
        else { return nil }
        return trimmed((comma + 1)..<sentence.upperBound, in: p)
    }

    /// "said in the statement the group would …": a preposition, a determiner and a noun or
    /// two, then a clause opening with a determiner, a pronoun or a name. Where the clause starts.
    private static func clauseAfterPlace(from preposition: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        let article = preposition + 1
        guard article < sentence.upperBound, tokens[article].flags.contains(.determiner) else { return nil }
        for nouns in 1...2 {
            let next = article + 1 + nouns
            guard next < sentence.upperBound else { return nil }
            let last = article + nouns
            guard tokens[last].isWord, !tokens[last].isCapitalized, !p.isVerb(last), !tokens[last].is(.that) else { return nil }
            let opener = tokens[next]
            if opener.isWord, opener.flags.contains(.determiner) || ReferenceParser.subjectPronoun(opener) != nil
                || (opener.isCapitalized && !opener.flags.contains(.capitalisedFunction)) {
                return next
            }
        }
        return nil
    }

    /// "CONTENT, X said." or "CONTENT, said X.": the sentence up to the frame.
    private static func before(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        let frameStart = min(frame.verb, frame.subject.lowerBound)
        // "UNITED NATIONS (Sputnik - 11th May) The Secretary-General …, a spokesman said": the
        // dateline is no part of what was said.
        let opening = Dateline.end(in: p, sentence: sentence).map { min($0, frameStart) } ?? sentence.lowerBound
        // "The system is plagued with fraud, he said, and the vote will not be fair": the frame
        // stands inside what it reports.
        // So does "With their help, it said, the talks began": a clause goes on after the frame,
        // also after where it was said ("…, Wikinews observed from the long line, was …") or
        // after an inverted frame's verb ("Institutional recipients, said Mauer, are required").
        let resume = placeSaidAt(frame, in: p, sentence: sentence) ?? max(frame.verb, frame.subject.upperBound - 1) + 1
        if let after = (resume..<sentence.upperBound).first(where: { !tokens[$0].is(",") }), after > resume,
           frame.inverted
            ? tokens[after].flags.contains(.auxiliary) || (p.isVerb(after) && !tokens[after].flags.isDisjoint(with: [.endsInEd, .irregularPast]))
            : tokens[after].is(oneOf: [.and, .but])
                // (Not after a quotation, a participle: "“…,” he said, addressing a rally" tells
                // how the quotation was said.)
                || (tokens[after].isWord && tokens[after].kind != .quoteMark
                    && !(tokens[after].flags.contains(.endsInIng) && (tokens[after].flags.contains(.reporting)
                        || !tokens[after].isCapitalized && closesAQuotation(before: frameStart, in: p)))
                    // ("“…,” the minister said, after answering a question": nor when a quotation
                    // the sentence opens with was said.)
                    && !(tokens[after].flags.contains(.adverbialStarter) && !tokens[after].isCapitalized
                        && !tokens[after].is(oneOf: [.and, .but, .or, .so]) && tokens[opening].kind == .quoteMark
                        && closesAQuotation(before: frameStart, in: p)))
                || quotationGoesOn(from: after, in: p, sentence: sentence),
           !(tokens[after].is(oneOf: [.and, .but]) && closesAQuotation(before: frameStart, in: p)
               && startsAnotherAct(after + 1, in: p, sentence: sentence))
        {
            return trimmed(opening..<sentence.upperBound, in: p)
        }
        var end = frameStart
        while end > sentence.lowerBound, tokens[end - 1].is(",") || tokens[end - 1].isDash { end -= 1 }
        // `“cheating,” he said`: the comma inside the mark is the frame's, the mark the quote's.
        if end > opening + 1, tokens[end - 1].kind == .quoteMark, tokens[end - 2].is(",") {
            return trimmed(opening..<(end - 2), in: p).map { $0.lowerBound..<max($0.upperBound, end) }
        }
        guard end < frameStart else { return nil }
        return trimmed(opening..<end, in: p)
    }

    /// `“…,” the mayor said, but refused to say more`: after a quotation, a verb in the past
    /// with no subject of its own after "and" or "but" is the speaker's next act, not the
    /// words going on past the frame (unquoted, "A has galvanized X, Kirby added, and
    /// brought Y" goes on with A).
    private static func startsAnotherAct(_ index: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return false }
        let token = p.tokens[index]
        return !token.flags.isDisjoint(with: [.endsInEd, .irregularPast]) && p.isVerb(index)
    }

    /// A closing quotation mark, with or without its comma, just before `position`.
    private static func closesAQuotation(before position: Int, in p: ParagraphText) -> Bool {
        var index = position - 1
        while index >= 0, p.tokens[index].is(",") { index -= 1 }
        return index >= 0 && p.tokens[index].kind == .quoteMark && isClosing(index, in: p)
    }

    /// "According to X, CONTENT." or "CONTENT, according to X."
    private static func aroundAccordingTo(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>,
                                          frames: [ReportingFrame]) -> Range<Int>? {
        let tokens = p.tokens
        var first = frame.verb
        while first > sentence.lowerBound, tokens[first - 1].kind == .quoteMark { first -= 1 }
        // "According to the Herald, Burrows said …": the nearer frame reports the speech.
        // ("According to Roe, the wage is fair, adding that …": a participle after the content goes
        // on with the same speaker, and ends what "according to" reports.)
        func afterComma(_ next: ReportingFrame) -> Bool {
            tokens[next.verb].flags.contains(.endsInIng) && next.verb > frame.subject.upperBound && tokens[next.verb - 1].is(",")
        }
        let later = frames.filter {
            $0.verb != frame.verb && !$0.inverted && ($0.subject.lowerBound >= frame.subject.upperBound || afterComma($0))
        }
        let participle = later.first.flatMap { afterComma($0) ? $0.verb - 1 : nil }
        if !later.isEmpty && participle == nil { return nil }
        if first == sentence.lowerBound {
            var start = frame.subject.upperBound
            // "According to Sgt. Jane Roe with the harbour police, a boat sank": a phrase of the
            // name's own (with whom, where) runs to the comma; what was said comes after it.
            if start < sentence.upperBound, tokens[start].isWord, tokens[start].flags.contains(.preposition),
               let comma = window(from: start, to: min(sentence.upperBound, start + 12)).first(where: { tokens[$0].is(",") }),
               !(start..<comma).contains(where: { p.isVerb($0) }) {
                start = comma
            }
            start = endOfDescription(after: start, in: p, sentence: sentence) ?? start
            while start < sentence.upperBound, tokens[start].is(",") { start += 1 }
            guard start < (participle ?? sentence.upperBound) else { return nil }
            return trimmed(start..<(participle ?? sentence.upperBound), in: p)
        }
        var end = frame.verb
        while end > sentence.lowerBound, tokens[end - 1].is(",") { end -= 1 }
        // "(JACKSON, Miss.)—Today the Governor declared …, according to X": no dateline either.
        let opening = Dateline.end(in: p, sentence: sentence).map { min($0, end) } ?? sentence.lowerBound
        return trimmed(opening..<end, in: p)
    }

    /// "According to Jane Roe, director of the port's safety, works and harbour office, the
    /// ferry …": a post or role between commas after the name describes the one named, and
    /// runs to the last comma before the clause's first verb.
    private static func endOfDescription(after comma: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        // (The word tests before the tagger's: most sentences have no role word there.)
        guard comma < sentence.upperBound, tokens[comma].is(","),
              let next = window(from: comma + 1, to: min(sentence.upperBound, comma + 8)).first(where: { tokens[$0].is(",") }),
              ((comma + 1)..<next).contains(where: { tokens[$0].isWord && !tokens[$0].flags.isDisjoint(with: [.roleNoun, .title]) }),
              !((comma + 1)..<next).contains(where: { p.isVerb($0) })
        else { return nil }
        var last = next
        for index in window(from: next + 1, to: min(sentence.upperBound, comma + 30)) {
            if p.isVerb(index) { return last }
            if tokens[index].is(",") { last = index }
        }
        return nil
    }

    // MARK: Tests

    /// "The talks had failed, she said.": a frame that ends its sentence after a comma.
    /// "…, Wikinews observed from the long line, was …": the comma after a short phrase of
    /// where or when a frame's words were said, with the clause going on after it.
    private static func placeSaidAt(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        let next = max(frame.verb, frame.subject.upperBound - 1) + 1
        // ("In her opening remarks, Waters pointed out …" opens with where, not with what is said.)
        guard !frame.inverted, next < sentence.upperBound, tokens[next].isWord, !tokens[sentence.lowerBound].flags.contains(.preposition),
              let comma = window(from: next, to: min(sentence.upperBound, next + 8)).first(where: { tokens[$0].is(",") }),
              (next..<comma).allSatisfy({ tokens[$0].isWord }),
              comma + 1 < sentence.upperBound, tokens[comma + 1].isWord,
              tokens[next].flags.contains(.preposition) || p.tag(next) == .adposition
        else { return nil }
        return comma
    }

    private static func isTrailing(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        let before = frame.subject.lowerBound - 1
        // `…, he said` or `… “cheating,” he said`, the comma inside a closing mark.
        guard before > sentence.lowerBound,
              tokens[before].is(",") || (tokens[before].kind == .quoteMark && tokens[before - 1].is(","))
        else { return false }
        var next = frame.verb + 1
        while next < sentence.upperBound, tokens[next].kind == .punctuation, !tokens[next].is(":"), !tokens[next].is(",") { next += 1 }
        // "…, he said." ends the sentence; "…, he said, adding …" goes on after a comma, but
        // "Of the process, he said, “…”" introduces a quotation.
        if next >= sentence.upperBound { return true }
        // "…, Hayashi told reporters.", "…, the minister told the BBC on Monday.": whom it was told.
        if verb(frame, in: p).is(.told) || p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased() == "tells" {
            // "…, Gates told senior officials gathered here for the conference.": after a clause,
            // whom it was told and where, however long, unless a "that" or a quotation opens what.
            // ("On Thursday, the minister told reporters the protests are illegal": no clause before the comma.)
            if !(next..<sentence.upperBound).contains(where: { tokens[$0].is(.that) || tokens[$0].kind == .quoteMark || tokens[$0].is(":") }),
               (sentence.lowerBound..<before).contains(where: { p.isVerb($0) && !tokens[$0].flags.contains(.endsInIng) }) {
                return true
            }
            var whom = next
            while whom < sentence.upperBound, whom - next < 5, tokens[whom].isWord, !tokens[whom].is(.that),
                  !tokens[whom].flags.contains(.preposition), p.tag(whom) != .adposition, !p.isVerb(whom) { whom += 1 }
            while whom < sentence.upperBound, tokens[whom].kind == .punctuation, !tokens[whom].is(",") { whom += 1 }
            if whom > next, whom >= sentence.upperBound { return true }
            next = whom
        }
        // "…, the mayor warned of floods": after "of" comes what was said, not where or when.
        let verbText = p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()
        if let preposition = Lexicon.topicPrepositions[verbText], p.text(ofTokens: next..<(next + 1)).lowercased() == preposition {
            return false
        }
        // "…, it said in a declaration issued on Saturday.", "…, the ministry announced today.",
        // "…, Cook said here today.": where or when it was said, to the end.
        if tokens[next].isWord, tokens[next].flags.contains(.preposition) || tokens[next].is(.today) || tokens[next].flags.contains(.calendar)
            || ["yesterday", "tonight", "tomorrow"].contains(p.text(ofTokens: next..<(next + 1)).lowercased())
            || p.tag(next) == .adposition || p.tag(next) == .adverb,
           sentence.upperBound - next <= 12,
           (next..<sentence.upperBound).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].isSentenceEnd
               || (tokens[$0].is(",") && $0 > next && tokens[$0 - 1].kind == .number) }),
           !(next..<sentence.upperBound).contains(where: { tokens[$0].is(.that) }) { return true }
        if placeSaidAt(frame, in: p, sentence: sentence) != nil { return true }
        return tokens[next].is(",") && (!(next + 1 < sentence.upperBound && tokens[next + 1].kind == .quoteMark)
            || quotationGoesOn(from: next + 1, in: p, sentence: sentence))
    }

    /// `The plan, she said, "would cost jobs"`: after a subject that opens the sentence, the
    /// frame, then a quotation that goes on with the sentence in lowercase: the frame stands
    /// inside what it reports ("Of the process, she said, “It is …”" introduces a quotation).
    private static func quotationGoesOn(from mark: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard mark + 1 < sentence.upperBound, tokens[mark].kind == .quoteMark, tokens[mark + 1].isWord,
              !tokens[mark + 1].isCapitalized, tokens[sentence.lowerBound].isWord,
              !tokens[sentence.lowerBound].flags.contains(.preposition), p.tag(sentence.lowerBound) != .adposition,
              let quote = p.quote(ofToken: mark), p.quotes[quote].openMark == mark else { return false }
        return true
    }

    /// "late last year", "earlier this week", "last night": when something was said, then a
    /// clause opened by a pronoun, an article or a name; where that clause starts.
    static func clauseAfterTimePhrase(from start: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        var index = start, nouns = 0
        while index < min(sentence.upperBound, start + 5), tokens[index].isWord, !tokens[index].isCapitalized {
            if tokens[index].flags.contains(.timeNoun) {
                nouns += 1
            } else if !tokens[index].flags.contains(.timeModifier) {
                break
            }
            index += 1
        }
        guard nouns > 0, index > start + 1, index + 1 < sentence.upperBound, tokens[index].isWord,
              tokens[index].flags.contains(.determiner) || ReferenceParser.subjectPronoun(tokens[index]) != nil || tokens[index].isCapitalized
        else { return nil }
        return index
    }

    /// A modal before the verb: "will announce", "may say", "would argue".
    private static func isYetToCome(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        var k = frame.verb - 1
        while k >= sentence.lowerBound, k >= frame.verb - 4, p.tokens[k].isWord {
            if p.tokens[k].flags.contains(.modalAuxiliary) { return true }
            guard p.tokens[k].flags.contains(.beforeVerb) || p.tokens[k].is(.not) else { return false }
            k -= 1
        }
        return false
    }

    /// ", reports Xinhua news agency", ", reported the BBC": the comma before a finite
    /// reporting verb followed by at most five words, the first capitalized or "the", up to `end`.
    private static func sourceSignOff(before end: Int, after start: Int, in p: ParagraphText) -> Int? {
        let tokens = p.tokens
        var last = end
        while last > start, !tokens[last - 1].isWord { last -= 1 }
        guard last > start + 3, let comma = ((max(start + 1, last - 8))..<last).last(where: { tokens[$0].is(",") }),
              comma + 2 < last, last - (comma + 2) <= 5 else { return nil }
        let verb = tokens[comma + 1], source = tokens[comma + 2]
        guard verb.isWord, !verb.isCapitalized, verb.flags.contains(.reporting), !verb.flags.contains(.endsInIng),
              source.isCapitalized || source.is(.the),
              ((comma + 2)..<last).allSatisfy({ tokens[$0].isWord }) else { return nil }
        return comma
    }

    /// A negation right before the verb, or before an adverb in -ly before it: "did not say",
    /// "has never said", "did not publicly specify".
    private static func isDenied(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let before = frame.verb - 1
        guard before >= sentence.lowerBound, p.tokens[before].isWord else { return false }
        if p.tokens[before].flags.contains(.negation) { return true }
        return before - 1 >= sentence.lowerBound && p.tokens[before].flags.contains(.longLyWord)
            && p.tokens[before - 1].flags.contains(.negation)
    }

    /// "No group", "nobody", "none of them": the subject's first word, or the word before it,
    /// quantifies over no one.
    private static func namesNoOne(_ subject: Range<Int>, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        guard let first = subject.first else { return false }
        let opener = first > sentence.lowerBound && p.tokens[first - 1].isWord ? first - 1 : first
        return Set([opener, first]).contains { noOneWords.contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }
    }

    private static let noOneWords: Set<String> = ["no", "nobody", "none", "neither"]

    /// "If X says …", "Did X say …", "whether X said …": not a report that it was said.
    private static func isQuestionOrCondition(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        if let last = sentence.last(where: { tokens[$0].kind != .quoteMark }), tokens[last].is("?") { return true }
        let clause = FrameFinder.clauseStart(before: min(frame.verb, frame.subject.lowerBound), in: p, sentence: sentence)
        let upTo = min(frame.verb, frame.subject.lowerBound)
        // ("When asked whether this was a breakthrough, Ban said he thought so": the question
        // put to the speaker, answered by the frame; "If Israel chooses to, Rice said talks
        // could follow": a condition closed by a comma is the content's, not the frame's.)
        return (clause..<upTo).contains { tokens[$0].is(oneOf: [.if, .whether, .unless])
            && !($0 > sentence.lowerBound && p.text(ofTokens: ($0 - 1)..<$0).lowercased().hasPrefix("ask"))
            && !closesACondition($0, before: upTo, in: p) }
            || (frame.subject.lowerBound > sentence.lowerBound && tokens[frame.subject.lowerBound - 1].known == .do)
    }

    /// "If it chooses to do so, Rice said": a comma after a verb of the condition closes it
    /// ("if, on a case-by-case basis, EPA agrees that" is still open).
    private static func closesACondition(_ conjunction: Int, before end: Int, in p: ParagraphText) -> Bool {
        guard let comma = ((conjunction + 1)..<end).last(where: { p.tokens[$0].is(",") }) else { return false }
        return ((conjunction + 1)..<comma).contains { p.tokens[$0].isWord && p.isVerb($0) }
    }

    /// "urged X to stop", "told reporters to leave": an addressee and `to` with a verb.
    private static func asksToDo(from start: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        for index in window(from: start, to: min(sentence.upperBound, start + 10)) {
            let token = tokens[index]
            if token.is(.that) || token.is(",") || token.isSentenceEnd { return false }
            // "urges the country to fully respect": an adverb may stand before the verb.
            var next = index + 1
            if next + 1 < sentence.upperBound, tokens[next].flags.contains(.longLyWord) { next += 1 }
            if token.is(.to), index > start, next < sentence.upperBound, tokens[next].isWord,
               !tokens[next].isCapitalized,
               tokens[next].is(.not) || !tokens[next].flags.isDisjoint(with: [.baseVerb, .verbForm])
                || p.tag(next) == .verb { return true }
        }
        return false
    }

    /// Content a reader would call a report: some words in the narration, not only a quotation.
    /// "acknowledged “good news and bad news” about the euro zone", "criticized “reckless
    /// spending” by the government": a few words quoted in passing as the object, the narration
    /// going on after them, open what was said; after "say", "tell" or "add" a quotation follows.
    private static func quotedInPassing(at start: Int, of frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard tokens[start].kind == .quoteMark, !frame.inverted, start > frame.verb, let number = p.quote(ofToken: start) else { return false }
        let quote = p.quotes[number]
        guard quote.openMark == start, let close = quote.closeMark, quote.tokens.count <= 7,
              quote.tokens.filter({ tokens[$0].isWord }).count <= 5, close + 1 < sentence.upperBound else { return false }
        let next = close + 1
        guard p.isNarration(next), tokens[next].isWord, !tokens[next].isCapitalized,
              !tokens[next].flags.contains(.reporting), ReferenceParser.subjectPronoun(tokens[next]) == nil else { return false }
        return !["say", "tell", "add"].contains(Lexicon.reportingForms[p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()] ?? "say")
    }

    /// Two words of narration, or a few words quoted in passing after a determiner ("wrote
    /// about the “new special relationship”").
    private static func isReport(_ content: Range<Int>, in p: ParagraphText) -> Bool {
        var narrated = 0
        for index in content where p.tokens[index].isWord && (p.isNarration(index) || isQuotedInPassing(index, after: content.lowerBound, in: p)) {
            narrated += 1
            if narrated == 2 { return true }
        }
        return false
    }

    private static func isQuotedInPassing(_ index: Int, after start: Int, in p: ParagraphText) -> Bool {
        guard let number = p.quote(ofToken: index), let open = p.quotes[number].openMark, open > start,
              p.quotes[number].closeMark != nil, p.isNarration(open - 1), p.tokens[open - 1].isWord,
              p.tokens[open - 1].flags.contains(.determiner) else { return false }
        return p.quotes[number].tokens.count <= 6
    }

    /// "stressed teamwork and encouraged …", "expressed defiance": one common noun right after
    /// the verb, ending its clause, is what was said (not after "say" or "tell", whose object is whom or "so").
    private static func isBareNounObject(_ content: Range<Int>, of frame: ReportingFrame, in p: ParagraphText) -> Bool {
        let index = content.lowerBound
        guard !frame.inverted, content.count == 1, index == frame.verb + 1, p.isNarration(index) else { return false }
        let token = p.tokens[index]
        guard token.isWord, !token.isCapitalized,
              token.flags.isDisjoint(with: [.calendar, .timeNoun, .timeModifier, .pronoun, .preposition, .determiner, .clauseWord, .endsInIng]),
              p.tag(index) == .noun, !Reading.canSpeak(p.text(ofTokens: index..<(index + 1)).lowercased()), // ("threatened journalists": whom)
              index + 1 >= p.tokens.count || p.tokens[index + 1].isSentenceEnd || p.tokens[index + 1].is(",") || p.tokens[index + 1].is(.and)
        else { return false }
        let lemma = Lexicon.reportingForms[p.text(ofTokens: frame.verb..<(frame.verb + 1)).lowercased()]
        // ("expressed concern and called for …": a feeling named alone, with nothing it is about, is no content.)
        return !Lexicon.reportingWithoutBareNounContent.contains(lemma ?? "say")
    }

    /// Without the punctuation, "and" and quotation marks left at either end.
    private static func trimmed(_ range: Range<Int>, in p: ParagraphText) -> Range<Int>? {
        let tokens = p.tokens
        var start = range.lowerBound, end = range.upperBound
        while start < end, tokens[start].kind == .punctuation || (tokens[start].kind == .quoteMark && isClosing(start, in: p)) {
            start += 1
        }
        while end > start, tokens[end - 1].kind == .punctuation
            || (tokens[end - 1].kind == .quoteMark && !isClosingOfQuoteInside(end - 1, start: start, in: p))
            || tokens[end - 1].is(oneOf: [.and, .but]) { end -= 1 }
        return start < end ? start..<end : nil
    }

    private static func isClosing(_ index: Int, in p: ParagraphText) -> Bool {
        guard let quote = p.quote(ofToken: index) else { return false }
        return p.quotes[quote].closeMark == index
    }

    /// A closing mark whose quotation opened inside the content: `was "a disgrace"` keeps it.
    private static func isClosingOfQuoteInside(_ index: Int, start: Int, in p: ParagraphText) -> Bool {
        guard p.tokens[index].kind == .quoteMark, let quote = p.quote(ofToken: index),
              p.quotes[quote].closeMark == index, let open = p.quotes[quote].openMark else { return false }
        return open >= start
    }

    private static func verb(_ frame: ReportingFrame, in p: ParagraphText) -> Token { p.tokens[frame.verb] }

    /// A verb the word lists know, read without the tagger (this runs on every frame).
    private static func isFiniteVerb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && !token.flags.isDisjoint(with: [.auxiliary, .verbForm])
            && !token.flags.contains(.endsInIng)
    }
}

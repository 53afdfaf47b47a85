
/// Finds calls to action in one sentence: a cue, whom it addresses, and what it asks.
enum CallFinder {
    /// The calls of one sentence, into a list that may have held another sentence's: its room
    /// is kept, so that a sentence costs no allocation.
    static func calls(in paragraph: ParagraphText, sentence: Range<Int>, into calls: inout [FoundCall]) {
        calls.removeAll(keepingCapacity: true)
        let tokens = paragraph.tokens
        var position = sentence.lowerBound
        if let imperative = imperative(in: paragraph, sentence: sentence) {
            calls.append(imperative)
            position = imperative.actions.last?.upperBound ?? position
        }
        while position < sentence.upperBound {
            // Only a word the cue lists know can start a call: one flag test instead of two
            // dictionary look-ups for every word of the statement.
            let token = tokens[position]
            if token.isWord, token.flags.contains(.callCue), var call = call(at: position, in: paragraph, sentence: sentence) {
                if callerIsFirstPerson(before: call.cue.lowerBound, in: paragraph, sentence: sentence) {
                    call.actions = actionsBeforeCallersOwnStance(call.actions, in: paragraph)
                }
                let second = secondAddressee(of: &call, in: paragraph, sentence: sentence)
                calls.append(call)
                if let second { calls.append(second) }
                position = ((second ?? call).actions.last?.upperBound ?? position + 1)
                continue
            }
            position += 1
        }
    }

    /// "We call on Russia to withdraw its troops and on Belarus to release all prisoners":
    /// the same cue's particle again after "and" starts a second addressee with its own action.
    static func secondAddressee(of call: inout FoundCall, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        guard let last = call.actions.last, let particle = tokens[call.cue.upperBound - 1].known,
              call.addressee != nil
        else { return nil }
        // "demands that the forces stop the siege and that all sides step back": a second
        // clause, with its own subject asked.
        if particle == .that, call.actions.count > 1, last.lowerBound - 2 >= sentence.lowerBound,
           tokens[last.lowerBound - 1].is(.that), tokens[last.lowerBound - 2].is(.and),
           var second = thatClause(cue: call.cue, from: last.lowerBound, strength: call.strength, in: p, sentence: sentence, actor: call.actor)
        {
            second.callerInPassing = call.callerInPassing
            call.actions.removeLast()
            return second
        }
        guard [KnownWord.on, .upon, .to, .with, .for].contains(particle) else { return nil }
        // "calling for restraint on both sides, and the government to desist", "call for calm
        // and for all sides to talk": a thing asked for, then someone asked to act; two calls.
        if particle == .for, let addressee = call.addressee,
           let and = addressee.first(where: { index in
               guard index + 2 < addressee.upperBound, tokens[index].is(.and) else { return false }
               let comma = tokens[index - 1].is(",")
               return (comma || tokens[index + 1].is(.for)) && index - (comma ? 1 : 0) > addressee.lowerBound
           })
        {
            var second = call
            second.addressee = (tokens[and + 1].is(.for) ? and + 2 : and + 1)..<addressee.upperBound
            call.addressee = nil
            call.actions = [addressee.lowerBound..<(tokens[and - 1].is(",") ? and - 1 : and)]
            return second
        }
        // "calls on the co-chairs, and on all other actors, to respect the truce": two
        // addressees asked the same.
        if let addressee = call.addressee,
           let and = addressee.first(where: { $0 + 2 < addressee.upperBound && tokens[$0].is(.and) && tokens[$0 + 1].is(particle) }),
           and > addressee.lowerBound
        {
            var firstEnd = and, secondEnd = addressee.upperBound
            while firstEnd > addressee.lowerBound, tokens[firstEnd - 1].is(",") { firstEnd -= 1 }
            while secondEnd > and + 2, tokens[secondEnd - 1].is(",") { secondEnd -= 1 }
            call.addressee = addressee.lowerBound..<firstEnd
            var second = call
            second.addressee = (and + 2)..<secondEnd
            return second
        }
        // ("… to cease hostilities and for the SAF to end aerial bombings": "for" as "call for X to".)
        guard let and = last.dropLast().first(where: { tokens[$0].is(.and) && (tokens[$0 + 1].is(particle) || tokens[$0 + 1].is(.for)) }),
              and > last.lowerBound,
              let (addressee, to) = addresseeAndTo(from: and + 2, in: p, sentence: sentence),
              let action = action(after: to, in: p, sentence: sentence)
        else { return nil }
        var end = and
        while end > last.lowerBound, tokens[end - 1].is(",") { end -= 1 }
        call.actions[call.actions.count - 1] = last.lowerBound..<end
        return FoundCall(cue: call.cue, addressee: addressee, actions: split(action, in: p), actor: call.actor, strength: call.strength)
    }

    /// “Go register,” Roe said: a quoted sentence that opens with a bare verb asks its
    /// listeners, and the quote's speaker asks it.
    static func imperative(in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        // In the narration only "Please …" asks the reader: "Please RSVP to the press office by Friday."
        guard var first = sentence.first(where: { tokens[$0].kind != .quoteMark }) else { return nil }
        // "Sgt Ann Lee said: “Please come forward.”": a quotation after a colon opens a sentence of its own.
        if !p.quotes.isEmpty, p.isNarration(first),
           p.quote(ofToken: sentence.upperBound - 1) != nil || p.quote(ofToken: max(first, sentence.upperBound - 2)) != nil,
           let colon = sentence.first(where: { tokens[$0].is(":") }), colon + 2 < sentence.upperBound, p.isNarration(colon),
           tokens[colon + 1].kind == .quoteMark, p.quote(ofToken: colon + 2) != nil {
            first = colon + 2
        }
        guard p.quote(ofToken: first) != nil || (tokens[first].is(.please) && tokens[first].isCapitalized),
              first + 1 < sentence.upperBound, !tokens[first].is(oneOf: [.let, .lets])
        else { return nil }
        // “As per the council's advice, do not drink the water”: a fronted adverbial before a
        // marked imperative, in the quotation (a bare verb there is too often a noun).
        if p.quote(ofToken: first) != nil, tokens[first].isCapitalized, tokens[first].flags.contains(.adverbialStarter),
           let comma = window(from: first + 1, to: min(sentence.upperBound, first + 12)).first(where: { tokens[$0].is(",") }),
           comma + 2 < sentence.upperBound, sameZone(first, comma + 1, p), !tokens[comma + 1].isCapitalized,
           tokens[comma + 1].is(oneOf: [.please, .dont]) || (tokens[comma + 1].is(.do) && tokens[comma + 2].is(.not)) {
            first = comma + 1
        }
        // “If you saw anything, please get in touch”, “… but please contact my officers”: a
        // "please" later in the quoted sentence, after a comma or a conjunction, opens the
        // bidding (when no cue before it asks something of its own).
        if p.quote(ofToken: first) != nil, !tokens[first].is(.please),
           let please = ((first + 1)..<sentence.upperBound).first(where: { tokens[$0].is(.please) && !tokens[$0].isCapitalized }),
           please + 2 < sentence.upperBound, tokens[please - 1].is(",") || tokens[please - 1].is(oneOf: [.but, .and, .so]),
           sameZone(first, please + 1, p), !(first..<please).contains(where: { tokens[$0].cue > 0 }) {
            first = please
        }
        // “Second, focus on the market”: an ordinal that numbers the advice, then the verb.
        if p.quote(ofToken: first) != nil, first + 2 < sentence.upperBound, tokens[first + 1].is(","),
           ["first", "second", "third", "finally", "lastly", "also"].contains(p.text(ofTokens: first..<(first + 1)).lowercased()),
           sameZone(first, first + 2, p) {
            first += 2
        }
        // "Please help us", "Don't give up": a softener or a negation before the bare verb.
        var verbAt = first
        if tokens[first].is(oneOf: [.please, .dont]) {
            verbAt += 1
            // "Please do not hesitate to call": the softener, then the negation.
            if tokens[first].is(.please), verbAt + 2 < sentence.upperBound {
                if tokens[verbAt].is(.dont) { verbAt += 1 } else if tokens[verbAt].is(.do), tokens[verbAt + 1].is(.not) { verbAt += 2 }
            }
        } else if tokens[first].is(.do), tokens[first + 1].is(.not) {
            verbAt += 2
        }
        guard verbAt + 1 < sentence.upperBound else { return nil }
        let verb = tokens[verbAt]
        // ("“Be a partner in the global economy,” she urged": after a frame of asking, "Be" bids too.)
        let bidden = verb.is(.be) && verbAt == first && askingFrame(after: first, in: p, sentence: sentence) != nil
        // A bare verb the lexicon knows, or one the tagger reads as a verb: "Stay at home".
        guard verb.isWord, verb.isCapitalized || verbAt > first || first > 0 && tokens[first - 1].is(","),
              bidden || verb.flags.isDisjoint(with: [.callersStance, .auxiliary, .pronoun, .determiner, .endsInS, .endsInEd]),
              // ("Bring", "Sing": a bare verb that only looks like a participle.)
              !verb.flags.contains(.endsInIng) || verb.flags.contains(.baseVerb),
              !tokens[verbAt + 1].is(","), !tokens[verbAt + 1].is(oneOf: [.and, .or]), sameZone(first, verbAt + 1, p),
              // "Stop. Look. Lock.": a verb alone is a slogan's word, asking nothing of anyone.
              !tokens[verbAt + 1].isSentenceEnd,
              let end = sentence.last(where: { tokens[$0].kind != .quoteMark }), !tokens[end].is("?"),
              let action = action(after: first - 1, in: p, sentence: sentence)
        else { return nil }
        // A bare verb the lexicon knows, or any verb after "Please" or "Don't"; the tagger has
        // the last word ("Free elections will …" opens with an adjective).
        // ("Roll up your sleeves": a verb the lexicon does not list, which the tagger reads as
        // one, before its particle or its object.)
        guard bidden || verb.flags.contains(.baseVerb) || verbAt > first
            || (!verb.flags.contains(.irregularPast) && !tokens[verbAt + 1].is(.that)
                && !Lexicon.irregularInflections.contains(p.text(ofTokens: verbAt..<(verbAt + 1)).lowercased())
                && p.tag(verbAt) == .verb && (tokens[verbAt + 1].flags.contains(.determiner) || p.tag(verbAt + 1) == .adposition))
        else { return nil }
        // ("Bring this bill to the Floor": a known bare verb before an article or a possessive is one,
        // whatever the tagger makes of a capitalised first word.)
        let beforeItsObject = verb.flags.contains(.baseVerb) && (tokens[verbAt + 1].flags.contains(.determiner)
            || tokens[verbAt + 1].is(oneOf: [.our, .their]) || tokens[verbAt + 1].flags.contains(.possessive))
        if !bidden, !tokens[first].is(.please), !beforeItsObject, let tag = p.tag(verbAt), tag != .verb { return nil }
        // "Free elections will rebuild confidence": a verb of its own before any comma makes
        // the first word a modifier of the subject ("Please call if you need help": not one
        // in a clause of its own).
        // ("Don't wait until the alert is given": a clause of time or place the verb governs has
        // its own verbs, once the tagger reads the first word as a verb.)
        let governs = verbAt > first || p.tag(verbAt) == .verb
        for index in (verbAt + 1)..<action.upperBound {
            if tokens[index].is(",") || tokens[index].is(oneOf: [.if, .when, .because, .while, .unless]) { break }
            if governs, tokens[index].is(oneOf: [.until, .before, .after, .once, .where, .whether]) { break }
            // ("Please avoid crowds and be cautious": after "Please", a bare "be" after "and"
            // is a second bidding.)
            if verbAt > first, tokens[index].is(.be), tokens[index - 1].is(oneOf: [.and, .or]) { continue }
            if tokens[index].flags.contains(.auxiliary) || tokens[index].modal > 0 { return nil }
        }
        var found = FoundCall(cue: first..<(verbAt + 1), addressee: nil, actions: split(action, in: p), actor: .speaker, strength: .request)
        // (Looked for only once the imperative is found: most candidates are not.)
        found.frameCue = askingFrame(after: first, in: p, sentence: sentence)
        return found
    }

    /// “Stay at home,” the mayor urged: a verb of asking in the narration right after the
    /// quotation that holds `first`, within a few words of its closing mark.
    static func askingFrame(after first: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        guard let quote = p.quote(ofToken: first), let close = p.quotes[quote].closeMark, sentence.contains(close) else { return nil }
        var k = close + 1
        while k < sentence.upperBound, k <= close + 6, p.isNarration(k), !tokens[k].isSentenceEnd {
            if tokens[k].isWord, tokens[k].cue > 0, !tokens[k].isCapitalized,
               !tokens[k].flags.isDisjoint(with: [.endsInEd, .irregularPast, .endsInS]),
               CueGrammar.all[Int(tokens[k].cue) - 1].partOfSpeech == .verb,
               CueGrammar.framesOfAsking.contains(CueGrammar.all[Int(tokens[k].cue) - 1].lemma) {
                return k..<(k + 1)
            }
            k += 1
        }
        return nil
    }

    /// Adverbs that may stand between a cue and its auxiliary or its addressee.
    static let skippedAdverbs: [KnownWord] = [
        .urgently, .again, .also, .strongly, .repeatedly, .publicly, .once, .further, .firmly, .now, .today, .formally, .jointly,
    ]

    static func call(at i: Int, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let token = tokens[i]
        if token.is(oneOf: [.it, .let, .lets, .itS, .now]) {
            return impersonalCall(at: i, in: p, sentence: sentence)
        }
        if token.modal > 0 {
            return modalCall(at: i, modal: CueGrammar.modals[Int(token.modal) - 1], in: p, sentence: sentence)
        }
        // A form of a cue in the grammar (the vocabulary looked it up once).
        guard token.cue > 0, !token.isCapitalized || i == sentence.lowerBound else { return nil }
        var number = Int(token.cue) - 1
        if isRefused(before: i, in: p, sentence: sentence) || isLeaveToAsk(before: i, in: p, sentence: sentence) { return nil }
        // "To request an interview, email us": an infinitive opening the sentence says what for.
        if i == sentence.lowerBound + 1, tokens[sentence.lowerBound].is(.to) { return nil }
        // "gave people the opportunity to press a number", "its plans to call for": a noun's own
        // infinitive asks nothing yet ("it is time to call for", "takes the chance to remind" do).
        if i - 2 >= sentence.lowerBound, tokens[i - 1].is(.to), tokens[i - 2].isWord, !tokens[i - 2].is(.time),
           CueGrammar.nounsBeforeTheirInfinitive.contains(p.text(ofTokens: (i - 2)..<(i - 1)).lowercased()),
           !(max(sentence.lowerBound, i - 5)..<(i - 2)).contains(where: { k in
               ["take", "takes", "taking", "took", "use", "uses", "using", "used", "seize", "seizes", "seized", "seizing"]
                   .contains(p.text(ofTokens: k..<(k + 1)).lowercased()) }) { return nil }
        let previous = i - 1 >= sentence.lowerBound ? tokens[i - 1] : nil
        // "in order to", "on request": after a preposition the form is a noun of another phrase;
        // "joined colleagues in calling on X to": a gerund is the subject's own asking.
        if let previous, previous.isWord, previous.flags.contains(.preposition) {
            // The participle's own reading already gives it the main clause's subject.
            guard token.flags.contains(.endsInIng), !token.isCapitalized, i - 1 > sentence.lowerBound,
                  CueGrammar.all[Int(token.cue) - 1].partOfSpeech == .verb
            else { return nil }
            return participleCall(at: i, cue: CueGrammar.all[Int(token.cue) - 1], in: p, sentence: sentence)
        }
        // "North Korean calls for dialogue follow …": a form in -s after a nationality is its
        // plural noun (a body's verb needs a noun: "the Korean Red Cross calls").
        if token.flags.contains(.endsInS), let previous, previous.isWord, previous.flags.contains(.nationality),
           !previous.isAcronym, previous.isCapitalized,
           !Lexicon.governmentLevelSet.contains(p.text(ofTokens: (i - 1)..<i).lowercased()) {
            return nil
        }
        // "responded to earlier calls for action", "amid growing calls for": a form in -s after a
        // modifier that a preposition opens, in the predicate or opening the sentence, is a noun.
        if token.flags.contains(.endsInS), i - 2 >= sentence.lowerBound, let previous, previous.isWord,
           previous.flags.isDisjoint(with: [.determiner, .pronoun, .auxiliary, .preposition, .clauseWord]),
           p.tag(i - 1) == .adjective || !previous.isCapitalized && (p.tag(i - 1) == .adverb || !previous.flags.isDisjoint(with: [.endsInIng, .endsInEd])),
           tokens[i - 2].isWord, tokens[i - 2].flags.contains(.preposition) || tokens[i - 2].is(.to) || p.tag(i - 2) == .adposition,
           !tokens[i - 2].is(.that),
           i - 2 == sentence.lowerBound || (sentence.lowerBound..<(i - 2)).contains(where: { p.isVerb($0) }) {
            return nil
        }
        // "issued an urgent appeal for", "renew our earnest call on": one word describing the
        // noun between its article and a renewing verb. ("issued a statement urging": a
        // participle there is the statement's, no noun.)
        let describedNoun = i - 3 >= sentence.lowerBound && tokens[i - 3].flags.contains(.renewsCall) && !token.flags.contains(.endsInIng)
            && tokens[i - 2].isWord && (tokens[i - 2].flags.contains(.determiner) || ReferenceParser.isPossessive(tokens[i - 2]))
            && tokens[i - 1].isWord && !tokens[i - 1].isCapitalized
            && tokens[i - 1].flags.isDisjoint(with: [.determiner, .pronoun, .preposition, .verbForm, .clauseWord, .auxiliary])
            && !(i - 4 >= sentence.lowerBound && tokens[i - 4].is(.not))
        // "did not make a direct call for violence": after an adjective the form is a noun.
        // ("Staff at the city library urge": a noun the tagger reads as an adjective, closing a
        // phrase that modifies the clause's opening noun, ends the subject.)
        if !describedNoun, let previous, previous.isWord, !previous.isCapitalized,
           previous.flags.isDisjoint(with: [.pronoun, .auxiliary, .beforeVerb, .verbForm, .clauseWord, .determiner, .longLyWord, .endsSubject]),
           !ReferenceParser.isPossessive(previous), p.tag(i - 1) == .adjective, p.tag(i) == .noun,
           !endsAModifiedSubject(before: i - 1, in: p, sentence: sentence)
        {
            return nil
        }
        // "lift this water conservation request", "the funding request": after a noun that an
        // article opens, a cue the tagger reads as a noun is the head of that noun phrase.
        if !describedNoun, headsANounPhrase(i, in: p, sentence: sentence) { return nil }
        // "held a 1 pm press conference to", "a 10-point appeal": after a number, or a number and
        // its unit, a cue the tagger reads as a noun names a thing.
        if let previous, i - 2 >= sentence.lowerBound,
           previous.kind == .number || (tokens[i - 2].kind == .number && previous.isWord && !previous.isCapitalized
               && previous.flags.isDisjoint(with: [.pronoun, .auxiliary, .verbForm, .clauseWord, .determiner, .preposition])),
           p.tag(i) == .noun {
            return nil
        }
        // "has made direct payments to families to cover": after a verb, a cue the tagger reads
        // as an adjective before a noun describes that noun.
        if let previous, previous.isWord, !previous.isCapitalized, previous.flags.contains(.verbForm) || previous.flags.contains(.baseVerb),
           !previous.flags.contains(.auxiliary), previous.modal == 0, i + 1 < sentence.upperBound,
           p.tag(i) == .adjective, p.tag(i + 1) == .noun {
            return nil
        }
        // "The court order requires the owners to pay": a cue right before a finished verb is
        // that verb's noun subject.
        if i - 2 >= sentence.lowerBound, i + 1 < sentence.upperBound, tokens[i - 2].flags.contains(.determiner),
           tokens[i - 1].isWord, !tokens[i - 1].isCapitalized,
           tokens[i - 1].flags.isDisjoint(with: [.verbForm, .baseVerb, .auxiliary, .pronoun, .determiner, .preposition, .clauseWord]),
           tokens[i + 1].isWord, !tokens[i + 1].isCapitalized, !tokens[i + 1].flags.isDisjoint(with: [.endsInS, .endsInEd, .irregularPast]),
           tokens[i + 1].flags.contains(.verbForm) || tokens[i + 1].cue > 0, p.tag(i + 1) == .verb { return nil }
        var cueStart = i
        var actor: FoundCall.Actor = .subject(nil)
        var callerInPassing = false
        // "repeated calls for her release", "renewed appeals to": a plural noun right after the renewing verb.
        let bareRenewed = previous.map { $0.isWord && $0.flags.contains(.renewsCall) && !$0.flags.contains(.endsInS) } ?? false
            && token.flags.contains(.endsInS)
        // "have both pressed the leaders to", "We all call on": a quantifier floated after the
        // auxiliary or the pronoun is no article.
        let floated = previous.map { $0.is(oneOf: [.both, .all, .each]) } ?? false && i - 2 >= sentence.lowerBound
            && tokens[i - 2].isWord && (tokens[i - 2].flags.contains(.auxiliary) && !tokens[i - 2].isCapitalized
                || ReferenceParser.subjectPronoun(tokens[i - 2]) != nil)
        if let previous, previous.isWord, describedNoun || bareRenewed || previous.flags.contains(.determiner) && !floated
            || ReferenceParser.isPossessive(previous) {
            // A noun: "renew our call on", "reaffirmed its appeal to", "the agency's recommendation".
            guard let noun = CueGrammar.all[number].partOfSpeech == .noun ? number : CueGrammar.nounCue(for: CueGrammar.all[number].lemma)
            else { return nil }
            number = noun
            if describedNoun {
                cueStart = i - 3
            } else if bareRenewed {
                cueStart = i - 1
            } else if i - 2 >= sentence.lowerBound, tokens[i - 2].flags.contains(.renewsCall) {
                // "renew our call on", "issued an order to the units to"
                cueStart = i - 2
            } else if ReferenceParser.isPossessive(previous), previous.isCapitalized || previous.isAcronym {
                // "the agency's recommendation that": the possessor asks.
                var owner = i - 1
                while owner - 1 >= sentence.lowerBound, ReferenceParser.isNamePart(tokens[owner - 1]) || tokens[owner - 1].is(.the) { owner -= 1 }
                actor = .subject(owner..<i)
                callerInPassing = true
            } else {
                return nil
            }
        }
        let cue = CueGrammar.all[number]
        // The auxiliary, past an adverb: "are kindly asked to", "is now calling on".
        var auxiliaryIndex = i - 1
        while auxiliaryIndex > sentence.lowerBound, tokens[auxiliaryIndex].isWord, !tokens[auxiliaryIndex].isCapitalized,
              tokens[auxiliaryIndex].flags.contains(.longLyWord) || tokens[auxiliaryIndex].is(oneOf: skippedAdverbs)
                || floated && auxiliaryIndex == i - 1 {
            auxiliaryIndex -= 1
        }
        let auxiliary = auxiliaryIndex >= sentence.lowerBound ? tokens[auxiliaryIndex] : nil
        // "if the bill comes to his desk, his staff and I will recommend that he veto it": what
        // will be asked should a condition be met is not asked yet.
        if let auxiliary, auxiliary.isWord, p.text(ofTokens: auxiliaryIndex..<(auxiliaryIndex + 1)).lowercased() == "will",
           (sentence.lowerBound..<auxiliaryIndex).contains(where: { tokens[$0].is(.if) }) {
            return nil
        }
        // "protesters calling for free elections" describes; "is calling on" calls.
        if cue.partOfSpeech == .verb, token.flags.contains(.endsInIng),
           !(auxiliary?.is(oneOf: [.is, .are, .am, .was, .were, .be, .been]) ?? false),
           auxiliaryIndex < sentence.lowerBound || !contractsBe(auxiliaryIndex, in: p)
        {
            return participleCall(at: i, cue: cue, in: p, sentence: sentence)
        }
        // "were advised to" is passive; "is calling on", with its -ing, is not.
        let passive = cue.partOfSpeech == .verb && !token.flags.contains(.endsInIng)
            && (auxiliary?.is(oneOf: [.was, .were, .is, .are, .been, .be, .being]) ?? false)

        var next = i + 1
        while next < sentence.upperBound {
            if tokens[next].is(oneOf: skippedAdverbs) {
                next += 1
            } else if next + 1 < sentence.upperBound, tokens[next].is(.in), tokens[next + 1].is(.particular) {
                // "call in particular on the government to"
                next += 2
            } else if tokens[next].isCapitalized, tokens[next].flags.contains(.calendar), tokens[next].modal == 0 {
                // "called Tuesday on the government to": when, between the cue and its particle.
                next += 1
            } else if next + 1 < sentence.upperBound, tokens[next].is(.on), tokens[next + 1].isCapitalized,
                      tokens[next + 1].flags.contains(.calendar), tokens[next + 1].modal == 0 {
                // "demanded on Saturday the release of"
                next += 2
            } else {
                break
            }
        }
        // "demanded on Friday the release of": what is asked starts after the words skipped.
        let skipped = next - 1
        let quotedInPassing = opensQuoteInPassing(next, after: i, in: p, sentence: sentence)
        if quotedInPassing { next += 1 }
        guard next < sentence.upperBound, quotedInPassing || sameZone(i, next, p) else { return nil }
        if passive { return passiveCall(at: i, auxiliary: auxiliaryIndex, next: next, cue: cue, in: p, sentence: sentence) }
        switch cue.asker {
        case .anyone: break
        case .speaker:
            // "The order requires members to sign": a rule that stands, in the present, asks no one now.
            guard hasSpeakingSubject(before: i, in: p, sentence: sentence), !token.flags.contains(.endsInS) else { return nil }
        }

        let particle = tokens[next].known
        for complement in cue.complements {
            var found: FoundCall?
            switch complement {
            case .particleAddresseeTo(let particles):
                guard let particle, particles.contains(particle),
                      let (addressee, to) = addresseeAndTo(from: pastQuoteInPassing(next + 1, after: i, in: p, sentence: sentence),
                                                           in: p, sentence: sentence),
                      let action = action(after: to, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(next + 1), addressee: addressee, actions: split(action, in: p),
                                  actor: actor, strength: cue.strength)
            case .addresseeTo:
                // "asked for privacy" is not "asked X to": a particle other than "with" is another frame.
                guard particle != .that, particle != .to, !tokens[next].flags.contains(.preposition) || particle == .with else { continue }
                found = objectAndTo(cue: cueStart..<(i + 1), from: next, strength: cue.strength, in: p, sentence: sentence)
                if cue.takesOf, let whom = found?.addressee, whom.contains(where: { tokens[$0].is(.of) }) { found = nil }
            case .forAddresseeTo:
                // ("appealing for USD 38 million to assist …": an amount is what is asked, not whom.)
                guard particle == .for, !isAmount(at: next + 1, in: p, sentence: sentence),
                      let (addressee, to) = addresseeAndTo(from: next + 1, in: p, sentence: sentence, limit: 8),
                      !namesAThingAsked(addressee, in: p),
                      let action = action(after: to, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(next + 1), addressee: addressee, actions: split(action, in: p),
                                  actor: actor, strength: cue.strength)
            case .forObject:
                guard particle == .for, !strandsFor(at: next, in: p, sentence: sentence),
                      let action = action(after: next, in: p, sentence: sentence) else { continue }
                let object = objectPhrase(action, in: p)
                // "a higher target than the mayor has called for previously": what was called
                // for stands before the cue; an adverb alone after it is no object.
                guard object.count > 2 || !object.allSatisfy({ tokens[$0].isWord && (tokens[$0].flags.contains(.longLyWord) || p.tag($0) == .adverb) })
                else { continue }
                let (what, whom) = askedOf(object, in: p)
                found = FoundCall(cue: cueStart..<(next + 1), addressee: whom, actions: split(what, in: p),
                                  actor: actor, strength: cue.strength)
            case .particleAddresseeForObject(let particles):
                // Whom, in a few words with no verb after the particle, then `for` and what.
                guard let particle, particles.contains(particle), next + 2 < sentence.upperBound, tokens[next + 1].isWord,
                      let forIndex = window(from: next + 2, to: min(sentence.upperBound, next + 9)).first(where: { tokens[$0].is(.for) }),
                      (next + 1..<forIndex).allSatisfy({ tokens[$0].isWord && !tokens[$0].is(.to) && !p.isVerb($0) }),
                      let action = action(after: forIndex, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(next + 1), addressee: withoutWhenOrHow((next + 1)..<forIndex, in: p),
                                  actions: [objectPhrase(action, in: p)],
                                  actor: actor, strength: cue.strength)
            case .addresseeForObject:
                // Whom, in a few words with no verb, then `for` and what.
                guard tokens[next].isWord, !tokens[next].flags.contains(.preposition),
                      let forIndex = window(from: next + 1, to: min(sentence.upperBound, next + 6)).first(where: { tokens[$0].is(.for) }),
                      (next..<forIndex).allSatisfy({ tokens[$0].isWord && !tokens[$0].is(.to) && !p.isVerb($0) }),
                      let action = action(after: forIndex, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(i + 1), addressee: withoutWhenOrHow(next..<forIndex, in: p), actions: [objectPhrase(action, in: p)],
                                  actor: actor, strength: cue.strength)
            case .object:
                // "potential requests ensures": a plural noun after an adjective asks nothing.
                let verbPlace = previous.map { $0.isCapitalized || $0.isAcronym || !$0.flags.isDisjoint(with: [.pronoun, .beforeVerb, .auxiliary, .longLyWord]) } ?? true
                guard cue.partOfSpeech == .verb, verbPlace || !token.flags.contains(.endsInS),
                      tokens[next].isWord, particle != .to, particle != .for, particle != .of,
                      particle != .that, !tokens[next].flags.contains(.preposition),
                      let action = action(after: skipped, in: p, sentence: sentence) else { continue }
                // "urged restraint from all parties": a group after "from" or "by" is whom, as after "call for".
                let (what, whom) = askedOf(objectPhrase(action, in: p), in: p)
                found = FoundCall(cue: cueStart..<(i + 1), addressee: whom, actions: [what], actor: actor, strength: cue.strength)
            case .thatClause:
                guard particle == .that else { continue }
                found = thatClause(cue: cueStart..<(next + 1), from: next + 1, strength: cue.strength, in: p, sentence: sentence, actor: actor)
            case .clause:
                if particle == .that {
                    found = thatClause(cue: cueStart..<(next + 1), from: next + 1, strength: cue.strength, in: p, sentence: sentence, actor: actor)
                } else if tokens[next].isWord, !tokens[next].flags.contains(.preposition), !tokens[next].is(.on),
                          // ("ask if your neighbours need help": a question asked, not a clause.)
                          !tokens[next].is(oneOf: [.if, .whether, .how, .what, .why, .where, .when]),
                          tokens[next].isCapitalized || !tokens[next].flags.contains(.endsInIng),
                          // (Only where a bare verb, "be" or a modal follows: the clause's verb is
                          // looked for with the tagger.)
                          window(from: next + 1, to: min(sentence.upperBound, next + 10)).contains(where: {
                              tokens[$0].flags.contains(.baseVerb) || tokens[$0].is(.be) || tokens[$0].modal > 0 }) {
                    // ("recommend filling a tub": a gerund is what is asked, not whom.)
                    found = thatClause(cue: cueStart..<(i + 1), from: next, strength: cue.strength, in: p, sentence: sentence, actor: actor)
                    // ("requested a meeting with the minister to discuss": an infinitive's verb is no clause's.)
                    // ("demanded Jane Roe's immediate release": whom ends in a noun, not a modifier.)
                    // ("will demand this of any site where they invest": a clause word inside whom
                    // opens a clause of its own.)
                    if let whom = found?.addressee, whom.contains(where: { tokens[$0].is(oneOf: [.to, .where, .which, .who, .when]) })
                        || ![.noun, .properNoun, .pronoun].contains(p.tag(whom.upperBound - 1)) { found = nil }
                }
                // "insisted the plan was sound" asserts; only a bare verb ("insist all parties engage") asks.
                if let action = found?.actions.first, !tokens[action.lowerBound].flags.contains(.baseVerb),
                   !tokens[action.lowerBound].is(.be), tokens[action.lowerBound].modal == 0 { found = nil }
            case .gerund:
                guard tokens[next].isWord, !tokens[next].isCapitalized, tokens[next].flags.contains(.endsInIng),
                      let action = action(after: next - 1, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(i + 1), addressee: nil, actions: [action], actor: actor, strength: cue.strength)
            }
            if var found {
                if case .subject(nil) = found.actor, case .subject(let owner?) = actor { found.actor = .subject(owner) }
                found.callerInPassing = callerInPassing
                return found
            }
        }
        return nil
    }

    /// "this water conservation request": a cue after a noun that an article opens, read by the
    /// tagger as a noun. ("The campaign urges": a form in -s, -ed or -ing is the noun's verb,
    /// whatever the tagger says, and needs no tagger.)
    static func headsANounPhrase(_ i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard i - 2 >= sentence.lowerBound, tokens[i].flags.isDisjoint(with: [.endsInS, .endsInEd, .endsInIng]) else { return false }
        let previous = tokens[i - 1]
        guard previous.isWord, !previous.isCapitalized, previous.modal == 0, previous.known == nil,
              previous.flags.isDisjoint(with: [.pronoun, .auxiliary, .beforeVerb, .baseVerb, .clauseWord, .determiner, .longLyWord,
                                               .endsSubject, .preposition]),
              !ReferenceParser.isPossessive(previous),
              let article = ((max(sentence.lowerBound, i - 4))..<(i - 1)).last(where: { tokens[$0].flags.contains(.determiner) }),
              ((article + 1)..<(i - 1)).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
              !endsACoordinatedSubject(before: article, in: p, sentence: sentence),
              !endsASubjectsModifier(before: article, in: p, sentence: sentence)
        else { return false }
        return p.tag(i - 1) == .noun && p.tag(i) == .noun
    }

    /// Whether the lowercase words before `last`, back to their article, close a noun phrase
    /// that modifies a clause's opening noun ("Staff at the city library").
    static func endsAModifiedSubject(before last: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard let article = (max(sentence.lowerBound, last - 3)..<last).last(where: { tokens[$0].flags.contains(.determiner) }),
              ((article + 1)...last).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }) else { return false }
        return endsASubjectsModifier(before: article, in: p, sentence: sentence)
    }

    /// "FEMA and the state urge": a noun phrase joined by "and" to a clause's opening noun phrase
    /// is a plural subject, and a bare cue after it is its verb.
    static func endsACoordinatedSubject(before article: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        let and = article - 1
        guard and - 1 >= sentence.lowerBound, tokens[and].is(.and) else { return false }
        let opening = ((sentence.lowerBound..<and).last(where: { tokens[$0].is(",") }) ?? sentence.lowerBound - 1) + 1
        return opening < and && (opening..<and).allSatisfy({ tokens[$0].isWord && !p.isVerb($0) && !tokens[$0].flags.contains(.auxiliary)
            && tokens[$0].modal == 0 && tokens[$0].cue == 0 })
    }

    /// "Officials with the county health department urge", "Staff at the city library urge": a
    /// noun phrase a preposition opens right after a clause's opening noun modifies that subject,
    /// and a bare cue after it is the subject's verb.
    static func endsASubjectsModifier(before article: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        let preposition = article - 1
        guard preposition - 1 >= sentence.lowerBound, tokens[preposition].isWord, tokens[preposition].flags.contains(.preposition),
              !tokens[preposition].is(oneOf: [.to, .that]) else { return false }
        let opening = ((sentence.lowerBound..<preposition).last(where: { tokens[$0].is(",") }) ?? sentence.lowerBound - 1) + 1
        return opening < preposition && (p.tag(preposition - 1) == .noun || preposition - 1 == opening && p.tag(opening) == .properNoun)
            && (opening..<preposition).allSatisfy({ tokens[$0].isWord && !p.isVerb($0) && !tokens[$0].flags.contains(.auxiliary)
                && !tokens[$0].flags.contains(.preposition) && tokens[$0].modal == 0 && tokens[$0].cue == 0 })
    }

    /// What is asked for as a noun phrase ends before a phrase of means, time or
    /// purpose: "requested donations via a statement on his blog, in order to help".
    /// "called for maximum restraint from all parties", "an inquiry by the United Nations": what
    /// is asked, and of whom, when a group or a body after "from" or "by" ends the object.
    static func askedOf(_ object: Range<Int>, in p: ParagraphText) -> (what: Range<Int>, whom: Range<Int>?) {
        let tokens = p.tokens
        // ("restraint on all sides": "on" names whom only before the sides of a conflict; "a ban on all arms" does not.)
        guard let by = object.dropFirst().first(where: { tokens[$0].is(oneOf: [.from, .by]) || tokens[$0].is(.on) && $0 + 2 < object.upperBound
                  && tokens[$0 + 1].is(oneOf: [.all, .both]) && Self.sidesOfAConflict.contains(p.text(ofTokens: ($0 + 2)..<($0 + 3)).lowercased()) }),
              by + 2 <= object.upperBound,
              by > object.lowerBound + 1 || tokens[object.lowerBound].isWord,
              tokens[by + 1].is(oneOf: [.all, .both, .each, .every])
                || (tokens[by + 1].is(.the) && tokens[object.upperBound - 1].flags.contains(.organisation)),
              // "prisoners held by the regime": a participle's agent, not whom it asks.
              tokens[by - 1].flags.isDisjoint(with: [.endsInEd, .irregularPast]), !p.isVerb(by - 1),
              !((by + 1)..<object.upperBound).contains(where: { p.isVerb($0) || tokens[$0].is(",") || tokens[$0].flags.contains(.clauseWord) })
        else { return (object, nil) }
        return (object.lowerBound..<by, (by + 1)..<object.upperBound)
    }

    /// "restraint on all sides", "calm on both sides": the nouns after which "on" names whom.
    static let sidesOfAConflict: Set<String> = ["sides", "parties"]

    /// "as the union called for in its report", "what was called for by the mayor": a "for"
    /// with a preposition after it has its object before the cue, and asks nothing here.
    static func strandsFor(at forIndex: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let after = forIndex + 1
        guard after < sentence.upperBound, p.tokens[after].is(oneOf: [.in, .at, .during, .since, .by, .from, .on]) else { return false }
        return !(after + 1 < sentence.upperBound && p.tokens[after + 1].is("-"))
    }

    static func objectPhrase(_ action: Range<Int>, in p: ParagraphText) -> Range<Int> {
        let tokens = p.tokens
        for index in action.dropFirst() {
            let token = tokens[index]
            if token.is(oneOf: [.via, .during, .after, .before, .since, .using, .while, .because]) {
                return action.lowerBound..<index
            }
            // "for unhindered access, and stand ready to deliver aid": a verb after "and" is the
            // caller's next act; a noun phrase holds none ("dialogue and rebuilding" goes on).
            if token.is(.and), index + 1 < action.upperBound, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
               !tokens[index + 1].flags.contains(.endsInIng), p.isVerb(index + 1) {
                return action.lowerBound..<(tokens[index - 1].is(",") ? index - 1 : index)
            }
            // "for witnesses as this is a busy road", "for donations as winter nears": a clause
            // after "as" says why; a noun phrase asked holds none ("such as", "as well as" go on).
            if token.is(.as), !tokens[index - 1].is(.as), p.text(ofTokens: (index - 1)..<index).lowercased() != "such",
               index + 1 < action.upperBound, !tokens[index + 1].flags.contains(.endsInIng),
               startsClause(after: index, in: p, sentence: action, within: 4) {
                return action.lowerBound..<index
            }
            // "an end to violence in a statement to the Council": where the call was made.
            if token.is(.in), index + 2 < action.upperBound, tokens[index + 1].flags.contains(.determiner),
               tokens[index + 2].flags.contains(.documentNoun) {
                return action.lowerBound..<index
            }
        }
        return action
    }

    /// "the parents were advised to send", "they were called on to", "He was urged by
    /// colleagues to resign" (the agent asks). An agentless requirement ("Entrants were
    /// required to build") is a rule, not a call.
    static func passiveCall(at i: Int, auxiliary: Int, next: Int, cue: CueGrammar.Cue, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let particle = tokens[next].known
        var to = next
        var agent: Range<Int>? = nil
        var by: Int? = particle == .by ? next : nil
        if particle == .on || particle == .upon {
            to += 1
            // "was called upon by residents to resign": the agent after the particle asks.
            if to < sentence.upperBound, tokens[to].is(.by) { by = to }
        }
        if let by {
            var k = by + 1
            while k < sentence.upperBound, k < by + 9, sameZone(i, k, p), !tokens[k].is(.to), !tokens[k].is(",") {
                // "been advised by my Department of an active scam to deceive …": told of something, not asked.
                if tokens[k].is(.of), k + 1 < sentence.upperBound, tokens[k + 1].is(oneOf: [.a, .an]) { return nil }
                k += 1
            }
            guard k < sentence.upperBound, k > by + 1, tokens[k].is(.to) else { return nil }
            agent = (by + 1)..<k
            to = k
        }
        if agent == nil, cue.asker != .anyone { return nil }
        // "all parties had been invited to attend": the past before the past tells what was
        // asked then, as the story's background, and asks no one now.
        if auxiliary - 1 >= sentence.lowerBound, tokens[auxiliary].is(.been), p.text(ofTokens: (auxiliary - 1)..<auxiliary).lowercased() == "had" {
            return nil
        }
        // "Visitors are asked not to feed the animals": the negation is part of what is asked.
        let negated = to + 2 < sentence.upperBound && tokens[to].is(.not) && tokens[to + 1].is(.to)
        if negated { to += 1 }
        guard to + 1 < sentence.upperBound, tokens[to].is(.to), looksLikeVerb(tokens[to + 1]),
              let action = action(after: negated ? to - 2 : to, in: p, sentence: sentence) else { return nil }
        // ("Officials have been told to": past every auxiliary before the one the cue follows.)
        // (Not past a comma: "all parties, including the ruling party, had been invited" is read no further.)
        var subjectEnd = auxiliary - 1
        while subjectEnd > sentence.lowerBound, tokens[subjectEnd].isWord, !tokens[subjectEnd].isCapitalized,
              tokens[subjectEnd].flags.contains(.auxiliary) || tokens[subjectEnd].flags.contains(.beforeVerb) { subjectEnd -= 1 }
        if subjectEnd < auxiliary - 1, !tokens[subjectEnd].isWord { subjectEnd = auxiliary - 1 }
        var addressee = FrameFinder.subject(
            endingAt: subjectEnd >= sentence.lowerBound ? subjectEnd : auxiliary,
            clauseStart: FrameFinder.clauseStart(before: i, in: p, sentence: sentence), in: p, sentence: sentence)
        // "Residents in low lying and riverine areas are being asked": a noun opening the clause,
        // then a phrase a preposition opens (with no finite verb), is whom the passive asks, whole.
        let opening = FrameFinder.clauseStart(before: i, in: p, sentence: sentence)
        if let whom = addressee, opening + 2 < whom.lowerBound,
           let preposition = window(from: opening + 1, to: min(opening + 4, whom.lowerBound)).first(where: { tokens[$0].flags.contains(.preposition) }),
           !tokens[preposition].is(oneOf: [.to, .that]), p.tag(preposition - 1) == .noun,
           (opening..<preposition).allSatisfy({ tokens[$0].isWord && tokens[$0].flags.isDisjoint(with: [.preposition, .calendar]) }),
           (opening..<whom.lowerBound).allSatisfy({ tokens[$0].isWord && tokens[$0].modal == 0 && tokens[$0].cue == 0
               && tokens[$0].flags.isDisjoint(with: [.auxiliary, .clauseWord])
               && (!p.isVerb($0) || !tokens[$0].flags.isDisjoint(with: [.endsInIng, .endsInEd])) }) {
            addressee = opening..<whom.upperBound
        }
        // "Anyone who has been targeted by a scam like this is asked to": a relative clause between
        // its head and the passive is part of whom it asks, as before a modal.
        if let whom = addressee, let whole = withRelativeClause(whom, clause: opening, in: p, sentence: sentence) { addressee = whole }
        // "It is recommended to wear a mask": the empty "it" is no one; whoever reads is asked.
        if let whom = addressee, whom.count == 1, tokens[whom.lowerBound].is(.it) { addressee = nil }
        let cueRange = agent == nil ? auxiliary..<(to + 1) : auxiliary..<(by.map { $0 > next ? next + 1 : i + 1 } ?? (i + 1))
        return FoundCall(cue: cueRange, addressee: addressee, actions: split(action, in: p),
                         actor: agent.map { .subject($0) } ?? .nobody, strength: cue.strength)
    }

    /// "The court required the company to": a requirement asks when someone who can speak
    /// makes it, not when a visa, a rule or a law does.
    static func hasSpeakingSubject(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let clause = FrameFinder.clauseStart(before: i, in: p, sentence: sentence)
        var k = i - 1
        while k >= clause, p.tokens[k].flags.contains(.beforeVerb) { k -= 1 }
        guard k >= clause, let subject = FrameFinder.subject(endingAt: k, clauseStart: clause, in: p, sentence: sentence) else { return false }
        let last = p.tokens[subject.upperBound - 1]
        if last.isCapitalized || last.isAcronym || ReferenceParser.subjectPronoun(last) != nil { return true }
        return last.flags.contains(.roleNoun) || last.flags.contains(.organisation)
    }

    /// "we’re calling for", "I'm asking": a pronoun with "are" or "am" written into it.
    static func contractsBe(_ index: Int, in p: ParagraphText) -> Bool {
        guard p.tokens[index].flags.contains(.pronoun) else { return false }
        let word = p.text(ofTokens: index..<(index + 1)).lowercased().replacing("’", with: "'")
        return word.hasSuffix("'re") || word.hasSuffix("'m")
    }

    /// An asking participle that names whom it asks and what: "calling for the government to
    /// stop", "asking him to help", "encouraging members to".
    /// "urging “everyone to exercise utmost restraint”": whom and what, quoted in passing
    /// from the caller's own words right after a cue in the narration.
    static func opensQuoteInPassing(_ index: Int, after cue: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard index + 2 < sentence.upperBound, tokens[index].kind == .quoteMark, p.isNarration(cue),
              let quote = p.quote(ofToken: index), p.quotes[quote].openMark == index else { return false }
        return !tokens[index + 1].isCapitalized || tokens[index + 2].is(.to)
    }

    /// 'called on "the authorities to free the detainees"': whom and what quoted in passing
    /// after the cue's particle are read inside the quotation. (A few words of whom quoted
    /// alone, 'appealed to "all clubs" to', are whom with their marks.)
    static func pastQuoteInPassing(_ index: Int, after cue: Int, in p: ParagraphText, sentence: Range<Int>) -> Int {
        opensQuoteInPassing(index, after: cue, in: p, sentence: sentence)
            && closeOfQuotedWords(openingAt: index, in: p, sentence: sentence) == nil ? index + 1 : index
    }

    static func participleCall(at i: Int, cue: CueGrammar.Cue, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let strength = cue.strength
        let quotedInPassing = opensQuoteInPassing(i + 1, after: i, in: p, sentence: sentence)
        guard i + 1 < sentence.upperBound, quotedInPassing || sameZone(i, i + 1, p) else { return nil }
        let tokens = p.tokens
        var from = quotedInPassing ? i + 2 : i + 1
        // ("appealing to donors to give", "pleading with them to": the cue's own particle.)
        if tokens[from].is(oneOf: [.for, .on, .upon]) || cue.complements.contains(where: { complement in
            if case .particleAddresseeTo(let particles) = complement { return tokens[from].is(oneOf: particles) }
            return false
        }) { from += 1 }
        let particleEnd = from
        if from > i + 1, !quotedInPassing { from = pastQuoteInPassing(from, after: i, in: p, sentence: sentence) }
        // "calling the organisation by phone to …" telephones, "messages looking genuine to trick
        // people" describes: a cue that asks only through its particle asks nothing without it.
        if from == i + 1, cue.complements.allSatisfy(\.needsParticle) { return nil }
        guard from < sentence.upperBound else { return nil }
        var addressee: Range<Int>?
        var actions: [Range<Int>]
        var cueEnd = particleEnd
        // "a resolution demanding", "protesters demanding", "…, demanding": after a document,
        // a plural noun or a comma, the participle is the noun's or the clause's own call.
        // (A function, so that the tagger is asked only where the cheaper tests have passed.)
        func askingNoun() -> Bool {
            i - 1 > sentence.lowerBound
                && (tokens[i - 1].is(",") || (tokens[i - 1].isWord && !tokens[i - 1].isCapitalized
                    && (tokens[i - 1].flags.contains(.documentNoun) || tokens[i - 1].flags.contains(.endsInS)) && p.tag(i - 1) == .noun)
                    || documentSentTo())
        }
        // "sent a letter to Secretary Lloyd Austin demanding responses": the document's, past
        // the few words of whom it was sent to.
        func documentSentTo() -> Bool {
            var k = i - 1
            while k > max(sentence.lowerBound, i - 8), tokens[k].isWord, !tokens[k].is(.to) { k -= 1 }
            return k < i - 1 && k - 1 >= sentence.lowerBound && tokens[k].is(.to) && tokens[k - 1].flags.contains(.documentNoun)
        }
        if tokens[from].is(.that), from == i + 1, cue.complements.contains(.thatClause), askingNoun(),
           let clause = thatClause(cue: i..<(from + 1), from: from + 1, strength: strength, in: p, sentence: sentence) {
            // "a resolution demanding that Syria allow aid convoys": the that-clause's subject is asked.
            addressee = clause.addressee
            actions = clause.actions
            cueEnd = from + 1
        } else if from == i + 1, cue.complements.contains(.clause), ReferenceParser.subjectPronoun(tokens[from]) != nil,
                  let clause = thatClause(cue: i..<from, from: from, strength: strength, in: p, sentence: sentence),
                  let first = clause.actions.first?.lowerBound, tokens[first].flags.contains(.baseVerb) || tokens[first].is(.be) {
            // "asking they provide more funding", "demanding he resign": "that" left out before a
            // pronoun and its bare verb.
            addressee = clause.addressee
            actions = clause.actions
        } else if let (whom, to) = addresseeAndTo(from: from, in: p, sentence: sentence, limit: 8),
           let action = action(after: to, in: p, sentence: sentence) {
            addressee = whom
            actions = split(action, in: p)
        } else if tokens[from - 1].is(.for), cue.complements.contains(.forObject),
                  i == openingParticiple(of: sentence, in: p) || (i - 1 > sentence.lowerBound
                      && (tokens[i - 1].is(",") || (tokens[i - 1].is(oneOf: skippedAdverbs) && tokens[i - 2].is(","))
                          || (tokens[i - 2].is(",") && isContrast(i - 1, in: p)))),
                  let action = action(after: from - 1, in: p, sentence: sentence) {
            // "…, again calling for a ceasefire", "Calling for calm, …": what is asked, as a noun
            // phrase, after the comma or opening the sentence.
            let (what, whom) = askedOf(objectPhrase(action, in: p), in: p)
            addressee = whom
            actions = split(what, in: p)
        } else if cue.complements.contains(.object), from == i + 1, i - 1 > sentence.lowerBound,
                  // (Not after a participle's own clause: "arrested activists helping to spearhead
                  // protests, demanding …" leaves unsaid whose demand it is.)
                  (tokens[i - 1].is(",") && !(sentence.lowerBound..<(i - 1)).contains(where: { index in
                      tokens[index].isWord && !tokens[index].isCapitalized && tokens[index].flags.contains(.endsInIng) && p.tag(index) == .verb
                  })) || (!tokens[i - 1].is(",") && askingNoun()),
                  tokens[from].isWord, !tokens[from].is(oneOf: [.to, .that]), !tokens[from].flags.contains(.preposition),
                  tokens[from].flags.contains(.determiner) || ReferenceParser.isPossessive(tokens[from])
                      || [.adjective, .noun].contains(p.tag(from)) || comparativeQuantities.contains(p.text(ofTokens: from..<(from + 1)).lowercased()),
                  let action = action(after: i, in: p, sentence: sentence) {
            // "…, demanding more say for Poland", "demonstrators demanding the reinstatement of
            // Morsi": what is demanded, as a noun phrase, by the clause's subject or the noun before;
            // a finished verb after a noun ("… of Morsi expressed defiance") is the main clause's.
            var object = action
            if let verb = action.dropFirst().first(where: { index in
                (isFinite(tokens[index]) || (p.isVerb(index) && tokens[index].flags.contains(.endsInEd) && !tokens[index].isCapitalized))
                    && [.noun, .properNoun].contains(p.tag(index - 1))
            }) {
                object = action.lowerBound..<verb
            }
            let (what, whom) = askedOf(objectPhrase(object, in: p), in: p)
            addressee = whom
            actions = [what]
        } else {
            return nil
        }
        // The participle's subject is the main clause's: "Poun was arrested for holding a sign
        // calling for …".
        var clause = FrameFinder.clauseStart(before: i, in: p, sentence: sentence, overQuotesInPassing: true)
        // ("X reports that lawyers continue protesting …, calling for …": the reported clause's subject.)
        // (", yet calling for calm and urging …": a participle set against the clause before, and
        // its parallel after "and", is the main subject's.)
        var head = i
        if i - 1 > sentence.lowerBound, tokens[i - 1].is(.and), let first = (max(sentence.lowerBound, i - 12)..<(i - 1)).last(where: { tokens[$0].isWord && tokens[$0].cue > 0 }),
           tokens[first].flags.contains(.endsInIng), !tokens[first].isCapitalized { head = first }
        let contrasted = head - 2 > sentence.lowerBound && tokens[head - 2].is(",") && isContrast(head - 1, in: p)
        if !contrasted, let reported = reportedClause(from: clause, before: i, in: p) { clause = reported }
        let cue = quotedInPassing && from == i + 2 ? i..<(i + 1) : i..<cueEnd
        // ("Urging residents to stay indoors, the mayor warned …": opening the sentence, the
        // participle has the subject of the clause after its comma.)
        // ("While urging residents to pray, he enjoined …": after an opening "while", too.)
        let opening = i == openingParticiple(of: sentence, in: p)
        let comma = i - 1 > clause && (tokens[i - 1].is(oneOf: skippedAdverbs) || isContrast(i - 1, in: p)) ? i - 2 : i - 1
        let subject = (opening ? nil : documentSender(before: i, in: p, sentence: sentence))
            ?? (opening ? nil : subjectOfReportingClause(closedAt: comma, clause: clause, in: p))
            ?? (opening && i != openingWord(of: sentence, in: p) ? nil : FrameFinder.mainSubject(in: p, from: clause, before: i))
            ?? (opening ? subjectAfterOpeningParticiple(cue: cue, in: p, sentence: sentence) : nil)
        // '"calling on them to keep borders open," it said': a participle opening a quotation is its speaker's.
        let unsaid: FoundCall.Actor = p.quote(ofToken: i) != nil && !p.isNarration(i) ? .speaker : .nobody
        return FoundCall(cue: cue, addressee: addressee, actions: actions, actor: subject.map { .subject($0) } ?? unsaid,
                         strength: strength)
    }

    /// "demanding more say", "calling for fewer checks": a quantity that opens what is asked,
    /// whatever the tagger makes of it.
    static let comparativeQuantities: Set<String> = ["more", "less", "fewer", "further"]

    /// "yet", "while": a word setting what follows against the clause before.
    static func isContrast(_ k: Int, in p: ParagraphText) -> Bool {
        p.tokens[k].is(.while) || p.text(ofTokens: k..<(k + 1)).lowercased() == "yet"
    }

    /// "receive a letter in the mail from the Census Bureau reminding them": a document's
    /// participle is its sender's call, not the call of whoever receives it.
    static func documentSender(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        if let owner = documentOwner(before: i, in: p, sentence: sentence) { return owner }
        let tokens = p.tokens
        guard let from = window(from: max(sentence.lowerBound + 1, i - 8), to: i - 1).last(where: { tokens[$0].is(.from) }),
              ((from + 1)..<i).allSatisfy({ tokens[$0].isWord && !p.isVerb($0) }),
              (max(sentence.lowerBound, from - 4)..<from).contains(where: { index in
                  tokens[index].flags.contains(.documentNoun) && ((index + 1)..<from).allSatisfy { tokens[$0].isWord && !p.isVerb($0) }
              })
        else { return nil }
        return (from + 1)..<i
    }

    /// "the internal CDC documents instructing the office to", "a State Department memo urging":
    /// a participle right after a document is the call of the body its phrase names.
    static func documentOwner(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        let noun = i - 1
        guard noun - 1 >= sentence.lowerBound, tokens[i].flags.contains(.endsInIng), !tokens[i].isCapitalized,
              tokens[noun].isWord, !tokens[noun].isCapitalized else { return nil }
        // (The token's flags hold the singular; a plural's is looked up without its "s".)
        guard tokens[noun].flags.contains(.documentNoun) || tokens[noun].flags.contains(.endsInS)
                && Lexicon.flagTable[String(p.text(ofTokens: noun..<i).lowercased().dropLast())]?.contains(.documentNoun) == true
        else { return nil }
        var start = noun
        while start - 1 >= sentence.lowerBound, start > noun - 5, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
              !tokens[start - 1].flags.contains(.determiner) { start -= 1 }
        // ("an Australian resolution urging": a nationality alone names no issuer; the document asks.)
        guard start < noun, !(start..<noun).allSatisfy({ tokens[$0].flags.contains(.nationality) }) else { return nil }
        return start..<noun
    }

    /// "It is time for X to Y", "It is of utmost importance that X Y", "Let us Y".
    static func impersonalCall(at i: Int, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let end = sentence.upperBound
        if tokens[i].is(.let) || tokens[i].is(.lets) {
            let actionStart = tokens[i].is(.lets) ? i + 1 : i + 2
            var verbAt = actionStart
            if verbAt < end, tokens[verbAt].is(.not) { verbAt += 1 }
            guard tokens[i].is(.lets) || (i + 1 < end && tokens[i + 1].is(.us)),
                  verbAt < end, looksLikeVerb(tokens[verbAt]),
                  let action = action(after: actionStart - 1, in: p, sentence: sentence) else { return nil }
            let opening = p.text(ofTokens: window(from: actionStart, to: min(action.upperBound, actionStart + 2))).lowercased()
            if CueGrammar.letUsWithoutACall.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) { return nil }
            let addressee = tokens[i].is(.let) ? (i + 1)..<(i + 2) : nil
            return FoundCall(cue: i..<actionStart, addressee: addressee, actions: split(action, in: p),
                             actor: .speaker, strength: .advice)
        }
        // "It's time", "It is time", "Now is the time": "it's" is one word.
        let contracted = tokens[i].is(.itS)
        guard contracted || (i + 2 < end && (tokens[i + 1].is(.is) || tokens[i + 1].is(.was))) else { return nil }
        var j = contracted ? i + 1 : i + 2
        if tokens[i].is(.now) {
            guard j + 1 < end, tokens[j].is(.the), tokens[j + 1].is(.time) else { return nil }
            j += 1
        }
        if j < end && tokens[j].is(.now) { j += 1 }
        if j < end && tokens[j].is(.high) { j += 1 }
        if j < end, tokens[j].is(.time), j + 2 < end, tokens[j + 1].is(.to), looksLikeVerb(tokens[j + 2]),
           let action = action(after: j + 1, in: p, sentence: sentence)
        {
            // "It's time to act": whoever hears it is asked.
            return FoundCall(cue: i..<(j + 2), addressee: nil, actions: split(action, in: p), actor: .speaker, strength: .request)
        }
        if j < end, tokens[j].is(.time), j + 1 < end, tokens[j + 1].is(.for) {
            guard let (addressee, to) = addresseeAndTo(from: j + 2, in: p, sentence: sentence),
                  let action = action(after: to, in: p, sentence: sentence) else { return nil }
            return FoundCall(cue: i..<(j + 2), addressee: addressee, actions: split(action, in: p),
                             actor: .speaker, strength: .request)
        }
        // "It is of utmost importance that", "It is vital that", "It is crucial for X to".
        var k = j
        var sawNecessity = false
        while k < end, k < j + 4 {
            // "It is also a more important opportunity than ever to …": an adjective before its
            // noun asks nothing.
            if !sawNecessity, tokens[k].is(oneOf: [.a, .an]) { return nil }
            if tokens[k].flags.contains(.necessity) {
                sawNecessity = true
                // "It is vital all eligible people keep up to date": the clause without its "that".
                // (The verb bare, as a call's is: "the talks resumed" reports, "our economy grows" hopes.)
                if k + 1 < end, tokens[k + 1].flags.contains(.determiner), !tokens[k + 1].is(.that),
                   let found = thatClause(cue: i..<(k + 1), from: k + 1, strength: .request, in: p, sentence: sentence, actor: .speaker),
                   let whom = found.addressee, whom.count >= 2, let first = found.actions.first?.first,
                   tokens[first].flags.contains(.baseVerb), tokens[first].flags.isDisjoint(with: [.endsInS, .endsInEd, .irregularPast]) {
                    return found
                }
            }
            if tokens[k].is(.that) || tokens[k].is(.for) { break }
            // "It is important to note that the building is safe": what is important is the
            // infinitive, asked of no one, and its "that" opens what is noted.
            if sawNecessity, tokens[k].is(.to) { return nil }
            // "It's important as we head into hurricane season that all of our Sailors …": a clause
            // of time or reason between the necessity and its "that".
            if sawNecessity, tokens[k].is(",") || tokens[k].is(oneOf: [.as, .when, .while, .because, .since]),
               let that = window(from: k + 1, to: min(end, k + 14)).first(where: { tokens[$0].is(.that) }),
               !((k + 1)..<that).contains(where: { tokens[$0].isSentenceEnd || tokens[$0].is(";") || tokens[$0].kind == .quoteMark }),
               that + 1 < end, tokens[that + 1].flags.contains(.determiner) {
                k = that
                break
            }
            k += 1
        }
        guard sawNecessity, k < end, tokens[k].is(oneOf: [.that, .for]) else { return nil }
        if tokens[k].is(.that) {
            guard var found = thatClause(cue: i..<(k + 1), from: k + 1, strength: .request, in: p, sentence: sentence, actor: .speaker)
            else { return nil }
            // "It is vital that whales are able to migrate": a verb in the indicative ("are",
            // "was") states what is so; what is asked takes the bare verb ("be", "and have a plan").
            found.actions.removeAll { action in
                guard let first = action.first, tokens[first].is(oneOf: [.is, .are, .was, .were]) else { return false }
                return !action.contains { $0 + 1 < action.upperBound && tokens[$0].is(.and)
                    && (tokens[$0 + 1].flags.contains(.baseVerb) || tokens[$0 + 1].is(oneOf: [.have, .be])) }
            }
            return found.actions.isEmpty ? nil : found
        }
        guard let (addressee, to) = addresseeAndTo(from: k + 1, in: p, sentence: sentence),
              let action = action(after: to, in: p, sentence: sentence) else { return nil }
        return FoundCall(cue: i..<(k + 1), addressee: addressee, actions: split(action, in: p),
                         actor: .speaker, strength: .request)
    }

    /// "The regime must cease all hostilities": a modal with a third party as its subject.
    static func modalCall(at i: Int, modal: CueGrammar.Modal, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let strength = modal.strength
        var next = i + 1
        // "We don't want to have to give permission": in an infinitive the obligation has no
        // subject of its own to ask.
        if modal.takesTo, i > sentence.lowerBound, tokens[i - 1].is(.to) { return nil }
        if modal.takesTo {
            guard next < sentence.upperBound else { return nil }
            if !tokens[next].is(.to) {
                // "we need the government to act": whom, then what; a request made of someone
                // named, where "the ministry needs to act" is advice.
                guard tokens[i].is(oneOf: [.need, .needs]), i > sentence.lowerBound,
                      tokens[i - 1].is(oneOf: [.we, .i]) else { return nil }
                // ("we need support to resolve this": a thing needed, and what it is for.)
                let found = objectAndTo(cue: i..<(i + 1), from: next, strength: .request, in: p, sentence: sentence)
                if let whom = found?.addressee, namesAThingAsked(whom, in: p) { return nil }
                return found
            }
            next += 1
        }
        guard next < sentence.upperBound, sameZone(i, next, p) else { return nil }
        // "must, therefore, ensure": an adverb set off by commas before the verb.
        let cueEnd = next
        if tokens[next].is(","), next + 3 < sentence.upperBound, tokens[next + 2].is(","), p.tag(next + 1) == .adverb { next += 3 }
        // ("because they must, enduring …": a modal with no verb after it asks nothing.)
        guard tokens[next].isWord else { return nil }
        if tokens[next].is(oneOf: [.have, .be, .not]) && !tokens[i].is(.must) { return nil }
        if tokens[next].is(.have) { return nil }
        // "crimes should never again be committed", "prisoners must be released": a passive
        // without its agent names no one who is to act, an impersonal requirement.
        var verb = next
        while verb < sentence.upperBound, tokens[verb].flags.contains(.beforeVerb), !tokens[verb].is(.be) { verb += 1 }
        // With its agent ("must be reviewed by an independent panel", "must be respected at all
        // times, by all") it still asks.
        // ("Australians must be prepared for …": a participle the tagger reads as an adjective is a
        // state the subject is asked to be in; "be empowered with …" is done to it.)
        let state = verb + 1 < sentence.upperBound && p.tag(verb + 1) == .adjective
            && !(verb + 2 < sentence.upperBound && tokens[verb + 2].is(oneOf: [.with, .by]))
        if verb + 1 < sentence.upperBound, tokens[verb].is(.be),
           !tokens[verb + 1].isCapitalized, !tokens[verb + 1].flags.isDisjoint(with: [.endsInEd, .irregularPast]), !state,
           !window(from: verb + 2, to: min(sentence.upperBound, verb + 9)).contains(where: { tokens[$0].is(.by) }) { return nil }
        // "Deniz should never have spent a day in prison": a regret about the past asks nothing.
        if next + 1 < sentence.upperBound, tokens[next].flags.contains(.beforeVerb) || tokens[next].is(.not),
           tokens[next + 1].is(.have) { return nil }
        let clause = FrameFinder.clauseStart(before: i, in: p, sentence: sentence)
        // "the need to finish": after a determiner the word is a noun; "should they wish": a
        // subject after the modal makes a condition or a question.
        // ("members were not immune and must ensure": after "and" the modal shares the clause's subject.)
        let shared = i - 1 > clause && tokens[i - 1].is(oneOf: [.and, .or])
        guard i - 1 >= clause, tokens[i - 1].isWord, !tokens[i - 1].flags.contains(.determiner),
              !ReferenceParser.isPossessive(tokens[i - 1]), ReferenceParser.subjectPronoun(tokens[next]) == nil,
              let subject = shared
                ? FrameFinder.mainSubject(in: p, from: reportedClause(from: clause, before: i, in: p) ?? clause, before: i - 1)
                : FrameFinder.subject(endingAt: i - 1, clauseStart: clause, in: p, sentence: sentence)
                    ?? relativeClauseEndingInVerb(before: i, clause: clause, in: p, sentence: sentence)
        else { return nil }
        // "never again should crimes be committed": an inverted modal has its subject after it.
        // ("the words that exist in the world's languages should": a subject found from a
        // preposition is the tail of a clause, not whom it asks.)
        if subject.allSatisfy({ tokens[$0].flags.contains(.beforeVerb) }) || tokens[subject.lowerBound].flags.contains(.preposition) { return nil }
        let impersonal: [KnownWord] = [
            .i, .we, .us, .you, .it, .this, .that, .there, .one, .which, .who, .what, .they, .he, .she, .anyone,
        ]
        // "this must stop" has no one to ask; "this violence must cease" names what must.
        // ("everyone must act" asks all there are.)
        // ("Anyone with information should contact police" names whom it asks.)
        let told = subject.count == 1 ? toldGroup(before: subject.lowerBound, clause: clause, in: p) : nil
        // "the leaders say they are committed, but they must do more": "they" with a group
        // named as a subject before it is that group, and "must" asks it.
        let named = subject.count == 1 && tokens[i].is(.must) && tokens[subject.lowerBound].is(.they)
            && antecedentOfThey(subject.lowerBound, in: p)
        if told == nil, !named, tokens[subject.lowerBound].is(oneOf: impersonal), subject.count == 1 || !tokens[subject.lowerBound].is(oneOf: [.this, .that, .anyone]) {
            return nil
        }
        if subject.count > 10 { return nil }
        // "Anyone who has symptoms should stay at home": a relative clause between its noun and
        // the modal is part of whom it asks.
        let whom = told ?? withRelativeClause(subject, clause: clause, in: p, sentence: sentence)
            ?? withModifyingPhrase(subject, clause: clause, in: p, sentence: sentence) ?? subject
        // "the support they need to remain open": a pronoun after a noun opens a relative clause.
        if subject.count > 1, ReferenceParser.subjectPronoun(tokens[subject.upperBound - 1]) != nil { return nil }
        // ("Why the Senate Should Ratify New START", "how the council must act": a question's or an account's clause.)
        // ("Even if a walker complies with the standard, parents must …": a condition closed by its comma is not the clause's.)
        if (clause..<subject.lowerBound).contains(where: { index in
            tokens[index].is(oneOf: [.if, .whether, .unless, .when]) && !(index..<subject.lowerBound).contains { tokens[$0].is(",") }
        })
            || (clause...subject.lowerBound).contains(where: { ["why", "how"].contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }) {
            return nil
        }
        guard let action = action(after: next - 1, in: p, sentence: sentence) else { return nil }
        // "growth that China should activate", "their view that all sides should refrain": a
        // clause after a noun and "that" describes the thing or gives what is held, and asks
        // nothing itself (a frame before it, "said that they must", "told reporters that the
        // rebels must", still reports a call; a stance it expresses does not).
        let noun = subject.lowerBound - 2
        if noun >= clause, tokens[noun + 1].is(oneOf: [.that, .which]),
           [.noun, .pronoun].contains(p.tag(noun)), !tokens[noun].flags.contains(.reporting),
           FrameFinder.stanceNouns.contains(tokens[noun].known) || tokens[noun].flags.contains(.abstractNoun)
            || !(max(clause, noun - 4)..<noun).contains(where: { tokens[$0].flags.contains(.reporting) && p.isVerb($0) }) {
            return nil
        }
        return FoundCall(cue: i..<cueEnd, addressee: whom, actions: split(action, in: p), actor: .speaker, strength: strength)
    }

    /// "Residents whose homes were flooded must", "Media representatives who wish to attend
    /// must": a relative clause of "who" or "whose" that ends in its verb, with its noun.
    static func relativeClauseEndingInVerb(before modal: Int, clause: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let last = modal - 1
        guard last > clause, p.tokens[last].isWord, p.isVerb(last) || !p.tokens[last].flags.isDisjoint(with: [.endsInEd, .irregularPast]),
              let relative = (max(clause + 1, modal - 12)..<last).last(where: { p.tokens[$0].is(.who) || p.text(ofTokens: $0..<($0 + 1)).lowercased() == "whose" }),
              !(relative..<modal).contains(where: { p.tokens[$0].is(",") || !p.sameQuote($0, modal) })
        else { return nil }
        return withRelativeClause(last..<modal, clause: clause, in: p, sentence: sentence)
    }

    /// Whether a group named as the subject of a verb stands before `they` in its paragraph,
    /// near enough for "they" to be it ("the Maoist leaders say they …").
    static func antecedentOfThey(_ they: Int, in p: ParagraphText) -> Bool {
        (max(0, they - 40)..<they).contains { index in
            let token = p.tokens[index]
            return token.isWord && token.flags.contains(.endsInS) && [.noun, .properNoun].contains(p.tag(index))
                && index + 1 < they && (p.tokens[index + 1].flags.contains(.auxiliary) || p.isVerb(index + 1))
                && p.sameQuote(index, they)
        }
    }

    /// The noun a relative clause ending in `subject` belongs to, with the clause: "Travellers
    /// who arrive after midnight". Nil when no "who" or "whose" after a noun opens the words
    /// before `subject` in its clause ("that" more often opens what was said).
    /// "$38 million", "USD 38 million", "38 million euros": a sum of money ("5,000 volunteers" are people).
    static func isAmount(at index: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        guard index + 1 < sentence.upperBound else { return false }
        let token = p.tokens[index]
        if token.kind == .number {
            return Lexicon.moneyWordSet.contains(p.text(ofTokens: (index + 1)..<(index + 2)).lowercased())
        }
        if !token.isWord { return Lexicon.currencySignSet.contains(p.text(ofTokens: index..<(index + 1))) }
        return token.isAcronym && p.tokens[index + 1].kind == .number
    }

    /// "told lawmakers (that) they must pass the bill": a "they" right after a telling verb and
    /// a group told is that group. (Reporters told are an audience, not the ones meant.)
    static func toldGroup(before they: Int, clause: Int, in p: ParagraphText) -> Range<Int>? {
        let tokens = p.tokens
        guard tokens[they].is(.they), they - 2 >= clause else { return nil }
        let end = tokens[they - 1].is(.that) ? they - 1 : they
        guard let verb = (max(clause, end - 5)..<(end - 1)).last(where: { tellingVerbs.contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) })
        else { return nil }
        let group = (verb + 1)..<end
        let last = tokens[end - 1]
        guard group.allSatisfy({ tokens[$0].isWord && !tokens[$0].is(.that) && !p.isVerb($0) }), last.isWord,
              last.flags.contains(.endsInS) || p.text(ofTokens: (end - 1)..<end).lowercased() == "them", !audienceWords.contains(p.text(ofTokens: (end - 1)..<end).lowercased())
        else { return nil }
        return group
    }

    static let tellingVerbs: Set<String> = ["told", "tells", "telling", "reminded", "reminds", "reminding"]
    static let audienceWords: Set<String> = ["reporters", "journalists", "newsmen", "listeners", "viewers", "readers"]

    /// "The minister noted that members …": where a clause reported after a frame's "that" begins.
    /// ("told VOA that", "said in a statement that": whom or where it was said may stand between.)
    static func reportedClause(from clause: Int, before i: Int, in p: ParagraphText) -> Int? {
        let tokens = p.tokens
        return (clause..<i).last(where: { that in
            guard tokens[that].is(.that), that > clause else { return false }
            if tokens[that - 1].flags.contains(.reporting) { return true }
            guard let verb = (max(clause, that - 5)..<(that - 1)).last(where: { tokens[$0].isWord && tokens[$0].flags.contains(.reporting) && p.isVerb($0) })
            else { return false }
            return ((verb + 1)..<that).allSatisfy { tokens[$0].isWord && !p.isVerb($0) && !tokens[$0].is(.that) && !tokens[$0].flags.contains(.clauseWord) }
        }).map { $0 + 1 }
    }

    /// The plural noun a phrase after "with", "from" or "without" ending in `subject` belongs
    /// to, with the phrase: "People with symptoms", "Visitors from affected countries". Nil
    /// when no such noun stands before it in its clause.
    static func withModifyingPhrase(_ subject: Range<Int>, clause: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        var index = subject.lowerBound - 1
        // The phrase's own article and modifiers: "from the affected countries".
        while index > clause, subject.lowerBound - index <= 3, tokens[index].isWord, !tokens[index].isCapitalized,
              !tokens[index].flags.contains(.preposition), tokens[index].flags.contains(.determiner) || tokens[index].flags.contains(.endsInEd)
                || p.tag(index) == .adjective { index -= 1 }
        guard index > clause else { return nil }
        // ("People affected by the floods", "Residents evacuated from the area": a participle
        // between the noun and its phrase, which may then open with "by", is of the phrase.)
        var noun = index - 1
        if noun > clause, tokens[noun].isWord, !tokens[noun].isCapitalized, !tokens[noun].flags.contains(.auxiliary),
           !tokens[noun].flags.isDisjoint(with: [.endsInEd, .irregularPast]) { noun -= 1 }
        guard tokens[index].is(oneOf: [.with, .from]) || (noun < index - 1 && tokens[index].is(.by))
                || p.text(ofTokens: index..<(index + 1)).lowercased() == "without",
              tokens[noun].isWord, !tokens[noun].isCapitalized || noun == clause,
              tokens[noun].flags.contains(.endsInS) || Reading.canSpeak(p.text(ofTokens: noun..<(noun + 1)).lowercased()),
              !p.isVerb(noun),
              let head = FrameFinder.subject(endingAt: noun, clauseStart: clause, in: p, sentence: sentence), head.upperBound == noun + 1
        else { return nil }
        return head.lowerBound..<subject.upperBound
    }

    static func withRelativeClause(_ subject: Range<Int>, clause: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        var index = subject.lowerBound - 1
        while index > clause, subject.lowerBound - index <= 10, tokens[index].isWord {
            // ("information that could help the inquiry": "that" or "which" with a verb right after
            // it is the subject of a clause about the noun before it, not what is held or said.)
            let relative = tokens[index].is(oneOf: [.that, .which]) && index > clause && index + 1 < subject.lowerBound
                && (tokens[index + 1].modal > 0 || tokens[index + 1].flags.contains(.auxiliary) || p.isVerb(index + 1))
                && p.tag(index - 1) == .noun
            if relative || tokens[index].is(.who) || (tokens[index].first == "w" && p.text(ofTokens: index..<(index + 1)) == "whose") {
                guard tokens[index - 1].isWord, [.noun, .properNoun, .pronoun].contains(p.tag(index - 1)) || tokens[index - 1].is(.anyone),
                      !tokens[index - 1].flags.contains(.reporting)
                else { return nil }
                // ("Anyone who …", "Those who …": the pronoun is the whole head.)
                if index - 1 == clause || !tokens[index - 2].isWord, p.tag(index - 1) == .pronoun || tokens[index - 1].is(.anyone) {
                    return (index - 1)..<subject.upperBound
                }
                guard let head = FrameFinder.subject(endingAt: index - 1, clauseStart: clause, in: p, sentence: sentence),
                      head.upperBound == index
                else { return nil }
                // ("Anyone with information that …": the noun may end a phrase of its own head.)
                let whole = relative ? withModifyingPhrase(head, clause: clause, in: p, sentence: sentence) ?? head : head
                return whole.lowerBound..<subject.upperBound
            }
            index -= 1
        }
        return nil
    }
}

/// A call to action as found in the tokens, before its actor is resolved.
struct FoundCall {
    enum Actor {
        /// The subject of the cue's clause, found when the call is recorded; or the agent of a
        /// passive, already found ("urged by colleagues").
        case subject(Range<Int>?)
        /// An agentless passive: "the parents were advised to".
        case nobody
        /// A modal or impersonal call: whoever speaks (the quote's speaker or the statement's voice).
        case speaker
    }

    var cue: Range<Int>
    var addressee: Range<Int>?
    var actions: [Range<Int>]
    var actor: Actor
    var strength: CallToAction.Strength
}

/// Finds calls to action in one sentence: a cue, whom it addresses, and what it asks.
enum CallFinder {
    /// The calls of one sentence, into a list that may have held another sentence's (its room
    /// is kept: a list made for each sentence was an allocation and a free each).
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
    private static func secondAddressee(of call: inout FoundCall, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        guard call.addressee != nil, let last = call.actions.last, let particle = tokens[call.cue.upperBound - 1].known,
              [KnownWord.on, .upon, .to, .with].contains(particle)
        else { return nil }
        guard let and = last.dropLast().first(where: { tokens[$0].is(.and) && tokens[$0 + 1].is(particle) }),
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
    private static func imperative(in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        guard let first = sentence.first(where: { tokens[$0].kind != .quoteMark }), p.quote(ofToken: first) != nil,
              first + 1 < sentence.upperBound
        else { return nil }
        // "Please help us", "Don't give up": a softener or a negation before the bare verb.
        var verbAt = first
        if tokens[first].is(oneOf: [.please, .dont]) {
            verbAt += 1
        } else if tokens[first].is(.do), tokens[first + 1].is(.not) {
            verbAt += 2
        }
        guard verbAt + 1 < sentence.upperBound else { return nil }
        let verb = tokens[verbAt]
        // A bare verb the lexicon knows, or one the tagger reads as a verb: "Stay at home".
        guard verb.isWord, verb.isCapitalized || verbAt > first,
              verb.flags.isDisjoint(with: [.callersStance, .auxiliary, .pronoun, .determiner, .endsInS, .endsInEd, .endsInIng]),
              !tokens[verbAt + 1].is(","), !tokens[verbAt + 1].is(oneOf: [.and, .or]), sameZone(first, verbAt + 1, p),
              let end = sentence.last(where: { tokens[$0].kind != .quoteMark }), !tokens[end].is("?"),
              let action = action(after: first - 1, in: p, sentence: sentence)
        else { return nil }
        // A bare verb the lexicon knows, or any verb after "Please" or "Don't"; the tagger has
        // the last word ("Free elections will …" opens with an adjective).
        guard verb.flags.contains(.baseVerb) || verbAt > first else { return nil }
        if let tag = p.tag(verbAt), tag != .verb { return nil }
        // "Free elections will rebuild confidence": a verb of its own before any comma makes
        // the first word a modifier of the subject.
        for index in (verbAt + 1)..<action.upperBound {
            if tokens[index].is(",") { break }
            if tokens[index].flags.contains(.auxiliary) || tokens[index].modal > 0 { return nil }
        }
        return FoundCall(cue: first..<(verbAt + 1), addressee: nil, actions: split(action, in: p), actor: .speaker, strength: .request)
    }

    private static func call(at i: Int, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
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
        if isRefused(before: i, in: p, sentence: sentence) { return nil }
        let previous = i - 1 >= sentence.lowerBound ? tokens[i - 1] : nil
        // "in order to", "on request": after a preposition the form is a noun of another phrase.
        if let previous, previous.isWord, previous.flags.contains(.preposition) { return nil }
        // "did not make a direct call for violence": after an adjective the form is a noun.
        if let previous, previous.isWord, !previous.isCapitalized,
           previous.flags.isDisjoint(with: [.pronoun, .auxiliary, .beforeVerb, .verbForm, .clauseWord, .determiner, .longLyWord, .endsSubject]),
           !ReferenceParser.isPossessive(previous), p.tag(i - 1) == .adjective, p.tag(i) == .noun
        {
            return nil
        }
        var cueStart = i
        var actor: FoundCall.Actor = .subject(nil)
        if let previous, previous.isWord, previous.flags.contains(.determiner) || ReferenceParser.isPossessive(previous) {
            // A noun: "renew our call on", "reaffirmed its appeal to", "the agency's recommendation".
            guard let noun = CueGrammar.all[number].partOfSpeech == .noun ? number : CueGrammar.nounCue(for: CueGrammar.all[number].lemma)
            else { return nil }
            number = noun
            if i - 2 >= sentence.lowerBound, tokens[i - 2].flags.contains(.renewsCall) {
                // "renew our call on", "issued an order to the units to"
                cueStart = i - 2
            } else if ReferenceParser.isPossessive(previous), previous.isCapitalized || previous.isAcronym {
                // "the agency's recommendation that": the possessor asks.
                var owner = i - 1
                while owner - 1 >= sentence.lowerBound, ReferenceParser.isNamePart(tokens[owner - 1]) || tokens[owner - 1].is(.the) { owner -= 1 }
                actor = .subject(owner..<i)
            } else {
                return nil
            }
        }
        let cue = CueGrammar.all[number]
        // "protesters calling for free elections" describes; "is calling on" calls.
        if cue.partOfSpeech == .verb, token.flags.contains(.endsInIng),
           !(previous?.is(oneOf: [.is, .are, .am, .was, .were, .be, .been]) ?? false)
        {
            return participleCall(at: i, cue: cue, in: p, sentence: sentence)
        }
        // "were advised to" is passive; "is calling on", with its -ing, is not.
        let passive = cue.partOfSpeech == .verb && !token.flags.contains(.endsInIng)
            && (previous?.is(oneOf: [.was, .were, .is, .are, .been, .be, .being]) ?? false)

        var next = i + 1
        while next < sentence.upperBound, tokens[next].is(oneOf: [
            .urgently, .again, .also, .strongly, .repeatedly, .publicly, .once, .further, .firmly, .now, .today, .formally, .jointly,
        ]) {
            next += 1
        }
        guard next < sentence.upperBound, sameZone(i, next, p) else { return nil }
        if passive { return passiveCall(at: i, next: next, cue: cue, in: p, sentence: sentence) }
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
                      let (addressee, to) = addresseeAndTo(from: next + 1, in: p, sentence: sentence),
                      let action = action(after: to, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(next + 1), addressee: addressee, actions: split(action, in: p),
                                  actor: actor, strength: cue.strength)
            case .addresseeTo:
                // "asked for privacy" is not "asked X to": a particle other than "with" is another frame.
                guard particle != .that, particle != .to, !tokens[next].flags.contains(.preposition) || particle == .with else { continue }
                found = objectAndTo(cue: cueStart..<(i + 1), from: next, strength: cue.strength, in: p, sentence: sentence)
            case .forAddresseeTo:
                guard particle == .for, let (addressee, to) = addresseeAndTo(from: next + 1, in: p, sentence: sentence, limit: 8),
                      let action = action(after: to, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(next + 1), addressee: addressee, actions: split(action, in: p),
                                  actor: actor, strength: cue.strength)
            case .forObject:
                guard particle == .for, let action = action(after: next, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(next + 1), addressee: nil, actions: split(objectPhrase(action, in: p), in: p),
                                  actor: actor, strength: cue.strength)
            case .object:
                // "potential requests ensures": a plural noun after an adjective asks nothing.
                let verbPlace = previous.map { $0.isCapitalized || $0.isAcronym || !$0.flags.isDisjoint(with: [.pronoun, .beforeVerb, .auxiliary, .longLyWord]) } ?? true
                guard cue.partOfSpeech == .verb, verbPlace || !token.flags.contains(.endsInS),
                      tokens[next].isWord, particle != .to, particle != .for, particle != .of,
                      particle != .that, !tokens[next].flags.contains(.preposition),
                      let action = action(after: i, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(i + 1), addressee: nil, actions: [objectPhrase(action, in: p)], actor: actor,
                                  strength: cue.strength)
            case .thatClause:
                guard particle == .that else { continue }
                found = thatClause(cue: cueStart..<(next + 1), from: next + 1, strength: cue.strength, in: p, sentence: sentence, actor: actor)
            case .gerund:
                guard tokens[next].isWord, !tokens[next].isCapitalized, tokens[next].flags.contains(.endsInIng),
                      let action = action(after: next - 1, in: p, sentence: sentence) else { continue }
                found = FoundCall(cue: cueStart..<(i + 1), addressee: nil, actions: [action], actor: actor, strength: cue.strength)
            }
            if var found {
                if case .subject(nil) = found.actor, case .subject(let owner?) = actor { found.actor = .subject(owner) }
                return found
            }
        }
        return nil
    }

    /// What is asked for as a noun phrase ends before a phrase of means, time or
    /// purpose: "requested donations via a statement on his blog, in order to help".
    private static func objectPhrase(_ action: Range<Int>, in p: ParagraphText) -> Range<Int> {
        let tokens = p.tokens
        for index in action.dropFirst() {
            let token = tokens[index]
            if token.is(oneOf: [.via, .during, .after, .before, .since, .using, .while, .because]) {
                return action.lowerBound..<index
            }
        }
        return action
    }

    /// "the parents were advised to send", "they were called on to", "He was urged by
    /// colleagues to resign" (the agent asks). An agentless requirement ("Entrants were
    /// required to build") is a rule, not a call.
    private static func passiveCall(at i: Int, next: Int, cue: CueGrammar.Cue, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let particle = tokens[next].known
        var to = next
        var agent: Range<Int>? = nil
        if particle == .on || particle == .upon { to += 1 }
        if particle == .by {
            var k = next + 1
            while k < sentence.upperBound, k < next + 9, sameZone(i, k, p), !tokens[k].is(.to), !tokens[k].is(",") { k += 1 }
            guard k < sentence.upperBound, k > next + 1, tokens[k].is(.to) else { return nil }
            agent = (next + 1)..<k
            to = k
        }
        if agent == nil, cue.asker != .anyone { return nil }
        guard to + 1 < sentence.upperBound, tokens[to].is(.to), looksLikeVerb(tokens[to + 1]),
              let action = action(after: to, in: p, sentence: sentence) else { return nil }
        let subjectEnd = i - 1
        let addressee = FrameFinder.subject(
            endingAt: subjectEnd - 1 >= sentence.lowerBound ? subjectEnd - 1 : subjectEnd,
            clauseStart: FrameFinder.clauseStart(before: i, in: p, sentence: sentence), in: p, sentence: sentence)
        let cueRange = agent == nil ? (i - 1)..<(to + 1) : (i - 1)..<(i + 1)
        return FoundCall(cue: cueRange, addressee: addressee, actions: split(action, in: p),
                         actor: agent.map { .subject($0) } ?? .nobody, strength: cue.strength)
    }

    /// "The court required the company to": a requirement asks when someone who can speak
    /// makes it, not when a visa, a rule or a law does.
    private static func hasSpeakingSubject(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let clause = FrameFinder.clauseStart(before: i, in: p, sentence: sentence)
        var k = i - 1
        while k >= clause, p.tokens[k].flags.contains(.beforeVerb) { k -= 1 }
        guard k >= clause, let subject = FrameFinder.subject(endingAt: k, clauseStart: clause, in: p, sentence: sentence) else { return false }
        let last = p.tokens[subject.upperBound - 1]
        if last.isCapitalized || last.isAcronym || ReferenceParser.subjectPronoun(last) != nil { return true }
        return last.flags.contains(.roleNoun) || last.flags.contains(.organisation)
    }

    /// An asking participle that names whom it asks and what: "calling for the government to
    /// stop", "asking him to help", "encouraging members to".
    private static func participleCall(at i: Int, cue: CueGrammar.Cue, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let strength = cue.strength
        guard i + 1 < sentence.upperBound, sameZone(i, i + 1, p) else { return nil }
        let tokens = p.tokens
        var from = i + 1
        if tokens[from].is(oneOf: [.for, .on, .upon]) { from += 1 }
        // "calling the organisation by phone to …" telephones; "calling for X to" asks.
        if cue.lemma == "call", from == i + 1 { return nil }
        guard from < sentence.upperBound, let (addressee, to) = addresseeAndTo(from: from, in: p, sentence: sentence, limit: 8),
              let action = action(after: to, in: p, sentence: sentence) else { return nil }
        // The participle's subject is the main clause's: "Poun was arrested for holding a sign
        // calling for …".
        let clause = FrameFinder.clauseStart(before: i, in: p, sentence: sentence)
        let subject = FrameFinder.mainSubject(in: p, from: clause, before: i)
        return FoundCall(cue: i..<from, addressee: addressee, actions: split(action, in: p), actor: subject.map { .subject($0) } ?? .nobody,
                         strength: strength)
    }

    /// "It is time for X to Y", "It is of utmost importance that X Y", "Let us Y".
    private static func impersonalCall(at i: Int, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let end = sentence.upperBound
        if tokens[i].is(.let) || tokens[i].is(.lets) {
            let actionStart = tokens[i].is(.lets) ? i + 1 : i + 2
            var verbAt = actionStart
            if verbAt < end, tokens[verbAt].is(.not) { verbAt += 1 }
            guard tokens[i].is(.lets) || (i + 1 < end && tokens[i + 1].is(.us)),
                  verbAt < end, looksLikeVerb(tokens[verbAt]),
                  let action = action(after: actionStart - 1, in: p, sentence: sentence) else { return nil }
            let addressee = tokens[i].is(.let) ? (i + 1)..<(i + 2) : nil
            return FoundCall(cue: i..<actionStart, addressee: addressee, actions: split(action, in: p),
                             actor: .speaker, strength: .encouragement)
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
            if tokens[k].flags.contains(.necessity) { sawNecessity = true }
            if tokens[k].is(.that) || tokens[k].is(.for) { break }
            k += 1
        }
        guard sawNecessity, k < end else { return nil }
        if tokens[k].is(.that) {
            return thatClause(cue: i..<(k + 1), from: k + 1, strength: .request, in: p, sentence: sentence, actor: .speaker)
        }
        guard let (addressee, to) = addresseeAndTo(from: k + 1, in: p, sentence: sentence),
              let action = action(after: to, in: p, sentence: sentence) else { return nil }
        return FoundCall(cue: i..<(k + 1), addressee: addressee, actions: split(action, in: p),
                         actor: .speaker, strength: .request)
    }

    /// "The regime must cease all hostilities": a modal with a third party as its subject.
    private static func modalCall(at i: Int, modal: CueGrammar.Modal, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        let tokens = p.tokens
        let strength = modal.strength
        var next = i + 1
        if modal.takesTo {
            guard next < sentence.upperBound else { return nil }
            if !tokens[next].is(.to) {
                // "we need the government to act": whom, then what.
                guard tokens[i].is(oneOf: [.need, .needs]), i > sentence.lowerBound,
                      tokens[i - 1].is(oneOf: [.we, .i]) else { return nil }
                return objectAndTo(cue: i..<(i + 1), from: next, strength: strength, in: p, sentence: sentence)
            }
            next += 1
        }
        guard next < sentence.upperBound, sameZone(i, next, p) else { return nil }
        if tokens[next].is(oneOf: [.have, .be, .not]) && !tokens[i].is(.must) { return nil }
        if tokens[next].is(.have) { return nil }
        // "crimes should never again be committed", "prisoners must be released": a passive
        // without its agent names no one who is to act, an impersonal requirement.
        var verb = next
        while verb < sentence.upperBound, tokens[verb].flags.contains(.beforeVerb), !tokens[verb].is(.be) { verb += 1 }
        // With its agent ("must be reviewed by an independent panel") it still asks.
        if verb + 1 < sentence.upperBound, tokens[verb].is(.be),
           !tokens[verb + 1].isCapitalized, !tokens[verb + 1].flags.isDisjoint(with: [.endsInEd, .irregularPast]),
           !((verb + 2)..<min(sentence.upperBound, verb + 4)).contains(where: { tokens[$0].is(.by) }) { return nil }
        // "Deniz should never have spent a day in prison": a regret about the past asks nothing.
        if next + 1 < sentence.upperBound, tokens[next].flags.contains(.beforeVerb) || tokens[next].is(.not),
           tokens[next + 1].is(.have) { return nil }
        let clause = FrameFinder.clauseStart(before: i, in: p, sentence: sentence)
        guard i - 1 >= clause, tokens[i - 1].isWord,
              let subject = FrameFinder.subject(endingAt: i - 1, clauseStart: clause, in: p, sentence: sentence)
        else { return nil }
        // "never again should crimes be committed": an inverted modal has its subject after it.
        if subject.allSatisfy({ tokens[$0].flags.contains(.beforeVerb) }) { return nil }
        let impersonal: [KnownWord] = [
            .i, .we, .us, .you, .it, .this, .that, .there, .one, .which, .who, .what, .they, .he, .she, .everyone, .everybody, .anyone,
        ]
        if tokens[subject.lowerBound].is(oneOf: impersonal) || subject.count > 10 { return nil }
        if (clause..<subject.lowerBound).contains(where: { tokens[$0].is(oneOf: [.if, .whether, .unless, .when]) }) { return nil }
        guard let action = action(after: next - 1, in: p, sentence: sentence) else { return nil }
        return FoundCall(cue: i..<next, addressee: subject, actions: split(action, in: p), actor: .speaker, strength: strength)
    }

    /// "urged Afghan political leaders to come together": whom, then `to`, then what.
    private static func objectAndTo(cue: Range<Int>, from start: Int, strength: CallToAction.Strength, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        var from = start
        if from < sentence.upperBound, p.tokens[from].is(.with) { from += 1 }
        guard let (addressee, to) = addresseeAndTo(from: from, in: p, sentence: sentence),
              let action = action(after: to, in: p, sentence: sentence) else { return nil }
        return FoundCall(cue: cue, addressee: addressee, actions: split(action, in: p), actor: .subject(nil), strength: strength)
    }

    /// "demand that the authorities release ...": the clause's subject is the addressee.
    private static func thatClause(cue: Range<Int>, from start: Int, strength: CallToAction.Strength, in p: ParagraphText, sentence: Range<Int>, actor: FoundCall.Actor = .subject(nil)) -> FoundCall? {
        let tokens = p.tokens
        var verb = start
        while verb < sentence.upperBound, verb < start + 10, sameZone(start, verb, p) {
            let token = tokens[verb]
            if verb > start, token.isWord, !token.isCapitalized,
               token.flags.contains(.verbForm) || token.modal > 0
            { break }
            verb += 1
        }
        guard verb > start, verb < sentence.upperBound, verb < start + 10,
              let action = action(after: verb - 1, in: p, sentence: sentence) else { return nil }
        return FoundCall(cue: cue, addressee: start..<verb, actions: split(action, in: p), actor: actor, strength: strength)
    }

    /// Whom a call addresses, up to the `to` that starts the action; nil when there is no
    /// such `to` close by, or what follows `to` is not a verb ("appeal to the UN").
    private static func addresseeAndTo(from start: Int, in p: ParagraphText, sentence: Range<Int>, limit: Int = 14) -> (Range<Int>, Int)? {
        let tokens = p.tokens
        var index = start
        var limit = limit
        var relative = false
        while index < sentence.upperBound, index < start + limit, sameZone(start, index, p) {
            let token = tokens[index]
            // "called on the committee, which they see as biased, to make changes": a relative
            // clause between commas belongs to the addressee.
            if token.is(","), index + 1 < sentence.upperBound, tokens[index + 1].is(oneOf: [.which, .who]),
               let close = ((index + 2)..<min(sentence.upperBound, index + 16)).first(where: { tokens[$0].is(",") })
            {
                limit += close - index
                index = close + 1
                continue
            }
            if token.kind == .quoteMark || token.is(";") || token.is(":") { return nil }
            // "press the regime for access, and stand ready to deliver": a second verb of the
            // caller's own after "and" ends the search for whom.
            if index > start, token.is(.and), index + 1 < sentence.upperBound, tokens[index - 1].is(","),
               tokens[index + 1].isWord, !tokens[index + 1].isCapitalized, tokens[index + 1].flags.contains(.baseVerb) { return nil }
            // "who asked not to be named": the asker's wish for itself, with no one asked.
            if index == start, token.is(.not) { return nil }
            // "asked officials how ...": a question, not a call.
            if token.is(oneOf: [.how, .what, .why, .whether, .if, .where, .when, .that]) { return nil }
            // "tells VOA it is still too soon to tell": a verb of its own makes a clause, not whom
            // ("those who are protesting" has its verb inside a relative clause).
            if token.is(oneOf: [.who, .which]) { relative = true }
            if index > start, !relative, token.isWord, !token.isCapitalized, token.flags.contains(.auxiliary) || token.modal > 0 {
                return nil
            }
            // "donations via a statement on his blog, in order to help": a purpose, not whom.
            if token.is(.to), index - 2 >= start, tokens[index - 2].is(.in), tokens[index - 1].cue > 0 { return nil }
            if token.is(.to), index > start, index + 1 < sentence.upperBound {
                var verb = index + 1
                if tokens[verb].is(.not) { verb += 1 }
                if verb < sentence.upperBound, looksLikeVerb(tokens[verb]) {
                    // "warned members not to sign": the negation is part of what is asked.
                    if index - 1 > start, tokens[index - 1].is(.not) { return (start..<(index - 1), index - 2) }
                    return (start..<index, index)
                }
            }
            index += 1
        }
        return nil
    }

    private static func looksLikeVerb(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        if token.flags.contains(.baseVerb) { return true }
        return token.flags.isDisjoint(with: [.determiner, .pronoun, .endsInIng, .endsInEd, .endsInS])
    }

    /// What is asked: from after `position` to the end of its clause.
    private static func action(after position: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        let tokens = p.tokens
        let start = position + 1
        // The zone the action is read in: the narration it starts from, when it starts with a
        // phrase quoted in passing ("called for “maximum restraint” from all sides").
        let zone = closeOfQuoteInPassing(openingAt: start, in: p, sentence: sentence) == nil ? start : position
        var end = start
        while end < sentence.upperBound {
            // "urged Pakistan to take “meaningful action” against ...": a phrase quoted in
            // passing is read through; any other quote mark ends the action.
            if let close = closeOfQuoteInPassing(openingAt: end, in: p, sentence: sentence) {
                end = close + 1
                continue
            }
            guard sameZone(zone, end, p) else { break }
            let token = tokens[end]
            if token.isSentenceEnd || token.is(";") || token.is(":") || token.isDash || token.is(")") || token.kind == .quoteMark { break }
            // "urged X to refrain ... and demanded Y": a second finished verb starts a new clause.
            // "... to send her to a doctor, but he replied": so does a new subject, and after
            // ", but" a phrase with an article ("..., but the chair replied").
            if token.is(.and) || token.is(.but), end + 1 < sentence.upperBound,
               isFinite(tokens[end + 1]) || tokens[end + 1].is(oneOf: [.he, .she, .they, .we, .i])
                || (token.is(.but) && tokens[end - 1].is(",") && tokens[end + 1].flags.contains(.determiner)) { break }
            // "... reviewed by an independent panel, it said.": the reporting clause is not asked.
            if token.is(","), closesWithReportingClause(after: end, in: p, sentence: sentence) { break }
            end += 1
        }
        while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// The closing mark of a quote that opens at `mark` inside a clause of narration, right
    /// after a word, and closes in the same sentence with no sentence ending inside: a phrase
    /// quoted in passing ("called for “maximum restraint” from all sides"). Nil for any other
    /// token, and for a quotation that is a sentence of its own.
    private static func closeOfQuoteInPassing(openingAt mark: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        guard p.tokens[mark].kind == .quoteMark, mark > sentence.lowerBound, p.tokens[mark - 1].isWord,
              p.isNarration(mark - 1), !p.tokens[mark - 1].flags.contains(.reporting),  // "he replied “I am not able”" is speech
              let number = p.quote(ofToken: mark)
        else { return nil }
        let quote = p.quotes[number]
        guard quote.openMark == mark, let close = quote.closeMark, close < sentence.upperBound,
              !quote.tokens.dropLast().contains(where: { p.tokens[$0].isSentenceEnd })
        else { return nil }
        return close
    }

    /// A verb in the past or third person: "demanded", "told", "calls".
    private static func isFinite(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        if token.flags.contains(.irregularPast) { return true }
        guard token.flags.contains(.verbForm), !token.flags.contains(.baseVerb) else { return false }
        return !token.flags.isDisjoint(with: [.endsInEd, .endsInS])
    }

    private static func closesWithReportingClause(after comma: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        var index = comma + 1
        var words = 0
        while index < sentence.upperBound, words < 5 {
            let token = tokens[index]
            if token.isSentenceEnd { return false }
            if token.isWord, !token.isCapitalized || words > 0, token.flags.contains(.reporting) {
                var after = index + 1
                while after < sentence.upperBound, tokens[after].isWord, words + (after - index) < 8,
                      !tokens[after].flags.contains(.verbForm) || tokens[after].isCapitalized { after += 1 }
                return after >= sentence.upperBound || tokens[after].isSentenceEnd || tokens[after].is(",")
            }
            if token.isWord { words += 1 }
            index += 1
        }
        return false
    }

    /// Coordinated actions become separate calls: "come together, resolve their differences,
    /// and form ..." is three. A split is made only where a known verb begins the next part.
    static func split(_ action: Range<Int>, in p: ParagraphText) -> [Range<Int>] {
        let tokens = p.tokens
        var parts: [Range<Int>] = []
        var partStart = action.lowerBound
        var index = action.lowerBound + 1
        // "train a team that could, if required, provide assistance": inside a relative clause
        // a comma or "and" coordinates the clause's own verbs, not the actions asked.
        var inRelativeClause = false
        while index < action.upperBound {
            let token = tokens[index]
            if token.is(oneOf: [.that, .which, .who]), index > partStart, tokens[index - 1].isWord, !tokens[index - 1].is(.and) {
                inRelativeClause = true
            }
            if token.is(.and), index + 1 < action.upperBound, tokens[index + 1].is(.that), index > partStart {
                // "called for an investigation and that those responsible be brought to justice"
                parts.append(partStart..<index)
                partStart = index + 2
                index += 2
                continue
            }
            if !inRelativeClause, token.is(",") || token.is(.and) || token.is(.or) {
                var next = index + 1
                // "accept and fully comply with": an adverb may stand before the second verb, and
                // starts its part.
                var adverb: Int?
                while next < action.upperBound {
                    if tokens[next].is(oneOf: [.and, .or, .then, .also, .to, .not]) || tokens[next].is(",") {
                        next += 1
                    } else if adverb == nil, tokens[next].flags.contains(.longLyWord), !tokens[next].flags.contains(.baseVerb),
                              p.tag(next) != .verb {
                        adverb = next
                        next += 1
                    } else {
                        break
                    }
                }
                if next < action.upperBound, next > index, tokens[next].isWord, !tokens[next].isCapitalized,
                   index > partStart, tokens[next].flags.contains(.baseVerb)
                    || (tokens[next].flags.isDisjoint(with: [.determiner, .pronoun, .preposition, .beforeVerb, .endsInIng])
                        && p.tag(next) == .verb)
                {
                    parts.append(partStart..<index)  // not empty: index > partStart
                    partStart = adverb ?? next
                    index = next
                }
            }
            index += 1
        }
        // Kept only when not empty, as it is made: a filter afterwards was a second list.
        if partStart < action.upperBound { parts.append(partStart..<action.upperBound) }
        return parts
    }

    /// "We call on", "I would also urge": the caller speaks of itself, so a bare verb after
    /// "and" can be its own (a third person's "and condemned" is cut by `isFinite` already).
    private static func callerIsFirstPerson(before cue: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        var index = cue - 1
        while index >= sentence.lowerBound, index >= cue - 3, p.tokens[index].isWord,
              !p.tokens[index].flags.isDisjoint(with: [.beforeVerb, .auxiliary, .longLyWord]) || p.tokens[index].is(oneOf: [.also, .again, .once, .further])
        {
            index -= 1
        }
        return index >= sentence.lowerBound && p.tokens[index].is(oneOf: [.we, .i])
    }

    /// "We call on those who are protesting to do so peacefully and condemn the attacks": the
    /// part from "and condemn" on is the caller's own stance, not a second thing asked.
    private static func actionsBeforeCallersOwnStance(_ actions: [Range<Int>], in p: ParagraphText) -> [Range<Int>] {
        guard let own = actions.indices.dropFirst().first(where: { part in
            let first = actions[part].lowerBound
            return p.tokens[first].flags.contains(.callersStance) && !p.tokens[first].isCapitalized
                && first - 1 >= 0 && p.tokens[first - 1].is(.and)
        }) else { return actions }
        return Array(actions[..<own])
    }

    /// "rejected a call for", and a negated cue: "We are not asking for favours" asks nothing.
    private static func isRefused(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let low = max(sentence.lowerBound, i - 3)
        if (low..<i).contains(where: { p.tokens[$0].flags.contains(.refusesCall) }) { return true }
        let near = max(sentence.lowerBound, i - 2)
        return (near..<i).contains { p.tokens[$0].is(.not) }
    }

    private static func sameZone(_ a: Int, _ b: Int, _ p: ParagraphText) -> Bool {
        p.sameQuote(a, b) && p.tokens[b].kind != .quoteMark
    }
}

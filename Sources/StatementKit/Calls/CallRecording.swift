/// A call the `CallFinder` found, given its actor and written into the document.
extension Reading {
    // MARK: Calls

    /// "prompting the White House on Friday to urge": the object of a verb that has its object
    /// act, without a trailing "on Friday" or "today", is the infinitive's subject.
    func controllingObject(before to: Int, from clause: Int, in p: ParagraphText) -> Range<Int>? {
        guard let verb = (max(clause, to - 8)..<to).last(where: { index in
            p.tokens[index].isWord && CueGrammar.objectControlVerbs.contains(p.text(ofTokens: index..<(index + 1)).lowercased())
        }), !(verb..<to).contains(where: { p.tokens[$0].is(",") }) else { return nil }
        var end = to
        if end - 2 > verb + 1, p.tokens[end - 2].is(.on), p.tokens[end - 1].flags.contains(.calendar) { end -= 2 }
        if end - 1 > verb + 1, ["today", "yesterday", "again"].contains(p.text(ofTokens: (end - 1)..<end).lowercased()) { end -= 1 }
        return end > verb + 1 ? (verb + 1)..<end : nil
    }

    mutating func record(_ found: FoundCall, in p: ParagraphText, sentence: Range<Int>, number: Int, quoteSpeakers: [Int?], reporter: Int?) {
        let quoteIndex = p.quote(ofToken: found.cue.lowerBound)
        let quoteSpeaker = quoteIndex.flatMap { quoteSpeakers[$0] }
        var actor: Int?
        // "“Leader Reid and Speaker Boehner asked us to …”": each named caller makes the call.
        var fellowActors: [Int] = []
        // "We call on …" before the text has said who "we" is.
        var awaitsVoice = false
        var purposeOfTheSpeaker = false
        switch found.actor {
        case .nobody:
            actor = nil
        case .speaker:
            actor = quoteIndex == nil ? reporter ?? cast.voice : quoteSpeaker
            awaitsVoice = quoteIndex == nil && actor == nil
        case .subject(let agent):
            let clause = FrameFinder.clauseStart(before: found.cue.lowerBound, in: p, sentence: sentence)
            var k = found.cue.lowerBound - 1
            // ("The two have each urged", "We all call on": a quantifier floated after the
            // auxiliary or the pronoun is no subject.)
            while k >= clause, p.standsBeforeVerb(k) || k > clause && p.tokens[k].is(oneOf: [.both, .all, .each])
                    && (p.tokens[k - 1].flags.contains(.auxiliary) || ReferenceParser.subjectPronoun(p.tokens[k - 1]) != nil) { k -= 1 }
            var subject: Range<Int>? = agent ?? CallFinder.documentOwner(before: found.cue.lowerBound, in: p, sentence: sentence)
            // "continues to call for", "staged a rally outside the UN to demand": an infinitive's
            // subject is its clause's.
            // So is a gerund's after "in" or "by" ("I am proud to speak … in calling on").
            if subject == nil, k > clause, p.tokens[k].is(.to)
                || (p.tokens[k].is(oneOf: [.in, .by]) && p.tokens[found.cue.lowerBound].flags.contains(.endsInIng)) {
                // "…, and we continue to call for", "…, and I join it in urging": a subject pronoun
                // before the governing verb, in the same stretch between commas, is its subject.
                if let pronoun = (max(clause, k - 4)..<k).last(where: { index in
                    ReferenceParser.subjectPronoun(p.tokens[index]) != nil && index + 1 < k && p.isVerb(index + 1)
                        && !(index..<k).contains(where: { p.tokens[$0].is(",") })
                }) {
                    subject = pronoun..<(pronoun + 1)
                } else if let object = controllingObject(before: k, from: clause, in: p) {
                    subject = object
                } else {
                    // "Morsi was forced from office after Egyptians took to the streets to demand his
                    // removal": the infinitive's subject is that of the clause "after" opens.
                    let opener = (clause..<k).last { index in
                        p.tokens[index].is(oneOf: [.after, .before, .because, .since, .while, .when, .once, .although, .though])
                            && index + 1 < k && !p.isVerb(index + 1)
                    }
                    subject = FrameFinder.mainSubject(in: p, from: opener.map { $0 + 1 } ?? clause, before: k)
                }
                // "The purpose of our trip is to call for …": a purpose asks nothing; whoever
                // speaks does.
                if let found = subject, found.contains(where: { CueGrammar.purposeNouns.contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }),
                   k - 1 > clause, p.tokens[k - 1].flags.contains(.auxiliary) {
                    subject = nil
                    actor = quoteIndex == nil ? reporter ?? cast.voice : quoteSpeaker
                    awaitsVoice = quoteIndex == nil && actor == nil
                    purposeOfTheSpeaker = true
                }
            }
            // "We support the proposal … and call on all participants": a cue after "and" shares
            // the clause's subject.
            // ("Jane Roe said they were “astonishing”, and urged": over words quoted in passing.)
            if subject == nil, !purposeOfTheSpeaker, k >= clause, p.tokens[k].is(.and) {
                let whole = FrameFinder.clauseStart(before: found.cue.lowerBound, in: p, sentence: sentence, overQuotesInPassing: true)
                if k > whole { subject = FrameFinder.mainSubject(in: p, from: whole, before: k) }
                // ("Jane Roe said council members voiced concern and called for": the reported clause's.)
                if let main = subject, let inner = Self.reportedClauseSubject(after: main, before: k, in: p) { subject = inner }
            }
            // "…condemned the attacks on civilians in Gaza, reiterating their call for": a participle
            // after a comma asks for the main clause's subject, not for the last name before it.
            if subject == nil, !purposeOfTheSpeaker, k > clause, found.cue.lowerBound == k + 1, p.tokens[k].is(","), p.isNarration(k),
               p.tokens[found.cue.lowerBound].flags.contains(.endsInIng), !p.tokens[found.cue.lowerBound].isCapitalized {
                subject = FrameFinder.mainSubject(in: p, from: clause, before: k)
            }
            if subject == nil, !purposeOfTheSpeaker, k >= clause {
                subject = FrameFinder.subject(endingAt: k, clauseStart: clause, in: p, sentence: sentence)
            }
            // "Urging residents to stay indoors, the mayor warned …": a participle opening the
            // sentence has the main clause's subject.
            if subject == nil, !purposeOfTheSpeaker, quoteIndex == nil {
                subject = CallFinder.subjectAfterOpeningParticiple(cue: found.cue, in: p, sentence: sentence)
            }
            // "Remember to ask your doctor", "Don't forget to ask": the verb of an imperative, or
            // its "do" or "never", is no one who asks; whoever speaks does.
            if let found = subject, found.count == 1, p.tokens[found.lowerBound].isCapitalized,
               found.lowerBound == CallFinder.openingWord(of: sentence, in: p) || p.quote(ofToken: found.lowerBound) != nil,
               p.tokens[found.lowerBound].flags.contains(.negation) || p.tokens[found.lowerBound].is(.do)
                || (p.tokens[found.lowerBound + 1].is(.to) && p.tag(found.lowerBound) == .verb) {
                subject = nil
                if !purposeOfTheSpeaker { actor = quoteIndex == nil ? nil : quoteSpeaker }
            }
            // "William Hague and Justine Greening called for …", "Senators A (R-OH), B (D-CT) and C
            // urged …": people named in full who ask together are one joint caller, each listed too.
            // (The subject found may be the list's last name only: the list opens the clause, after
            // any dateline and a fronted "Today,".)
            let listed = subject.map { subject -> Range<Int> in
                let opening = Dateline.end(in: p, sentence: sentence) ?? clause
                let start = FrameFinder.firstChunkAfterAdverbials(from: opening, before: subject.lowerBound, tokens: p.tokens)
                if start < subject.lowerBound && (p.tokens[subject.lowerBound - 1].is(.and) || p.tokens[subject.lowerBound - 1].is(",")) {
                    return start..<subject.upperBound
                }
                // Or its first name only: "Senators A (R-OH), B (D-CT) and C (R-IA) sent a letter …, urging".
                var after = subject.upperBound
                if after < sentence.upperBound, p.tokens[after].is("("),
                   let close = window(from: after, to: min(sentence.upperBound, after + 8)).first(where: { p.tokens[$0].is(")") }) { after = close + 1 }
                guard after < sentence.upperBound, p.tokens[after].is(","),
                      let verb = window(from: after, to: min(sentence.upperBound, after + 40)).first(where: { p.isVerb($0) }) else { return subject }
                return subject.lowerBound..<verb
            }
            // "the Bureau of Reclamation and multiple federal, state, and local agencies are
            // encouraging": a body named beside others only counted is the one that asks.
            if let whole = listed, let first = subject, whole.lowerBound < first.lowerBound,
               let and = whole.first(where: { p.tokens[$0].is(.and) }), and > whole.lowerBound, and + 1 < whole.upperBound,
               p.tokens[and + 1].isWord, !p.tokens[and + 1].isCapitalized,
               Self.countingWords.contains(p.text(ofTokens: (and + 1)..<(and + 2)).lowercased()),
               !(whole.lowerBound..<and).contains(where: { p.tokens[$0].is(",") }),
               (whole.lowerBound..<and).contains(where: { p.tokens[$0].isCapitalized && ReferenceParser.isNamePart(p.tokens[$0]) }) {
                subject = whole.lowerBound..<and
            }
            if let subject = listed, quoteIndex == nil, let ids = peopleNamedInFull(in: [subject], of: p, sentence: number) {
                actor = cast.jointSpeaker(of: ids)
            } else if let whole = listed, let last = subject, quoteIndex == nil, let id = jointBody(listed: whole, last: last, in: p, sentence: number) {
                actor = id
            } else if let subject, let names = coordinatedPeople(in: subject, of: p, sentence: number) {
                // "Leader Roe and Speaker Doe asked …": titled surnames ask together too; in a
                // quotation ("Leader Roe and Speaker Doe asked us to"), each speaker's words name
                // whom they heard ask, one by one.
                if quoteIndex == nil {
                    actor = cast.jointSpeaker(of: names)
                } else {
                    actor = names[0]
                    fellowActors = Array(names.dropFirst())
                }
            } else if let subject, let reference = reference(of: p.tokens[subject]) {
                let scope = quoteIndex == nil ? cast.voice : quoteSpeaker
                if case .pronoun(let pronoun) = reference, quoteIndex != nil, pronoun == .we || pronoun == .i {
                    actor = quoteSpeaker
                } else if case .name(let name) = reference, name.kind == .organisation, let quoteSpeaker,
                          speaksNow(p.tokens[found.cue.lowerBound]) {
                    // "“The EU urges all sides to …,” Borrell said": a body calling in the present,
                    // inside a quotation, is the speaker speaking for it, as "we" would.
                    actor = quoteSpeaker
                } else if case .name = reference {
                    actor = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope)
                } else if quoteIndex != nil, case .description(let description) = reference, description.definite,
                          p.tokens[subject.lowerBound].is(.the), Self.describesSpeakers(description.head),
                          !speaksNow(p.tokens[found.cue.lowerBound]) {
                    // "“The governors are right to call for …”": others the speaker names make their own call.
                    actor = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope)
                } else if quoteIndex != nil, case .description(let description) = reference, description.kind == .document {
                    // "“An Australian resolution urging Japan to refrain …”": a document asks in its own words.
                    actor = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope)
                } else if quoteIndex != nil, case .pronoun(let pronoun) = reference, pronoun == .he || pronoun == .she,
                          let other = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope), other != quoteSpeaker {
                    // "“He wants to keep calling on the Russians to …,” the colonel said": "he" in a
                    // quotation is never its speaker, but someone named before.
                    actor = other
                } else if quoteIndex != nil {
                    actor = quoteSpeaker
                } else {
                    actor = cast.resolve(reference, sentence: number, position: subject.lowerBound, scope: scope)
                    if case .pronoun(let pronoun) = reference, pronoun == .we || pronoun == .i, actor == nil, !questionerSpeaks { awaitsVoice = true }
                    // "While recognising Israel's right …, it urged Israel to": no one asks itself; the
                    // pronoun means someone named before the sentence.
                    if case .pronoun = reference, let id = actor, let name = cast.name(of: id), let whom = found.addressee,
                       p.substring(ofTokens: whom).contains(name) {
                        actor = cast.resolve(reference, sentence: number, position: sentence.lowerBound, scope: scope)
                    }
                }
                if quoteIndex == nil, let actor, mentionsStatement(in: p, from: subject.lowerBound, sentence: sentence) {
                    cast.statementIssuer = actor
                }
            } else if !purposeOfTheSpeaker {
                actor = quoteIndex == nil ? nil : quoteSpeaker
            }
        }
        if let actor {
            cast.markSpeaking(actor, takingTurn: !found.callerInPassing)
            if quoteIndex == nil && cast.voice == nil { cast.voice = actor }
        }
        for fellow in fellowActors { cast.markSpeaking(fellow) }
        let addressees: [Range<Int>?] = found.addressee.map {
            CallFinder.conjuncts(of: $0, after: found.cue, actions: found.actions, in: p).map(Optional.some)
        } ?? [nil]
        let cueTokens = found.frameCue ?? found.cue
        let cue = p.text(ofTokens: cueTokens)
        let start = min(found.cue.lowerBound, found.addressee?.lowerBound ?? found.cue.lowerBound)
        let cueSpan = cueTokens.isEmpty ? nil : p.span(ofTokens: cueTokens)
        let group = calls.count
        for caller in [actor] + fellowActors.map(Optional.some) {
            for whom in addressees {
                let addressee = whom.map { p.substring(ofTokens: $0) }
                let addresseeSpan = whom.flatMap { $0.isEmpty ? nil : p.span(ofTokens: $0) }
                for action in found.actions {
                    // (A frame's cue after the quotation stands outside the span, which ends with the action.)
                    let span = p.span(ofTokens: start..<action.upperBound)
                    calls.append(CallToAction(
                        paragraph: p.index, span: span, actor: nil, cue: cue, addressee: addressee,
                        action: p.substring(ofTokens: action), strength: found.strength, cueSpan: cueSpan, addresseeSpan: addresseeSpan,
                        actionSpan: action.isEmpty ? TextSpan(start: span.end, end: span.end) : p.span(ofTokens: action), group: group))
                    callActors.append(caller)
                    if awaitsVoice, voicelessCalls.count < Self.voicelessLimit { voicelessCalls.append(calls.count - 1) }
                }
            }
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

    /// The calls "we" made before the text said who "we" is: the statement's voice, once known,
    /// makes them ("We call on … The EU calls on …").
    mutating func giveVoicelessCallsTheirVoice() {
        guard !voicelessCalls.isEmpty, let voice = cast.voice else { return }
        for index in voicelessCalls where callActors[index] == nil { callActors[index] = voice }
        cast.markSpeaking(voice, takingTurn: false)
        voicelessCalls.removeAll()
    }

    /// "Jane Roe said council members expressed concern … and called for": after a reporting
    /// verb, a clause whose own subject is people or a body, with a finished verb of doing, is
    /// what a cue after "and" continues. ("said they were astonishing, and urged", "said the
    /// plan was sound and called for": a pronoun, a thing or a state leaves the call the reporter's.)
    static func reportedClauseSubject(after main: Range<Int>, before k: Int, in p: ParagraphText) -> Range<Int>? {
        let tokens = p.tokens
        var verb = main.upperBound
        if verb < k, tokens[verb].is(",") { verb += 1 }
        while verb < k, tokens[verb].isWord, !tokens[verb].isCapitalized, tokens[verb].flags.contains(.longLyWord) { verb += 1 }
        guard verb < k, tokens[verb].isWord, !tokens[verb].isCapitalized, tokens[verb].flags.contains(.reporting),
              !tokens[verb].flags.isDisjoint(with: [.endsInEd, .irregularPast, .endsInS]), p.isVerb(verb) else { return nil }
        var start = verb + 1
        if start < k, tokens[start].is(.that) { start += 1 }
        guard start < k, tokens[start].isWord, ReferenceParser.subjectPronoun(tokens[start]) == nil,
              let inner = FrameFinder.mainSubject(in: p, from: start, before: k), inner.lowerBound == start || tokens[start].is(.the),
              inner.upperBound < k, !(inner).contains(where: { tokens[$0].is(",") }) else { return nil }
        let head = tokens[inner.upperBound - 1]
        guard head.isWord, head.flags.isDisjoint(with: [.pronoun]),
              head.isCapitalized || Reading.canSpeak(p.text(ofTokens: (inner.upperBound - 1)..<inner.upperBound).lowercased()) else { return nil }
        // Its verb: done, in the past ("expressed", "had gathered"), not "was", "should" or "has" alone.
        let haves: Set<String> = ["had", "has", "have"]
        var doing = inner.upperBound
        if doing + 1 < k, haves.contains(p.text(ofTokens: doing..<(doing + 1)).lowercased()) { doing += 1 }
        guard doing < k, tokens[doing].modal == 0, !tokens[doing].flags.contains(.auxiliary),
              !haves.contains(p.text(ofTokens: doing..<(doing + 1)).lowercased()),
              CallFinder.isFinite(tokens[doing]) || (doing > inner.upperBound && tokens[doing].flags.contains(.endsInEd))
        else { return nil }
        return inner
    }

    /// "urges", "calls": a verb in the present tense of the third person.
    private func speaksNow(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && token.flags.contains(.endsInS) && !token.flags.contains(.endsInEd)
    }

    /// Words that count others beside a body named before "and" ("… and several other agencies").
    static let countingWords: Set<String> = ["multiple", "several", "many", "various", "numerous", "other", "some", "dozens", "scores"]

    /// Calls waiting for the voice: a statement names itself within a few paragraphs, if at all.
    static let voicelessLimit = 32

    /// "The UK Government and the Irish Government call on …", "France, Germany and the UK
    /// urged …": bodies named in a list that ask together are one caller, named as the list
    /// names them. `last` is the subject the clause was read to have: the list or its last item.
    private mutating func jointBody(listed whole: Range<Int>, last: Range<Int>, in p: ParagraphText, sentence: Int) -> Int? {
        let tokens = p.tokens
        guard last.upperBound == whole.upperBound, whole.contains(where: { tokens[$0].is(.and) }) else { return nil }
        // (The commas and "and"s between the names part them: "Health and Human Services" is
        // one name, read whole before its parts are.)
        if case .name(let name)? = reference(of: tokens[whole]), name.kind != .person, name.name.contains(" and ") { return nil }
        var parts: [Range<Int>] = []
        var start = whole.lowerBound
        for index in whole where tokens[index].is(",") || tokens[index].is(.and) {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        parts.append(start..<whole.upperBound)
        guard parts.count >= 2 else { return nil }
        var names: [(Reference, position: Int)] = []
        for part in parts {
            guard tokens[part.lowerBound].is(.the) || tokens[part.lowerBound].isCapitalized,
                  let reference = reference(of: tokens[part]), case .name(let name) = reference, name.kind != .person
            else { return nil }
            names.append((reference, part.lowerBound))
        }
        var ids: [Int] = []
        for (reference, position) in names {
            guard let id = cast.resolve(reference, sentence: sentence, position: position), cast.entities[id].kind != .person,
                  !ids.contains(id) else { return nil }
            ids.append(id)
        }
        var surface = p.substring(ofTokens: whole)
        if surface.hasPrefix("The ") || surface.hasPrefix("the ") { surface = surface.dropFirst(4) }
        return cast.jointSpeaker(of: ids, named: String(surface))
    }

    /// Two people's names joined by "and" ("Leader Reid and Speaker Boehner"), each resolved;
    /// nil for any other subject ("the Department of Health and Human Services").
    private mutating func coordinatedPeople(in subject: Range<Int>, of p: ParagraphText, sentence: Int) -> [Int]? {
        var subject = subject
        // "Guterres and Francis on Saturday called on": when is no part of the second name.
        if subject.count > 4, FrameFinder.saysWhereOrWhen(at: subject.upperBound - 2, tokens: p.tokens) {
            subject = subject.lowerBound..<(subject.upperBound - 2)
        }
        let joints = subject.filter { p.tokens[$0].is(.and) }
        guard joints.count == 1, let and = joints.first, and > subject.lowerBound, and + 1 < subject.upperBound,
              !subject.contains(where: { p.tokens[$0].is(",") }) else { return nil }
        var people: [(Reference, position: Int, hasRole: Bool)] = []
        for part in [subject.lowerBound..<and, (and + 1)..<subject.upperBound] {
            guard p.tokens[part.lowerBound].isCapitalized, let reference = reference(of: p.tokens[part]),
                  case .name(let name) = reference, name.kind == .person
            else { return nil }
            people.append((reference, part.lowerBound, name.role != nil))
        }
        // "BC Welfare and Civil Supplies Minister Gangula Kamalakar": words before "and" with no
        // role of their own, when a role follows, are the first half of that role.
        if people[1].hasRole, !people[0].hasRole { return nil }
        var names: [Int] = []
        for person in people {
            guard let resolved = cast.resolve(person.0, sentence: sentence, position: person.position) else { return nil }
            names.append(resolved)
        }
        return names[0] == names[1] ? nil : names
    }
}

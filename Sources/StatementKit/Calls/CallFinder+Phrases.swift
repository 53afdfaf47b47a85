/// Whom a cue asks and what: the phrases after it, and where an action ends and splits.
extension CallFinder {
    /// "urged Afghan political leaders to come together": whom, then `to`, then what.
    static func objectAndTo(cue: Range<Int>, from start: Int, strength: CallToAction.Strength, in p: ParagraphText, sentence: Range<Int>) -> FoundCall? {
        var from = start
        if from < sentence.upperBound, p.tokens[from].is(.with) { from += 1 }
        guard let (addressee, to) = addresseeAndTo(from: from, in: p, sentence: sentence),
              let action = action(after: to, in: p, sentence: sentence) else { return nil }
        return FoundCall(cue: cue, addressee: addressee, actions: split(action, in: p), actor: .subject(nil), strength: strength)
    }

    /// "demand that the authorities release ...": the clause's subject is the addressee.
    static func thatClause(cue: Range<Int>, from start: Int, strength: CallToAction.Strength, in p: ParagraphText, sentence: Range<Int>, actor: FoundCall.Actor = .subject(nil)) -> FoundCall? {
        let tokens = p.tokens
        var verb = start
        while verb < sentence.upperBound, verb < start + 10, sameZone(start, verb, p) {
            let token = tokens[verb]
            // ("that all Canadians get the flu shot": a verb the word lists lack, tagged as one;
            // "anyone crossing the border" is still whom, a participle after it.)
            // ("that the report be published": right after an article the word is a noun.)
            // ("that residents in the areas affected by the storm stay tuned": a participle before
            // "by" describes the noun before it.)
            if verb > start, verb + 1 < sentence.upperBound, tokens[verb + 1].is(.by), token.isWord, !token.isCapitalized,
               tokens[verb - 1].isWord, tokens[verb - 1].flags.isDisjoint(with: [.auxiliary, .pronoun, .determiner, .preposition]),
               !token.flags.isDisjoint(with: [.endsInEd, .irregularPast]) {
                verb += 1
                continue
            }
            if verb > start, token.isWord, !token.isCapitalized, !tokens[verb - 1].flags.contains(.determiner),
               token.flags.contains(.verbForm) || token.modal > 0
                || (p.isVerb(verb) && token.flags.isDisjoint(with: [.endsInIng, .endsInEd]))
            { break }
            verb += 1
        }
        guard verb > start, verb < sentence.upperBound, verb < start + 10,
              let action = action(after: verb - 1, in: p, sentence: sentence) else { return nil }
        // "insisted that Mr. Musharraf must step down": the clause's own "must" is the call's cue.
        if tokens[verb].is(.must) { return nil }
        return FoundCall(cue: cue, addressee: start..<verb, actions: split(action, in: p), actor: actor, strength: strength)
    }

    /// "urged the US on Friday to", "call upon all parties immediately to": when or how the
    /// call was made, after whom, is no part of whom.
    static func withoutWhenOrHow(_ whom: Range<Int>, in p: ParagraphText) -> Range<Int> {
        let tokens = p.tokens
        var end = whom.upperBound
        while end - 1 > whom.lowerBound {
            let last = tokens[end - 1]
            if last.isWord, !last.isCapitalized, last.flags.contains(.endsInLy), !last.flags.contains(.roleNoun), p.tag(end - 1) == .adverb {
                end -= 1
            } else if end - 2 > whom.lowerBound, last.isWord, last.isCapitalized, last.flags.contains(.calendar), tokens[end - 2].is(.on) {
                end -= 2
            } else {
                break
            }
        }
        return whom.lowerBound..<end
    }

    /// Whom a call addresses, up to the `to` that starts the action; nil when there is no
    /// such `to` close by, or what follows `to` is not a verb ("appeal to the UN").
    /// "at every level", "with any influence": a phrase a lowercase preposition (not `to`) opens.
    static func opensSetOffPhrase(_ index: Int, in p: ParagraphText) -> Bool {
        index < p.tokens.count && p.tokens[index].isWord && !p.tokens[index].isCapitalized
            && p.tokens[index].flags.contains(.preposition) && !p.tokens[index].is(.to)
    }

    static func addresseeAndTo(from start: Int, in p: ParagraphText, sentence: Range<Int>, limit: Int = 14) -> (Range<Int>, Int)? {
        let tokens = p.tokens
        var index = start
        var limit = limit
        var relative = false
        var relativeAt: Int?
        var zone = start
        while index < sentence.upperBound, index < start + limit {
            // 'appealed to "all parties" to de-escalate', 'urged the "rebel" leaders to': a few
            // words of whom quoted in passing are whom still.
            if let close = closeOfQuotedWords(openingAt: index, in: p, sentence: sentence) {
                limit += close + 1 - index
                index = close + 1
                zone = index
                continue
            }
            // 'urged "both sides" to show restraint': whom quoted whole right after the cue,
            // the `to` of what is asked back in the narration after the closing mark.
            if index > start, index + 2 < sentence.upperBound, tokens[index + 1].is(.to),
               closesQuotedWhom(at: index, openedBefore: start, in: p), looksLikeVerb(tokens[index + 2]) {
                return (start..<index, index + 1)
            }
            guard sameZone(zone, index, p) else { break }
            let token = tokens[index]
            // "we recommend — as a precaution — boiling tap water to kill …": an aside set off by a
            // dash right after the cue is how it is asked, never whom.
            // ("As the county issued evacuation orders, the mayor urged people to": nor does a
            // clause after a comma, whose own verb asks.)
            if index == start, token.isDash || token.is(",") { return nil }
            // "called on the committee, which they see as biased, to make changes": a relative
            // clause between commas belongs to the addressee.
            if token.is(","), index + 1 < sentence.upperBound, tokens[index + 1].is(oneOf: [.which, .who]),
               let close = window(from: index + 2, to: min(sentence.upperBound, index + 16)).first(where: { tokens[$0].is(",") })
            {
                limit += close - index
                index = close + 1
                continue
            }
            // "the Sudan Armed Forces (SAF) and the forces of the SPLM/A-N (SPLM/A-N) to cease":
            // a name's letters in brackets take no room of whom, and a second party after "and
            // the" has room of its own.
            if token.is("("), index > start, let close = window(from: index + 1, to: min(sentence.upperBound, index + 10)).first(where: { tokens[$0].is(")") }) {
                limit += close + 1 - index
                index = close + 1
                continue
            }
            if token.is(.and), index > start, index + 1 < sentence.upperBound, tokens[index + 1].is(.the) { limit = max(limit, min(24, index - start + 12)) }
            // "encourage everyone, especially seniors, young children and anyone with health
            // issues, to get": a list of those meant most belongs to it, up to the comma before `to`.
            if token.is(","), index > start, index + 2 < sentence.upperBound,
               ["especially", "particularly", "including", "notably"].contains(p.text(ofTokens: (index + 1)..<(index + 2)).lowercased()),
               let close = window(from: index + 2, to: min(sentence.upperBound - 1, index + 24)).first(where: { tokens[$0].is(",") && tokens[$0 + 1].is(.to) })
            {
                limit += close - index
                index = close + 1
                continue
            }
            // "appeal to everybody, at every level, with any influence, with any authority, to
            // help": phrases a preposition opens, each set off by a comma up to the comma before
            // `to`, say which of whom, however many there are.
            if token.is(","), index > start, index + 2 < sentence.upperBound, opensSetOffPhrase(index + 1, in: p),
               let close = window(from: index + 2, to: min(sentence.upperBound - 1, index + 40)).first(where: { tokens[$0].is(",") && tokens[$0 + 1].is(.to) }),
               ((index + 1)..<close).allSatisfy({ tokens[$0].isWord && !p.isVerb($0) || tokens[$0].is(",") && opensSetOffPhrase($0 + 1, in: p) }) {
                limit += close - index
                index = close + 1
                continue
            }
            // "I'm appealing to the world — please help": whom, then the plea itself after a dash.
            if token.isDash, index > start, index + 2 < sentence.upperBound, tokens[index + 1].is(.please),
               looksLikeVerb(tokens[index + 2]) {
                return (start..<index, index + 1)
            }
            // "elements of two groups -- Lashkar and Ahl -- to join forces": so does a
            // name set between dashes.
            // ("--" is two hyphens, the first after a space, the last before one.)
            if token.isDash || (token.first.isHyphen && token.spaceBefore && !token.isWord), index > start, index + 2 < sentence.upperBound,
               let close = window(from: index + 2, to: min(sentence.upperBound, index + 16)).first(where: { tokens[$0].isDash
                   || (!tokens[$0].isWord && tokens[$0].first.isHyphen && tokens[$0].spaceBefore) }),
               ((index + 1)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].is(",") || tokens[$0].first.isHyphen }) {
                var next = close + 1
                while next < sentence.upperBound, !tokens[next].isWord, tokens[next].first.isHyphen { next += 1 }
                limit += next - index
                index = next
                continue
            }
            if token.kind == .quoteMark && !isPluralPossessive(index, in: p) || token.is(";") || token.is(":") { return nil }
            // "press the regime for access, and stand ready to deliver": a second verb of the
            // caller's own after "and" ends the search for whom.
            if index > start, token.is(.and), index + 1 < sentence.upperBound, tokens[index - 1].is(","),
               tokens[index + 1].isWord, !tokens[index + 1].isCapitalized, tokens[index + 1].flags.contains(.baseVerb) { return nil }
            // "called for early elections and asked supporters to stay calm": a cue verb in the
            // past or present after "and" makes a call of its own, whose whom this is not.
            if index > start, token.is(.and), index + 1 < sentence.upperBound, tokens[index + 1].cue > 0, !tokens[index + 1].isCapitalized,
               !tokens[index + 1].flags.isDisjoint(with: [.endsInEd, .irregularPast, .endsInS]), p.isVerb(index + 1) { return nil }
            // "calling for calm and urging the media to report": so does a second asking participle
            // after a first.
            if index > start, token.is(.and), index + 1 < sentence.upperBound, tokens[index + 1].cue > 0, !tokens[index + 1].isCapitalized,
               tokens[index + 1].flags.contains(.endsInIng), followsParticipleCue(start, in: p, sentence: sentence) { return nil }
            // "who asked not to be named": the asker's wish for itself, with no one asked.
            // ("measuring pressure is still used to measure": a verb after the cue makes the cue a noun.)
            if index == start, token.is(.not) || token.flags.contains(.auxiliary) || token.modal > 0 { return nil }
            // "actors that are part of the group": after a noun, "that" opens a relative clause.
            if token.is(.that), index > start, index + 1 < sentence.upperBound, tokens[index - 1].isWord,
               !tokens[index - 1].isCapitalized, p.tag(index - 1) == .noun,
               tokens[index + 1].flags.contains(.auxiliary) || p.isVerb(index + 1) {
                relative = true
                limit += 8
                index += 1
                continue
            }
            // "ask for your patience as we work to restore power": a clause of its own ends whom.
            if index > start, token.is(.as), index + 1 < sentence.upperBound, ReferenceParser.subjectPronoun(tokens[index + 1]) != nil { return nil }
            // "asked officials how ...": a question, not a call.
            if token.is(oneOf: [.how, .what, .why, .whether, .if, .where, .when, .that]) { return nil }
            // "told him about the steps needed to tackle it": a topic after the person told, not
            // a call ("those with information about the crimes to report them" asks).
            if index == start + 1, !relative, token.is(oneOf: [.about, .regarding, .concerning]),
               tokens[start].flags.contains(.pronoun) || tokens[start].isCapitalized { return nil }
            // "tells VOA it is still too soon to tell": a verb of its own makes a clause, not whom
            // ("those who are protesting" has its verb inside a relative clause).
            // ("anyone who was in the area around 10 p.m. and may have footage to come forward":
            // the relative clause takes room of its own.)
            // "warned the community about a scam in which callers pretend to be deputies": after a
            // preposition, "which" opens a clause with a subject of its own, whose verb the `to` is.
            if token.is(oneOf: [.which, .whom]), index > start, tokens[index - 1].isWord, tokens[index - 1].flags.contains(.preposition) {
                return nil
            }
            if token.is(oneOf: [.who, .which]) {
                if !relative { limit += 10 }
                relative = true
                relativeAt = index
            }
            if index > start, !relative, token.isWord, !token.isCapitalized, token.flags.contains(.auxiliary) || token.modal > 0 {
                return nil
            }
            // "Tell your family you want to be a donor": a subject pronoun and its verb open the
            // clause told, whose infinitive is no act asked.
            if index > start, !relative, index + 1 < sentence.upperBound, ReferenceParser.subjectPronoun(token) != nil || token.is(.you),
               tokens[index + 1].isWord, !tokens[index + 1].is(.to), !tokens[index - 1].is(.of), p.isVerb(index + 1) {
                return nil
            }
            // "donations via a statement on his blog, in order to help": a purpose, not whom.
            if token.is(.to), index - 2 >= start, tokens[index - 2].is(.in), tokens[index - 1].cue > 0 { return nil }
            // "demand answers from the Administrator on his plans to roll back …": the plans' `to`.
            if token.is(.to), index - 1 >= start, CueGrammar.nounsBeforeTheirInfinitive.contains(p.text(ofTokens: (index - 1)..<index).lowercased()) {
                return nil
            }
            // "all fans hoping to buy tickets to register early": the infinitive of a participle
            // inside whom is the participle's; whom goes on to the `to` of the act asked.
            // ("those who are protesting to do so peacefully": a participle after its auxiliary is
            // the relative clause's verb, and the `to` is the act's.)
            // ("residents interested in gardening, composting or recycling to contact": a gerund
            // after a preposition, or listed after one, names a thing and takes no infinitive.)
            if token.is(.to), index - 1 > start, !relative, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized,
               tokens[index - 1].flags.contains(.endsInIng), tokens[index - 1].cue == 0, !tokens[index - 2].flags.contains(.auxiliary),
               !tokens[index - 2].flags.contains(.preposition), !tokens[index - 2].is(oneOf: [.and, .or]), !tokens[index - 2].is(","),
               p.isVerb(index - 1) {
                limit += 8
                index += 1
                continue
            }
            // "residents who want to avoid foreclosure to contact", "anyone who wishes to leave,
            // to not delay": the infinitive right after a relative clause's verb is that verb's
            // when a second `to` and a bare verb follow within a few words.
            if token.is(.to), let relativeAt, index - 1 > relativeAt, p.isVerb(index - 1),
               !tokens[index - 1].flags.contains(.auxiliary), index + 1 < sentence.upperBound, looksLikeVerb(tokens[index + 1]),
               let stop = window(from: index + 2, to: min(sentence.upperBound - 2, index + 7)).first(where: { !tokens[$0].isWord || tokens[$0].is(.to) }),
               case let later = tokens[stop].is(",") ? stop + 1 : stop, tokens[later].is(.to),
               tokens[later + 1].is(.not) || looksLikeVerb(tokens[later + 1]) && (tokens[later + 1].flags.contains(.baseVerb) || p.tag(later + 1) == .verb) {
                limit = max(limit, later - start + 2)
                index = later
                if later > stop { return (withoutWhenOrHow(start..<stop, in: p), later) }
                continue
            }
            if token.is(.to), index > start, index + 1 < sentence.upperBound {
                var verb = index + 1
                // 'called on the port authority to: "Close the terminal …"': the asked words quoted after a colon.
                if tokens[verb].is(":"), verb + 2 < sentence.upperBound, tokens[verb + 1].kind == .quoteMark,
                   p.quote(ofToken: verb + 1).map({ p.quotes[$0].openMark == verb + 1 }) ?? false,
                   tokens[verb + 2].isCapitalized, tokens[verb + 2].flags.contains(.baseVerb) {
                    return (start..<index, verb + 1)
                }
                // "advises residents to: check …; forward …": the acts asked listed after a colon.
                if tokens[verb].is(":"), verb + 1 < sentence.upperBound, tokens[verb + 1].isWord, !tokens[verb + 1].isCapitalized,
                   tokens[verb + 1].flags.contains(.baseVerb) {
                    return (withoutWhenOrHow(start..<index, in: p), verb)
                }
                if tokens[verb].is(.not) { verb += 1 }
                // "enjoined them to always abide by": an adverb between "to" and its verb.
                // (Asked of the tagger only for a word the lists make no verb: most sentences need it for nothing else.)
                if verb + 1 < sentence.upperBound, tokens[verb].isWord, !tokens[verb].isCapitalized,
                   tokens[verb].flags.isDisjoint(with: [.baseVerb, .verbForm, .determiner, .pronoun]),
                   tokens[verb].flags.contains(.endsInLy) || tokens[verb].flags.contains(.beforeVerb) || p.tag(verb) == .adverb { verb += 1 }
                // "appealed to residents to “exercise prudence”": the asked verb quoted in passing.
                if verb + 1 < sentence.upperBound, closeOfQuoteInPassing(openingAt: verb, in: p, sentence: sentence) != nil { verb += 1 }
                // "called for an end to violence": a noun after "to" makes it a preposition.
                // ("reminding visitors to national parks of the risk": an adjective after "to" is a place's.)
                // (After "not to" a word is the verb, whatever the tagger makes of "feed".)
                if verb < sentence.upperBound, looksLikeVerb(tokens[verb]),
                   tokens[verb].flags.contains(.baseVerb) || tokens[index - 1].is(.not) || (p.tag(verb) != .noun && p.tag(verb) != .adjective) {
                    // "warned members not to sign": the negation is part of what is asked.
                    if index - 1 > start, tokens[index - 1].is(.not) { return (start..<(index - 1), index - 2) }
                    return (withoutWhenOrHow(start..<index, in: p), index)
                }
            }
            index += 1
        }
        // 'called on the league "to punish any club …"': the asked infinitive quoted whole.
        if index > start, index + 2 < sentence.upperBound, index < start + limit, tokens[index].kind == .quoteMark, tokens[index + 1].is(.to),
           closeOfQuoteInPassing(openingAt: index, in: p, sentence: sentence) != nil, looksLikeVerb(tokens[index + 2]) {
            return (start..<index, index + 1)
        }
        return nil
    }

    /// Whether `mark` closes the quotation whose opening mark stands right before `start`.
    static func closesQuotedWhom(at mark: Int, openedBefore start: Int, in p: ParagraphText) -> Bool {
        guard p.tokens[mark].kind == .quoteMark, start > 0, let number = p.quote(ofToken: start) else { return false }
        return p.quotes[number].openMark == start - 1 && p.quotes[number].closeMark == mark
    }

    /// The closing mark of a quotation in passing of one to four words, none of them "to",
    /// that opens at `mark` and is followed by more words.
    static func closeOfQuotedWords(openingAt mark: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        guard p.tokens[mark].kind == .quoteMark, let close = closeOfQuoteInPassing(openingAt: mark, in: p, sentence: sentence),
              (2...5).contains(close - mark), close + 1 < sentence.upperBound, p.tokens[close + 1].isWord,
              ((mark + 1)..<close).allSatisfy({ p.tokens[$0].isWord && !p.tokens[$0].is(.to) }) else { return nil }
        return close
    }

    static func looksLikeVerb(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        if token.flags.contains(.baseVerb) { return true }
        return token.flags.isDisjoint(with: [.determiner, .pronoun, .endsInIng, .endsInEd, .endsInS])
    }

    /// Whether the cue nearest before `index` is a participle ("calling for", "urging X to"):
    /// only then is an asking participle after "and" its parallel.
    static func followsParticipleCue(_ index: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard let cue = (max(sentence.lowerBound, index - 12)..<index).last(where: { tokens[$0].isWord && tokens[$0].cue > 0 }) else { return false }
        return tokens[cue].flags.contains(.endsInIng) && !tokens[cue].isCapitalized
    }

    /// What is asked: from after `position` to the end of its clause.
    static func action(after position: Int, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
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
            // "answers from the Environmental Protection Agency (EPA) on": brackets opened in
            // the action close in it.
            if token.is("("), let close = (end + 1..<sentence.upperBound).first(where: { tokens[$0].is(")") || tokens[$0].is("(") }),
               tokens[close].is(")") {
                end = close + 1
                continue
            }
            // ("to: check …; forward …; and do not click …": after a colon, items parted by
            // semicolons, each opening with its verb, are all asked.)
            if token.is(";"), start - 1 >= 0, tokens[start - 1].is(":"), end + 2 < sentence.upperBound,
               case let item = tokens[end + 1].is(oneOf: [.and, .or]) ? end + 2 : end + 1, tokens[item].isWord, !tokens[item].isCapitalized,
               opensAListedAct(tokens[item]) {
                end += 1
                continue
            }
            if token.isSentenceEnd || token.is(";") || token.is(":") || token.isDash || token.is(")")
                || token.kind == .quoteMark && !isPluralPossessive(end, in: p) { break }
            // "urged X to refrain ... and demanded Y": a second finished verb starts a new clause.
            // "... to send her to a doctor, but he replied": so does a new subject, and after
            // ", but" a phrase with an article ("..., but the chair replied").
            // ("our new and improved app": a participle between an adjective and its noun goes on.)
            if token.is(.and) || token.is(.but), end + 1 < sentence.upperBound,
               isFinite(tokens[end + 1]) && !modifiesNoun(participle: end + 1, in: p, sentence: sentence)
                || tokens[end + 1].is(oneOf: [.he, .she, .they, .we, .i]) || pastVerbWithObject(at: end + 1, in: p, sentence: sentence)
                || (token.is(.but) && tokens[end - 1].is(",") && tokens[end + 1].flags.contains(.determiner)) { break }
            // "…to tolerate, and the mainstream media laughs about it": after ", and", an article
            // or a name, whose noun has a finished verb opens a clause of its own ("…, and the
            // villages around them" goes on).
            if token.is(.and), end > start, tokens[end - 1].is(","), end + 1 < sentence.upperBound,
               tokens[end + 1].flags.contains(.determiner) || (tokens[end + 1].isCapitalized && tokens[end + 1].isWord),
               startsClause(after: end, in: p, sentence: sentence, within: 6) { break }
            // "Drivers must slow down and passengers should wear belts": a noun phrase and a
            // modal after "and" are a second clause, which asks on its own.
            // (Not inside a clause of the action's own: "a place where Albanians, Serbs and others must live".)
            if token.is(.and) || token.is(.but), opensModalClause(after: end, in: p, sentence: sentence),
               !(start..<end).contains(where: { tokens[$0].flags.contains(.clauseWord) }) { break }
            // "to delay the vote because she feared …", "…, while also stressing …": the caller's
            // reason, or what else the caller did, is not asked.
            if end > start, token.is(.because) || (token.is(.while) && tokens[end - 1].is(",")) { break }
            // "to agree to a peace deal as part of efforts to stabilize …": why it is asked.
            if end > start, end + 2 < sentence.upperBound, token.is(.as),
               p.text(ofTokens: (end + 1)..<(end + 3)).lowercased() == "part of" { break }
            // "to stop the fighting after clashes erupted", "after receiving a petition": what came
            // before the call, told as a clause, is not asked ("look after the children" is a verb's).
            if end > start, token.is(.after), !tokens[end - 1].flags.contains(.baseVerb), startsClause(after: end, in: p, sentence: sentence) { break }
            // "to take action, as the death toll topped 600": a clause of its own after ", as" tells
            // the news around the call ("…, as well as", "…, as a measure" go on with the action).
            // (So does ", when" with a clause: "…, when he narrowly lost to …".)
            // ("…, as authorities are working on it": a bare plural or a name opens one too.)
            if end > start, token.is(.as) || token.is(.when), tokens[end - 1].is(","), end + 1 < sentence.upperBound,
               tokens[end + 1].flags.contains(.determiner) || tokens[end + 1].is(oneOf: [.he, .she, .they, .we, .it]),
               startsClause(after: end, in: p, sentence: sentence, within: 8)
                || token.is(.as) && ["its", "their", "his", "our"].contains(p.text(ofTokens: (end + 1)..<(end + 2)).lowercased()) { break }
            if end > start, token.is(.as), tokens[end - 1].is(","), end + 2 < sentence.upperBound, tokens[end + 1].isWord,
               tokens[end + 1].flags.isDisjoint(with: [.determiner, .pronoun, .verbForm, .baseVerb, .auxiliary, .clauseWord, .preposition]),
               tokens[end + 1].isCapitalized || tokens[end + 1].flags.contains(.endsInS),
               startsClause(after: end, in: p, sentence: sentence, within: 4) { break }
            // "to help find the leak and the county is delivering water": after "and", an
            // article's noun and a form of "be" or "have" open a clause of their own.
            if token.is(.and), end > start, end + 3 < sentence.upperBound, tokens[end + 1].is(.the),
               !(start..<end).contains(where: { tokens[$0].flags.contains(.clauseWord) }),
               let verb = window(from: end + 2, to: min(sentence.upperBound, end + 6)).first(where: { !tokens[$0].isWord || tokens[$0].flags.contains(.auxiliary) }),
               verb > end + 2, tokens[verb].isWord, !tokens[verb].isCapitalized,
               tokens[verb].is(oneOf: [.is, .are, .was, .were, .have]) || p.text(ofTokens: verb..<(verb + 1)) == "has" { break }
            // "to start on the peninsula, where the South lives in fear": a clause after ", where"
            // tells of the place, not what is asked ("…, where possible" goes on).
            if end > start, token.is(.where), tokens[end - 1].is(","), startsClause(after: end, in: p, sentence: sentence, within: 8) { break }
            // "to be vigilant following a surge of fake emails", "amid the protests": when, not what;
            // "given the importance of water": why.
            // (The first letter and the length are asked before the word's text is made.)
            if end > start + 1, end + 1 < sentence.upperBound, token.isWord, !tokens[end - 1].flags.contains(.baseVerb),
               ["f", "a", "g", "F", "A", "G"].contains(token.first), (4...9).contains(token.end - token.start),
               ["following", "amid", "amidst", "given"].contains(p.text(ofTokens: end..<(end + 1)).lowercased()),
               tokens[end + 1].flags.contains(.determiner) || tokens[end + 1].isCapitalized || tokens[end + 1].kind == .number { break }
            // "calling for free elections, and advocating for a dialogue": a participle of its own.
            // ("We urge Israel to show restraint, and call on Palestine to …": so is a second cue.)
            // ("calling for calm and urging the media to": an asking participle, with no comma too.)
            if token.is(.and), end + 1 < sentence.upperBound, tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
               end > sentence.lowerBound && tokens[end - 1].is(",") && (tokens[end + 1].flags.contains(.endsInIng) || tokens[end + 1].cue > 0 && tokens[end + 1].flags.contains(.baseVerb))
                || end > start && tokens[end + 1].cue > 0 && tokens[end + 1].flags.contains(.endsInIng)
                    && followsParticipleCue(start, in: p, sentence: sentence) { break }
            // "to be prepared for any situation, specifically ordering hospitals to …": so is a
            // cue's participle after a comma, and the call it makes.
            // (", yet calling for calm": past a "yet" as well.)
            if token.is(","), end > start, let next = [end + 1, end + 2].first(where: { $0 < sentence.upperBound && tokens[$0].flags.contains(.endsInIng) }),
               tokens[next].flags.contains(.callCue),
               next == end + 1 || tokens[end + 1].flags.contains(.endsInLy) || p.text(ofTokens: (end + 1)..<next).lowercased() == "yet" { break }
            // "A resolution urging Japan to refrain from issuing permits for whaling was carried":
            // an act asked for holds no finite verb of its own; one after a noun, with no clause
            // opened since the act began, is the main clause's.
            // (The tagger is asked last: most sentences need it for nothing else.)
            if end > start + 1, token.isWord, !token.isCapitalized, token.flags.contains(.auxiliary),
               token.is(oneOf: [.was, .were, .is, .are, .have]) || ["has", "had"].contains(p.text(ofTokens: end..<(end + 1))),
               !(start..<end).contains(where: { tokens[$0].flags.contains(.clauseWord) || tokens[$0].is(",") || tokens[$0].is(oneOf: [.and, .or])
                   || tokens[$0].flags.contains(.reporting) || Lexicon.wordsBeforeABareClauseSet.contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }),
               [.noun, .properNoun].contains(p.tag(end - 1)), tokens[start].flags.contains(.baseVerb) || p.tag(start) == .verb {
                break
            }
            // "to send more systems, in order to level the field", "…, thereby setting Condition
            // Bravo": after a comma, the purpose or the outcome of the act is the caller's.
            if token.is(","), end > start, end + 1 < sentence.upperBound, endsActionAfterComma(end + 1, in: p, sentence: sentence) { break }
            // "... reviewed by an independent panel, it said.": the reporting clause is not asked.
            if token.is(","), closesWithReportingClause(after: end, in: p, sentence: sentence) { break }
            // "asked us to take it on, we have been working": a subject and its verb after a comma
            // open the main clause.
            // ("to get their flu shot early, it's the best defence": so does "it's".)
            if token.is(","), end + 2 < sentence.upperBound, tokens[end + 1].is(oneOf: [.he, .she, .they, .we, .i, .it]),
               tokens[end + 2].flags.contains(.auxiliary) || isFinite(tokens[end + 2])
                || ["'s", "’s"].contains(p.text(ofTokens: (end + 2)..<(end + 3))) { break }
            if token.is(","), end + 1 < sentence.upperBound,
               ["it's", "it’s", "that's", "that’s"].contains(p.text(ofTokens: (end + 1)..<(end + 2)).lowercased()) { break }
            // "Urging residents to stay indoors, the mayor warned …": a call made in a participle
            // that opens the sentence ends at the comma before the main clause's subject and verb.
            if token.is(","), end + 2 < sentence.upperBound, opensWithParticiple(sentence, in: p), start > sentence.lowerBound,
               tokens[end + 1].is(.the) || (tokens[end + 1].isCapitalized && tokens[end + 1].isWord)
                || ReferenceParser.subjectPronoun(tokens[end + 1]) != nil,
               startsClause(after: end, in: p, sentence: sentence, within: 8) { break }
            end += 1
        }
        // "urging “everyone to exercise restraint” and to avoid provocation": an action begun in
        // a quotation in passing goes on, coordinated, in the narration after it.
        if end + 2 < sentence.upperBound, tokens[end].kind == .quoteMark, !p.isNarration(start),
           p.quote(ofToken: end) == p.quote(ofToken: start), tokens[end + 1].is(.and), p.isNarration(end + 1),
           tokens[end + 2].is(.to) || tokens[end + 2].flags.contains(.auxiliary) || looksLikeVerb(tokens[end + 2]) {
            var more = end + 1
            while more < sentence.upperBound, p.isNarration(more), !tokens[more].isSentenceEnd, !tokens[more].is(";"),
                  tokens[more].kind != .quoteMark { more += 1 }
            end = more
        }
        // A closing bracket stays when the action opened it: "the Board (CSRB)".
        while end > start, tokens[end - 1].kind == .punctuation,
              !(tokens[end - 1].is(")") && (start..<end - 1).contains(where: { tokens[$0].is("(") })) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// The closing mark of a quote that opens at `mark` inside a clause of narration, right
    /// after a word, and closes in the same sentence with no sentence ending inside: a phrase
    /// quoted in passing ("called for “maximum restraint” from all sides"). Nil for any other
    /// token, and for a quotation that is a sentence of its own.
    static func closeOfQuoteInPassing(openingAt mark: Int, in p: ParagraphText, sentence: Range<Int>) -> Int? {
        guard mark < sentence.upperBound, p.tokens[mark].kind == .quoteMark, mark > sentence.lowerBound, p.tokens[mark - 1].isWord,
              p.isNarration(mark - 1), !p.tokens[mark - 1].flags.contains(.reporting),  // "he replied “I am not able”" is speech
              let number = p.quote(ofToken: mark)
        else { return nil }
        let quote = p.quotes[number]
        guard quote.openMark == mark, let close = quote.closeMark, close < sentence.upperBound,
              !quote.tokens.dropLast().contains(where: { p.tokens[$0].isSentenceEnd })
        else { return nil }
        return close
    }

    /// "… and passengers should", "… and the opposition must": a subject of a few words,
    /// then a modal, right after `conjunction`.
    static func opensModalClause(after conjunction: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        let reach = min(sentence.upperBound, conjunction + 6)
        var index = conjunction + 1
        // The subject: words that are no verb, pronoun or relative word of their own.
        while index < reach, tokens[index].isWord, tokens[index].modal == 0, ReferenceParser.subjectPronoun(tokens[index]) == nil,
              tokens[index].flags.isDisjoint(with: [.auxiliary, .baseVerb, .clauseWord, .reportingLemma]) || tokens[index].flags.contains(.determiner) {
            index += 1
        }
        guard index > conjunction + 1, index < reach, tokens[index].modal > 0 else { return false }
        // ("… and others who have been detained": "have" asks only before "to".)
        return !CueGrammar.modals[Int(tokens[index].modal) - 1].takesTo || (index + 1 < sentence.upperBound && tokens[index + 1].is(.to))
    }

    /// A gerund right after `conjunction`, or a finite verb within a few words with no
    /// punctuation before it: "after receiving", "after the talks collapsed".
    static func startsClause(after conjunction: Int, in p: ParagraphText, sentence: Range<Int>, within reach: Int = 5) -> Bool {
        let tokens = p.tokens
        let first = conjunction + 1
        guard first < sentence.upperBound, tokens[first].isWord else { return false }
        if !tokens[first].isCapitalized, tokens[first].flags.contains(.endsInIng) { return true }
        for j in window(from: first, to: min(sentence.upperBound, first + reach)) {
            // ("as its 2,000 homes are finished": a number is part of the subject.)
            guard tokens[j].isWord || j > first && tokens[j].kind == .number else { return false }
            // ("as the systems are vital": a form of "be" or "have" after the subject is its verb too;
            // "as its scheme wraps up": so is a verb the lexicon does not know, read as one by the tagger.)
            if j > first, isFinite(tokens[j]) || !tokens[j].flags.isDisjoint(with: [.endsInEd, .endsInS]) && p.isVerb(j)
                || (tokens[j].flags.contains(.auxiliary) && !tokens[j].isCapitalized && p.tag(j - 1) != .adposition) { return true }
        }
        return false
    }

    /// "Calling for calm, …", "Renewing a call for …, …": a sentence whose first word is a
    /// participle in -ing.
    /// (After any dateline: "(Washington D.C.) -- Renewing a call for …".)
    static func opensWithParticiple(_ sentence: Range<Int>, in p: ParagraphText) -> Bool {
        openingParticiple(of: sentence, in: p) != nil
    }

    /// Where that participle stands: the first word, or the next after an opening "while",
    /// "when", "after", "before", "by", "in", "on" or "upon" ("While urging residents to pray, he …").
    static func openingParticiple(of sentence: Range<Int>, in p: ParagraphText) -> Int? {
        var at = openingWord(of: sentence, in: p)
        guard at + 1 < sentence.upperBound else { return nil }
        if p.tokens[at].is(oneOf: [.while, .when, .after, .before, .by, .in, .on, .upon]) { at += 1 }
        let word = p.tokens[at]
        return word.isWord && word.flags.contains(.endsInIng) && p.isNarration(at) ? at : nil
    }

    /// Where a sentence's own words begin, after any dateline.
    static func openingWord(of sentence: Range<Int>, in p: ParagraphText) -> Int {
        Dateline.end(in: p, sentence: sentence) ?? sentence.lowerBound
    }

    /// The subject of the main clause after a participle that opens the sentence, from the
    /// comma that closes the participle's phrase ("Urging residents to stay indoors, the mayor
    /// warned …"); nil when the sentence opens otherwise or a comma comes before `cue`. A comma
    /// inside words quoted in the phrase ("Asking people to give “some weeks, some time”, Modi
    /// said") does not close it.
    static func subjectAfterOpeningParticiple(cue: Range<Int>, in p: ParagraphText, sentence: Range<Int>) -> Range<Int>? {
        guard opensWithParticiple(sentence, in: p), p.isNarration(cue.lowerBound),
              !(openingWord(of: sentence, in: p)..<cue.lowerBound).contains(where: { p.tokens[$0].is(",") }),
              let comma = (cue.upperBound..<sentence.upperBound).first(where: { p.tokens[$0].is(",") && p.isNarration($0) }),
              comma + 1 < sentence.upperBound
        else { return nil }
        return FrameFinder.mainSubject(in: p, from: comma + 1, before: sentence.upperBound)
    }

    /// "our new and improved app": a word in -ed after an article's adjective and "and", before a
    /// noun ("stay calm and called crews" is a second act).
    static func modifiesNoun(participle i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        i >= 3 && i + 1 < sentence.upperBound && p.tokens[i].flags.contains(.endsInEd) && p.tag(i - 2) == .adjective
            && [.determiner, .pronoun].contains(p.tag(i - 3)) && [.noun, .properNoun, .adjective].contains(p.tag(i + 1))
    }

    /// "… and instructed them to prepare": a verb in -ed the word lists lack, by its tag, with
    /// a pronoun or an article after it.
    static func pastVerbWithObject(at i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard i + 1 < sentence.upperBound, tokens[i].isWord, !tokens[i].isCapitalized, tokens[i].flags.contains(.endsInEd),
              tokens[i + 1].flags.contains(.pronoun) || tokens[i + 1].flags.contains(.determiner) else { return false }
        return p.tag(i) == .verb
    }

    /// A verb in the past or third person: "demanded", "told", "calls".
    static func isFinite(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        if token.flags.contains(.irregularPast) { return true }
        guard token.flags.contains(.verbForm), !token.flags.contains(.baseVerb) else { return false }
        return !token.flags.isDisjoint(with: [.endsInEd, .endsInS])
    }

    /// "in order to", "so as to", "thereby": a purpose or an outcome opening after a comma.
    /// So does a clause about people set off by a comma ("…, who are facing extreme hardship"):
    /// it tells of those named, not of the act asked (", which is to come to the table" can).
    static func endsActionAfterComma(_ index: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        if p.tokens[index].is(.who) { return true }
        // "to respect the ceasefire, which was agreed last week", "the debt limit, which will
        // soon be reached": what is told of a thing, past or to come, is not asked of anyone.
        if p.tokens[index].is(.which), index + 1 < sentence.upperBound,
           p.tokens[index + 1].is(oneOf: [.was, .were]) || ["will", "had", "has"].contains(p.text(ofTokens: (index + 1)..<(index + 2)).lowercased()) {
            return true
        }
        // "to undergo inspection, according to the Secretary": whose word it is, not what is asked.
        if p.tokens[index].is(.according), index + 1 < sentence.upperBound, p.tokens[index + 1].is(.to) { return true }
        let word = p.text(ofTokens: index..<(index + 1)).lowercased()
        // "…, helping us live up to the dream", "…, allowing aid to flow": what the act will bring.
        if ["thereby", "helping", "allowing", "enabling"].contains(word) { return true }
        guard index + 2 < sentence.upperBound, word == "in" || word == "so" else { return false }
        return p.text(ofTokens: (index + 1)..<(index + 3)).lowercased() == (word == "in" ? "order to" : "as to")
    }

    /// "…, the minister said on Monday, urging …", "…, said the minister, urging …": the subject
    /// of a reporting clause set off by commas and closed at `comma`, whose participle after it
    /// is that speaker's act, not the act of the clause before.
    static func subjectOfReportingClause(closedAt comma: Int, clause: Int, in p: ParagraphText) -> Range<Int>? {
        let tokens = p.tokens
        guard comma > clause, tokens[comma].is(","),
              let open = (max(clause, comma - 18)..<comma).last(where: { tokens[$0].is(",") }), comma - open > 2,
              ((open + 1)..<comma).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }),
              let verb = ((open + 1)..<comma).first(where: { index in
                  tokens[index].flags.contains(.reporting) && !tokens[index].isCapitalized && isFinite(tokens[index])
              }),
              verb - open <= 9, comma - verb <= 8
        else { return nil }
        if verb == open + 1 { return FrameFinder.mainSubject(in: p, from: verb + 1, before: comma) }
        // What follows the verb is when and where ("on Monday", "in a statement"), never a clause.
        guard !((verb + 1)..<comma).contains(where: { isFinite(tokens[$0]) && !tokens[$0].isCapitalized }) else { return nil }
        return FrameFinder.subject(endingAt: verb - 1, clauseStart: open + 1, in: p, sentence: open..<(comma + 1))
    }

    static func closesWithReportingClause(after comma: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        var index = comma + 1
        var words = 0
        // "…, emphasizing the need for dialogue", "…, again calling for a ceasefire": a reporting
        // or asking participle after the comma is the caller's own next act.
        let participle = index + 1 < sentence.upperBound && tokens[index].is(oneOf: skippedAdverbs) ? index + 1 : index
        if participle < sentence.upperBound, tokens[participle].isWord, !tokens[participle].isCapitalized,
           tokens[participle].flags.contains(.reporting) || tokens[participle].cue > 0,
           tokens[participle].flags.contains(.endsInIng) { return true }
        // "…, Russian Foreign Ministry spokeswoman Maria Zakharova said": a subject of up to eight words.
        while index < sentence.upperBound, words < 8 {
            let token = tokens[index]
            if token.isSentenceEnd { return false }
            // "…, and to ensure that those who …" goes on with the action.
            if token.isWord, token.is(oneOf: [.and, .but, .or, .to, .that, .which, .who]) { return false }
            // ("the tsunami warning centre said": a reporting noun inside the subject.)
            if token.isWord, !token.isCapitalized || words > 0, token.flags.contains(.reporting),
               !(words > 0 && token.flags.contains(.endsInIng) && index + 1 < sentence.upperBound && tokens[index + 1].isWord
                 && !tokens[index + 1].flags.contains(.reporting)) {
                // ("…, protests, and demonstrations": a verb-like noun listed, with no one after it.)
                if words == 0, index + 1 < sentence.upperBound, tokens[index + 1].is(",") || tokens[index + 1].is(oneOf: [.and, .or]) { return false }
                var after = index + 1
                // ("…, the OSCE said in a statement on April 27.": a date's number too; "said in a
                // press briefing": a noun in -ing too; "in a statement issued on Monday": a participle
                // describing the noun before it.)
                while after < sentence.upperBound, tokens[after].isWord || tokens[after].kind == .number, after - index < 8,
                      !tokens[after].flags.contains(.verbForm) || tokens[after].isCapitalized || p.tag(after) == .noun
                        || describesNounBefore(after, in: p) { after += 1 }
                return after >= sentence.upperBound || tokens[after].isSentenceEnd || tokens[after].is(",")
            }
            if token.isWord { words += 1 }
            index += 1
        }
        return false
    }

    /// "a statement issued", "a letter sent": a past participle right after a noun modifies it.
    static func describesNounBefore(_ index: Int, in p: ParagraphText) -> Bool {
        index > 0 && p.tokens[index].flags.contains(.endsInEd) && p.tag(index - 1) == .noun && p.tokens[index - 1].isWord
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
            // "stay home in order to protect the elderly and allow them to rest", "so as to":
            // what follows a purpose is the purpose's, not another thing asked.
            if token.is(.to), index - 1 > partStart, tokens[index - 1].is(oneOf: [.order, .as]),
               tokens[index - 2].is(oneOf: [.in, .so]) { break }
            // "not to gather in groups or visit places of worship": "not" governs both.
            if token.is(.or), tokens[partStart].is(.not) || (partStart + 1 < index && tokens[partStart + 1].is(.not)) {
                index += 1
                continue
            }
            // ("understand that there is no military solution and that …": a second clause of
            // the same verb, no second thing asked.)
            if token.is(.and), index + 1 < action.upperBound, tokens[index + 1].is(.that), index > partStart,
               !(partStart..<index).contains(where: { tokens[$0].is(.that) }) {
                // "called for an investigation and that those responsible be brought to justice"
                parts.append(partStart..<index)
                partStart = index + 2
                index += 2
                continue
            }
            // Items parted by semicolons (after a colon: see `action`) are an act each.
            if token.is(";"), index > partStart {
                parts.append(partStart..<index)
                partStart = index + 1 < action.upperBound && tokens[index + 1].is(oneOf: [.and, .or]) ? index + 2 : index + 1
                index = partStart + 1
                inRelativeClause = false
                continue
            }
            if !inRelativeClause, token.is(",") || token.is(.and) || token.is(.or) {
                var next = index + 1
                // "accept and fully comply with": an adverb may stand before the second verb, and
                // starts its part; so does "not" ("comply with the law and not exploit prisoners").
                var adverb: Int?
                while next < action.upperBound {
                    if tokens[next].is(oneOf: [.and, .or, .then, .also, .to, .not, .instead]) || tokens[next].is(",") {
                        if tokens[next].is(.not), adverb == nil { adverb = next }
                        next += 1
                    } else if adverb == nil, tokens[next].flags.contains(.longLyWord), !tokens[next].flags.contains(.baseVerb),
                              p.tag(next) != .verb {
                        adverb = next
                        next += 1
                    } else {
                        break
                    }
                }
                // "immediately and unconditionally release": adverbs before "and" modify the verb
                // after it, and are no action of their own. ("with friends and loved ones": a word
                // in -ed the tagger calls a verb is no bare verb, so no second act; nor is one in
                // -s: "avoid gatherings, protests, and demonstrations".)
                let sharesWhatFollows = !token.is(",") && (partStart..<index).allSatisfy { tokens[$0].flags.contains(.longLyWord) }
                if !sharesWhatFollows, next < action.upperBound, next > index, tokens[next].isWord, !tokens[next].isCapitalized,
                   index > partStart, tokens[next].flags.contains(.baseVerb) || tokens[next].is(.be)
                    || (tokens[next].flags.isDisjoint(with: [.determiner, .pronoun, .preposition, .beforeVerb, .endsInIng, .endsInEd])
                        && (!tokens[next].flags.contains(.endsInS) || tokens[next].is(.lets)) && p.tag(next) == .verb)
                {
                    // A quotation in passing closing before "and" closes the part.
                    var end = index
                    while end > partStart + 1, tokens[end - 1].kind == .quoteMark { end -= 1 }
                    parts.append(partStart..<end)  // not empty: index > partStart
                    partStart = adverb ?? next
                    // "let's get our things together, and let's get this done": the exhortation
                    // said again opens the next act and is no part of it.
                    if tokens[partStart].is(.lets), partStart + 1 < action.upperBound {
                        partStart += 1
                    } else if tokens[partStart].is(.let), partStart + 2 < action.upperBound,
                              p.text(ofTokens: (partStart + 1)..<(partStart + 2)).lowercased() == "us" {
                        partStart += 2
                    }
                    index = max(next, partStart)
                }
            }
            index += 1
        }
        // Kept only when not empty, as it is made, so that no second list is filtered from it.
        if partStart < action.upperBound { parts.append(partStart..<action.upperBound) }
        return parts
    }

    /// Coordinated addressees of a verb's object are asked one by one: "call on the parties and
    /// the international community to" is two calls. A part opens with "the", "all", "every",
    /// "each" or "a" after "and"; "the regime and its backers" (the second leans on the first)
    /// and an action done together ("to overcome their differences") stay one.
    static func conjuncts(of addressee: Range<Int>, after cue: Range<Int>, actions: [Range<Int>], in p: ParagraphText) -> [Range<Int>] {
        let tokens = p.tokens
        guard addressee.count >= 4 else { return [addressee] }
        for action in actions {
            for index in action {
                // "work together", "jointly", "their differences", "each other", "one another".
                if tokens[index].is(oneOf: [.together, .jointly, .mutually, .differences]) { return [addressee] }
                if tokens[index].is(oneOf: [.other, .another]), index > action.lowerBound,
                   tokens[index - 1].is(oneOf: [.each, .one]) { return [addressee] }
            }
        }
        // "political parties, especially the NPP and the NDC": those named after "especially"
        // are of the first; they are asked with it, not beside it.
        if addressee.contains(where: { index in
            tokens[index].is(",") && index + 1 < addressee.upperBound && tokens[index + 1].isWord
                && Self.narrowingWords.contains(p.text(ofTokens: (index + 1)..<(index + 2)).lowercased())
        }) { return [addressee] }
        var parts: [Range<Int>] = []
        var partStart = addressee.lowerBound
        var depth = 0
        for index in addressee {
            let token = tokens[index]
            if token.is("(") { depth += 1 } else if token.is(")") { depth = max(0, depth - 1) }
            guard depth == 0, token.is(.and), index > partStart, index + 1 < addressee.upperBound,
                  tokens[index + 1].is(oneOf: [.the, .all, .every, .each, .a, .an]),
                  !joinsPlaces(at: index, after: partStart, in: p) else { continue }
            var end = index
            while end > partStart, tokens[end - 1].is(",") { end -= 1 }
            parts.append(partStart..<end)
            partStart = index + 1
        }
        guard !parts.isEmpty else { return modifiedConjuncts(of: addressee, in: p) ?? [addressee] }
        var end = addressee.upperBound
        while end > partStart, tokens[end - 1].is(",") { end -= 1 }
        parts.append(partStart..<end)
        // "ASEAN, the EU and the U.N. Security Council": before the last "and", the list's commas
        // part its items too, when each opens with "the" or a name.
        if parts.count == 2, let first = parts.first,
           case let commas = first.filter({ tokens[$0].is(",") }), !commas.isEmpty,
           commas.allSatisfy({ $0 + 1 < first.upperBound && (tokens[$0 + 1].is(.the) || tokens[$0 + 1].isCapitalized) }),
           !first.contains(where: { tokens[$0].is("(") }) {
            var items: [Range<Int>] = []
            var itemStart = first.lowerBound
            for comma in commas {
                items.append(itemStart..<comma)
                itemStart = comma + 1
            }
            items.append(itemStart..<first.upperBound)
            // "the Nigeria Labour Congress, NLC, and …": an item of the body's initials alone is
            // the item before it, spelled short.
            items = items.reduce(into: []) { kept, item in
                if item.count == 1, let last = kept.last,
                   Cast.abbreviates(p.text(ofTokens: item), p.text(ofTokens: last)) {
                    kept[kept.count - 1] = last.lowerBound..<item.upperBound
                } else {
                    kept.append(item)
                }
            }
            if items.allSatisfy({ !$0.isEmpty && tokens[$0.lowerBound].isWord && (tokens[$0.lowerBound].is(.the) || tokens[$0.lowerBound].isCapitalized) }) {
                parts = items + [parts[1]]
            }
        }
        return parts.allSatisfy({ !$0.isEmpty }) ? parts : [addressee]
    }

    /// "Check …", "Do not click …", "Never share …": how an act listed among others opens.
    static func opensAListedAct(_ token: Token) -> Bool {
        token.flags.contains(.baseVerb) || token.is(.do) || token.flags.contains(.negation)
    }

    static let narrowingWords: Set<String> = ["especially", "particularly", "notably", "including"]

    /// "parades in Derry and the Ardoyne": after "in" or "at" and a name, "and the" and another
    /// name go on with the places, not with whom is asked.
    static func joinsPlaces(at and: Int, after start: Int, in p: ParagraphText) -> Bool {
        let tokens = p.tokens
        guard and + 2 < tokens.count, tokens[and - 1].isCapitalized, tokens[and + 1].is(.the), tokens[and + 2].isCapitalized,
              let preposition = (start..<and).last(where: { tokens[$0].flags.contains(.preposition) || tokens[$0].is(",") })
        else { return false }
        return tokens[preposition].is(oneOf: [.in, .at]) && preposition + 1 < and
    }

    /// "the Government of South Sudan and opposition forces", "Canadians and people around the
    /// world", "parents whose infants missed out, or anyone who …": two noun phrases, one of
    /// them with a modifier of its own (a phrase or a clause after its noun), are asked one by
    /// one. Words that share a noun ("US and EU officials", "parents and carers"), a list with
    /// commas, and what follows "including" or "especially" stay one.
    static func modifiedConjuncts(of addressee: Range<Int>, in p: ParagraphText) -> [Range<Int>]? {
        let tokens = p.tokens
        func isNoun(_ i: Int) -> Bool { [.noun, .properNoun, .pronoun].contains(p.tag(i)) }
        func modified(_ part: Range<Int>) -> Bool {
            part.dropFirst().contains { i in
                tokens[i].isWord && !tokens[i].isCapitalized && (p.tag(i) == .adposition && !tokens[i].is(.to) || tokens[i].is(oneOf: [.who, .which]) || p.text(ofTokens: i..<(i + 1)).lowercased() == "whose")
            }
        }
        var cut: Int?
        var clause = false
        var objectIsName = false
        var afterPreposition = false
        var closedClause = false
        for i in addressee {
            let token = tokens[i]
            guard token.isWord || token.is(",") else { return nil }  // brackets, dashes, quotes: an aside
            let lower = p.text(ofTokens: i..<(i + 1)).lowercased()
            if ["including", "especially", "particularly", "notably", "both", "such", "either"].contains(lower) { return nil }
            if token.is(oneOf: [.who, .which]) || lower == "whose" || (lower == "that" && i > addressee.lowerBound) { clause = true }
            if token.is(",") {
                // "A, B and C": a list; ", or anyone …" after a clause ends the clause.
                if !clause, cut == nil, i + 1 < addressee.upperBound, !tokens[i + 1].is(oneOf: [.and, .or]) { return nil }
                // (A preposition inside the clause the comma ends governs nothing after it.)
                if clause { afterPreposition = false; closedClause = cut == nil }
                clause = false
                continue
            }
            if token.isWord, p.tag(i) == .adposition, !token.is(.to) { afterPreposition = true; objectIsName = false; continue }
            if afterPreposition, token.isWord, !token.is(oneOf: [.and, .or]) { objectIsName = token.isCapitalized }
            guard token.is(oneOf: [.and, .or]), !clause || tokens[i - 1].is(","), i > addressee.lowerBound, cut == nil else { continue }
            // "anyone who saw the van, or has footage": a verb after the "or" goes on with the
            // relative clause; no second addressee begins.
            if i + 1 < addressee.upperBound, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
               tokens[i + 1].flags.contains(.auxiliary) || p.tag(i + 1) == .verb {
                var end = addressee.upperBound
                while end > addressee.lowerBound + 1, tokens[end - 1].is(",") { end -= 1 }
                return [addressee.lowerBound..<end]
            }
            // "parents of young babies and children": an "and" inside a phrase goes on with it,
            // unless the phrase ends in a name and a noun of another kind follows.
            if afterPreposition, !(objectIsName && i + 1 < addressee.upperBound && !tokens[i + 1].isCapitalized)
                || joinsPlaces(at: i, after: addressee.lowerBound, in: p) { continue }
            cut = i
        }
        guard let cut else { return nil }
        var leftEnd = cut
        while leftEnd > addressee.lowerBound, tokens[leftEnd - 1].is(",") { leftEnd -= 1 }
        var rightStart = cut + 1
        // ", and more importantly, parents": the adverb between is no one asked.
        if let comma = window(from: rightStart, to: min(addressee.upperBound, rightStart + 3)).first(where: { tokens[$0].is(",") }),
           (rightStart..<comma).allSatisfy({ p.tag($0) == .adverb || p.tag($0) == .adjective && tokens[$0].flags.contains(.longLyWord) }) {
            rightStart = comma + 1
        }
        var rightEnd = addressee.upperBound
        while rightEnd > rightStart, tokens[rightEnd - 1].is(",") { rightEnd -= 1 }
        let left = addressee.lowerBound..<leftEnd, right = rightStart..<rightEnd
        // "residents and businesses in Middlesbrough": bare plural nouns joined before one phrase
        // share it, one set of people asked.
        if rightStart == cut + 1, !modified(left), left.count <= 2, right.count >= 3,
           left.allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].flags.contains(.determiner) }),
           tokens[leftEnd - 1].flags.contains(.endsInS), isNoun(leftEnd - 1),
           tokens[right.lowerBound].isWord, !tokens[right.lowerBound].isCapitalized, tokens[right.lowerBound].flags.contains(.endsInS),
           isNoun(right.lowerBound), p.tag(right.lowerBound + 1) == .adposition, !tokens[right.lowerBound + 1].is(.to) { return nil }
        // "licensees and other organizations": the second names a wider set the first belongs to.
        guard !left.isEmpty, !right.isEmpty, isNoun(leftEnd - 1) || closedClause, right.contains(where: isNoun), !tokens[right.lowerBound].is(.other),
              modified(left) || modified(right) || rightStart > cut + 1 else { return nil }
        return [left, right]
    }

    /// "We call on", "I would also urge": the caller speaks of itself, so a bare verb after
    /// "and" can be its own (a third person's "and condemned" is cut by `isFinite` already).
    static func callerIsFirstPerson(before cue: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
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
    static func actionsBeforeCallersOwnStance(_ actions: [Range<Int>], in p: ParagraphText) -> [Range<Int>] {
        guard let own = actions.indices.dropFirst().first(where: { part in
            let first = actions[part].lowerBound
            return p.tokens[first].flags.contains(.callersStance) && !p.tokens[first].isCapitalized
                && first - 1 >= 0 && p.tokens[first - 1].is(.and)
        }) else { return actions }
        return Array(actions[..<own])
    }

    /// "rejected a call for", and a negated cue: "We are not asking for favours", "Officials
    /// will never ask people for money" ask nothing.
    static func isRefused(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let low = max(sentence.lowerBound, i - 3)
        if (low..<i).contains(where: { p.tokens[$0].flags.contains(.refusesCall) }) { return true }
        // "denied that it had urged", "rejected media reports that Pakistan ordered": a call
        // in what is denied is not made.
        if let that = (max(sentence.lowerBound, i - 15)..<i).last(where: { p.tokens[$0].is(.that) }),
           (max(sentence.lowerBound, that - 5)..<that).contains(where: { p.tokens[$0].flags.contains(.refusesCall) }) { return true }
        let near = max(sentence.lowerBound, i - 2)
        if (near..<i).contains(where: { p.tokens[$0].flags.contains(.negation) }) { return true }
        if negatedList(before: i, in: p, sentence: sentence) { return true }
        // "does not contact residents and demand payment", "will never call you to request money":
        // a bare cue after "and" or "to" in a clause whose verb is negated is not done either.
        if i - 1 > sentence.lowerBound, p.tokens[i - 1].is(oneOf: [.and, .to]),
           p.tokens[i].flags.isDisjoint(with: [.endsInS, .endsInEd, .irregularPast, .endsInIng]) {
            var k = i - 2
            while k >= max(sentence.lowerBound, i - 12), p.tokens[k].isWord,
                  !p.tokens[k].is(oneOf: [.that, .but, .because, .if, .when, .which, .who, .while]) {
                // ("will not hesitate to call on", "Don't forget to ask": a negated hesitation is no refusal.)
                if p.tokens[k].flags.contains(.negation) {
                    return !(k + 1 < i && ["hesitate", "fail", "forget"].contains(p.text(ofTokens: (k + 1)..<(k + 2)).lowercased()))
                }
                k -= 1
            }
        }
        // "rather than simply issuing a general call for donations", "instead of urging": what is
        // set aside in a contrast is not asked (no comma between, so its own clause is not).
        guard i - 1 > sentence.lowerBound, let pivot = (max(sentence.lowerBound + 1, i - 6)..<i).last(where: { k in
            p.tokens[k].is(.than) && p.text(ofTokens: (k - 1)..<k).lowercased() == "rather"
                || p.tokens[k].is(.of) && p.tokens[k - 1].is(.instead) }) else { return false }
        return ((pivot + 1)..<i).allSatisfy { p.tokens[$0].isWord }
    }

    /// "Agencies will never threaten you, demand payment or ask for details": a verb after the
    /// comma or "or" of a list that a negation opens is that list's, denied with the rest.
    static func negatedList(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard i - 3 >= sentence.lowerBound, tokens[i - 1].is(",") || tokens[i - 1].is(.or),
              tokens[i].flags.isDisjoint(with: [.endsInS, .endsInIng, .endsInEd]),
              let negation = (max(sentence.lowerBound, i - 12)..<(i - 2)).last(where: { tokens[$0].flags.contains(.negation) })
        else { return false }
        // Each item of the list opens with its verb: the negated one, and any after a comma.
        func opensWithVerb(_ k: Int) -> Bool {
            k < i - 1 && tokens[k].isWord && !tokens[k].isCapitalized
                && (tokens[k].flags.contains(.baseVerb) || p.tag(k) == .verb)
        }
        // (Right after "never" or "not" a plain word is the verb, whatever the tagger makes of
        // "phone" or "text".)
        let first = negation + 1
        guard opensWithVerb(first) || first < i - 1 && tokens[first].isWord && !tokens[first].isCapitalized
                && tokens[first].flags.isDisjoint(with: [.determiner, .pronoun, .preposition, .auxiliary, .longLyWord, .endsInIng, .endsInEd])
        else { return false }
        let end = tokens[i - 1].is(.or) && tokens[i - 2].is(",") ? i - 2 : i - 1
        return ((negation + 1)..<end).allSatisfy { k in
            tokens[k].isWord || tokens[k].is(",") && opensWithVerb(k + 1)
        }
    }

    /// "call for urgent action to end …", "appealing for information to help …": the noun
    /// before the infinitive is what is asked for, and the infinitive says what for; no one
    /// is asked to act. (Its head is the word before "of": "unity of the community".)
    static func namesAThingAsked(_ phrase: Range<Int>, in p: ParagraphText) -> Bool {
        let end = phrase.first(where: { p.tokens[$0].is(.of) }) ?? phrase.upperBound
        guard end > phrase.lowerBound, p.tokens[end - 1].isWord, !p.tokens[end - 1].isCapitalized else { return false }
        return CueGrammar.thingsAskedFor.contains(p.text(ofTokens: (end - 1)..<end).lowercased())
    }

    /// "Anyone can ask for a review", "victims may request that …": what someone is able or
    /// allowed to ask for is no call made. (An adverb may stand between: "can also ask".)
    static func isLeaveToAsk(before i: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        var index = i - 1
        while index > sentence.lowerBound, i - index < 3, p.tokens[index].is(oneOf: CallFinder.skippedAdverbs) { index -= 1 }
        guard index >= sentence.lowerBound, p.tokens[index].isWord, !p.tokens[index].isCapitalized else { return false }
        return CueGrammar.leaveModals.contains(p.text(ofTokens: index..<(index + 1)))
    }

    static func sameZone(_ a: Int, _ b: Int, _ p: ParagraphText) -> Bool {
        p.sameQuote(a, b) && (p.tokens[b].kind != .quoteMark || isPluralPossessive(b, in: p))
    }

    /// "the players' union": an apostrophe closing a plural, set apart as a mark but pairing
    /// with none, is part of the phrase.
    static func isPluralPossessive(_ i: Int, in p: ParagraphText) -> Bool {
        let tokens = p.tokens
        guard tokens[i].kind == .quoteMark, !tokens[i].spaceBefore, i > 0, i + 1 < tokens.count, tokens[i - 1].isWord,
              tokens[i + 1].isWord, tokens[i + 1].spaceBefore, p.quote(ofToken: i) == nil else { return false }
        return p.text(ofTokens: (i - 1)..<i).hasSuffix("s")
    }
}

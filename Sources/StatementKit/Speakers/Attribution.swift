/// Who speaks: the names a sentence mentions, the reporting frames and their subjects, and
/// the speaker of each quote. A stage of the `Reading`, which calls it sentence by sentence.
extension Reading {
    // MARK: Names and frames

    /// Every proper name in the narration is noted, so that a later "she" or "the program"
    /// can find it.
    mutating func noteNames(in p: ParagraphText, sentence: Range<Int>, number: Int) {
        var index = Dateline.end(in: p, sentence: sentence) ?? sentence.lowerBound
        var firstName = true
        while index < sentence.upperBound {
            guard ReferenceParser.isNamePart(p.tokens[index]), p.isNarration(index),
                  !p.tokens[index].flags.contains(.adverbialStarter), !Self.opensWithCapitalisedWord(p, at: index, sentence: sentence)
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
                   ReferenceParser.isNamePart(p.tokens[end + 1]) || p.tokens[end + 1].is(.the)
                    || (ReferenceParser.isSurnameParticle(token) && end + 2 < sentence.upperBound
                        && ReferenceParser.isSurnameParticle(p.tokens[end + 1]) && ReferenceParser.isNamePart(p.tokens[end + 2]))
                { end += 1; continue }
                break
            }
            // "The Heads of Mission of the United Kingdom, United States, and Norway": the commas list members.
            if end < sentence.upperBound, p.tokens[end].is(",") {
                var listEnd = end
                while listEnd < sentence.upperBound, p.isNarration(listEnd), p.tokens[listEnd].is(",")
                    || ReferenceParser.isNamePart(p.tokens[listEnd]) || p.tokens[listEnd].is(oneOf: [.and, .the]) { listEnd += 1 }
                while listEnd > end, !p.tokens[listEnd - 1].isCapitalized { listEnd -= 1 }
                if listEnd > end, ReferenceParser.namedByMembers(ReferenceParser.trimArticles(p.tokens[index..<listEnd])) != nil {
                    end = listEnd
                }
            }
            // "two American reporters": a nationality before a noun describes it and names no one.
            if end < sentence.upperBound, p.tokens[end].isWord, !p.tokens[end].isCapitalized,
               p.tokens[end].flags.isDisjoint(with: [.title, .roleNoun, .verbForm, .auxiliary, .clauseWord, .beforeVerb]),
               (index..<end).allSatisfy({ p.tokens[$0].flags.contains(.nationality) })
            {
                index = end
                continue
            }
            // "in his Easter message", "on her Twitter account": after "his" or "their", a name
            // before a noun describes the noun, and a later "he" does not mean it.
            if index > sentence.lowerBound, p.tokens[index - 1].is(oneOf: [.his, .her, .its, .their, .our, .my]),
               end < sentence.upperBound, p.tokens[end].isWord, !p.tokens[end].isCapitalized,
               p.tokens[end].flags.isDisjoint(with: [.verbForm, .auxiliary, .clauseWord, .beforeVerb]), p.tag(end) == .noun
            {
                index = end
                continue
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
            var start = Self.roleStart(before: index, in: p, sentence: sentence, acronyms: false)
            // "Ambassador to Zambia Eric Schultz": the place after a title's "to" or "for" is the
            // role's, not the name's first word.
            if start == index, start - 2 >= sentence.lowerBound, p.tokens[start - 1].is(oneOf: [.to, .for]),
               p.isNarration(start - 2), p.tokens[start - 2].isCapitalized, p.tokens[start - 2].flags.contains(.title) {
                start = Self.roleStart(before: start - 2, in: p, sentence: sentence, acronyms: true)
            }
            // The article goes with the name: "the Red Cross" is a body, "Red Cross" could be anyone.
            let phrase = start > sentence.lowerBound && p.tokens[start - 1].is(.the) ? (start - 1)..<end : start..<end
            if let pair = twoPeople(in: phrase, of: p) {
                for part in pair {
                    if let reference = reference(of: p.tokens[part]), let id = cast.resolve(reference, sentence: number, position: part.lowerBound) {
                        noteMention(of: id, tokens: part, in: p, kind: .name)
                    }
                }
                firstName = false
                index = end
                continue
            }
            if let reference = reference(of: p.tokens[phrase]), case .name(let name) = reference {
                // "in Brussels", "at Geneva": a place, which a later "he" or "it" does not mean
                // ("at University of Texas Arlington Amneh Jafari", a name with a role, is kept).
                // ("clashes in the Golan": so is one after "the".)
                let before = start - 1 > sentence.lowerBound && p.tokens[start - 1].is(.the) ? start - 2 : start - 1
                let place = name.role == nil && before >= sentence.lowerBound && p.tokens[before].is(oneOf: [.in, .at])
                    && !p.tokens[end - 1].flags.contains(.possessive)
                let withThe = p.tokens[start].is(.the) || (start > sentence.lowerBound && p.tokens[start - 1].is(.the))
                if !place, let id = cast.resolve(reference, sentence: number, position: index) {
                    noteMention(of: id, tokens: index..<end, in: p, kind: .name)
                    // "the UN Red Crescent aid convoy": a name before a noun only describes it
                    // (asked last: the tagger runs only for the first sentence's first name).
                    // A later sentence counts only when the body opens it ("The United States
                    // will defer …" as a statement's second sentence).
                    // So does a later one when the narration has spoken as "we" with no one named for it.
                    // "We urge the Government of Belarus to …": a body after "we" is no voice of it.
                    let early = (number == 0 && !(sentence.lowerBound..<phrase.lowerBound).contains { p.tokens[$0].is(oneOf: [.we, .i]) })
                        || ((number < 4 || narrationSaysWe) && phrase.lowerBound == sentence.lowerBound && name.kind != .person)
                    if early, cast.voice == nil, firstName, withThe, !name.name.endsInPossessive,
                       name.kind != .person || name.role == nil,
                       !(end < sentence.upperBound && p.tokens[end].isWord && !p.tokens[end].isCapitalized
                           && (p.tag(end) == .noun || p.tag(end) == .adjective) && !Self.takesAnObject(end, in: p, sentence: sentence))
                    {
                        // "The United States strongly supports …; we call upon …": a body named
                        // with "the" in a statement's first sentence is the voice of its "we".
                        cast.voice = id
                    }
                }
            }
            firstName = false
            index = end
        }
    }

    /// Where the words of a role before `index` begin: titles, role nouns, nationalities (and,
    /// before a title's "to", a body's letters: "U.S. Ambassador to …").
    static func roleStart(before index: Int, in p: ParagraphText, sentence: Range<Int>, acronyms: Bool) -> Int {
        var start = index
        while start > sentence.lowerBound, p.isNarration(start - 1), p.tokens[start - 1].isWord,
              !p.tokens[start - 1].flags.isDisjoint(with: [.title, .roleNoun, .nationality]) || (acronyms && p.tokens[start - 1].isAcronym)
        { start -= 1 }
        return start
    }

    /// "Gen. Norton Schwartz and Chief Master Sgt. James A. Roy": two people, each named in
    /// full, joined by "and" ("Procter and Gamble", "Department of Health and Human Services"
    /// are one body).
    mutating func twoPeople(in phrase: Range<Int>, of p: ParagraphText) -> [Range<Int>]? {
        guard let and = phrase.first(where: { p.tokens[$0].is(.and) }), and > phrase.lowerBound + 1, and + 2 < phrase.upperBound
        else { return nil }
        let parts = [phrase.lowerBound..<and, (and + 1)..<phrase.upperBound]
        for part in parts {
            guard p.tokens[part.lowerBound].isCapitalized, !p.tokens[part.lowerBound].is(.the),
                  let reference = reference(of: p.tokens[part]), case .name(let name) = reference, name.kind == .person,
                  name.name.split(separator: " ").count >= 2 else { return nil }
        }
        return parts
    }

    /// "The UK thanks the speakers": a word the tagger calls a noun is the verb when a
    /// determiner follows it.
    static func takesAnObject(_ position: Int, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        position + 1 < sentence.upperBound && p.tokens[position].flags.contains(.endsInS)
            && p.tokens[position + 1].isWord && p.tokens[position + 1].flags.contains(.determiner)
    }

    /// "Recent reports say", "Independent monitors found": a sentence's first word, capitalised
    /// only for its place and read by the tagger as no proper noun, names no one.
    static func opensWithCapitalisedWord(_ p: ParagraphText, at index: Int, sentence: Range<Int>) -> Bool {
        // ("MR ROE: Good afternoon.": after a colon, as after a turn's label, a word opens its clause.)
        guard index == sentence.lowerBound || (index == sentence.lowerBound + 1 && p.tokens[sentence.lowerBound].kind == .quoteMark)
                || (index > sentence.lowerBound && p.tokens[index - 1].is(":")),
              !p.tokens[index].isAcronym, p.tokens[index].flags.isDisjoint(with: [.title, .organisation, .nationality, .roleNoun]),
              index + 1 < sentence.upperBound
        else { return false }
        // (The word tests come before the tagger, which most sentences then never need.)
        let comma = p.tokens[index + 1].is(",")
        guard comma || (p.tokens[index + 1].isWord && !ReferenceParser.isNamePart(p.tokens[index + 1])), let tag = p.tag(index)
        else { return false }
        // "Second, he said …", "Keeping, as Commissioner, …": one word and a comma, not read
        // as a name, is an adverbial.
        if comma { return tag != .properNoun && tag != .noun }
        // "Parents are urged …", "Traffic on Interstate 26 is …": a word the tagger reads as a
        // common noun names no one, unless a post or a body follows ("Water and Sanitation Minister").
        if tag == .noun {
            if p.tokens[index].flags.contains(.possessive) { return false }
            var next = index + 1
            while next < sentence.upperBound, p.tokens[next].isWord,
                  ReferenceParser.isNamePart(p.tokens[next]) || p.tokens[next].flags.contains(.nameConnector) {
                if !p.tokens[next].flags.isDisjoint(with: [.title, .organisation]) { return false }
                next += 1
            }
            return true
        }
        return tag != .properNoun
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

    /// Whether a described subject can say something: people and bodies (by the word lists or
    /// by an agent noun's ending: "protesters", "lawmakers", "analysts", "residents"), and
    /// documents ("the report notes").
    static func canSpeak(_ head: String) -> Bool {
        if describesSpeakers(head) || isDocument(head) { return true }
        return agentEndings.contains { head.hasSuffix($0) }
    }

    /// "the report", "the statements": a document, in the singular or the plural.
    static func isDocument(_ head: String) -> Bool {
        if Lexicon.flagTable[head]?.contains(.documentNoun) == true { return true }
        return head.hasSuffix("s") && Lexicon.flagTable[String(head.dropLast())]?.contains(.documentNoun) == true
    }

    static let agentEndings = [
        "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "dent", "dents", "ee", "ees", "man", "men",
        "people", "public", "staff", "media", "press",
    ]

    /// Whether a description's head names people or a body that can speak: a role or
    /// organisation word, or the plural of one ("ministers").
    static func describesSpeakers(_ head: String) -> Bool {
        let speakers: WordFlags = [.roleNoun, .organisation, .title]
        if let flags = Lexicon.flagTable[head], !flags.isDisjoint(with: speakers) { return true }
        // ("parties", "agencies": the plural in -ies of a word in -y.)
        let singular = head.hasSuffix("ies") ? String(head.dropLast(3)) + "y" : String(head.dropLast())
        guard head.hasSuffix("s"), let flags = Lexicon.flagTable[singular] else { return false }
        return !flags.isDisjoint(with: speakers)
    }

    /// "Statement from the British Ambassador to Honduras, Thomas Carter, ...": the issuer
    /// speaks for the statement, and its "we" is theirs.
    mutating func noteIssuer(in p: ParagraphText, sentence: Range<Int>, number: Int) {
        let tokens = p.tokens
        var start = sentence.lowerBound
        // "Foreign Affairs Council: Remarks by …": after a label of capitalised words.
        if let colon = window(from: start, to: min(sentence.upperBound, start + 6)).first(where: { tokens[$0].is(":") }), colon > start,
           (start..<colon).allSatisfy({ tokens[$0].isCapitalized })
        {
            start = colon + 1
        }
        // "A Statement from the NIH Director": the article is the headline's.
        if start + 3 < sentence.upperBound, tokens[start].is(oneOf: [.a, .the]), tokens[start + 1].isCapitalized { start += 1 }
        // "Official Statement from Sheriff Roe": one word of the headline's before its noun (a
        // joint statement has more than one issuer).
        if start + 3 < sentence.upperBound, tokens[start].isCapitalized, tokens[start + 1].is(oneOf: [.statement, .communique, .communiqué, .declaration, .message]),
           p.text(ofTokens: start..<(start + 1)).lowercased() != "joint" { start += 1 }
        // "Quotes attributable to Home Affairs Minister Jane Roe MP": a heading over the quotes it gives away.
        guard start + 2 < sentence.upperBound else { return }
        let quotesHeading = tokens[start].isCapitalized && tokens[start].is(oneOf: [.quotes, .comments])
        guard p.isNarration(start), quotesHeading || tokens[start].is(oneOf: [.statement, .communique, .communiqué, .declaration, .remarks, .message, .delivered])
        else { return }
        // "Statement attributable to the Spokesperson for the Secretary-General", as the UN heads them.
        let attributed = tokens[start + 1].is(.attributable) && start + 3 < sentence.upperBound && tokens[start + 2].is(.to)
        guard attributed || tokens[start + 1].is(oneOf: quotesHeading ? [.from, .by] : [.from, .by, .of]) else { return }
        // "Delivered by the UK's Human Rights Ambassador": only "by" names who speaks.
        if tokens[start].is(.delivered), !tokens[start + 1].is(.by) { return }
        let issuerStart = attributed ? start + 3 : start + 2
        var end = issuerStart
        while end < sentence.upperBound, p.isNarration(end), !tokens[end].isSentenceEnd {
            if tokens[end].isWord && !tokens[end].isCapitalized && tokens[end].is(oneOf: [.in, .on, .at, .upon, .regarding, .about, .concerning]) { break }
            // "…, M.D., Regarding the Act": in a headline's capitals, what it is about.
            if tokens[end].isWord, tokens[end].is(oneOf: [.regarding, .about, .concerning]) { break }
            // "STATEMENT OF ATTORNEY GENERAL JANE ROE ON THE …": in a headline in capitals, "ON" too.
            if end > issuerStart, tokens[end].isWord, tokens[end].is(oneOf: [.on, .upon]),
               !p.text(ofTokens: end..<(end + 1)).contains(where: \.isLowercase) { break }
            // "… Josep Borrell calling for an immediate de-escalation": a participle ends the name.
            if end > issuerStart, tokens[end].isWord, !tokens[end].isCapitalized, tokens[end].flags.contains(.endsInIng) { break }
            end += 1
        }
        // "… by the High Representative on behalf of the European Union": the body it speaks
        // for issues it, as the structure's issuer says.
        if end + 2 < sentence.upperBound, tokens[end].is(.on), tokens[end + 2].is(.of),
           p.text(ofTokens: (end + 1)..<(end + 2)).lowercased() == "behalf" { return }
        // A name in capitals is read as the body would write it ("Alberto R. Gonzales").
        let inCapitals = ProperName.person(inCapitals: p.text(ofTokens: issuerStart..<end)).map(Reference.name)
        guard let reference = inCapitals ?? reference(of: tokens[issuerStart..<end]),
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
        // "Senator Jane Roe and Representative John Doe issued the following statement:": named
        // people who make one statement together are its one speaker, each of them read alone
        // (the subject read whole would give the first the others as her apposition).
        let joint = introducesJointWords(frame, in: p, sentence: sentence) ? jointPeople(of: frame, in: p, sentence: sentence, number: number) : nil
        if let joint {
            first = cast.jointSpeaker(of: joint)
        } else {
            Self.forEachCoordinatedPart(of: frame.subject, in: p) { whole in
                // "One of Ruritania's main parties says": one of a group speaks as the group
                // (its possessor does not).
                let part = Self.afterOneOf(whole, in: p)
                // "an independent who …", "a strict Islamic …": a subject ends in a noun, a name or a pronoun.
                // ("Jane Roe, who lives nearby": a relative clause ends its own way; the word
                // before "who" or "which", and its comma, ends the subject.)
                var end = part.upperBound
                if let relative = part.dropFirst().first(where: { p.tokens[$0].is(oneOf: [.who, .which]) && !p.tokens[$0].isAcronym }) {
                    end = p.tokens[relative - 1].is(",") ? relative - 1 : relative
                }
                let last = p.tokens[end - 1]
                if !last.isCapitalized, last.flags.isDisjoint(with: [.roleNoun, .organisation, .title, .pronoun]),
                   let tag = p.tag(end - 1), [.adjective, .verb, .adverb, .adposition, .determiner].contains(tag) { return }
                guard let reference = Self.pronounAfterAccordingTo(frame, part: part, in: p) ?? speakingReference(in: part, of: p)
                else { return }
                // "The two leaders reaffirmed …", "Ministers underscored …" in a readout: the issuer's
                // side of the meeting speaks for the release (in a joint statement, all its signatories do).
                // ("They underscored …" right after is the same side.)
                let sides: Bool
                switch reference {
                case .description(let description): sides = Self.meetingSides.contains(description.head.lowercased())
                case .pronoun(.they): sides = meetingSidesSentence.map { number - $0 <= 1 } ?? false
                default: sides = false
                }
                if sides, structure.structure.title.map({ !$0.lowercased().contains("joint") }) ?? true,
                   let issuer = [cast.statementIssuer, openingSpeaker].compactMap({ $0 }).first(where: { cast.entities[$0].kind == .person }) {
                    meetingSidesSentence = number
                    if first == nil { first = issuer } else { others.append(issuer) }
                    return
                }
                // "Jane Roe and John Doe met in Oslo. They reaffirmed …": the people the sentence
                // before lists in full as its subject are "they", speaking as one.
                if case .pronoun(.they) = reference, let pair = peopleOfSubjectBefore(sentence, in: p, number: number) {
                    first = cast.jointSpeaker(of: pair)
                    return
                }
                guard let id = cast.resolve(reference, sentence: number, position: part.lowerBound) else { return }
                // Names are noted with the sentence's other names; pronouns are not kept.
                if case .description = reference { noteMention(of: id, tokens: part, in: p, kind: .description) }
                if first == nil { first = id } else { others.append(id) }
            }
            // ("Foreign Minister Jane Roe and Development Minister John Doe issued …": parts the
            // subject itself divides into are the joint speaker's people too.)
            if let single = first, !others.isEmpty, introducesJointWords(frame, in: p, sentence: sentence),
               ([single] + others).allSatisfy({ cast.entities[$0].kind == .person }), Set([single] + others).count == others.count + 1 {
                first = cast.jointSpeaker(of: [single] + others)
                others = []
            }
            // ("Labour and the SNP said", "France and Germany stressed": bodies named together speak as one.)
            if let single = first, others.count == 1, others[0] != single,
               ([single] + others).allSatisfy({ cast.entities[$0].kind != .person && !cast.entities[$0].isJoint }) {
                first = cast.jointSpeaker(of: [single] + others)
                others = []
            }
        }
        guard let first else { return nil }
        // "…, especially since the authorities had said …": who speaks in a clause of reason or
        // time is named, but the main clause's speaker still has the turn.
        let opener = frame.subject.lowerBound - 1
        let subordinate = !frame.inverted && opener > sentence.lowerBound
            && p.tokens[opener].is(oneOf: [.since, .because, .although, .though, .while, .unless, .when, .if, .before, .after])
        for id in others.reversed() { cast.markSpeaking(id, takingTurn: !subordinate) }
        cast.markSpeaking(first, takingTurn: !subordinate)
        // ("the right to choose leaders who respond to …": a speaker in a relative clause on a
        // lowercase noun is described, and is no voice of the statement's "we".)
        let described = !frame.inverted && frame.subject.upperBound < p.tokens.count && p.tokens[frame.subject.upperBound].is(oneOf: [.who, .that])
            && !p.tokens[frame.subject.upperBound - 1].isCapitalized
        if cast.voice == nil, !described { cast.voice = first }
        // ("In a statement released Thursday, the agency condemned …": the statement opens the sentence.)
        if mentionsStatement(in: p, from: frame.subject.lowerBound, sentence: sentence)
            || namesAStatementOf(frame.subject, in: p)
            || (!frame.inverted && frame.subject.lowerBound > sentence.lowerBound + 2 && p.tokens[sentence.lowerBound].is(.in)
                && mentionsStatement(in: p, from: sentence.lowerBound, sentence: sentence.lowerBound..<frame.subject.lowerBound))
            || issuesAStatement(frame, in: p, sentence: sentence)
        {
            cast.statementIssuer = first
        }
        return first
    }

    /// "U.S. Senator Patty Murray (D-Wash.) and U.S. Representative Jeb Hensarling (R-Texas),
    /// co-chairmen of …", "Senators A, B and C", "The Hon. A, Minister of …; the Hon. B, …; and
    /// the Hon. C, …": people named in full, each with a title or none, before any apposition.
    private mutating func namedInFull(in subject: Range<Int>, of p: ParagraphText) -> [(name: ProperName, start: Int)]? {
        let tokens = p.tokens
        var depth = 0
        var topLevel: [Int] = []
        for index in subject {
            if tokens[index].is("(") { depth += 1 } else if tokens[index].is(")") { depth = max(0, depth - 1) }
            if depth == 0 { topLevel.append(index) }
        }
        var parts: [Range<Int>] = []
        if topLevel.contains(where: { tokens[$0].is(";") }) {
            // Each between semicolons: its name, then its office after a comma.
            var start = subject.lowerBound
            for index in topLevel where tokens[index].is(";") || index == subject.upperBound - 1 {
                let end = tokens[index].is(";") ? index : index + 1
                var first = start
                if first < end, tokens[first].is(.and) { first += 1 }
                let comma = topLevel.first { $0 >= first && $0 < end && tokens[$0].is(",") } ?? end
                parts.append(first..<comma)
                start = index + 1
            }
        } else {
            guard let lastAnd = topLevel.last(where: { tokens[$0].is(.and) }) else { return nil }
            // The list ends at the apposition after its last name.
            let end = topLevel.first { $0 > lastAnd && (tokens[$0].is(",") || tokens[$0].isDash) } ?? subject.upperBound
            var start = subject.lowerBound
            for index in topLevel where index < end && (tokens[index].is(",") || tokens[index].is(.and)) {
                if index > start { parts.append(start..<index) }
                start = index + 1
            }
            parts.append(start..<end)
        }
        guard parts.count >= 2 else { return nil }
        var people: [(name: ProperName, start: Int)] = []
        for part in parts {
            guard !part.isEmpty else { return nil }
            // "(D-Wash.)": a party and state after the name are no part of it.
            var end = part.upperBound
            if tokens[end - 1].is(")"), let open = part.last(where: { tokens[$0].is("(") }), open > part.lowerBound { end = open }
            let words = tokens[part.lowerBound..<end].drop { $0.is(.the) }
            // ("The Minister of Foreign Affairs of the Republic of Ruritania Jan Novak": "of" inside a post.)
            guard !words.isEmpty, words.indices.allSatisfy({ words[$0].isWord && (words[$0].isCapitalized || words[$0].is(.of) || (words[$0].is(.the) && tokens[$0 - 1].is(.of))) }), words.last?.isCapitalized == true, let reference = reference(of: words),
                  case .name(let name) = reference, name.kind == .person, name.name.split(separator: " ").count >= 2 else { return nil }
            people.append((name, part.lowerBound))
        }
        return people
    }

    /// The people of a statement made together, each resolved, when its subject lists two or
    /// more named in full. The subject found may be the list's last name or office only: the
    /// list opens the clause, after any dateline.
    private mutating func jointPeople(of frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>, number: Int) -> [Int]? {
        let opening = Dateline.end(in: p, sentence: sentence) ?? sentence.lowerBound
        let whole = opening < frame.subject.lowerBound ? opening..<frame.subject.upperBound : frame.subject
        return peopleNamedInFull(in: [whole, frame.subject], of: p, sentence: number)
    }

    /// The people named in full that the subject of the paragraph's sentence before `sentence` lists.
    private mutating func peopleOfSubjectBefore(_ sentence: Range<Int>, in p: ParagraphText, number: Int) -> [Int]? {
        guard let before = p.sentences.last(where: { $0.upperBound <= sentence.lowerBound }) else { return nil }
        let start = Dateline.end(in: p, sentence: before) ?? before.lowerBound
        // (A list of posts and names may outrun the subject found: up to the first verb, then.)
        let verb = (start..<before.upperBound).first { p.tokens[$0].isWord && !p.tokens[$0].isCapitalized && !p.tokens[$0].flags.isDisjoint(with: [.verbForm, .endsInEd]) }
        guard let verb, (start..<verb).contains(where: { p.tokens[$0].is(.and) }) else { return nil }
        let subject = FrameFinder.mainSubject(in: p, from: start, before: before.upperBound).map { start..<$0.upperBound }
        return peopleNamedInFull(in: [subject, start..<verb].compactMap { $0 }, of: p, sentence: number - 1)
    }

    /// The people of the first of `candidates` that lists two or more named in full, each
    /// resolved to one person of the cast, none twice.
    mutating func peopleNamedInFull(in candidates: [Range<Int>], of p: ParagraphText, sentence number: Int) -> [Int]? {
        var found: [(name: ProperName, start: Int)]?
        for candidate in candidates where found == nil { found = namedInFull(in: candidate, of: p) }
        guard let people = found else { return nil }
        let ids = people.compactMap { cast.resolve(.name($0.name), sentence: number, position: $0.start) }
        guard ids.count == people.count, Set(ids).count == ids.count, ids.allSatisfy({ cast.entities[$0].kind == .person }) else { return nil }
        return ids
    }

    /// A frame that introduces a statement made together: "issued the following statement:",
    /// "said in a joint statement" (not "said in a statement", which may be one of them).
    func introducesJointWords(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        guard !frame.inverted else { return false }
        let after = window(from: frame.verb + 1, to: min(sentence.upperBound, frame.verb + 8))
        guard let statement = after.first(where: { p.tokens[$0].is(oneOf: [.statement, .communique, .communiqué, .declaration]) }) else { return false }
        return (frame.verb + 1..<statement).contains { ["following", "joint"].contains(p.text(ofTokens: $0..<($0 + 1)).lowercased()) }
    }

    /// Plural nouns for the parties to a meeting.
    static let meetingSides: Set<String> = ["leaders", "ministers", "counterparts", "presidents", "secretaries"]

    /// What a subject refers to when it can speak. "the final arrangements concluded today":
    /// only people, bodies and documents speak; "NOAA's outlook in May predicted": the owner
    /// of what cannot speak speaks through it.
    private mutating func speakingReference(in part: Range<Int>, of p: ParagraphText) -> Reference? {
        // "the UN report said", "according to the Taliban statement": a name before a document
        // is whose it is, and speaks through it.
        let last = part.upperBound - 1
        if part.count >= 2, p.tokens[last].flags.contains(.documentNoun), !p.tokens[last].isCapitalized {
            var start = part.lowerBound
            while start < last, p.tokens[start].flags.contains(.determiner) { start += 1 }
            if start < last, (start..<last).allSatisfy({ ReferenceParser.isNamePart(p.tokens[$0]) }),
               let owner = reference(of: p.tokens[start..<last]), case .name = owner { return owner }
        }
        // "Secretary-General Ban Ki-moon's office said": a person's office speaks for its
        // holder, who is named (a body's "office" is part of its name: "Attorney General's Office").
        if part.count >= 2, p.tokens[last].isWord, !p.tokens[last].isCapitalized, p.text(ofTokens: last..<(last + 1)) == "office",
           ReferenceParser.isPossessive(p.tokens[last - 1]), p.tokens[last - 1].isCapitalized, !p.tokens[last - 1].isAcronym,
           // ("the Attorney General's office", "the Sheriff's office": a post's office is a body's.)
           Lexicon.flagTable[String(p.text(ofTokens: (last - 1)..<last).lowercased().dropLast(2))]
               .map({ $0.isDisjoint(with: [.title, .organisation, .nationality, .roleNoun]) }) ?? true,
           let owner = reference(of: p.tokens[part.lowerBound..<last]), case .name(let name) = owner {
            return .name(Self.holder(named: name))
        }
        let whole = reference(of: p.tokens[part])
        if let whole {
            guard case .description(let description) = whole, !Self.canSpeak(description.head) else { return whole }
        }
        guard let possessive = part.first(where: { ReferenceParser.isPossessive(p.tokens[$0]) }), possessive + 1 < part.upperBound,
              let owner = reference(of: p.tokens[part.lowerBound..<(possessive + 1)])
        else { return nil }
        if case .description(let description) = owner, !Self.canSpeak(description.head) { return nil }
        return owner
    }

    /// "Mayor Jane Roe's": an owner's name read whole, post and all, as a body's is the person
    /// after the post, who holds it.
    static func holder(named name: ProperName) -> ProperName {
        guard name.kind == .organisation, name.role == nil, let person = Reading.nameAfterPost(name.name) else { return name }
        var post = name.name.dropLast(person.count)
        while post.last == " " { post = post.dropLast() }
        return ProperName(name: person, role: String(post), kind: .person, surface: name.surface, gender: .unknown)
    }

    /// "Both the Irving Independent School District and the Irving Police Department": each
    /// part, in order, with none left empty. (Static: the caller's closure changes the cast, and
    /// a method of the reading would have it copied, with all its entities, at every frame.)
    static func forEachCoordinatedPart(of range: Range<Int>, in p: ParagraphText, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        // "Gates and other leaders said": the others are the class the one named belongs to,
        // unnamed; the one named speaks.
        if let and = range.first(where: { p.tokens[$0].is(.and) }), and > start, and + 2 < range.upperBound,
           p.tokens[and - 1].isCapitalized, p.text(ofTokens: (and + 1)..<(and + 2)).lowercased() == "other" {
            body(start..<and)
            return
        }
        // "Attorney General Leslie R. Caldwell of the Criminal Division and Special Agent
        // Christopher Combs": a title after "and" starts a second person when the first had one.
        for index in range where p.tokens[index].is(.and) && index + 1 < range.upperBound && index > start
            && !Self.endsAPortfolio(after: index, in: p, range: range)
            && (p.tokens[index + 1].flags.contains(.determiner)
                || (p.tokens[index + 1].isCapitalized && p.tokens[index + 1].flags.contains(.title)
                    && (start..<index).contains { p.tokens[$0].isCapitalized && p.tokens[$0].flags.contains(.title) }))
        {
            body(start..<index)
            start = index + 1
        }
        if start < range.upperBound { body(start..<range.upperBound) }
    }

    /// "According to him, …": after "to" a pronoun takes its object form, and names the one
    /// who speaks as its subject form would.
    static func pronounAfterAccordingTo(_ frame: ReportingFrame, part: Range<Int>, in p: ParagraphText) -> Reference? {
        // (A participle the sentence goes on with has the same words as its subject.)
        guard part.count == 1, p.tokens[frame.verb].is(.according)
            || (part.lowerBound >= 2 && p.tokens[part.lowerBound - 1].is(.to) && p.tokens[part.lowerBound - 2].is(.according))
        else { return nil }
        switch p.text(ofTokens: part).lowercased() {
        case "him": return .pronoun(.he)
        case "her": return .pronoun(.she)
        case "them": return .pronoun(.they)
        default: return nil
        }
    }

    /// The words after a subject's opening "one of", when more than one word follows.
    static func afterOneOf(_ part: Range<Int>, in p: ParagraphText) -> Range<Int> {
        guard part.count > 3, p.tokens[part.lowerBound + 1].is(.of),
              p.text(ofTokens: part.lowerBound..<(part.lowerBound + 1)).lowercased() == "one" else { return part }
        return (part.lowerBound + 2)..<part.upperBound
    }

    /// "Minister for Communications and the Arts, the Hon Jane Roe, said": after a post that
    /// opens the subject, "and the" with a capitalised word or two that hold no post or body,
    /// then a comma and more, goes on with the post's portfolio; it joins no second speaker.
    static func endsAPortfolio(after and: Int, in p: ParagraphText, range: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard and + 2 < range.upperBound, tokens[and + 1].is(.the), tokens[range.lowerBound].isCapitalized,
              tokens[range.lowerBound].flags.contains(.title),
              let comma = window(from: and + 2, to: min(range.upperBound, and + 5)).first(where: { tokens[$0].is(",") }),
              comma > and + 2, comma + 1 < range.upperBound
        else { return false }
        return ((and + 2)..<comma).allSatisfy { tokens[$0].isWord && tokens[$0].isCapitalized
            && tokens[$0].flags.isDisjoint(with: [.title, .roleNoun, .organisation]) }
    }

    /// "according to a statement from the Pentagon": the speaker is whoever issued it, and a
    /// later "the statement added" is theirs.
    func namesAStatementOf(_ subject: Range<Int>, in p: ParagraphText) -> Bool {
        subject.dropLast().contains { index in
            p.tokens[index].is(oneOf: [.statement, .communique, .communiqué, .declaration])
                && p.tokens[index + 1].is(oneOf: [.from, .by, .of])
        }
    }

    /// "The ministry issued a statement on Tuesday", "X released a statement Sunday": the
    /// statement "the statement" names next is the subject's.
    func issuesAStatement(_ frame: ReportingFrame, in p: ParagraphText, sentence: Range<Int>) -> Bool {
        guard !frame.inverted, p.tokens[frame.verb].flags.contains(.issuingVerb) else { return false }
        let statement: [KnownWord] = [.statement, .communique, .communiqué, .declaration]
        return window(from: frame.verb + 1, to: min(frame.verb + 4, sentence.upperBound)).contains { p.tokens[$0].is(oneOf: statement) }
    }

    /// "NATO in a statement urged", "she said in a statement".
    func mentionsStatement(in p: ParagraphText, from start: Int, sentence: Range<Int>) -> Bool {
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
    /// else (for a quote that opens its sentence) whoever spoke last, else (for words quoted
    /// inside a sentence) an earlier quote of the sentence or the sentence's subject, unless
    /// reported speech of the sentence holds them: then `reporter`, its speaker.
    mutating func attribute(_ quote: ScannedQuote, number index: Int, in p: ParagraphText, frames: FrameSpeakers, earlier: [Int?],
                            reporter: Int?, sentenceNumber: Int) -> Int? {
        let tokens = p.tokens
        guard let open = quote.openMark else { return carriedSpeaker }
        if open > 0, tokens[open - 1].isWord, tokens[open - 1].flags.contains(.namingWord) { return nil }
        if Self.isNamedThing(quote, in: p) { return nil }
        if Self.namesAThingAfterPreposition(quote, in: p) { return nil }
        // After: `“…,” X said` / `“…,” said X`.
        if let close = quote.closeMark {
            let lastInside = quote.tokens.upperBound - 1
            let punctuated = (lastInside >= quote.tokens.lowerBound && [",", ".", "!", "?", "…"].contains(tokens[lastInside].sign))
                || (close + 1 < tokens.count && tokens[close + 1].is(","))
            if punctuated {
                for verb in window(from: close + 1, to: min(tokens.count, close + 24)) {
                    if !p.isNarration(verb) || tokens[verb].isSentenceEnd { break }
                    if let id = frames[verb] { return id }
                }
                // `“…,” Senator Jane Roe.`: a name alone after the quotation, its verb left out, is who said it.
                let after = p.sentences[p.sentence(containing: close)]
                if after.upperBound - (close + 1) >= 2, after.upperBound - (close + 1) <= 6, tokens[after.upperBound - 1].is("."),
                   tokens[(close + 1)..<(after.upperBound - 1)].allSatisfy({ $0.isWord && $0.isCapitalized }),
                   let reference = reference(of: tokens[(close + 1)..<(after.upperBound - 1)]), case .name = reference,
                   let id = cast.resolve(reference, sentence: sentenceNumber, position: close + 1) {
                    cast.markSpeaking(id)
                    return id
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
            // "Michael R. Pompeo, Secretary of State: “…”", "Roe's reply: “…”"; but "Galois himself
            // famously exclaimed: “…”" is a clause, and only its subject speaks.
            let label = subject.lowerBound..<(open - 1)
            var words = label.dropFirst(subject.count).contains(where: { p.isVerb($0) }) ? tokens[subject] : tokens[label]
            if words.count >= 2, let last = words.last, last.flags.contains(.documentNoun) || last.flags.contains(.replyNoun),
               ReferenceParser.isPossessive(words[words.endIndex - 2])
            {
                words = words.dropLast()
            }
            if let reference = reference(of: words),
               let id = cast.resolve(reference, sentence: sentenceNumber, position: subject.lowerBound)
            {
                cast.markSpeaking(id)
                return id
            }
        }
        // No reporting clause: a quote that opens its sentence continues the last speaker.
        let opensSentence = (regionStart..<open).allSatisfy { tokens[$0].kind != .word }
        if opensSentence {
            if quote.continuesQuotation, let carried = carriedSpeaker { return carried }
            if let previous = earlier[..<index].last(where: { $0 != nil }) ?? nil { return previous }
            if let current = cast.currentSpeaker { return current }
            // "Statement from Sheriff Roe" over a paragraph that is one quotation: before anyone
            // speaks, the statement's words are its issuer's.
            if open <= 1, quote.closeMark.map({ $0 >= tokens.count - 2 }) ?? true,
               let issuer = cast.statementIssuer, cast.entities[issuer].kind == .person { return issuer }
            return nil
        }
        // Words quoted inside a sentence: “camped” … “without any apparent reason” share the
        // frame or speaker of the sentence's earlier quote.
        if let speaker = frames.last(in: sentence.lowerBound..<open) { return speaker }
        if index > 0, let close = p.quotes[index - 1].closeMark, close >= sentence.lowerBound, let previous = earlier[index - 1] {
            return previous
        }
        if Self.isModifier(quote, in: p) { return nil }
        // "The Prime Minister described the UK and Japan as ‘islands of innovation’": the
        // quoted words are the subject's.
        guard let subject = FrameFinder.mainSubject(in: p, from: sentence.lowerBound, before: open),
              subject.upperBound < open, p.isNarration(subject.lowerBound),
              let reference = reference(of: tokens[subject])
        else { return nil }
        switch reference {
        case .pronoun(let pronoun) where pronoun == .it: return nil
        case .description(let description) where !Self.describesSpeakers(description.head) && !Self.isDocument(description.head):
            return nil
        default:
            guard var id = cast.resolve(reference, sentence: sentenceNumber, position: subject.lowerBound) else { return nil }
            // "The inquiry has shown "progress", said the sheriff": words quoted inside reported
            // speech are its speaker's, not its subject's.
            if let reporter { id = reporter }
            cast.markSpeaking(id)
            return id
        }
    }

    /// Whether a quote no one was found to say is a term rather than speech: a name or title,
    /// words after "so-called" or a preposition, a modifier, or a few words inside a sentence.
    static func readsAsTerm(_ quote: ScannedQuote, in p: ParagraphText) -> Bool {
        guard let open = quote.openMark, !quote.continuesQuotation else { return false }
        let words = wordCount(of: quote, in: p)
        let before = open > 0 ? p.tokens[open - 1] : nil
        if let before, before.isWord, before.flags.contains(.namingWord) { return words <= 8 }
        if isNamedThing(quote, in: p) || isModifier(quote, in: p) || namesAThingAfterPreposition(quote, in: p) { return true }
        guard let before, before.isWord, !before.flags.contains(.preposition) else { return false }
        return words <= 3
    }

    /// "stored in “special boxes”": a few words after a preposition name a thing; after "as" or
    /// a reporting verb ("described … as “unacceptable”", "warned of “grave” consequences")
    /// they are the speaker's words.
    static func namesAThingAfterPreposition(_ quote: ScannedQuote, in p: ParagraphText) -> Bool {
        guard let open = quote.openMark, open > 0 else { return false }
        let before = p.tokens[open - 1]
        guard before.isWord, before.flags.contains(.preposition), !before.is(.as),
              !(open > 1 && p.tokens[open - 2].flags.contains(.reporting))
        else { return false }
        return wordCount(of: quote, in: p) <= 4
    }

    static func wordCount(of quote: ScannedQuote, in p: ParagraphText) -> Int {
        var words = 0
        for index in quote.tokens where p.tokens[index].isWord { words += 1 }
        return words
    }

    /// “Operation Clean Sweep”, “The Art of the Deal”: every word capitalised, a name or a
    /// title rather than words someone said.
    static func isNamedThing(_ quote: ScannedQuote, in p: ParagraphText) -> Bool {
        var words = 0
        for index in quote.tokens where p.tokens[index].isWord {
            let token = p.tokens[index]
            words += 1
            if !token.isCapitalized && !token.flags.contains(.nameConnector) && !token.is(.the) && !token.is(.a) { return false }
        }
        guard words >= 2, words <= 6, let open = quote.openMark else { return false }
        // A capitalised sentence quoted whole ends with its own full stop or comma; a title with
        // the comma of the sentence around it ("current ‘Ramadan Essentials,’ allow") has no verb.
        if let last = quote.tokens.last, p.tokens[last].isSign, quote.tokens.contains(where: { p.isVerb($0) }) || words > 4 { return false }
        return open > 0 && p.tokens[open - 1].isWord
    }

    /// The “fast-track” scheme: quoted words between a determiner and the noun they modify.
    static func isModifier(_ quote: ScannedQuote, in p: ParagraphText) -> Bool {
        guard let open = quote.openMark, let close = quote.closeMark, open > 0, close + 1 < p.tokens.count else { return false }
        let before = p.tokens[open - 1], after = p.tokens[close + 1]
        let opensNounPhrase = before.isWord && (before.flags.contains(.determiner) || ReferenceParser.isPossessive(before))
        return opensNounPhrase && after.isWord && !after.isCapitalized
            && after.flags.isDisjoint(with: [.verbForm, .auxiliary, .clauseWord, .preposition, .reporting])
    }

    func isPartial(_ quote: ScannedQuote, in p: ParagraphText) -> Bool {
        guard let first = quote.tokens.first(where: { p.tokens[$0].isWord }) else { return true }
        if p.tokens[first].first.isLowercase { return true }
        if let open = quote.openMark, open > 0 {
            let before = p.tokens[open - 1]
            return before.isWord && !before.flags.isDisjoint(with: [.determiner, .preposition])
        }
        return false
    }
}

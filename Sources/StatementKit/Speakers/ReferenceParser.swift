/// Reads a noun phrase (the words before "said", after "according to", before a colon) and
/// says what it refers to: a pronoun, a proper name with its role, or a description.
///
/// Names are found by capitalisation. In a run of capitalised words the name is what follows
/// the last title, organisation word or nationality (`Secretary of State | John Kerry`,
/// `US ambassador to NATO | Kay Bailey Hutchison`); a run that is all organisation is the
/// organisation (`Civil Defense Authority`).
///
/// A value holding the vocabulary, for the tokens' texts: names, roles and surfaces are built
/// from them; everything else the parser asks of a word is on the token.
struct ReferenceParser {
    let vocabulary: Vocabulary

    /// Verbs a label in capitals sets after the name before its colon: "Sheriff Jane Roe Announces:".
    static let labelVerbs: Set<String> = ["announces", "says", "declares", "responds", "replies", "comments", "explains", "writes"]

    func parse(_ words: ArraySlice<Token>) -> Reference? {
        var words = words
        // (The label's verb is no part of the name: the name before it is who speaks.)
        if words.count >= 3, let last = words.last, last.isCapitalized, words[words.endIndex - 2].isCapitalized,
           Self.labelVerbs.contains(text(of: words.suffix(1)).lowercased()) {
            words = words.dropLast()
        }
        if let body = Self.namedByMembers(Self.trimArticles(words)) {
            return .name(ProperName(name: text(of: body), role: nil, kind: .organisation, surface: text(of: words), gender: .unknown))
        }
        let chunks = Self.splitAtCommas(words)
        guard !chunks.isEmpty else { return nil }
        // "the Crown prosecutor, Mark Tedeschi, QC": the chunk that is a person's name wins.
        var primaryIndex = 0
        // ("Jane Roe, Chief Coastguard,": a name in full with no post comes first and stays the
        // name; the post after it, read as a title and a surname, is its apposition.)
        let namedInFull = !chunks[0].contains(where: { $0.flags.contains(.title) }) && personName(in: chunks[0])
        if Self.readsAsDescription(chunks[0]), !namedInFull {
            if let named = chunks.indices.dropFirst().first(where: { personName(in: chunks[$0]) }) {
                primaryIndex = named
            } else if chunks.count == 2, let last = chunks[0].last(where: { $0.isWord }), !last.isCapitalized,
                      Self.isBodysName(chunks[1]) || (last.flags.contains(.organisation) && Self.isOneWordName(chunks[1])) {
                // "The main opposition party, the Movement for Democratic Change,": a description
                // headed by a common noun, then the name of the body it describes (more chunks list).
                // "the country's largest union, Unitas,": headed by a body's word, one word names it.
                primaryIndex = 1
            }
        }
        let untrimmed = chunks[primaryIndex]
        // Every chunk holds a word (see `splitAtCommas`), so none of these is empty.
        // ("Jane Roe, who tested positive a day earlier,": a relative clause tells of the person
        // and holds no post; the chunks after it are its own.)
        let relative = chunks.indices.first { $0 > primaryIndex && chunks[$0].first?.is(oneOf: [.who, .whom, .whose, .which]) == true }
        let appositions = chunks.enumerated().filter { $0.offset != primaryIndex && $0.offset < (relative ?? chunks.count) }.map(\.element)
        var primary = Self.trimArticles(untrimmed)
        // "A senior official, Jan Hus of the pro-business Civic Union,": the person, not the body.
        if primaryIndex > 0, Self.readsAsDescription(chunks[0]) { primary = Self.withoutBody(primary) }
        // "the London-based Amnesty International", "President Jane Roe-led Federal Government":
        // a capitalised word hyphened to a participle tells of the name after it, which is who it is.
        primary = afterHyphenedModifier(primary)
        guard !primary.isEmpty else { return nil }
        // "Peter E. Deegan, Jr.": the generation is read after the name is, and kept with it.
        var generation = ""
        if primary.count >= 3, let last = primary.last, Self.isGeneration(last) {
            let comma = primary[primary.endIndex - 2].is(",")
            generation = (comma ? ", " : " ") + text(of: primary.suffix(1))
            primary = primary.dropLast(comma ? 2 : 1)
        }

        if primary.count == 1, let pronoun = Self.subjectPronoun(primary.first!) {
            return .pronoun(pronoun)
        }
        if var name = properName(in: primary) {
            if !generation.isEmpty, name.kind != .organisation {
                name = ProperName(name: name.name + generation, role: name.role, kind: name.kind, surface: name.surface, gender: name.gender)
            }
            // "the Red Cross", "the White House": a name given with "the" is a body, not a person.
            if name.kind == .person, name.role == nil, untrimmed.first?.is(.the) == true { name.kind = .organisation }
            // The mention as written, without a trailing "in a statement" or "on Twitter".
            var surface = text(of: Self.stripTrailingPrepositionalPhrase(untrimmed))
            if !appositions.isEmpty {
                let apposition = appositions.map { text(of: $0) }.joined(separator: ", ")
                // "Dr Jane Roe, Head of …": an honorific before the name is no post beside the apposition's.
                if let role = name.role, role.split(separator: " ").allSatisfy({ Self.honorifics.contains($0.lowercased()) }) { name.role = nil }
                name.role = name.role.map { $0 + ", " + apposition } ?? apposition
                if name.gender == .unknown {
                    name.gender = Gender.of(appositions: appositions, in: vocabulary)
                }
                if primaryIndex == 0 { surface += ", " + apposition }
            }
            name.surface = surface
            return .name(name)
        }
        if var description = description(in: afterHyphenedModifier(untrimmed)) {
            description.surface = text(of: words)
            return .description(description)
        }
        return nil
    }

    /// "Foreign Ministers of Britain, France, and Germany": a body named by the places of its
    /// members, whose commas list the members rather than set off appositions.
    static func namedByMembers(_ words: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let of = words.lastIndex(where: { $0.is(.of) }), of > words.startIndex, of + 1 < words.endIndex,
              let last = words.last, last.isWord, last.isCapitalized else { return nil }
        let list = words[(of + 1)...]
        guard list.contains(where: { $0.is(",") }), list.contains(where: { $0.is(.and) }),
              list.allSatisfy({ $0.is(",") || ($0.isWord && ($0.isCapitalized || $0.is(.the) || $0.is(.and))) })
        else { return nil }
        // Members are many: "Heads of Mission", "ambassadors"; "Minister of Foreign Affairs, Trade
        // and Development Ed Fast" is one person's offices.
        let head = words[..<of]
        guard head.contains(where: { $0.flags.contains(.endsInS) }),
              head.allSatisfy({ $0.isWord && ($0.isCapitalized || $0.is(.of)) }) || head.count == 1 else { return nil }
        return words
    }

    /// `he`, `she`, `it`, `they`, `we`, `I`: the pronouns that can be a subject.
    static func subjectPronoun(_ token: Token) -> Lexicon.Pronoun? {
        switch token.known {
        case .he: .he
        case .she: .she
        case .it: .it
        case .they: .they
        case .we: .we
        case .i: .i
        default: nil
        }
    }

    // MARK: Proper names

    func properName(in words: ArraySlice<Token>) -> ProperName? {
        // "Touching on the theme of the conference": a participle's phrase, no one's name.
        if words.count > 2, let first = words.first, first.isCapitalized, first.flags.contains(.endsInIng),
           words[words.startIndex + 1].flags.contains(.preposition), !words[words.startIndex + 1].isCapitalized {
            return nil
        }
        var words = Self.stripTrailingPrepositionalPhrase(words)
        guard let run = Self.lastCapitalisedRun(in: words) else { return nil }
        // A lowercase noun after the run makes the run a modifier: "A Foreign Office spokesperson".
        if run.upperBound < words.endIndex { return nil }
        // "the embassy in Kabul", "the outlook in May": a place or a time after a noun.
        // "residents of Juba" are people of a place; "the spokesperson of Catherine Ashton" speaks for her.
        // "Officials in South Korea and Japan": a plural opening the sentence, capitalised for that
        // alone, then where they are.
        if run.lowerBound == words.startIndex, run.count >= 3, words[run.lowerBound].flags.contains(.endsInS),
           words[run.lowerBound].flags.isDisjoint(with: [.title, .organisation, .possessive]),
           words[run.lowerBound + 1].is(oneOf: [.in, .at, .from]) {
            return nil
        }
        if run.lowerBound - 2 >= words.startIndex, words[run.lowerBound - 2].isWord, !words[run.lowerBound - 2].isCapitalized {
            let before = words[run.lowerBound - 1], noun = words[run.lowerBound - 2]
            if before.is(oneOf: [.in, .at, .on, .during])
                || (before.is(oneOf: [.of, .from]) && noun.flags.contains(.endsInS) && !noun.flags.contains(.title)) {
                return nil
            }
            // "officials on the island of Malta": a place's kind named after "in", "on", "at" or
            // "from" the, then "of" its name, is still where they are.
            if before.is(.of), run.lowerBound - 4 >= words.startIndex, words[run.lowerBound - 3].is(.the),
               words[run.lowerBound - 4].is(oneOf: [.in, .at, .on, .from]),
               noun.flags.isDisjoint(with: [.title, .roleNoun, .organisation, .determiner, .pronoun, .preposition]) {
                return nil
            }
        }
        // "the head of the International Monetary Fund", "the chairman of the Joint Chiefs of
        // Staff": a post in lowercase before "of" a body's name is held by someone, who speaks
        // ("the spokesperson of Catherine Ashton" speaks for her, and is read with her name; one
        // word after "of" may begin a longer phrase, "the governor of Lagos state").
        let beforeOf = run.lowerBound - 1 >= words.startIndex && words[run.lowerBound - 1].is(.the) ? run.lowerBound - 2 : run.lowerBound - 1
        if beforeOf - 1 >= words.startIndex, words[beforeOf].is(.of), words[beforeOf - 1].isWord, !words[beforeOf - 1].isCapitalized,
           !words[beforeOf - 1].flags.isDisjoint(with: [.title, .roleNoun]), !words[beforeOf - 1].flags.contains(.endsInS),
           words[run.upperBound - 1].flags.contains(.organisation) || words[run.upperBound - 1].isAcronym
               || (run.count >= 2 && !personName(in: words[run])) {
            return nil
        }
        // "A spokesperson for the United Nations", "the envoy to the United Nations": the
        // spokesperson speaks, not the body.
        if run.lowerBound - 3 >= words.startIndex, words[run.lowerBound - 1].is(.the),
           words[run.lowerBound - 2].is(.for) || (words[run.lowerBound - 2].is(.to) && (words[run.upperBound - 1].flags.contains(.organisation) || words[run.upperBound - 1].isAcronym)),
           words[run.lowerBound - 3].isWord, !words[run.lowerBound - 3].isCapitalized,
           !words[run.lowerBound - 3].flags.isDisjoint(with: [.title, .roleNoun]) {
            return nil
        }
        // "a spokesman for Hamas", "the French ambassador to Lebanon": one word after the post's
        // "for" or "to" names the body or place it serves, and the post's holder speaks
        // ("a spokesman for Jane Roe" speaks for her, whatever the length of her name).
        if run.lowerBound - 2 >= words.startIndex, run.count == 1 || words[run.lowerBound - 1].is(.for),
           words[run.lowerBound - 1].is(oneOf: [.for, .to]),
           words[run.lowerBound - 2].isWord, !words[run.lowerBound - 2].isCapitalized,
           !words[run.lowerBound - 2].flags.isDisjoint(with: [.title, .roleNoun]) {
            return nil
        }
        words = words[words.startIndex..<run.upperBound]
        var runTokens = Array(words[run])
        var prefixTokens = Array(words[words.startIndex..<run.lowerBound])
        // "a statement from the Pentagon": the document is the Pentagon's words, not its role.
        if let from = prefixTokens.indices.last(where: { $0 > 0 && prefixTokens[$0].is(oneOf: [.from, .by, .of])
            && prefixTokens[$0 - 1].flags.contains(.documentNoun) })
        {
            prefixTokens = Array(prefixTokens[(from + 1)...].drop { $0.is(oneOf: [.the, .a, .an]) })
        }

        // "Matthew Ingram of The Globe and Mail": a person, then where they work.
        var affiliation: String? = nil
        // "Mission Operations Manager Alice Bowman of Johns Hopkins University": the words just
        // before "of", back to the last role word, are the person.
        if let of = runTokens.firstIndex(where: { $0.is(.of) }), of >= 2,
           let personStart = Optional(runTokens[..<of].lastIndex(where: { Self.isRoleWord($0) || $0.flags.contains(.roleNoun) }).map { $0 + 1 } ?? 0),
           of - personStart >= 2,
           runTokens[personStart..<of].allSatisfy({ $0.isCapitalized && !Self.isRoleWord($0) && !$0.isAcronym })
        {
            affiliation = text(of: runTokens[(of + 1)...])
            runTokens = Array(runTokens[..<of])
        }

        // "Personnel Specialist 1st Class Kathryn Benjamin": after an ordinal, a rate's word is the role's.
        if runTokens.count >= 3, run.lowerBound > words.startIndex, ("0"..."9").contains(Character(words[run.lowerBound - 1].first)),
           ["st", "nd", "rd", "th"].contains(where: { text(of: words[(run.lowerBound - 1)..<run.lowerBound]).lowercased().hasSuffix($0) }) {
            prefixTokens.append(runTokens.removeFirst())
        }
        runTokens = Array(withoutHonours(runTokens[...]))
        // "the U.S. Attorney’s Office", "the Governor’s Office and the police": a post's office is
        // named by its post; a bare "Office" names no body.
        if let owner = runTokens.lastIndex(where: { Self.isPossessive($0) }), isPostsOffice(at: owner, in: runTokens) {
            return ProperName(name: text(of: runTokens[...]), role: nil, kind: .organisation, surface: text(of: words), gender: .unknown)
        }
        // Split titles and organisations off the front of the run.
        var split = -1
        // ("Chairman of the Federal Reserve", "Minister of National Health": a nationality after
        // "the", "of" or "for" opens the body's or the portfolio's name; no one is named "Reserve".)
        for (index, token) in runTokens.enumerated() where (Self.isRoleWord(token)
            && !(index > 0 && runTokens[index - 1].is(oneOf: [.the, .of, .for]) && token.flags.contains(.nationality)
                 && token.flags.isDisjoint(with: [.title, .organisation])))
            || (Self.isPossessive(token) && !isPluralOwnerInsideABody(at: index, in: runTokens))
            || (token.isAcronym && !token.flags.contains(.initialismBeforeLast)
                // "NBN Co", "BBC News": the letters and the kind of body are one name.
                && !(index + 1 < runTokens.count && runTokens[(index + 1)...].allSatisfy { $0.flags.contains(.organisation) && $0.isCapitalized && !$0.isAcronym }))
            || (token.flags.contains(.roleNoun) && index + 2 <= runTokens.count - 1)
        {
            // ("Consulate General": after a body's word, "General" is that body's, and the two
            // are one word of the name.)
            if bodysGeneral(at: index - 1, in: runTokens) || bodysGeneral(at: index, in: runTokens) { continue }
            split = index
        }
        // "Embassy Cairo", "U.S. Consulate General Istanbul": one place word after a body's word
        // names the body's post there, not a person.
        if split >= 0, split == runTokens.count - 2,
           runTokens[split].flags.contains(.organisation), !runTokens[split].flags.contains(.title),
           !Self.isPossessive(runTokens[split]), !runTokens[split].isAcronym,
           let place = runTokens.last, place.isCapitalized, !place.isAcronym, place.flags.isDisjoint(with: [.title, .organisation, .roleNoun, .nationality]) {
            split = -1
        }
        var nameTokens = Array(runTokens[(split + 1)...])
        var roleTokens = prefixTokens + runTokens.prefix(split + 1)
        // "the High Representative for Foreign affairs and Security Policy Catherine Ashton",
        // "the Minister for Africa Mark Simmonds": a run after "for", "of" or "and" still
        // belongs to the role, and the person is its last two words.
        // ("High Commissioner to Kenya Rob Macaire": "to" after a title too.)
        if split < 0, runTokens.count >= 3, let last = prefixTokens.last, last.is(oneOf: [.for, .of, .and]) || last.is("&")
            || (last.is(.to) && prefixTokens.count >= 2 && prefixTokens[prefixTokens.count - 2].flags.contains(.title)),
           prefixTokens.count >= 2, prefixTokens[prefixTokens.count - 2].isCapitalized
               || prefixTokens.contains(where: { $0.flags.contains(.title) }),
           !runTokens.contains(where: { $0.flags.contains(.nameConnector) || $0.is(.and) })
        {
            let keep = Self.personTokenCount(nameTokens)
            roleTokens += nameTokens.prefix(nameTokens.count - keep)
            nameTokens = Array(nameTokens.suffix(keep))
        }
        if let first = nameTokens.first, first.flags.contains(.nameConnector) || first.is(.to) {
            // "Church of Scientology" is one name; "University of Texas Arlington Amneh Jafari"
            // is an institution and then a person.
            let rest = nameTokens.dropFirst().filter { !$0.flags.contains(.nameConnector) }
            // "Department of Housing and Urban Development": no one is named "Urban Development",
            // and a name joined to the words before it by "and" is the body's too.
            let keep = Self.personTokenCount(nameTokens)
            let person = nameTokens.suffix(keep)
            let joined = nameTokens.count > keep && nameTokens[nameTokens.count - keep - 1].is(.and)
            if rest.count <= 2 || joined || person.contains(where: { $0.flags.contains(.abstractNoun) }) {
                nameTokens = []
            } else {
                // "Secretary of Commerce Carlos M. Gutierrez": the initial keeps the first name.
                roleTokens += nameTokens.prefix(nameTokens.count - keep)
                nameTokens = Array(nameTokens.suffix(keep))
            }
        }
        var kind: Speaker.Kind = .person

        if nameTokens.isEmpty {
            // The whole run is an organisation or a bare title.
            let connected = runTokens.drop { $0.flags.contains(.nameConnector) }.map { $0 }
            let org = connected.lastIndex(where: { Self.isPossessive($0) }).map { isPluralOwnerInsideABody(at: $0, in: connected) } == true
                ? connected : Self.stripPossessor(connected)
            guard !org.isEmpty else { return nil }
            // ("the Regional Director", "the National Coordinator": a post's own words may say
            // where it serves; a post it stays.)
            let isTitleOnly = org.allSatisfy { !$0.flags.isDisjoint(with: [.title, .nameConnector]) }
                || (org.count >= 2 && org.last!.flags.contains(.title) && !org.last!.flags.contains(.organisation)
                    && org.allSatisfy { !$0.isAcronym && !$0.flags.isDisjoint(with: [.title, .nationality]) })
            if isTitleOnly { return nil }
            return ProperName(
                name: Self.withoutPossessive(text(of: org[...])), role: prefixTokens.isEmpty ? nil : text(of: prefixTokens[...]),
                kind: .organisation, surface: text(of: words), gender: .unknown)
        }
        // "Minister for Regional Development Michael McCormack": a noun of an abstract kind
        // ("-ment", "-tion") ends the portfolio; no one's first name is made so.
        while nameTokens.count >= 3, nameTokens[0].flags.contains(.abstractNoun) {
            roleTokens.append(nameTokens.removeFirst())
        }
        // "Minister of Trade and Regional Development, Jane Roe": after a post, abstract nouns
        // alone end its portfolio; they name no one.
        if !roleTokens.isEmpty, nameTokens.allSatisfy({ $0.flags.contains(.abstractNoun) }) { return nil }
        if nameTokens.count > 4 {
            let keep = Self.personTokenCount(nameTokens)
            roleTokens += nameTokens.prefix(nameTokens.count - keep)
            nameTokens = Array(nameTokens.suffix(keep))
        }
        if nameTokens.count == 1 && roleTokens.isEmpty && prefixTokens.isEmpty {
            kind = .group  // a bare name: a surname, a place or a company; the cast decides
        }
        // "Reporters Without Borders": no one's name holds a capitalised preposition inside it.
        if nameTokens.contains(where: { $0.flags.contains(.organisation) })
            || (nameTokens.count >= 3 && nameTokens.dropFirst().dropLast().contains {
                $0.isCapitalized && $0.flags.contains(.capitalisedFunction) && !$0.flags.contains(.nameConnector)
            })
        {
            kind = .organisation
        }
        var role = roleTokens.isEmpty ? nil : text(of: roleTokens[...])
        if let affiliation { role = role.map { "\($0), \(affiliation)" } ?? affiliation }
        return ProperName(
            name: Self.withoutPossessive(text(of: nameTokens[...])), role: role, kind: kind, surface: text(of: words),
            gender: Gender.of(roleTokens))
    }

    /// How many of a run's last words are the person: two, or three with a middle initial
    /// ("Secretary of Energy Samuel W. Bodman").
    static func personTokenCount(_ run: [Token]) -> Int {
        run.count >= 3 && run[run.count - 2].flags.contains(.initialismBeforeLast) ? 3 : 2
    }

    /// "Richard Marles MP": the honours after a name of two words or more are no part of it.
    func withoutHonours(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        var words = words
        while words.count > 2, let last = words.last, Lexicon.postNominals.contains(text(of: [last][...]).lowercased()) {
            words = words.dropLast()
        }
        return words
    }

    /// Does this chunk read as a person's name and nothing else (`Mark Tedeschi`)?
    func personName(in words: ArraySlice<Token>) -> Bool {
        // "an Illinois Democrat", "a Texas Republican": what someone is, not who.
        if let first = words.first(where: { $0.isWord }), first.is(oneOf: [.a, .an]) { return false }
        var words = Self.trimArticles(words)
        words = withoutHonours(words)
        // "Rt Hon Jane Roe MP": the "Right" of a minister's "Honourable" is no part of the name.
        // (The title after it is asked first: most names are asked this, few open so.)
        if words.count > 1, words[words.startIndex + 1].flags.contains(.title),
           ["rt", "rt.", "right"].contains(vocabulary.text(of: words.first!).lowercased()) { words = words.dropFirst() }
        // "Dr. Ann Lee", "Ambassador Smith": a title may open a person's name.
        let titled = words.first.map { $0.isCapitalized && $0.flags.contains(.title) } ?? false
        while let first = words.first, first.isCapitalized, first.flags.contains(.title) { words = words.dropFirst() }
        words = Self.withoutBody(words)
        guard words.count >= (titled ? 1 : 2), words.count <= 4 else { return false }
        // ("Staffan de Mistura", "Ludwig van Beethoven": a particle inside a name is lowercase.)
        return words.indices.allSatisfy { index in
            let word = words[index]
            if index > words.startIndex, index < words.endIndex - 1, !word.isCapitalized, word.flags.contains(.nameConnector) {
                return !word.is(oneOf: [.of, .the, .and, .for, .on, .in])
            }
            return word.isCapitalized && !Self.isRoleWord(word) && !word.isAcronym
        }
    }

    /// "Jan Hus of the Finance Ministry", "Ann Lee from the liberal Civic Union": the name before
    /// "of" or "from" and a body's name (a person's name holds no lowercase "of"; a one-word
    /// head before "of" is more often a post: "Agent-in-Charge of the Field Office").
    static func withoutBody(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        guard let link = words.firstIndex(where: { $0.is(oneOf: [.of, .from]) && !$0.isCapitalized }),
              link - words.startIndex >= 2, let last = words.last, last.isWord, last.isCapitalized,
              words[(link + 1)...].allSatisfy({ ($0.isWord && ($0.isCapitalized || !$0.flags.contains(.verbForm))) || $0.isDash })
        else { return words }
        return words[..<link]
    }

    /// A single capitalised word that is neither a title, a body's word nor a nationality.
    static func isOneWordName(_ words: ArraySlice<Token>) -> Bool {
        let words = trimArticles(words)
        guard words.count == 1, let word = words.first else { return false }
        return word.isWord && word.isCapitalized && !isRoleWord(word)
    }

    /// "the Movement for Democratic Change", "Union for Democracy": capitalised words joined by
    /// "of", "for", "and" or "on", not opening with a title (that names a post).
    static func isBodysName(_ words: ArraySlice<Token>) -> Bool {
        let words = trimArticles(words)
        guard (2...8).contains(words.count), let first = words.first, let last = words.last,
              first.isCapitalized, last.isCapitalized, !first.flags.contains(.title) else { return false }
        return words.allSatisfy { $0.isWord && ($0.isCapitalized || $0.is(oneOf: [.of, .for, .and, .on])) }
    }

    /// "Consulate General": a body's word at `index`, then "General".
    func bodysGeneral(at index: Int, in run: [Token]) -> Bool {
        index >= 0 && index + 1 < run.count && run[index].flags.contains(.organisation) && !run[index].flags.contains(.title)
            && run[index + 1].flags.contains(.title) && vocabulary.lower(of: run[index + 1]) == "general"
    }

    /// "the U.N. Children’s Fund", "the People's Liberation Army": a plural of people in the
    /// possessive, with a body's word ending the run, is a word of the body's name, not its owner.
    func isPluralOwnerInsideABody(at index: Int, in run: [Token]) -> Bool {
        guard index + 1 < run.count, run[run.count - 1].flags.contains(.organisation) else { return false }
        let lower = vocabulary.lower(of: run[index])
        let owner = lower.hasSuffix("'s") || lower.hasSuffix("’s") ? String(lower.dropLast(2)) : lower
        return Self.irregularPluralsOfPeople.contains(owner) || lower.hasSuffix("s'") || lower.hasSuffix("s’")
    }

    /// Plurals of people not in -s, which own as "-'s" does for one person.
    static let irregularPluralsOfPeople: Set<String> = ["children", "people", "women", "men"]

    /// "Attorney’s Office", "Governor’s Office and FBI": a post's word in the possessive, then one
    /// word of a body, ending the run or before "and" and another name.
    func isPostsOffice(at owner: Int, in run: [Token]) -> Bool {
        guard owner + 1 < run.count else { return false }
        let lower = vocabulary.lower(of: run[owner])
        guard lower.endsInPossessive, let base = Lexicon.flagTable[String(lower.dropLast(2))], base.contains(.title),
              !base.contains(.organisation) else { return false }
        let body = run[owner + 1]
        guard body.isCapitalized, !body.isAcronym, body.flags.contains(.organisation), !body.flags.contains(.title) else { return false }
        return owner + 2 == run.count || (run[owner + 2].is(.and) && owner + 3 < run.count && run[owner + 3].isCapitalized)
    }

    /// The words after the last hyphened modifier that a capitalised word follows.
    func afterHyphenedModifier(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        guard let modifier = words.lastIndex(where: isHyphenedModifier), modifier + 1 < words.endIndex,
              words[modifier + 1].isCapitalized else { return words }
        return words[(modifier + 1)...]
    }

    /// "Iran-backed", "London-based": a capitalised word, a hyphen and a participle in lowercase
    /// ("Al-Hamed" is a name).
    func isHyphenedModifier(_ token: Token) -> Bool {
        guard token.isCapitalized, token.flags.contains(.endsInEd) else { return false }
        let text = vocabulary.text(of: token)
        guard let dash = text.lastIndex(of: "-") else { return false }
        let participle = text[text.index(after: dash)...]
        return participle.count >= 3 && participle.allSatisfy(\.isLowercase)
    }

    static func isPossessive(_ token: Token) -> Bool {
        token.flags.contains(.possessive)
    }

    static func isRoleWord(_ token: Token) -> Bool {
        !token.flags.isDisjoint(with: [.title, .organisation, .nationality])
    }

    /// The last run of capitalised words, joined by connectors (`Church of Scientology`).
    static func lastCapitalisedRun(in words: ArraySlice<Token>) -> Range<Int>? {
        var end: Int? = nil
        var index = words.endIndex - 1
        while index >= words.startIndex {
            let token = words[index]
            if isNamePart(token) {
                if end == nil { end = index + 1 }
            } else if end != nil, index > words.startIndex,
                      // "to the NATO Parliamentary Assembly the Foreign Secretary": "the" right after
                      // a name opens another one.
                      token.flags.contains(.nameConnector) && !token.is(.the) && isNamePart(words[index - 1])
                        || (isSurnameParticle(token) && index - 1 > words.startIndex && isSurnameParticle(words[index - 1])
                            && isNamePart(words[index - 2]))
                        || (token.is(.the) && index - 1 > words.startIndex && words[index - 1].is(.of))
                        || (token.is(.to) && isNamePart(words[index - 1]) && words[index - 1].flags.contains(.organisation))
            {
                // a connector inside the run ("to" only after a body: "Committee to Protect Journalists")
            } else if end != nil {
                break
            }
            index -= 1
        }
        guard let end else { return nil }
        var start = index + 1
        while start < end, !words[start].flags.isDisjoint(with: [.nameConnector, .determiner])
            || (start == words.startIndex && words[start].flags.contains(.capitalisedFunction))
        {
            start += 1
        }
        return start < end ? start..<end : nil
    }

    /// "von", "der", "bin": a connector of family names, two of which may stand together
    /// ("Ursula von der Leyen"), unlike "of", "the" or "and".
    static func isSurnameParticle(_ token: Token) -> Bool {
        token.flags.contains(.nameConnector) && !token.isCapitalized
            && !token.is(oneOf: [.and, .of, .the, .for, .on, .in])
    }

    /// Whether a word can be part of a name: asked of nearly every token, so answered once
    /// per spelling by the vocabulary (`readsAsNamePart`) and kept as a flag.
    static func isNamePart(_ token: Token) -> Bool { token.flags.contains(.namePart) }

    /// Days and most months are capitalised without naming anyone ("on Monday").
    static func readsAsNamePart(_ token: Token) -> Bool {
        guard token.kind == .word, !token.flags.contains(.calendar), !token.is(oneOf: [.let, .lets, .itS]) else { return false }
        // "US" is the country, not the pronoun ("us" in capitals is an acronym of it).
        if token.isCapitalized || token.isAcronym { return !token.flags.contains(.pronoun) || (token.isAcronym && token.is(.us)) }
        return false
    }

    // MARK: Descriptions

    /// Whether `words` hold a description (`description(in:)` builds it, with its texts and
    /// gender): a word, not a lone pronoun, something left once articles are trimmed. Asked
    /// alone of every phrase's first chunk.
    static func readsAsDescription(_ words: ArraySlice<Token>) -> Bool {
        guard let first = words.first(where: { $0.kind == .word }) else { return false }
        if first.flags.contains(.pronoun), words.lazy.filter({ $0.kind == .word }).count == 1 { return false }
        return !trimArticles(words).isEmpty
    }

    func description(in words: ArraySlice<Token>) -> Description? {
        guard Self.readsAsDescription(words) else { return nil }
        let wordsOnly = words.filter { $0.kind == .word }
        let first = wordsOnly[0], last = wordsOnly[wordsOnly.count - 1]
        // A description must be headed by a noun that could speak or act.
        let definite = first.is(oneOf: [.the, .this, .that, .these, .those])
            || !first.flags.isDisjoint(with: [.possessive, .endsInApostrophe])
            || Self.isNamePart(first)
        var trimmed = Self.trimArticles(words[...])
        // "My Foreign Secretary", "Our Ambassador": the speaker's own office is named by its title.
        if trimmed.count >= 2, trimmed.first!.is(oneOf: [.my, .our]), trimmed.dropFirst().allSatisfy({ $0.isCapitalized }),
           trimmed.dropFirst().contains(where: { $0.flags.contains(.title) }) {
            trimmed = trimmed.dropFirst()
        }
        // "a ministry spokesperson on Wednesday": the day the words were said is not who said them.
        if let on = trimmed.lastIndex(where: { $0.is(oneOf: [.on, .in, .during]) }), on > trimmed.startIndex,
           trimmed[(on + 1)...].contains(where: { $0.flags.contains(.calendar) }),
           trimmed[(on + 1)...].allSatisfy({ $0.flags.contains(.calendar) || $0.kind == .number || $0.is(",") }) {
            trimmed = trimmed[..<on]
        }
        var headToken = trimmed.last(where: { $0.kind == .word }) ?? last
        // "the post by an unknown author on pigmy": the head comes before the prepositions.
        // ("the envoy to the United Nations": "to" after a post too.)
        if let preposition = trimmed.indices.first(where: { index in
            trimmed[index].is(oneOf: [.by, .on, .of, .from, .at, .in, .for, .with])
                || (trimmed[index].is(.to) && index > trimmed.startIndex && !trimmed[index - 1].flags.isDisjoint(with: [.title, .roleNoun]))
        }),
           preposition > trimmed.startIndex
        {
            headToken = trimmed[preposition - 1]
        }
        let head = vocabulary.lower(of: headToken)
        // The head's flags are its word lists, looked up once per spelling rather than hashed
        // into each list for every phrase.
        let flags = headToken.flags
        let kind: Speaker.Kind = flags.contains(.documentNoun) ? .document
            : flags.contains(.organisation) ? .organisation
            : !flags.isDisjoint(with: [.male, .female]) ? .person : .group
        return Description(
            text: text(of: trimmed), head: head, definite: definite, surface: text(of: words),
            kind: kind, gender: Gender.of(wordsOnly))
    }

    // MARK: Helpers

    /// The chunks between commas, dashes and brackets that hold a word, kept as they are cut
    /// so that no second list is made.
    /// "Mr", "Dr.", "Dame": what is said before a name out of courtesy, no post.
    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "alhaji", "alhaja",
        "the", "rt", "rt.", "right", "hon", "hon.", "honourable", "honorable",
    ]

    /// "Jr.", "Sr.", "III": a generation after a family name.
    static func isGeneration(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && token.flags.contains(.generation)
    }

    static func splitAtCommas(_ words: ArraySlice<Token>) -> [ArraySlice<Token>] {
        var chunks: [ArraySlice<Token>] = []
        var start = words.startIndex
        func cut(_ end: Int) {
            let chunk = words[start..<end]
            if chunk.contains(where: { $0.kind == .word }) { chunks.append(chunk) }
        }
        for index in words.indices where words[index].is(",") || words[index].isDash || words[index].is("(") || words[index].is(")") {
            // "Peter E. Deegan, Jr., of the district": the generation is the name's, not an apposition.
            if index > words.startIndex, words[index].is(","), index + 1 < words.endIndex, isGeneration(words[index + 1]) { continue }
            cut(index)
            start = index + 1
        }
        cut(words.endIndex)
        return chunks
    }

    static func trimArticles(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        var words = words
        while let first = words.first, first.is(oneOf: [.the, .a, .an, .both, .and, .but]) || first.kind != .word {
            words = words.dropFirst()
        }
        while let last = words.last, last.kind != .word { words = words.dropLast() }
        return words
    }

    static func stripTrailingPrepositionalPhrase(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        // "NATO in a statement", "Khalilzad on Twitter", "Dr. Shah at a community forum hosted
        // by …", "Roe to reporters": the name ends where a phrase of place, time or means begins.
        guard let first = words.firstIndex(where: { isNamePart($0) }) else { return words }
        for index in (first + 1)..<max(first + 1, words.endIndex) {
            let token = words[index]
            guard token.isWord, !token.isCapitalized else { continue }
            let cuts = token.is(oneOf: [.in, .on, .at, .via, .during, .after, .using, .through, .from, .with, .before])
                || token.is(.to)
            // "Council on American-Islamic Relations" goes on as a name; "at a forum" does not,
            // nor "Michael Neill in Helmand", a person's name before where they are.
            guard cuts, index + 1 < words.endIndex else { continue }
            if words[index + 1].isCapitalized {
                // ("VOA's Steve Herman in Tokyo": the name after its owner.)
                let owner = words[first..<index].lastIndex(where: { isPossessive($0) })
                let name = words[(owner.map { $0 + 1 } ?? first)..<index]
                guard token.is(oneOf: [.in, .at]), (2...3).contains(name.count),
                      // ("Diplomatic Missions in Jerusalem": a plural names a body.)
                      name.allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isAcronym
                          && $0.flags.isDisjoint(with: [.organisation, .title, .capitalisedFunction, .nationality, .roleNoun, .endsInS]) })
                else { continue }
                return words[words.startIndex..<index]
            }
            // "US ambassador to the UN Linda Marsh": a run of titles alone names no one yet.
            let before = words[words.startIndex..<index]
            if let run = lastCapitalisedRun(in: before), before[run].contains(where: { !isRoleWord($0) }) { return before }
        }
        return words
    }

    /// "the Health Agency's recommendation": the owner is the Health Agency.
    static func withoutPossessive(_ name: String) -> String {
        name.endsInPossessive ? String(name.dropLast(2)) : name
    }

    static func stripPossessor(_ tokens: [Token]) -> [Token] {
        if let possessive = tokens.lastIndex(where: { $0.flags.contains(.possessive) }),
           possessive + 1 < tokens.count
        {
            return Array(tokens[(possessive + 1)...])
        }
        return tokens
    }

    func text<C: Collection>(of tokens: C) -> String where C.Element == Token { vocabulary.text(of: tokens) }
}

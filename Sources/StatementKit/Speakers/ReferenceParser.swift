/// Reads a noun phrase (the words before "said", after "according to", before a colon) and
/// says what it refers to: a pronoun, a proper name with its role, or a description.
///
/// Names are found by capitalisation. In a run of capitalised words the name is what follows
/// the last title, organisation word or nationality (`Secretary of State | John Kerry`,
/// `US ambassador to NATO | Kay Bailey Hutchison`); a run that is all organisation is the
/// organisation (`Civil Defense Authority`).
enum ReferenceParser {
    static func parse(_ words: ArraySlice<Token>) -> Reference? {
        let chunks = splitAtCommas(words)
        guard !chunks.isEmpty else { return nil }
        // "the Crown prosecutor, Mark Tedeschi, QC": the chunk that is a person's name wins.
        var primaryIndex = 0
        if description(in: chunks[0]) != nil {
            if let named = chunks.indices.dropFirst().first(where: { personName(in: chunks[$0]) }) {
                primaryIndex = named
            }
        }
        let untrimmed = chunks[primaryIndex]
        let appositions = chunks.enumerated().filter { $0.offset != primaryIndex }.map { text(of: $0.element) }
        let primary = trimArticles(untrimmed)
        guard !primary.isEmpty else { return nil }

        if primary.count == 1, let pronoun = Lexicon.personalPronouns[primary.first!.lower],
           ["he", "she", "it", "they", "we", "i"].contains(primary.first!.lower)
        {
            return .pronoun(pronoun)
        }
        if var name = properName(in: primary) {
            let extra = appositions.filter { !$0.isEmpty }
            if !extra.isEmpty {
                let apposition = extra.joined(separator: ", ")
                name.role = name.role.map { $0 + ", " + apposition } ?? apposition
                if name.gender == .unknown {
                    name.gender = Gender.of(words: extra.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
                }
            }
            // The mention as written, without a trailing "in a statement" or "on Twitter".
            var surface = text(of: stripTrailingPrepositionalPhrase(untrimmed))
            if primaryIndex == 0 && !extra.isEmpty { surface += ", " + extra.joined(separator: ", ") }
            name.surface = surface
            return .name(name)
        }
        if var description = description(in: untrimmed) {
            description.surface = text(of: words)
            return .description(description)
        }
        return nil
    }

    // MARK: Proper names

    static func properName(in words: ArraySlice<Token>) -> ProperName? {
        var words = stripTrailingPrepositionalPhrase(words)
        guard let run = lastCapitalisedRun(in: words) else { return nil }
        // A lowercase noun after the run makes the run a modifier: "A Foreign Office spokesperson".
        if run.upperBound < words.endIndex { return nil }
        words = words[words.startIndex..<run.upperBound]
        var runTokens = Array(words[run])
        let prefixTokens = Array(words[words.startIndex..<run.lowerBound])

        // "Matthew Ingram of The Globe and Mail": a person, then where they work.
        var affiliation: String? = nil
        if let of = runTokens.firstIndex(where: { $0.lower == "of" }), of >= 2,
           runTokens[..<of].allSatisfy({ !isRoleWord($0) && !$0.isAcronym })
        {
            affiliation = text(of: runTokens[(of + 1)...])
            runTokens = Array(runTokens[..<of])
        }

        // Split titles and organisations off the front of the run.
        var split = -1
        for (index, token) in runTokens.enumerated() where isRoleWord(token) || isPossessive(token)
            || (token.isAcronym && !Lexicon.isInitialism(String(token.text.dropLast())))
        {
            split = index
        }
        var nameTokens = Array(runTokens[(split + 1)...])
        var roleTokens = prefixTokens + runTokens.prefix(split + 1)
        if let first = nameTokens.first, Lexicon.nameConnectors.contains(first.lower) {
            // "Church of Scientology" is one name; "University of Texas Arlington Amneh Jafari"
            // is an institution and then a person.
            let rest = nameTokens.dropFirst().filter { !Lexicon.nameConnectors.contains($0.lower) }
            if rest.count <= 2 {
                nameTokens = []
            } else {
                roleTokens += nameTokens.prefix(nameTokens.count - 2)
                nameTokens = Array(nameTokens.suffix(2))
            }
        }
        let roleWords = roleTokens.map(\.lower)
        var kind: Speaker.Kind = .person

        if nameTokens.isEmpty {
            // The whole run is an organisation or a bare title.
            let org = stripPossessor(runTokens.dropFirst(0).drop { Lexicon.nameConnectors.contains($0.lower) }.map { $0 })
            guard !org.isEmpty else { return nil }
            let isTitleOnly = org.allSatisfy { Lexicon.titles.contains($0.lower) || Lexicon.nameConnectors.contains($0.lower) }
            if isTitleOnly { return nil }
            return ProperName(
                name: text(of: org[...]), role: prefixTokens.isEmpty ? nil : text(of: prefixTokens[...]),
                kind: .organisation, surface: text(of: words), gender: .unknown)
        }
        if nameTokens.count > 3 {
            let keep = Lexicon.isInitialism(String(nameTokens[nameTokens.count - 2].text.dropLast())) ? 3 : 2
            roleTokens += nameTokens.prefix(nameTokens.count - keep)
            nameTokens = Array(nameTokens.suffix(keep))
        }
        if nameTokens.count == 1 && roleTokens.isEmpty && prefixTokens.isEmpty {
            kind = .group  // a bare name: a surname, a place or a company; the cast decides
        }
        if nameTokens.contains(where: { Lexicon.organisationWords.contains($0.lower) }) {
            kind = .organisation
        }
        var role = roleTokens.isEmpty ? nil : text(of: roleTokens[...])
        if let affiliation { role = role.map { "\($0), \(affiliation)" } ?? affiliation }
        return ProperName(
            name: text(of: nameTokens[...]), role: role, kind: kind, surface: text(of: words),
            gender: Gender.of(words: roleWords))
    }

    /// Does this chunk read as a person's name and nothing else (`Mark Tedeschi`)?
    static func personName(in words: ArraySlice<Token>) -> Bool {
        let words = trimArticles(words)
        guard words.count >= 2, words.count <= 4 else { return false }
        return words.allSatisfy { $0.isCapitalized && !isRoleWord($0) && !$0.isAcronym }
    }

    static func isPossessive(_ token: Token) -> Bool {
        token.lower.hasSuffix("'s") || token.lower.hasSuffix("’s")
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
            } else if end != nil, token.flags.contains(.nameConnector), index > words.startIndex,
                      isNamePart(words[index - 1]) || (token.lower == "the" && index - 1 > words.startIndex && words[index - 1].lower == "of")
            {
                // a connector inside the run
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

    /// Days and most months are capitalised without naming anyone ("on Monday").
    static func isNamePart(_ token: Token) -> Bool {
        guard token.kind == .word, !token.flags.contains(.calendar) else { return false }
        if token.isCapitalized || token.isAcronym { return !token.flags.contains(.pronoun) || token.text == "US" }
        return false
    }

    // MARK: Descriptions

    static func description(in words: ArraySlice<Token>) -> Description? {
        let wordsOnly = words.filter { $0.kind == .word }
        guard let first = wordsOnly.first, let last = wordsOnly.last else { return nil }
        if wordsOnly.count == 1, Lexicon.personalPronouns[first.lower] != nil { return nil }
        // A description must be headed by a noun that could speak or act.
        let definite = ["the", "this", "that", "these", "those"].contains(first.lower)
            || first.lower.hasSuffix("'s") || first.lower.hasSuffix("’s") || first.lower.hasSuffix("'")
            || isNamePart(first)
        let trimmed = trimArticles(words[...])
        guard !trimmed.isEmpty else { return nil }
        var head = last.lower
        // "the post by an unknown author on pigmy": the head comes before the prepositions.
        if let preposition = trimmed.firstIndex(where: { ["by", "on", "of", "from", "at", "in", "for", "with"].contains($0.lower) }),
           preposition > trimmed.startIndex
        {
            head = trimmed[preposition - 1].lower
        }
        let kind: Speaker.Kind = Lexicon.documentNouns.contains(head) ? .document
            : Lexicon.organisationWords.contains(head) ? .organisation
            : Lexicon.maleWords.contains(head) || Lexicon.femaleWords.contains(head) ? .person : .group
        return Description(
            text: text(of: trimmed), head: head, definite: definite, surface: text(of: words),
            kind: kind, gender: Gender.of(words: wordsOnly.map(\.lower)))
    }

    // MARK: Helpers

    static func splitAtCommas(_ words: ArraySlice<Token>) -> [ArraySlice<Token>] {
        var chunks: [ArraySlice<Token>] = []
        var start = words.startIndex
        for index in words.indices where words[index].is(",") || words[index].isDash || words[index].is("(") || words[index].is(")") {
            if start < index { chunks.append(words[start..<index]) }
            start = index + 1
        }
        if start < words.endIndex { chunks.append(words[start..<words.endIndex]) }
        return chunks.filter { $0.contains { $0.kind == .word } }
    }

    static func trimArticles(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        var words = words
        while let first = words.first, ["the", "a", "an", "both", "and", "but"].contains(first.lower) || first.kind != .word {
            words = words.dropFirst()
        }
        while let last = words.last, last.kind != .word { words = words.dropLast() }
        return words
    }

    static func stripTrailingPrepositionalPhrase(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        guard let run = lastCapitalisedRun(in: words) else { return words }
        // "NATO in a statement", "Khalilzad on Twitter": the name is before the phrase.
        if run.upperBound < words.endIndex,
           ["in", "on", "at", "via", "during", "after", "using", "through", "from", "with"].contains(words[run.upperBound].lower)
        {
            let before = words[words.startIndex..<run.upperBound]
            if lastCapitalisedRun(in: before) != nil { return before }
        }
        // A capitalised word inside a trailing phrase ("spokesperson on Twitter") is not the name.
        return words
    }

    static func stripPossessor(_ tokens: [Token]) -> [Token] {
        if let possessive = tokens.lastIndex(where: { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") }),
           possessive + 1 < tokens.count
        {
            return Array(tokens[(possessive + 1)...])
        }
        return tokens
    }

    static func text<C: Collection>(of tokens: C) -> String where C.Element == Token {
        var result = ""
        var first = true
        for token in tokens {
            if !first && token.spaceBefore { result += " " }
            result += token.text
            first = false
        }
        return result
    }
}

/// `ReferenceParser.parse` remembered by the words it was given. A statement names the same
/// people and bodies over and over ("Khalilzad said", "the minister added"), and parsing a
/// phrase (chunks, runs, roles, several strings) costs far more than hashing it.
struct ReferenceMemo {
    /// A phrase as the parser sees it (every token's text and the spacing around each) and what
    /// it parsed to. A class, so that looking one up retains one object, not its arrays.
    private final class Entry {
        let texts: [String]
        let spacing: [Bool]
        let reference: Reference?

        init(texts: [String], spacing: [Bool], reference: Reference?) {
            self.texts = texts
            self.spacing = spacing
            self.reference = reference
        }
    }
    private var known: [UInt64: Entry] = [:]

    mutating func parse(_ words: ArraySlice<Token>) -> Reference? {
        // Keyed by a hash made from the tokens' spelling hashes, which the tokenizer already
        // has: building a key string of every phrase and hashing it was half the memo's cost.
        // The phrase is kept beside it and compared, so a collision only costs a parse.
        var hash: UInt64 = words.first?.spaceBefore == true ? 1 : 2
        for token in words {
            hash = (hash ^ token.spelling) &* 0x100_0000_01b3
            hash = (hash ^ (token.spaceAfter ? 3 : 5)) &* 0x100_0000_01b3
        }
        if let entry = known[hash], entry.texts.count == words.count, matches(entry, words) {
            return entry.reference
        }
        let reference = ReferenceParser.parse(words)
        if known.count >= 50_000 { known.removeAll(keepingCapacity: true) }
        known[hash] = Entry(texts: words.map(\.text), spacing: [words.first?.spaceBefore ?? false] + words.map(\.spaceAfter),
                            reference: reference)
        return reference
    }

    private func matches(_ entry: Entry, _ words: ArraySlice<Token>) -> Bool {
        guard entry.spacing.first == words.first?.spaceBefore else { return false }
        for (offset, token) in words.enumerated()
        where entry.texts[offset] != token.text || entry.spacing[offset + 1] != token.spaceAfter { return false }
        return true
    }
}

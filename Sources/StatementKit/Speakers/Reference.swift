/// What a noun phrase in the text refers to, before it is matched to the cast.
///
/// Indirect, and a name a class, so that a reference handed out by the memo of phrases and
/// read by the cast is one retained box rather than a copy of its strings (a name has four).
indirect enum Reference {
    /// `she`, `it`, `we`: resolved against who was mentioned last.
    case pronoun(Lexicon.Pronoun)
    /// A proper name, with the role that stood before or beside it.
    case name(ProperName)
    /// A phrase with no proper name of its own: `the statement`, `One poster`,
    /// `A Foreign Office spokesperson`, `Thomas' sister`.
    case description(Description)
}

/// Made once per distinct phrase, by the parser, and then only read.
final class ProperName {
    let name: String
    /// The name lowercased, which the cast looks names up by: worked out once per phrase (the
    /// memo of phrases keeps it) rather than at every mention, and hashed then.
    let key: NameKey
    /// The name and the surface as written, as the cast is offered them as aliases.
    let nameKey: NameKey
    private(set) var surfaceKey: NameKey
    var role: String? { didSet { roleLength = role?.unicodeScalars.count ?? 0 } }
    /// The role's length in scalars: a longer role replaces a shorter one. (Counted in
    /// characters, it was a pass of grapheme breaking, nine hundred instructions a role.)
    private(set) var roleLength: Int
    var kind: Speaker.Kind
    /// The whole mention as written, kept as an alias.
    var surface: String { didSet { surfaceKey = NameKey(surface) } }
    var gender: Gender
    /// The number the memo of phrases gave the phrase this was parsed from (nil when it was
    /// parsed without one): the cast tells a mention it has already taken in by this number,
    /// instead of hashing its strings again.
    var phrase: Int?

    init(name: String, role: String?, kind: Speaker.Kind, surface: String, gender: Gender) {
        self.name = name
        self.key = NameKey(name.lowercased())
        self.nameKey = NameKey(name)
        self.surfaceKey = NameKey(surface)
        self.role = role
        self.roleLength = role?.unicodeScalars.count ?? 0
        self.kind = kind
        self.surface = surface
        self.gender = gender
    }
}

struct Description: Equatable {
    /// The phrase without a leading `the`/`a`/`an`.
    var text: String
    /// The last word: what the phrase is (`statement`, `poster`, `program`).
    var head: String
    var definite: Bool
    var surface: String
    var kind: Speaker.Kind
    var gender: Gender
}

enum Gender: Equatable {
    case female, male, unknown

    static func of(words: [String]) -> Gender {
        for word in words.reversed() {
            if Lexicon.femaleWords.contains(word) { return .female }
            if Lexicon.maleWords.contains(word) { return .male }
        }
        return .unknown
    }

    /// The gender the words of appositions ("the US ambassador, his wife") give, read as they
    /// are written: words between spaces, the last that is a female or male word deciding.
    /// A word is most often one token, whose flags answer; only a word of several tokens
    /// (`wife.`) is spelled out. Splitting the appositions' text into lowercased strings was
    /// a twentieth of the analysis.
    static func of(appositions: [ArraySlice<Token>], in vocabulary: Vocabulary) -> Gender {
        for chunk in appositions.reversed() {
            var end = chunk.endIndex
            while end > chunk.startIndex {
                // A written word: tokens up to the next one with a space before it.
                var start = end - 1
                while start > chunk.startIndex && !chunk[start].spaceBefore { start -= 1 }
                let gender: Gender
                if end - start == 1 {
                    gender = of(chunk[start])
                } else {
                    gender = of(words: [chunk[start..<end].map { vocabulary.text(of: $0) }.joined().lowercased()])
                }
                if gender != .unknown { return gender }
                end = start
            }
        }
        return .unknown
    }

    /// The same, from words as tokens: their flags say which are female or male words.
    static func of(_ tokens: [Token]) -> Gender {
        for token in tokens.reversed() where of(token) != .unknown { return of(token) }
        return .unknown
    }

    /// The gender of one word, by its flags.
    static func of(_ token: Token) -> Gender {
        token.flags.contains(.female) ? .female : token.flags.contains(.male) ? .male : .unknown
    }

    func isCompatible(with pronoun: Lexicon.Pronoun) -> Bool {
        switch (self, pronoun) {
        case (.female, .he), (.male, .she): return false
        default: return true
        }
    }
}

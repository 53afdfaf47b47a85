/// A word, number, quotation mark or punctuation sign of one paragraph.
///
/// A plain value: no strings, so that the rules, which copy tokens all the time, copy bytes.
/// What the rules ask of a word is worked out once per distinct word by the `Vocabulary` and
/// copied in here (flags, the known word, capitals); its text is in the vocabulary, under
/// `spelling`, for the few places that need it (names and roles being built).
///
/// Forty bytes, laid out so: the rules read tokens more than anything else, so a paragraph's
/// tokens are kept as small as their facts allow (32-bit offsets, no strings).
struct Token: Sendable {
    enum Kind: UInt8, Sendable, Equatable {
        case word
        case number
        case quoteMark
        case punctuation
    }

    /// Scalar offsets inside the paragraph, half open (in 32 bits: a statement is shorter
    /// than 4 GiB).
    var start: Int {
        get { Int(startOffset) }
        set { startOffset = Int32(newValue) }
    }
    var end: Int {
        get { Int(endOffset) }
        set { endOffset = Int32(newValue) }
    }
    private var startOffset: Int32 = 0
    private var endOffset: Int32 = 0
    /// The word's number in the analysis's vocabulary.
    var spelling: Int32
    /// The token's first scalar: its sign, its quotation mark, or a word's first letter.
    var first: Unicode.Scalar
    /// What the lexicons say of this word, looked up once per distinct word: the rules ask
    /// these questions many times per word, and each set look-up hashed the word again.
    var flags: WordFlags = []
    var kind: Kind
    var spaceBefore: Bool
    var spaceAfter: Bool
    /// The lowercase word, when it is one the rules name.
    var known: KnownWord?
    var isCapitalized = false
    /// NATO, UK, CBC, U.S.: two or more capitals and no lowercase letter.
    var isAcronym = false
    /// A word that keeps its full stop (`U.S.`, `Mr.`).
    var endsWithFullStop = false
    /// A one-scalar punctuation token, whose sign is `first`: every rule asks "is this a
    /// comma, a full stop, a colon", so the answer is carried rather than read from the text.
    var isSign = false
    /// For a form of a cue of the `CueGrammar`: its number there plus one (zero for no cue).
    var cue: UInt8 = 0
    /// For a modal of the `CueGrammar` ("must", "needs"): its number there plus one.
    var modal: UInt8 = 0
    /// How many more UTF-8 bytes than scalars stand before the token in its paragraph, so that
    /// its place in the paragraph's UTF-8 is `start` plus this (zero in ASCII). Last, in the
    /// four bytes the layout has spare after the one-byte fields, so it costs no room.
    var utf8Shift: Int32 = 0

    init(kind: Kind, spelling: Int32, first: Unicode.Scalar) {
        self.kind = kind
        self.spelling = spelling
        self.first = first
        self.spaceBefore = false
        self.spaceAfter = false
    }

    /// The sign of a one-scalar punctuation token.
    var sign: Unicode.Scalar? { isSign ? first : nil }

    var isWord: Bool { kind == .word }

    func `is`(_ word: KnownWord) -> Bool { known == word }
    func `is`(oneOf words: [KnownWord]) -> Bool {
        guard let known else { return false }
        return words.contains(known)
    }

    static func capitalized(_ text: String, lower: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.isUppercase { return true }
        // Arabic-style particles: al-Amr, el-Sisi, bin-Laden.
        guard first == "a" || first == "e" || first == "b" || first == "i", let dash = text.firstIndex(of: "-"),
              text.index(after: dash) < text.endIndex else { return false }
        let prefix = lower[..<dash]
        return ["al", "el", "bin", "ibn", "abu"].contains(prefix) && text[text.index(after: dash)].isUppercase
    }

    static func acronym(_ text: String) -> Bool {
        var capitals = 0
        for scalar in text.unicodeScalars {
            if scalar.isLowercase { return false }
            if scalar.isUppercase { capitals += 1 }
        }
        return capitals >= 2
    }

    func `is`(_ punctuation: Unicode.Scalar) -> Bool { isSign && first == punctuation }
    var isSentenceEnd: Bool { flags.contains(.sentenceEnd) }
    var isClauseBreak: Bool { self.is(",") || self.is(";") || self.is(":") || isDash }
    var isDash: Bool {
        guard kind == .punctuation else { return false }
        let s = first
        return s.isDash || (s.isHyphen && spaceBefore && spaceAfter)
    }
}

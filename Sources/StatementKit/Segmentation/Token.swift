/// A word, number, quotation mark or punctuation sign of one paragraph.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case quoteMark
        case punctuation
    }

    var kind: Kind
    /// Scalar offsets inside the paragraph, half open.
    var start: Int
    var end: Int
    var text: String
    /// Lowercased text, for lexicon look-ups.
    var lower: String
    var spaceBefore: Bool
    var spaceAfter: Bool
    /// A hash of the text (the vocabulary's), for keys made of tokens.
    var spelling: UInt64 = 0

    /// What the lexicons say of this word, looked up once when the token is made: the rules ask
    /// these questions many times per word, and each set look-up hashed the word again.
    var flags: WordFlags = []
    /// Computed once, in `Tokenizer`.
    var isCapitalized = false
    /// NATO, UK, CBC, U.S.: two or more capitals and no lowercase letter.
    var isAcronym = false
    /// A word that keeps its full stop (`U.S.`, `Mr.`), set by `Tokenizer`.
    var endsWithFullStop = false
    /// The sign of a one-scalar punctuation token, set by `Tokenizer`: every rule asks "is this
    /// a comma, a full stop, a colon", and asking the text each time was the tokens' largest cost.
    var sign: Unicode.Scalar?

    var isWord: Bool { kind == .word }

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

    func `is`(_ punctuation: Unicode.Scalar) -> Bool { sign == punctuation }
    var isSentenceEnd: Bool { self.is(".") || self.is("!") || self.is("?") || self.is("…") }
    var isClauseBreak: Bool { self.is(",") || self.is(";") || self.is(":") || isDash }
    var isDash: Bool {
        guard kind == .punctuation, let s = sign ?? text.unicodeScalars.first else { return false }
        return s.isDash || (s.isHyphen && spaceBefore && spaceAfter)
    }
}

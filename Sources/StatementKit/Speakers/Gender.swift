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

/// Splits one paragraph into tokens in a single pass.
///
/// Apostrophes between letters stay in their word (`NATO’s`, `don't`), so that the quote
/// scanner only ever sees marks that could open or close a quotation. Full stops stay in a
/// word when they are part of it (`U.S.`, `Mr.`, `3.5`, `Gawker.com`) and split it when a new
/// sentence starts without a space (`forward.It`).
enum Tokenizer {
    static func tokens(in scalars: ArraySlice<Unicode.Scalar>, vocabulary: inout Vocabulary) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let base = scalars.startIndex
        let end = scalars.endIndex
        var index = base
        var sawSpace = true
        while index < end {
            let scalar = scalars[index]
            if scalar.isWhitespace {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            var kind: Token.Kind
            if scalar.isAlphanumeric || ((scalar == "#" || scalar == "@") && index + 1 < end && scalars[index + 1].isAlphanumeric) {
                index = wordEnd(in: scalars, from: index, vocabulary: &vocabulary)
                kind = scalars[start].isDigit && scalars[start..<index].allSatisfy({ !$0.isLetter }) ? .number : .word
            } else if QuoteMark.isQuoteMark(scalar) {
                index += 1
                kind = .quoteMark
            } else {
                index += 1
                // Combining marks after a symbol belong to it.
                while index < end && scalars[index].isWordJoiner { index += 1 }
                kind = .punctuation
            }
            let spelling = vocabulary.spelling(scalars[start..<index])
            let word = vocabulary[spelling]
            if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = sawSpace }
            var token = Token(
                kind: kind, start: start - base, end: index - base, spelling: spelling, hash: word.hash,
                first: scalars[start], spaceBefore: sawSpace, spaceAfter: true)
            if kind == .word {
                token.flags = word.flags
                token.known = word.known
                token.isCapitalized = word.isCapitalized
                token.isAcronym = word.isAcronym
                token.endsWithFullStop = word.endsWithFullStop
                token.callStrength = word.callStrength
                token.callLemma = word.callLemma
                token.modalStrength = word.modalStrength
            } else if kind == .punctuation && index - start == 1 {
                token.sign = scalars[start]
            }
            tokens.append(token)
            sawSpace = false
        }
        return tokens
    }

    /// One past the last scalar of the word that starts at `start`.
    private static func wordEnd(in s: ArraySlice<Unicode.Scalar>, from start: Int, vocabulary: inout Vocabulary) -> Int {
        let end = s.endIndex
        var i = start + 1
        var segmentStart = start
        while i < end {
            let c = s[i]
            if c.isAlphanumeric || c.isWordJoiner {
                i += 1
                continue
            }
            guard i + 1 < end else { break }
            let next = s[i + 1]
            if c.isApostrophe && s[i - 1].isLetter && next.isLetter {
                i += 1
                continue
            }
            if (c.isHyphen || c == "/") && s[i - 1].isAlphanumeric && next.isAlphanumeric {
                i += 1
                segmentStart = i
                continue
            }
            if c == "," && s[i - 1].isDigit && next.isDigit {
                i += 1
                continue
            }
            if c == "." && next.isAlphanumeric {
                let segmentLength = i - segmentStart
                let joins = next.isLowercase
                    || (next.isDigit && s[i - 1].isDigit)
                    || (segmentLength == 1 && s[segmentStart].isUppercase)
                if joins {
                    i += 1
                    segmentStart = i
                    continue
                }
            }
            break
        }
        // A full stop that belongs to the word: initials (R., U.S.) and known abbreviations.
        if i < end && s[i] == "." {
            if vocabulary.word(s[start..<i]).isAbbreviation { i += 1 }
        }
        return i
    }
}

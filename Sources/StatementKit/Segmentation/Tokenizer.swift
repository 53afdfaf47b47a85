/// Splits one paragraph into tokens in a single pass.
///
/// Apostrophes between letters stay in their word (`NATO’s`, `don't`), so that the quote
/// scanner only ever sees marks that could open or close a quotation. Full stops stay in a
/// word when they are part of it (`U.S.`, `Mr.`, `3.5`, `Gawker.com`) and split it when a new
/// sentence starts without a space (`forward.It`).
///
/// Shaped for speed: it reads the paragraph's scalars through a buffer pointer and looks each
/// word up in the vocabulary straight from there, since every scalar of the statement passes
/// through here; indexing an array slice checked two bounds a scalar.
enum Tokenizer {
    static func tokens(in scalars: ArraySlice<Unicode.Scalar>, vocabulary: inout Vocabulary) -> [Token] {
        var tokens: [Token] = []
        self.tokens(in: scalars, vocabulary: &vocabulary, into: &tokens)
        return tokens
    }

    /// The same, into a list that may have held another paragraph's (its room is kept).
    static func tokens(in scalars: ArraySlice<Unicode.Scalar>, vocabulary: inout Vocabulary, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        scalars.withUnsafeBufferPointer { self.tokens(in: $0, vocabulary: &vocabulary, into: &tokens) }
    }

    private static func tokens(in s: UnsafeBufferPointer<Unicode.Scalar>, vocabulary: inout Vocabulary, into tokens: inout [Token]) {
        // About one token for every four scalars in running text; one growth at most after this.
        tokens.reserveCapacity(s.count / 4 + 4)
        let end = s.count
        var index = 0
        var sawSpace = true
        while index < end {
            let scalar = s[index]
            if scalar.isWhitespace {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            let cut: Token.Kind  // how the token was cut; a word may turn out to be a number
            if scalar.isAlphanumeric || ((scalar == "#" || scalar == "@") && index + 1 < end && s[index + 1].isAlphanumeric) {
                index = wordEnd(in: s, from: index, vocabulary: &vocabulary)
                cut = .word
            } else if QuoteMark.isQuoteMark(scalar) {
                index += 1
                cut = .quoteMark
            } else {
                index += 1
                // Combining marks after a symbol belong to it.
                while index < end && s[index].isWordJoiner { index += 1 }
                cut = .punctuation
            }
            // Everything but where it stands comes with the spelling (in two steps: reading
            // `vocabulary` in the same expression would read it before the word is added).
            let spelling = vocabulary.spelling(UnsafeBufferPointer(rebasing: s[start..<index]))
            var token = vocabulary[spelling].prototype
            assert(token.kind == cut || (cut == .word && token.kind == .number), "the vocabulary classifies a spelling as it was cut")
            token.start = start
            token.end = index
            token.spaceBefore = sawSpace
            token.spaceAfter = true
            if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = sawSpace }
            tokens.append(token)
            sawSpace = false
        }
    }

    /// For each token, how many more UTF-8 bytes than scalars stand before its start and before
    /// its end (two numbers a token, into `shifts`), so that a token's place in the text's
    /// UTF-8 is its scalar offset plus its shift. Wanted only for a paragraph beyond ASCII:
    /// a table of every scalar's UTF-8 offset cost eight instructions a scalar, where this
    /// reads each token's spelling and the spaces between tokens.
    static func utf8Shifts(of tokens: [Token], in scalars: ArraySlice<Unicode.Scalar>, vocabulary: Vocabulary,
                           into shifts: inout [Int32]) {
        shifts.removeAll(keepingCapacity: true)
        shifts.append(contentsOf: repeatElement(0, count: 2 * tokens.count))
        // Through buffer pointers: the loop runs for every token of most paragraphs, and
        // checked indexing into the slices doubled its cost.
        tokens.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { scalars in
                shifts.withUnsafeMutableBufferPointer { shifts in
                    var shift: Int32 = 0
                    var position = 0
                    for (index, token) in tokens.enumerated() {
                        // A space before the token that takes more bytes (a no-break space).
                        for offset in position..<token.start where scalars[offset].value >= 0x80 {
                            shift += Int32(UTF8.width(scalars[offset]) - 1)
                        }
                        shifts[2 * index] = shift
                        // A one-scalar ASCII token (most signs) has no extra bytes to look up.
                        if token.first.value >= 0x80 || token.end - token.start > 1 {
                            shift += vocabulary.extraUTF8(of: token)
                        }
                        shifts[2 * index + 1] = shift
                        position = token.end
                    }
                }
            }
        }
    }

    /// One past the last scalar of the word that starts at `start`.
    // Inlined: called for every word, and its calling sequence was a tenth of its cost.
    @inline(__always) private static func wordEnd(in s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, vocabulary: inout Vocabulary) -> Int {
        let end = s.count
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
            if vocabulary.word(UnsafeBufferPointer(rebasing: s[start..<i])).isAbbreviation { i += 1 }
        }
        return i
    }
}

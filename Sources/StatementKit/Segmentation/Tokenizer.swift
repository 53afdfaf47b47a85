/// Splits one paragraph into tokens in a single pass.
///
/// Apostrophes between letters stay in their word (`NATO’s`, `don't`), so that the quote
/// scanner only ever sees marks that could open or close a quotation. Full stops stay in a
/// word when they are part of it (`U.S.`, `Mr.`, `3.5`, `Gawker.com`) and split it when a new
/// sentence starts without a space (`forward.It`).
enum Tokenizer {
    static func tokens(in scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var vocabulary = Vocabulary()
        return tokens(in: scalars, vocabulary: &vocabulary)
    }

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
            let word = vocabulary.word(scalars[start..<index])
            if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = sawSpace }
            var token = Token(
                kind: kind, start: start - base, end: index - base, text: word.text,
                lower: word.text, spaceBefore: sawSpace, spaceAfter: true, spelling: word.hash)
            if kind == .word {
                token.lower = word.lower
                token.flags = word.flags
                token.isCapitalized = word.isCapitalized
                token.isAcronym = word.isAcronym
                token.endsWithFullStop = word.endsWithFullStop
            } else if kind == .number {
                token.lower = word.lower
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

/// What the tokenizer learns of each distinct word once per analysis: its text, lowercase
/// form, lexicon flags and capitals. A statement uses a few thousand distinct words many times
/// over; making a string of each occurrence and working these out again was a fifth of the
/// analysis.
///
/// Shaped for speed: an open-addressing table keyed by the word's scalars with an FNV-1a hash,
/// so that a word already known costs one pass over its scalars and no string at all.
struct Vocabulary {
    struct Word {
        var text: String
        var lower: String
        var flags: WordFlags
        var isCapitalized: Bool
        var isAcronym: Bool
        var isAbbreviation: Bool
        /// `U.S.`, `Mr.`: the full stop kept in the word, which the sentence splitter asks about.
        var endsWithFullStop: Bool
        /// The FNV-1a hash of the spelling, which the table is keyed by and the memo of noun
        /// phrases builds its keys from.
        var hash: UInt64
    }

    private var words: [Word] = []
    private var spellings: [[Unicode.Scalar]] = []
    private var hashes: [UInt64] = []
    /// Index into `words` plus one; zero is an empty slot. Never more than half full.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private static let limit = 200_000

    mutating func word(_ scalars: ArraySlice<Unicode.Scalar>) -> Word {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && spellings[index].elementsEqual(scalars) { return words[index] }
            slot = (slot + 1) & mask
        }
        let text = String(scalars: scalars)
        let lower = text.asciiLowercasedOrFull
        let word = Word(text: text, lower: lower, flags: Lexicon.flags(of: lower), isCapitalized: Token.capitalized(text, lower: lower),
                        isAcronym: Token.acronym(text), isAbbreviation: Lexicon.isAbbreviation(text),
                        endsWithFullStop: scalars.last == ".", hash: hash)
        // Bounded: a text of endless distinct words (a dump, a list of codes) must not grow it forever.
        if words.count >= Self.limit { self = Vocabulary() }
        insert(word, spelling: Array(scalars), hash: hash)
        return word
    }

    private mutating func insert(_ word: Word, spelling: [Unicode.Scalar], hash: UInt64) {
        if (words.count + 1) * 2 > slots.count { grow() }
        words.append(word)
        spellings.append(spelling)
        hashes.append(hash)
        place(words.count - 1)
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[index]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for index in words.indices { place(index) }
    }
}

/// Splits one paragraph into tokens in a single pass.
///
/// Apostrophes between letters stay in their word (`NATO’s`, `don't`), so that the quote
/// scanner only ever sees marks that could open or close a quotation. Full stops stay in a
/// word when they are part of it (`U.S.`, `Mr.`, `3.5`, `Gawker.com`) and split it when a new
/// sentence starts without a space (`forward.It`).
///
/// Shaped for speed: every byte of the statement passes through here. It reads the paragraph's
/// own UTF-8 through a buffer pointer (no pass or buffer of decoded scalars), ASCII a byte at a time and the letters of words eight at a time, and
/// looks each word up in the vocabulary by its bytes straight from there.
enum Tokenizer {
    /// The tokens of a text on its own, outside an analysis (what the tests cut).
    static func tokens(in text: String, vocabulary: inout Vocabulary) -> [Token] {
        var text = text
        var tokens: [Token] = []
        text.withUTF8 { Self.tokens(inUTF8: $0, vocabulary: &vocabulary, into: &tokens) }
        return tokens
    }

    /// The tokens of one paragraph's UTF-8 (valid, as a Swift string's bytes are), into a list
    /// that may have held another paragraph's (its room is kept). Token offsets count scalars;
    /// each token's `utf8Shift` says how far its start is in bytes.
    static func tokens(inUTF8 s: UnsafeBufferPointer<UInt8>, vocabulary: inout Vocabulary, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        // About one token for every four bytes in running text; one growth at most after this.
        tokens.reserveCapacity(s.count / 4 + 4)
        let end = s.count
        var byte = 0
        var offset = 0  // in scalars
        var sawSpace = true
        while byte < end {
            if s[byte] == 0x20 {  // the commonest byte of all, before any decoding
                sawSpace = true
                byte += 1
                offset += 1
                continue
            }
            let start = (byte: byte, offset: offset)
            let cut: Token.Kind  // how the token was cut; a word may turn out to be a number
            let run = s.eightBytes(at: byte).map(alphanumericRun) ?? 0
            if run > 0 {
                // An ASCII word; most end at a space within eight bytes, and need nothing more.
                if run < 8 && s[byte + run] == 0x20 {
                    byte += run
                    offset += run
                } else {
                    (byte, offset) = wordEnd(in: s, from: start, through: (byte + run, offset + run), vocabulary: &vocabulary)
                }
                cut = .word
            } else {
                let (scalar, width) = Self.scalar(in: s, at: byte)
                if scalar.isWhitespace {
                    sawSpace = true
                    byte += width
                    offset += 1
                    continue
                }
                if scalar.isAlphanumeric || ((scalar == "#" || scalar == "@") && byte + 1 < end && Self.scalar(in: s, at: byte + 1).0.isAlphanumeric) {
                    (byte, offset) = wordEnd(in: s, from: start, through: (byte + width, offset + 1), vocabulary: &vocabulary)
                    cut = .word
                } else {
                    byte += width
                    offset += 1
                    if QuoteMark.isQuoteMark(scalar) {
                        cut = .quoteMark
                    } else {
                        // Combining marks after a symbol belong to it.
                        while byte < end, case let (next, width) = Self.scalar(in: s, at: byte), next.isWordJoiner {
                            byte += width
                            offset += 1
                        }
                        cut = .punctuation
                    }
                }
            }
            // Everything but where it stands comes with the spelling (in two steps: reading
            // `vocabulary` in the same expression would read it before the word is added).
            let spelling = vocabulary.spelling(in: s, start.byte..<byte)
            var token = vocabulary[spelling].prototype
            assert(token.kind == cut || (cut == .word && token.kind == .number), "the vocabulary classifies a spelling as it was cut")
            token.start = start.offset
            token.end = offset
            token.spaceBefore = sawSpace
            token.spaceAfter = true
            token.utf8Shift = Int32(start.byte - start.offset)
            if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = sawSpace }
            tokens.append(token)
            sawSpace = false
        }
    }

    /// The scalar whose UTF-8 starts at `byte`, and how many bytes it takes.
    @inline(__always) private static func scalar(in s: UnsafeBufferPointer<UInt8>, at byte: Int) -> (Unicode.Scalar, Int) {
        let lead = s[byte]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var next = byte
        let scalar = Unicode.Scalar.decode(s, at: &next)
        return (scalar, next - byte)
    }

    /// The scalar that ends just before `byte`.
    @inline(__always) private static func scalar(in s: UnsafeBufferPointer<UInt8>, before byte: Int) -> Unicode.Scalar {
        if s[byte - 1] < 0x80 { return Unicode.Scalar(s[byte - 1]) }
        var lead = byte - 1
        while s[lead] & 0xC0 == 0x80 { lead -= 1 }
        return Self.scalar(in: s, at: lead).0
    }

    /// Where the word that starts at `start` ends, in bytes and in scalars, given that it goes
    /// on at least to `known`.
    ///
    /// Shaped for speed: ASCII letters and digits are taken eight at a time, a space ends the
    /// word at once, and only a sign that may join two parts of a word (an apostrophe, a
    /// hyphen, a full stop, a comma) looks at the scalars around it. Out of line: the words
    /// that end at a space within eight bytes, most of them, never come here.
    private static func wordEnd(in s: UnsafeBufferPointer<UInt8>, from start: (byte: Int, offset: Int), through known: (byte: Int, offset: Int),
                                vocabulary: inout Vocabulary) -> (byte: Int, offset: Int) {
        let end = s.count
        var (i, n) = known
        // Where the part of the word after its last hyphen or full stop starts, and its first scalar.
        var segment = (offset: start.offset, first: scalar(in: s, at: start.byte).0)
        while i < end {
            if let eight = s.eightBytes(at: i) {
                let run = alphanumericRun(eight)
                i += run
                n += run
                if run == 8 { continue }
            }
            let lead = s[i]
            if lead == 0x20 { break }
            let (c, width) = scalar(in: s, at: i)
            if c.isAlphanumeric || c.isWordJoiner {
                i += width
                n += 1
                continue
            }
            guard i + width < end, c.value < 0x80 || c.isApostrophe || c.isHyphen else { break }
            let previous = scalar(in: s, before: i)
            let next = scalar(in: s, at: i + width).0
            let joins: Bool  // whether `c` stays inside the word
            var startsSegment = false
            if c.isApostrophe {
                joins = previous.isLetter && next.isLetter
            } else if c.isHyphen || c == "/" {
                joins = previous.isAlphanumeric && next.isAlphanumeric
                startsSegment = true
            } else if c == "," {
                joins = previous.isDigit && next.isDigit
            } else if c == "." && next.isAlphanumeric {
                joins = next.isLowercase || (next.isDigit && previous.isDigit) || (n - segment.offset == 1 && segment.first.isUppercase)
                startsSegment = true
            } else {
                joins = false
            }
            guard joins else { break }
            i += width
            n += 1
            if startsSegment { segment = (n, next) }
        }
        // A full stop that belongs to the word: initials (R., U.S.) and known abbreviations.
        if i < end && s[i] == UInt8(ascii: ".") {
            // In two steps: `vocabulary[vocabulary.spelling(…)]` reads it before the word is added.
            let spelling = vocabulary.spelling(in: s, start.byte..<i)
            if vocabulary[spelling].isAbbreviation {
                i += 1
                n += 1
            }
        }
        return (i, n)
    }

    /// How many of eight bytes (the first in the low byte), from the first, are ASCII letters
    /// or digits: each byte is tested against the ranges at once, by adding to all eight the
    /// distance to each range's ends so that the high bit of a byte says which side it is on
    /// (its own high bit cleared first, so that no sum carries into the next byte).
    @inline(__always) static func alphanumericRun(_ eight: UInt64) -> Int {
        let low = eight & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low | 0x2020_2020_2020_2020  // A-Z onto a-z
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)  // a...z
        let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)  // 0...9
        let alphanumeric = (letter | digit) & ~eight & .highBits
        return (~alphanumeric & .highBits).trailingZeroBitCount / 8
    }
}

/// What the part-of-speech tagger looks at, shared by the runtime tagger and its training
/// (`communique-train-tagger`), so that both compute the very same features.
///
/// Every feature is a 32-bit hash of a template and a value (FNV-1a: stable across runs and
/// platforms, unlike `Hasher`). Most depend on one word's spelling only — the word itself, and
/// the same word seen as the previous word, the next word, the word after next and the word
/// before the previous one — so the tagger sums them once per distinct spelling (see
/// `PartOfSpeechTagger`); the rest depend on the tags already given (the previous tag, the
/// previous two, the previous tag with this word) and on the sentence's first word.
package enum TaggerFeatures {
    /// The tag that stands before the first word, for the previous-tag features.
    package static let startTag = PartOfSpeech.count
    /// `startTag` and the seventeen tags.
    package static let historyCount = PartOfSpeech.count + 1

    /// A word's spelling-only features, by the role it plays.
    package struct Spelling: Sendable {
        /// As the word being tagged.
        package var own: [UInt32] = []
        /// As the word before the one being tagged.
        package var asPrevious: [UInt32] = []
        /// As the word two before.
        package var asBeforePrevious: [UInt32] = []
        /// As the word after.
        package var asNext: [UInt32] = []
        /// As the word two after.
        package var asAfterNext: [UInt32] = []
        /// The word's key for the previous-tag-and-word feature (`previousTagAndWord`).
        package var wordKey: UInt32 = 0
        /// The key of its exact spelling in the tag dictionary of unambiguous words.
        package var dictionaryKey: UInt32 = 0
        /// Its capitals, for the sentence-initial feature: 0 no letter, 1 lowercase, 2 a
        /// capital first, 3 capitals only.
        package var capitals: UInt8 = 0
    }

    /// Stand-ins for the words before the first and after the last.
    package static let sentenceStart = Self.spelling("\u{0}<s>", classes: { _ in 0 })
    package static let sentenceEnd = Self.spelling("\u{0}</s>", classes: { _ in 0 })

    /// The key a spelling's ambiguity class is kept under: its lowercase, normalised form.
    package static func classKey(_ text: String) -> UInt32 {
        hash(0x01, normalized(Array(text.unicodeScalars))[...])
    }

    /// The features of a spelling (as it stands in the text: `Minister`, `don't`, `U.S.`, `,`).
    /// `classes` gives the tags the treebanks give a word (its ambiguity class, as a bit mask
    /// of tags; 0 for a word too rare to say), by its `classKey`.
    ///
    /// Each feature is the hash of its template and its value's UTF-8, hashed straight from the
    /// scalars, without making a string of each value.
    package static func spelling(_ text: String, classes: (UInt32) -> UInt32) -> Spelling {
        let scalars = Array(text.unicodeScalars)
        let normal = normalized(scalars)[...]
        var features = Spelling()
        features.wordKey = hash(0x01, normal)
        let ambiguity = classes(features.wordKey)
        features.dictionaryKey = hash(0x02, scalars[...])
        var hasUpper = false, hasLower = false, hasDigit = false, hasHyphen = false, hasPeriod = false
        for s in scalars {
            if s.properties.isUppercase { hasUpper = true }
            else if s.properties.isLowercase { hasLower = true }
            else if ("0"..."9").contains(s) { hasDigit = true }
            else if s == "-" || s == "‐" || s == "–" { hasHyphen = true }
            else if s == "." { hasPeriod = true }
        }
        let firstUpper = scalars.first?.properties.isUppercase ?? false
        features.capitals = !(hasUpper || hasLower) ? 0 : firstUpper ? (hasLower ? 2 : 3) : 1
        let shape = Self.shape(scalars)[...]
        let capitals = [Unicode.Scalar(48 + features.capitals)][...]
        let count = normal.count

        var own: [UInt32] = []
        own.reserveCapacity(24)
        own.append(hash(0x10, [][...]))  // bias
        own.append(features.wordKey)
        if hasUpper { own.append(hash(0x11, scalars[...])) }
        for n in 1...5 where count > n { own.append(hash(0x12 + UInt8(n), normal.suffix(n))) }
        for n in 1...4 where count > n { own.append(hash(0x40 + UInt8(n), normal.prefix(n))) }
        own.append(hash(0x1B, shape))
        own.append(hash(0x1C, capitals))
        if hasDigit { own.append(hash(0x1D, ["d"][...])) }
        if hasHyphen { own.append(hash(0x1D, ["h"][...])) }
        if hasPeriod { own.append(hash(0x1D, ["."][...])) }
        if hasDigit && !hasLower && !hasUpper { own.append(hash(0x1D, ["n"][...])) }
        own.append(hash(0x1E, [Unicode.Scalar(48 + UInt8(min(count, 8)))][...]))
        let decimal = Array(String(ambiguity).unicodeScalars)
        own.append(hash(0x1F, decimal[...]))
        own.append(hash(0x1F, (decimal + ["/"] + capitals)[...]))
        features.own = own

        func context(_ template: UInt8, full: Bool) -> [UInt32] {
            var list = [hash(template, normal), hash(template + 1, normal.suffix(3)), hash(template + 2, shape),
                        hash(template + 7, decimal[...])]
            guard full else { return list }
            list.append(hash(template + 3, normal.suffix(1)))
            list.append(hash(template + 4, normal.suffix(2)))
            list.append(hash(template + 5, capitals))
            list.append(hash(template + 6, normal.suffix(4)))
            return list
        }
        features.asPrevious = context(0x20, full: true)
        features.asBeforePrevious = context(0x28, full: false)
        features.asNext = context(0x30, full: true)
        features.asAfterNext = context(0x38, full: false)
        return features
    }

    /// The previous tag (`startTag` before the first word).
    package static func previousTag(_ tag: Int) -> UInt32 { mix(0x40_0000, UInt32(tag)) }

    /// The previous two tags.
    package static func previousTags(_ beforePrevious: Int, _ previous: Int) -> UInt32 {
        mix(0x41_0000, UInt32(beforePrevious * 32 + previous))
    }

    /// The previous tag with the word being tagged.
    package static func previousTagAndWord(_ tag: Int, _ wordKey: UInt32) -> UInt32 { mix(wordKey, 0x42_0000 | UInt32(tag)) }

    /// The capitals of two words side by side (`Spelling.capitals`, 0 for a sentence's edge):
    /// the previous word's with this one's (`right` false), this one's with the next's (`right`
    /// true). "United" before "States", "Guterres" after "António".
    package static func capitals(_ left: UInt8, _ right: UInt8, after: Bool) -> UInt32 {
        mix(after ? 0x45_0000 : 0x44_0000, UInt32(left) * 4 + UInt32(right))
    }

    /// The first word of a sentence, by its capitals.
    package static func initial(_ capitals: UInt8) -> UInt32 { mix(0x43_0000, UInt32(capitals)) }

    /// Lowercase, with curly apostrophes and quotation marks made straight and every digit `0`
    /// (so that `2021` and `1999` are one word to the model).
    static func normalized(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            switch s {
            case "’", "‘", "`", "´": out.append("'")
            case "“", "”", "„", "«", "»": out.append("\"")
            case "0"..."9": out.append("0")
            case "A"..."Z": out.append(Unicode.Scalar(s.value + 32)!)
            default:
                if s.value < 0x80 { out.append(s) } else { out.append(contentsOf: String(s).lowercased().unicodeScalars) }
            }
        }
        return out
    }

    /// `Xxxx` → `Xx`, `U.S.` → `X.X.`, `2,000` → `d,d`, `al-Assad` → `x-Xx`: capitals, lowercase
    /// and digits with runs folded.
    static func shape(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var last: Unicode.Scalar = " "
        for s in scalars.prefix(12) {
            let c: Unicode.Scalar = s.properties.isUppercase ? "X" : s.properties.isLowercase ? "x"
                : ("0"..."9").contains(s) ? "d" : s.properties.isAlphabetic ? "x" : s
            if c != last || !(c == "X" || c == "x" || c == "d") { out.append(c) }
            last = c
        }
        return out
    }

    /// FNV-1a over a template byte and the value's UTF-8, folded to 32 bits.
    static func hash(_ template: UInt8, _ value: ArraySlice<Unicode.Scalar>) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        @inline(__always) func add(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        add(template)
        for scalar in value {
            if scalar.isASCII {
                add(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                for byte in UTF8.encode(scalar)! { add(byte) }
            }
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func mix(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var h = (UInt64(a) << 32 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}

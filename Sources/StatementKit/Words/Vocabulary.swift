#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What the tokenizer learns of each distinct spelling once per analysis: its text, lowercase
/// form, what the word lists say of it, and its capitals. A statement uses a few thousand
/// distinct words many times over, so these are worked out once per spelling, and tokens
/// carry a number instead of strings (a token is copied without reference counting).
///
/// Shaped for speed: words are found by their UTF-8, as the tokenizer reads it; short ones by
/// their bytes packed into one integer, others in an open-addressing table keyed by a hash
/// of their bytes, so that a word already known costs one pass over its bytes and no string
/// at all. Each spelling keeps the token every occurrence of it starts from. A token keeps its spelling's number here
/// (`Token.spelling`) for the few rules that need its text.
struct Vocabulary {
    /// What is known of a spelling, without its text.
    struct Word {
        /// What every token of this spelling has in common: its kind, first scalar and sign,
        /// what the word lists say of it, its capitals. The tokenizer copies it and adds where
        /// the token stands.
        var prototype: Token
        /// A word whose full stop does not end a sentence (`Mr`, `U.S`).
        var isAbbreviation: Bool
        /// The hash of a long spelling, which the table of long words is keyed by (a short
        /// spelling's key).
        var hash: UInt64
        var flags: WordFlags { prototype.flags }
        var isAcronym: Bool { prototype.isAcronym }
    }

    private var words: [Word] = []
    private var lowers: [String] = []
    /// Every spelling's UTF-8, end to end, and where each begins: one buffer instead of an
    /// array a word, so that comparing a spelling retains nothing, and a phrase's text is
    /// copied out of it in one piece (see `text(of:)`).
    private var letters: [UInt8] = []
    /// Where each word's bytes begin in `letters`, and then where they end.
    private var starts: [Int32] = [0]
    /// The words that have no short key, by their hash (see `ByteHash`).
    private var longWords = HashSlots(capacity: 1 << 12)
    /// Words of up to seven UTF-8 bytes, most of any statement, by their short key (see
    /// `shortKey`; zero for an empty slot) with their numbers beside, in one cache line: found
    /// with one multiplication and one comparison, without hashing or comparing byte by byte.
    /// Never more than half full.
    private var shortSlots = [ShortSlot](repeating: ShortSlot(key: 0, number: 0), count: 1 << 12)
    private struct ShortSlot {
        var key: UInt64
        var number: Int32
    }
    private var shortWords = 0
    /// How many words it holds before it is emptied (at the next paragraph).
    private let limit: Int
    /// Counts the times the table was emptied: a spelling number is only meaningful together
    /// with the generation it was given in.
    private(set) var generation = 0

    init(limit: Int = 200_000) { self.limit = limit }

    /// The word a token was made from.
    subscript(spelling: Int32) -> Word { words[Int(spelling)] }

    func text(of token: Token) -> String { text(of: CollectionOfOne(token)) }

    /// The words of `tokens` with a space where the text had one between them: the names,
    /// roles and surfaces of the phrases the parser reads. Written straight into the string's
    /// storage from `letters`, in one piece rather than word by word.
    func text<C: Collection>(of tokens: C) -> String where C.Element == Token {
        var count = 0
        for (index, token) in zip(0..., tokens) {
            if index > 0 && token.spaceBefore { count += 1 }
            count += Int(starts[Int(token.spelling) + 1] - starts[Int(token.spelling)])
        }
        return letters.withUnsafeBufferPointer { letters in
            starts.withUnsafeBufferPointer { starts in
                String(unsafeUninitializedCapacity: count) { buffer in
                    var at = 0
                    for (index, token) in zip(0..., tokens) {
                        if index > 0 && token.spaceBefore {
                            buffer[at] = 0x20
                            at += 1
                        }
                        let start = Int(starts[Int(token.spelling)]), end = Int(starts[Int(token.spelling) + 1])
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[at..<(at + end - start)])
                            .initialize(from: UnsafeBufferPointer(rebasing: letters[start..<end]))
                        at += end - start
                    }
                    return at
                }
            }
        }
    }
    func lower(of token: Token) -> String { lowers[Int(token.spelling)] }

    /// The text of spelling `number`, as the tagger asks it the first time it meets a word.
    func text(spelling number: Int32) -> String {
        let start = Int(starts[Int(number)]), end = Int(starts[Int(number) + 1])
        return letters.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Called between paragraphs, never inside one, so that no token outlives its number.
    /// Bounded: a text of endless distinct words (a dump, a list of codes) must not grow it forever.
    mutating func startParagraph() {
        guard words.count >= limit else { return }
        let next = generation + 1
        self = Vocabulary(limit: limit)
        generation = next
    }

    /// The number of the word whose UTF-8 is `bytes` (valid UTF-8, as the tokenizer cuts it
    /// from a Swift string), added when new.
    mutating func spelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        bytes.count <= 7 ? shortSpelling(Self.shortKey(bytes), bytes) : longSpelling(bytes)
    }

    /// The number of the word at `range` of `text` (a paragraph's UTF-8): the same, with the
    /// short key read as one eight-byte load where eight bytes are there to read.
    // Inlined into the tokenizer, which asks this for every token.
    @inline(__always) mutating func spelling(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        guard bytes.count <= 7 else { return longSpelling(bytes) }
        guard let eight = text.eightBytes(at: range.lowerBound) else { return shortSpelling(Self.shortKey(bytes), bytes) }
        let key = eight & ((1 &<< UInt64(8 &* bytes.count)) &- 1) | UInt64(bytes.count) &<< 56
        return shortSpelling(key, bytes)
    }

    @inline(never) private mutating func longSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = ByteHash.of(bytes)
        if let known = longWords.first(hash: hash, where: { words[$0].hash == hash && isSpelled($0, bytes) }) {
            return Int32(known)
        }
        let number = add(bytes, hash: hash)
        longWords.insert(Int(number), hash: hash) { words[$0].hash }
        return number
    }

    /// Up to seven bytes, one a byte, with their count in the top byte (so no key is zero).
    @inline(__always) private static func shortKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key = UInt64(bytes.count) &<< 56
        for (offset, byte) in bytes.enumerated() { key |= UInt64(byte) &<< UInt64(8 &* offset) }
        return key
    }

    @inline(__always) private mutating func shortSpelling(_ key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = shortSlots.count - 1
        var slot = Self.home(of: key, mask: mask)
        while shortSlots[slot].key != 0 {
            if shortSlots[slot].key == key { return shortSlots[slot].number }
            slot = (slot + 1) & mask
        }
        return addShort(key, bytes, at: slot)
    }

    /// A short word met for the first time, whose key belongs at `slot` (out of line: rare).
    @inline(never) private mutating func addShort(_ key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, at slot: Int) -> Int32 {
        var slot = slot
        if (shortWords + 1) * 2 > shortSlots.count {
            growShort()
            let mask = shortSlots.count - 1
            slot = Self.home(of: key, mask: mask)
            while shortSlots[slot].key != 0 { slot = (slot + 1) & mask }
        }
        let number = add(bytes, hash: key)
        shortSlots[slot] = ShortSlot(key: key, number: number)
        shortWords += 1
        return number
    }

    /// A new word, learnt and numbered.
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        letters.append(contentsOf: bytes)
        starts.append(Int32(letters.count))
        let text = String(decoding: bytes, as: UTF8.self)
        let lower = text.asciiLowercasedOrFull
        words.append(Self.learn(Array(text.unicodeScalars), number: Int32(words.count), text: text, lower: lower, hash: hash))
        lowers.append(lower)
        return Int32(words.count - 1)
    }

    /// Whether long word `number` is spelled `bytes`.
    private func isSpelled(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number])
        guard Int(starts[number + 1]) - start == bytes.count else { return false }
        return letters.withUnsafeBufferPointer { letters in
            memcmp(letters.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Word {
        // In two steps: `self[spelling(bytes)]` would read `self` before the word is added.
        let number = spelling(bytes)
        return self[number]
    }

    /// The word spelled `text` (for tests and look-ups outside a paragraph).
    mutating func word(_ text: String) -> Word {
        var text = text
        return text.withUTF8 { word($0) }
    }

    private static func learn(_ scalars: [Unicode.Scalar], number: Int32, text: String, lower: String,
                              hash: UInt64) -> Word {
        let first = scalars[0]
        var token = Token(kind: kind(of: scalars), spelling: number, first: first)
        switch token.kind {
        case .word:
            // "Let’s" and "Let's" are one word to the lexicon and the cue grammar.
            let key = lower.contains("’") ? lower.replacing("’", with: "'") : lower
            token.flags = Lexicon.flags(of: text, lower: key)
            token.known = KnownWord(rawValue: key) ?? Lexicon.pronoun(contractedIn: key).flatMap(KnownWord.init(rawValue:))
            if token.known != nil, key.contains("'"), Lexicon.pronoun(contractedIn: key) != nil { token.flags.insert(.pronoun) }
            token.isCapitalized = Token.capitalized(text, lower: lower)
            token.isAcronym = Token.acronym(text)
            token.endsWithFullStop = scalars.last == "."
            token.cue = CueGrammar.cueOfForm[key].map { UInt8($0 + 1) } ?? 0
            token.modal = CueGrammar.modals.firstIndex { $0.form == key }.map { UInt8($0 + 1) } ?? 0
            if ReferenceParser.readsAsNamePart(token), !Lexicon.endsInContraction(key) { token.flags.insert(.namePart) }
            if !token.flags.isDisjoint(with: [.reporting, .issuingVerb, .characterising, .rejectsWords, .statesRuling]) || token.known == .according
                || token.known == .words || token.known == .clear || FrameFinder.stanceNouns.contains(token.known)
                || token.flags.contains(.documentNoun) || token.known == .remarks { token.flags.insert(.frameCue) }
        case .punctuation where scalars.count == 1:
            token.isSign = true
            if first == "." || first == "!" || first == "?" || first == "…" { token.flags.insert(.sentenceEnd) }
            // "Centers for Medicare & Medicaid Services": a sign that joins a name as "and" does.
            if first == "&" { token.flags.insert(.nameConnector) }
        default:
            break
        }
        return Word(prototype: token, isAbbreviation: Lexicon.isAbbreviation(text), hash: hash)
    }

    /// What kind of token a spelling makes, as the tokenizer cut it: a word starts with a
    /// letter or digit (or `#`, `@` before one), and is a number when it has no letter; a
    /// quotation mark stands alone; anything else is punctuation.
    private static func kind(of scalars: [Unicode.Scalar]) -> Token.Kind {
        let first = scalars[0]
        if first.isAlphanumeric || ((first == "#" || first == "@") && scalars.count > 1 && scalars[1].isAlphanumeric) {
            return first.isDigit && !scalars.contains(where: \.isLetter) ? .number : .word
        }
        return QuoteMark.isQuoteMark(first) ? .quoteMark : .punctuation
    }

    /// Where a short key's search starts: the key spread by a multiplication (its low bytes are
    /// the word's first letters, which alone would crowd a few slots).
    private static func home(of key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    private mutating func growShort() {
        let old = shortSlots
        shortSlots = [ShortSlot](repeating: ShortSlot(key: 0, number: 0), count: old.count * 2)
        let mask = shortSlots.count - 1
        for entry in old where entry.key != 0 {
            var slot = Self.home(of: entry.key, mask: mask)
            while shortSlots[slot].key != 0 { slot = (slot + 1) & mask }
            shortSlots[slot] = entry
        }
    }
}

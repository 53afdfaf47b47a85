/// What the tokenizer learns of each distinct spelling once per analysis: its text, lowercase
/// form, what the word lists say of it, and its capitals. A statement uses a few thousand
/// distinct words many times over; working these out for each occurrence was a fifth of the
/// analysis, and carrying two strings in every token made each copy of a token cost four
/// reference-count calls.
///
/// Shaped for speed: short ASCII words are found by their scalars packed into one integer,
/// others in an open-addressing table keyed by an FNV-1a hash of their scalars, so that a word
/// already known costs one pass over its scalars and no string at all. Each spelling keeps the
/// token every occurrence of it starts from. A token keeps its spelling's number here
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
        /// The FNV-1a hash of the spelling, which the table of long words is keyed by.
        var hash: UInt64
        /// How many more UTF-8 bytes than scalars the spelling has (none in ASCII): what the
        /// tokenizer adds up to know where each token stands in the paragraph's UTF-8.
        var extraUTF8: Int32
        var flags: WordFlags { prototype.flags }
        var isAcronym: Bool { prototype.isAcronym }
    }

    private var words: [Word] = []
    private var texts: [String] = []
    private var lowers: [String] = []
    /// Every spelling's scalars, end to end, and where each word's begin: one buffer instead
    /// of an array a word, so that comparing a spelling retains nothing.
    private var letters: [Unicode.Scalar] = []
    private var starts: [Int] = [0]
    /// The words that have no short key, by their FNV-1a hash.
    private var longWords = HashSlots(capacity: 1 << 12)
    /// Words of up to seven ASCII scalars, most of any statement, by their short key (see
    /// `shortKey`; zero for an empty slot) with their numbers beside, in one cache line: found
    /// with one multiplication and one comparison, where hashing and comparing scalar by
    /// scalar cost a hundred and fifty instructions a word. Never more than half full.
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

    func text(of token: Token) -> String { texts[Int(token.spelling)] }
    func extraUTF8(of token: Token) -> Int32 { words[Int(token.spelling)].extraUTF8 }
    func lower(of token: Token) -> String { lowers[Int(token.spelling)] }

    /// Called between paragraphs, never inside one, so that no token outlives its number.
    /// Bounded: a text of endless distinct words (a dump, a list of codes) must not grow it forever.
    mutating func startParagraph() {
        guard words.count >= limit else { return }
        let next = generation + 1
        self = Vocabulary(limit: limit)
        generation = next
    }

    /// The number of the word spelled `scalars`, added when new.
    mutating func spelling(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int32 {
        if let key = Self.shortKey(scalars) { return shortSpelling(key, scalars) }
        let hash = Self.hash(scalars)
        if let known = longWords.first(hash: hash, where: { words[$0].hash == hash && isSpelled($0, scalars) }) {
            return Int32(known)
        }
        let number = add(scalars, hash: hash)
        longWords.insert(Int(number), hash: hash) { words[$0].hash }
        return number
    }

    /// The FNV-1a hash of a spelling: what the table of long words is keyed by.
    private static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Up to seven ASCII scalars, a byte each, with their count in the top byte (so no key is
    /// zero); nil for a longer spelling or one beyond ASCII.
    @inline(__always) private static func shortKey(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64? {
        guard scalars.count <= 7 else { return nil }
        var key = UInt64(scalars.count) << 56
        for (offset, scalar) in scalars.enumerated() {
            guard scalar.value < 0x80 else { return nil }
            key |= UInt64(scalar.value) << (8 * offset)
        }
        return key
    }

    @inline(__always) private mutating func shortSpelling(_ key: UInt64, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int32 {
        let mask = shortSlots.count - 1
        var slot = Self.home(of: key, mask: mask)
        while shortSlots[slot].key != 0 {
            if shortSlots[slot].key == key { return shortSlots[slot].number }
            slot = (slot + 1) & mask
        }
        if (shortWords + 1) * 2 > shortSlots.count {
            growShort()
            return shortSpelling(key, scalars)
        }
        let number = add(scalars, hash: Self.hash(scalars))
        shortSlots[slot] = ShortSlot(key: key, number: number)
        shortWords += 1
        return number
    }

    /// A new word, learnt and numbered.
    private mutating func add(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> Int32 {
        let text = String(scalars: scalars)
        let lower = text.asciiLowercasedOrFull
        words.append(Self.learn(scalars, number: Int32(words.count), text: text, lower: lower, hash: hash))
        letters.append(contentsOf: scalars)
        starts.append(letters.count)
        texts.append(text)
        lowers.append(lower)
        return Int32(words.count - 1)
    }

    mutating func spelling(_ scalars: ArraySlice<Unicode.Scalar>) -> Int32 {
        scalars.withUnsafeBufferPointer { spelling($0) }
    }

    private func isSpelled(_ index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == scalars.count else { return false }
        for (offset, scalar) in scalars.enumerated() where letters[start + offset] != scalar { return false }
        return true
    }

    mutating func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Word {
        // In two steps: `self[spelling(scalars)]` would read `self` before the word is added.
        let number = spelling(scalars)
        return self[number]
    }

    mutating func word(_ scalars: ArraySlice<Unicode.Scalar>) -> Word {
        scalars.withUnsafeBufferPointer { word($0) }
    }

    private static func learn(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, number: Int32, text: String, lower: String,
                              hash: UInt64) -> Word {
        let first = scalars[0]
        var token = Token(kind: kind(of: scalars), spelling: number, first: first)
        switch token.kind {
        case .word:
            let lemma = CallCue.lemmas[lower]
            token.flags = Lexicon.flags(of: text, lower: lower)
            token.known = KnownWord(rawValue: lower)
            token.isCapitalized = Token.capitalized(text, lower: lower)
            token.isAcronym = Token.acronym(text)
            token.endsWithFullStop = scalars.last == "."
            token.callStrength = lemma.flatMap { CallCue.askingVerbs[$0] ?? CallCue.demandingVerbs[$0] }
            token.callLemma = lemma.flatMap(KnownWord.init(rawValue:))
            token.modalStrength = CallCue.modals[lower]
        case .punctuation where scalars.count == 1:
            token.isSign = true
        default:
            break
        }
        return Word(prototype: token, isAbbreviation: Lexicon.isAbbreviation(text), hash: hash,
                    extraUTF8: Int32(text.utf8.count - scalars.count))
    }

    /// What kind of token a spelling makes, as the tokenizer cut it: a word starts with a
    /// letter or digit (or `#`, `@` before one), and is a number when it has no letter; a
    /// quotation mark stands alone; anything else is punctuation.
    private static func kind(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Token.Kind {
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

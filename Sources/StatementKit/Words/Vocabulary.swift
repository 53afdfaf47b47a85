/// What the tokenizer learns of each distinct word once per analysis: its text, lowercase
/// form, what the word lists say of it, and its capitals. A statement uses a few thousand
/// distinct words many times over; working these out for each occurrence was a fifth of the
/// analysis, and carrying two strings in every token made each copy of a token cost four
/// reference-count calls.
///
/// Shaped for speed: an open-addressing table keyed by the word's scalars with an FNV-1a hash,
/// so that a word already known costs one pass over its scalars and no string at all. A token
/// keeps the word's number here (`Token.spelling`) for the few rules that need its text.
struct Vocabulary {
    /// What is known of a word, without its text: a plain value, copied into each token.
    struct Word {
        var flags: WordFlags
        var known: KnownWord?
        var isCapitalized: Bool
        var isAcronym: Bool
        var isAbbreviation: Bool
        /// `U.S.`, `Mr.`: the full stop kept in the word, which the sentence splitter asks about.
        var endsWithFullStop: Bool
        /// The FNV-1a hash of the spelling, which the table is keyed by.
        var hash: UInt64
        /// For a form of a verb that asks (`urged`, `calls`): how strongly it asks.
        var callStrength: CallToAction.Strength?
        /// For the asking verbs whose complements differ (`call on`, `appeal to`, `urge that`).
        var callLemma: KnownWord?
        /// For `must`, `should`, `ought`, `need`: how strongly the modal asks.
        var modalStrength: CallToAction.Strength?
    }

    private var words: [Word] = []
    private var texts: [String] = []
    private var lowers: [String] = []
    /// Every spelling's scalars, end to end, and where each word's begin: one buffer instead
    /// of an array a word, so that comparing a spelling retains nothing.
    private var letters: [Unicode.Scalar] = []
    private var starts: [Int] = [0]
    /// Index into `words` plus one; zero is an empty slot. Never more than half full.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private static let limit = 200_000
    /// Counts the times the table was emptied: a spelling number is only meaningful together
    /// with the generation it was given in.
    private(set) var generation = 0

    /// The word a token was made from.
    subscript(spelling: Int32) -> Word { words[Int(spelling)] }

    func text(of token: Token) -> String { texts[Int(token.spelling)] }
    func lower(of token: Token) -> String { lowers[Int(token.spelling)] }
    func text(spelling: Int32) -> String { texts[Int(spelling)] }
    func lower(spelling: Int32) -> String { lowers[Int(spelling)] }

    /// Called between paragraphs, never inside one, so that no token outlives its number.
    /// Bounded: a text of endless distinct words (a dump, a list of codes) must not grow it forever.
    mutating func startParagraph() {
        guard words.count >= Self.limit else { return }
        let next = generation + 1
        self = Vocabulary()
        generation = next
    }

    /// The number of the word spelled `scalars`, added when new.
    mutating func spelling(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if words[index].hash == hash && isSpelled(index, scalars) { return Int32(index) }
            slot = (slot + 1) & mask
        }
        let text = String(scalars: scalars)
        let lower = text.asciiLowercasedOrFull
        insert(Self.learn(scalars, text: text, lower: lower, hash: hash))
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

    private static func learn(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, text: String, lower: String, hash: UInt64) -> Word {
        let lemma = CallCue.lemmas[lower]
        let callStrength = lemma.flatMap { CallCue.askingVerbs[$0] ?? CallCue.demandingVerbs[$0] }
        return Word(
            flags: Lexicon.flags(of: text, lower: lower), known: KnownWord(rawValue: lower),
            isCapitalized: Token.capitalized(text, lower: lower), isAcronym: Token.acronym(text),
            isAbbreviation: Lexicon.isAbbreviation(text), endsWithFullStop: scalars.last == ".", hash: hash,
            callStrength: callStrength, callLemma: lemma.flatMap(KnownWord.init(rawValue:)),
            modalStrength: CallCue.modals[lower])
    }

    private mutating func insert(_ word: Word) {
        if (words.count + 1) * 2 > slots.count { grow() }
        words.append(word)
        place(words.count - 1)
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: words[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for index in words.indices { place(index) }
    }
}

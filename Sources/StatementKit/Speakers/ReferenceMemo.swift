/// `ReferenceParser.parse` remembered by the words it was given. A statement names the same
/// people and bodies over and over ("Khalilzad said", "the minister added"), and parsing a
/// phrase (chunks, runs, roles, several strings) costs far more than hashing it.
///
/// Shaped for speed: an open-addressing table keyed by a hash made from the tokens' spelling
/// numbers. A dictionary hashed that hash again (SipHash) at every phrase, and an earlier key
/// string built from the phrase was half the memo's cost.
struct ReferenceMemo {
    private struct Entry {
        var hash: UInt64
        /// Where the phrase's spelling numbers and spaces after each token start in `spellings`
        /// and `spaceAfter`, and how many tokens it has.
        var start: Int
        var count: Int
        var spaceBefore: Bool
    }

    /// Plain values, so that looking one up copies no strings; what each parsed to is beside
    /// them in `references`.
    private var entries: [Entry] = []
    private var references: [Reference?] = []
    private var spellings: [Int32] = []
    private var spaceAfter: [Bool] = []
    private var slots = HashSlots(capacity: 1 << 10)
    private static let limit = 50_000
    /// The vocabulary's generation the remembered spelling numbers belong to: when the
    /// vocabulary is emptied, so is the memo.
    private var generation = 0
    /// Names parsed so far, which numbers the next one (`ProperName.phrase`).
    private var namesParsed = 0

    /// What a phrase parsed to when it was last met; nil when it was not met since the
    /// vocabulary was last emptied. Needs only the vocabulary's generation, so that the usual
    /// case, a phrase met before, copies nothing of the vocabulary.
    func known(_ words: ArraySlice<Token>, generation: Int) -> Reference?? {
        guard generation == self.generation else { return nil }
        let hash = Self.hash(words)
        // The phrase itself is compared, so a collision only costs a parse.
        guard let index = slots.first(hash: hash, where: { entries[$0].hash == hash && matches($0, words) }) else { return nil }
        return .some(references[index])
    }

    /// Parses a phrase not met before and remembers what it parsed to.
    mutating func parse(_ words: ArraySlice<Token>, in vocabulary: Vocabulary) -> Reference? {
        let reference = ReferenceParser(vocabulary: vocabulary).parse(words)
        if case .name(let name) = reference {
            name.phrase = namesParsed
            namesParsed += 1
        }
        if entries.count >= Self.limit || vocabulary.generation != generation {
            let names = namesParsed
            self = ReferenceMemo()
            namesParsed = names  // phrase numbers stay unique for the whole analysis
            generation = vocabulary.generation
        }
        let hash = Self.hash(words)
        entries.append(Entry(hash: hash, start: spellings.count, count: words.count, spaceBefore: words.first?.spaceBefore ?? false))
        references.append(reference)
        for token in words {
            spellings.append(token.spelling)
            spaceAfter.append(token.spaceAfter)
        }
        let entries = self.entries
        slots.insert(entries.count - 1, hash: hash) { entries[$0].hash }
        return reference
    }

    /// Made from the tokens' spelling numbers and the spacing around each.
    private static func hash(_ words: ArraySlice<Token>) -> UInt64 {
        var hash: UInt64 = words.first?.spaceBefore == true ? 1 : 2
        for token in words {
            hash = (hash ^ UInt64(UInt32(bitPattern: token.spelling))) &* 0x100_0000_01b3
            hash = (hash ^ (token.spaceAfter ? 3 : 5)) &* 0x100_0000_01b3
        }
        return hash
    }

    private func matches(_ index: Int, _ words: ArraySlice<Token>) -> Bool {
        let entry = entries[index]
        guard entry.count == words.count, entry.spaceBefore == (words.first?.spaceBefore ?? false) else { return false }
        var position = entry.start
        for token in words {
            if spellings[position] != token.spelling || spaceAfter[position] != token.spaceAfter { return false }
            position += 1
        }
        return true
    }
}

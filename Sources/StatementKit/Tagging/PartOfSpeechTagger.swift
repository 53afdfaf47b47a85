/// Tags the words of a sentence with their Universal Dependencies part of speech
/// (`PartOfSpeech`): an averaged perceptron over the features of `TaggerFeatures`, decoding
/// greedily from left to right. Trained on English treebanks (see `TaggerWeights`).
///
/// Shaped for speed: everything that depends on a word's spelling alone — its own features,
/// and its features as the previous, the next, the second next and the second previous word —
/// is summed once per distinct spelling into score vectors, kept under the word's key; a
/// token then costs a few vector additions (the five words around it, the previous tag, the
/// previous two tags, the previous tag with this word, the capitals either side) and a choice
/// of the best of seventeen.
/// Frequent words that the treebanks always tag one way (`the`, `,`, `of`) take that tag at once.
///
/// Words are UD tokens: punctuation apart, and a contraction split as the treebanks split it
/// (`do` `n't`, `NATO` `'s`, `I` `'m`). A contraction kept whole (`don't`, `NATO's`, `it’s`,
/// as the analysis's tokenizer keeps it) is tagged as its first part is (`AUX`, `PROPN`,
/// `PRON`): the model was also trained on every sentence with its contractions joined so.
/// Curly and straight apostrophes are the same to it.
///
/// ```swift
/// var tagger = PartOfSpeechTagger()
/// tagger.tag(words: ["The", "minister", "urged", "calm", "."])  // [.determiner, .noun, .verb, .noun, .punctuation]
/// // In an analysis, a sentence's tokens by spelling number; the text is asked only for a
/// // spelling the tagger has not met yet:
/// tagger.tag(keys: sentence.lazy.map(\.spelling), text: { key in
///     vocabulary.text(of: sentence.first { $0.spelling == key }!)
/// }, into: &tags)
/// ```
///
/// A value; the cache grows with the distinct keys met (about 420 bytes each, and 1.4 KB more
/// for a word the model knows after each previous tag). Call `forgetWords()` when keys are
/// given new meanings (when the vocabulary starts again: its `generation` changes).
public struct PartOfSpeechTagger: Sendable {
    /// What is worked out once per spelling.
    struct Entry: Sendable {
        var own = TagScores()
        var asPrevious = TagScores()
        var asBeforePrevious = TagScores()
        var asNext = TagScores()
        var asAfterNext = TagScores()
        /// Where its previous-tag-and-word scores start in `pairs` (eighteen of them, by the
        /// previous tag), or -1 when the model has none for this word.
        var pairs: Int32 = -1
        /// The tag it always has, or `noTag`.
        var fixed: UInt8 = Entry.noTag
        var capitals: UInt8 = 0
        static let noTag: UInt8 = 0xFF
    }

    let model: TaggerModel
    /// Scores by the previous tag, and by the previous two (`TaggerFeatures.historyCount` squared).
    private let previous: [TagScores]
    private let previousTwo: [TagScores]
    /// Scores for the first word of a sentence, by its capitals.
    private let initial: [TagScores]
    /// Scores by the capitals of the previous word and this one, and of this one and the next
    /// (`TaggerFeatures.capitals`, four by four).
    private let capitalsBefore: [TagScores]
    private let capitalsAfter: [TagScores]
    private let start: Entry
    private let end: Entry
    /// Keys below `denseLimit` find their entry here (-1: not yet met; it grows to the largest
    /// key met, four bytes a key); others in `sparse`.
    private var dense: [Int32] = []
    private var sparse: [Int32: Int32] = [:]
    private var entries: [Entry] = []
    private var pairs: [TagScores] = []
    private var indices: [Int32] = []
    private static let denseLimit: Int32 = 1 << 20

    /// A tagger with the weights built into the binary.
    public init() { self.init(model: .embedded) }

    package init(model: TaggerModel) {
        self.model = model
        let history = TaggerFeatures.historyCount
        previous = (0..<history).map { tag in
            var scores = TagScores()
            model.add(TaggerFeatures.previousTag(tag), to: &scores)
            return scores
        }
        var two: [TagScores] = []
        for first in 0..<history {
            for second in 0..<history {
                var scores = TagScores()
                model.add(TaggerFeatures.previousTags(first, second), to: &scores)
                two.append(scores)
            }
        }
        previousTwo = two
        initial = (0..<4).map { capitals in
            var scores = TagScores()
            model.add(TaggerFeatures.initial(UInt8(capitals)), to: &scores)
            return scores
        }
        func capitalsTable(after: Bool) -> [TagScores] {
            (0..<16).map { pair in
                var scores = TagScores()
                model.add(TaggerFeatures.capitals(UInt8(pair / 4), UInt8(pair % 4), after: after), to: &scores)
                return scores
            }
        }
        capitalsBefore = capitalsTable(after: false)
        capitalsAfter = capitalsTable(after: true)
        var pool: [TagScores] = []
        start = Self.entry(TaggerFeatures.sentenceStart, model: model, pairs: &pool)
        end = Self.entry(TaggerFeatures.sentenceEnd, model: model, pairs: &pool)
    }

    /// How many distinct keys the cache holds.
    public var cachedWords: Int { entries.count }

    /// Empties the cache: for when keys are about to mean other spellings.
    public mutating func forgetWords() {
        dense.removeAll()
        sparse.removeAll()
        entries.removeAll()
        pairs.removeAll()
        textKeys.removeAll()
    }

    /// The tags of one sentence's words, given as strings (each is its own key's text: the
    /// cache is keyed by a number per distinct string, kept between calls).
    public mutating func tag(words: [String]) -> [PartOfSpeech] {
        var tags: [PartOfSpeech] = []
        var keys: [Int32] = []
        keys.reserveCapacity(words.count)
        for word in words {
            let next = Int32(textKeys.count) + Self.denseLimit
            keys.append(textKeys[word, default: next])
            if textKeys[word] == nil { textKeys[word] = next }
        }
        tag(keys: keys, text: { key in words[keys.firstIndex(of: key)!] }, into: &tags)
        return tags
    }
    private var textKeys: [String: Int32] = [:]

    /// The tags of one sentence's words, each with its key and text.
    public mutating func tag(_ words: some Collection<TaggerWord>) -> [PartOfSpeech] {
        let list = Array(words)
        var tags: [PartOfSpeech] = []
        tag(keys: list.lazy.map(\.key), text: { key in list.first { $0.key == key }!.text }, into: &tags)
        return tags
    }

    /// The tags of one sentence's words, given by key, written into `tags` (emptied first, its
    /// room kept). `text` gives a key's spelling, and is asked only for keys not seen before.
    public mutating func tag(keys: some Collection<Int32>, text: (Int32) -> String, into tags: inout [PartOfSpeech]) {
        indices.removeAll(keepingCapacity: true)
        for key in keys { indices.append(entryIndex(key, text)) }
        decode(into: &tags)
    }

    /// The same for keys in an array (no generic code between modules: the bench's and the
    /// training's way in).
    public mutating func tag(keys: [Int32], text: (Int32) -> String, into tags: inout [PartOfSpeech]) {
        indices.removeAll(keepingCapacity: true)
        for key in keys { indices.append(entryIndex(key, text)) }
        decode(into: &tags)
    }

    /// Tags the words whose entries are in `indices`, left to right.
    private func decode(into tags: inout [PartOfSpeech]) {
        let count = indices.count
        tags.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        let history = TaggerFeatures.historyCount
        let start = self.start, end = self.end
        tags.reserveCapacity(count)
        entries.withUnsafeBufferPointer { entries in
        indices.withUnsafeBufferPointer { indices in
        previous.withUnsafeBufferPointer { previous in
        previousTwo.withUnsafeBufferPointer { previousTwo in
        pairs.withUnsafeBufferPointer { pairs in
            let entry = entries.baseAddress!
            var previousTag = TaggerFeatures.startTag, beforePrevious = TaggerFeatures.startTag
            for i in 0..<count {
                let this = entry + Int(indices[i])
                var tag = Int(this.pointee.fixed)
                if tag == Int(Entry.noTag) {
                    var scores = this.pointee.own
                    scores += i >= 1 ? entry[Int(indices[i - 1])].asPrevious : start.asPrevious
                    scores += i >= 2 ? entry[Int(indices[i - 2])].asBeforePrevious : start.asBeforePrevious
                    scores += i + 1 < count ? entry[Int(indices[i + 1])].asNext : end.asNext
                    scores += i + 2 < count ? entry[Int(indices[i + 2])].asAfterNext : end.asAfterNext
                    scores += previous[previousTag]
                    scores += previousTwo[beforePrevious &* history &+ previousTag]
                    let pair = Int(this.pointee.pairs)
                    if pair >= 0 { scores += pairs[pair &+ previousTag] }
                    if i == 0 { scores += initial[Int(this.pointee.capitals)] }
                    let capitals = Int(this.pointee.capitals)
                    let before = i >= 1 ? Int(entry[Int(indices[i - 1])].capitals) : 0
                    let after = i + 1 < count ? Int(entry[Int(indices[i + 1])].capitals) : 0
                    scores += capitalsBefore[before &* 4 &+ capitals]
                    scores += capitalsAfter[capitals &* 4 &+ after]
                    tag = scores.best
                }
                tags.append(unsafeBitCast(UInt8(truncatingIfNeeded: tag), to: PartOfSpeech.self))
                beforePrevious = previousTag
                previousTag = tag
            }
        }
        }
        }
        }
        }
    }

    /// The same tags worked out without the cache, every feature looked up for every word:
    /// what the cache must agree with.
    package func tagUncached(words: [String]) -> [PartOfSpeech] {
        var pool: [TagScores] = []
        let entries = words.map { Self.entry(TaggerFeatures.spelling($0, classes: model.ambiguityClass), model: model, pairs: &pool) }
        var tags: [PartOfSpeech] = []
        var previousTag = TaggerFeatures.startTag, beforePrevious = TaggerFeatures.startTag
        for i in entries.indices {
            let entry = entries[i]
            var tag = Int(entry.fixed)
            if entry.fixed == Entry.noTag {
                let features = TaggerFeatures.spelling(words[i], classes: model.ambiguityClass)
                var scores = TagScores()
                for feature in features.own { model.add(feature, to: &scores) }
                let before = i >= 1 ? TaggerFeatures.spelling(words[i - 1], classes: model.ambiguityClass) : TaggerFeatures.sentenceStart
                for feature in before.asPrevious { model.add(feature, to: &scores) }
                let twoBefore = i >= 2 ? TaggerFeatures.spelling(words[i - 2], classes: model.ambiguityClass) : TaggerFeatures.sentenceStart
                for feature in twoBefore.asBeforePrevious { model.add(feature, to: &scores) }
                let after = i + 1 < words.count ? TaggerFeatures.spelling(words[i + 1], classes: model.ambiguityClass) : TaggerFeatures.sentenceEnd
                for feature in after.asNext { model.add(feature, to: &scores) }
                let twoAfter = i + 2 < words.count ? TaggerFeatures.spelling(words[i + 2], classes: model.ambiguityClass) : TaggerFeatures.sentenceEnd
                for feature in twoAfter.asAfterNext { model.add(feature, to: &scores) }
                model.add(TaggerFeatures.previousTag(previousTag), to: &scores)
                model.add(TaggerFeatures.previousTags(beforePrevious, previousTag), to: &scores)
                if model.hasPairs(features.wordKey) {
                    model.add(TaggerFeatures.previousTagAndWord(previousTag, features.wordKey), to: &scores)
                }
                if i == 0 { model.add(TaggerFeatures.initial(features.capitals), to: &scores) }
                model.add(TaggerFeatures.capitals(i >= 1 ? before.capitals : 0, features.capitals, after: false), to: &scores)
                model.add(TaggerFeatures.capitals(features.capitals, i + 1 < words.count ? after.capitals : 0, after: true), to: &scores)
                tag = scores.best
            }
            tags.append(PartOfSpeech(rawValue: UInt8(tag))!)
            beforePrevious = previousTag
            previousTag = tag
        }
        return tags
    }

    @inline(__always) private mutating func entryIndex(_ key: Int32, _ text: (Int32) -> String) -> Int32 {
        if key >= 0 && key < Self.denseLimit {
            if Int(key) < dense.count, dense[Int(key)] >= 0 { return dense[Int(key)] }
        } else if let known = sparse[key] {
            return known
        }
        return learn(key, text)
    }

    @inline(never) private mutating func learn(_ key: Int32, _ text: (Int32) -> String) -> Int32 {
        let index = Int32(entries.count)
        entries.append(Self.entry(TaggerFeatures.spelling(text(key), classes: model.ambiguityClass), model: model, pairs: &pairs))
        if key >= 0 && key < Self.denseLimit {
            if Int(key) >= dense.count {
                dense.append(contentsOf: repeatElement(-1, count: max(Int(key) + 1, dense.count * 2) - dense.count))
            }
            dense[Int(key)] = index
        } else {
            sparse[key] = index
        }
        return index
    }

    private static func entry(_ features: TaggerFeatures.Spelling, model: TaggerModel, pairs: inout [TagScores]) -> Entry {
        var entry = Entry()
        entry.capitals = features.capitals
        if let tag = model.dictionaryTag(features.dictionaryKey) { entry.fixed = tag.rawValue }
        entry.own = model.scores(features.own)
        entry.asPrevious = model.scores(features.asPrevious)
        entry.asBeforePrevious = model.scores(features.asBeforePrevious)
        entry.asNext = model.scores(features.asNext)
        entry.asAfterNext = model.scores(features.asAfterNext)
        guard model.hasPairs(features.wordKey) else { return entry }
        entry.pairs = Int32(pairs.count)
        for tag in 0..<TaggerFeatures.historyCount {
            pairs.append(model.scores([TaggerFeatures.previousTagAndWord(tag, features.wordKey)]))
        }
        return entry
    }
}

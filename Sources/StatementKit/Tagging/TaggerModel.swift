/// The tagger's weights: for each feature (a hash, see `TaggerFeatures`) a score for some of
/// the seventeen tags, and a dictionary of frequent words that always have one tag.
///
/// Stored compactly (see `encoded()`): hashes in order as the differences between them, which
/// tags a feature scores as a bit mask, and each score quantised to a whole number of `step`s,
/// all as variable-length integers. Decoded in one pass into sorted arrays searched by
/// bisection or (the features) through a hash table, which the tagger does only once per
/// distinct spelling.
package struct TaggerModel: Sendable {
    /// Sorted feature hashes.
    private(set) var hashes: [UInt32] = []
    /// Where each feature's scores start in `values`, and then where they end.
    private var starts: [Int32] = [0]
    /// Each feature by its hash, open addressing (at most half full), with its mask and where
    /// its scores start beside the hash so that a look-up reads one place: the tagger looks up
    /// some seventy features for each new spelling.
    private var slots: [Slot] = []
    private struct Slot {
        var hash: UInt32 = 0
        /// 0 for an empty slot (a feature kept has a score for some tag).
        var mask: UInt32 = 0
        var start: Int32 = 0
    }
    /// Which tags each feature has a score for.
    private var masks: [UInt32] = []
    private var values: [Int16] = []
    /// What one unit of `values` is worth.
    private(set) var step: Float = 1
    /// Sorted dictionary keys (`TaggerFeatures.Spelling.dictionaryKey`) and their tags.
    private var dictionaryKeys: [UInt32] = []
    private var dictionaryTags: [UInt8] = []
    /// Sorted class keys (`TaggerFeatures.classKey`) and the ambiguity classes of their words.
    private var classKeys: [UInt32] = []
    private var classMasks: [UInt32] = []
    /// Sorted word keys (`TaggerFeatures.Spelling.wordKey`) of the words that have
    /// previous-tag-and-word features: a new spelling looks those up (eighteen of them) only
    /// when it is one of these.
    private var pairWordKeys: [UInt32] = []

    package var featureCount: Int { hashes.count }
    package var dictionaryCount: Int { dictionaryKeys.count }

    package init() { buildSlots() }

    /// A model from trained weights: each feature's seventeen scores, quantised to `step`
    /// (scores that round to zero are dropped, and features left with none).
    package init(weights: [(feature: UInt32, scores: [Float])], step: Float, dictionary: [(key: UInt32, tag: PartOfSpeech)],
                 classes: [(key: UInt32, mask: UInt32)], pairWords: [UInt32: UInt32]) {
        self.step = step
        for (feature, scores) in weights.sorted(by: { $0.feature < $1.feature }) {
            var mask: UInt32 = 0
            var kept: [Int16] = []
            for (tag, score) in scores.enumerated() {
                let q = (score / step).rounded()
                guard q != 0 else { continue }
                mask |= 1 << UInt32(tag)
                kept.append(Int16(max(-32767, min(32767, q))))
            }
            guard mask != 0 else { continue }
            hashes.append(feature)
            masks.append(mask)
            values += kept
            starts.append(Int32(values.count))
        }
        for (key, tag) in dictionary.sorted(by: { $0.key < $1.key }) {
            dictionaryKeys.append(key)
            dictionaryTags.append(tag.rawValue)
        }
        for (key, mask) in classes.sorted(by: { $0.key < $1.key }) {
            classKeys.append(key)
            classMasks.append(mask)
        }
        pairWordKeys = Array(Set(hashes.compactMap { pairWords[$0] })).sorted()
        buildSlots()
    }

    private mutating func buildSlots() {
        var size = 16
        while size < hashes.count * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        for (index, hash) in hashes.enumerated() {
            var slot = Self.home(hash, mask: size - 1)
            while slots[slot].mask != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(hash: hash, mask: masks[index], start: starts[index])
        }
    }

    @inline(__always) private static func home(_ hash: UInt32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(hash) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// A feature's slot, if the model has the feature.
    @inline(__always) private func slot(of feature: UInt32) -> Slot? {
        let mask = slots.count - 1
        var index = Self.home(feature, mask: mask)
        while true {
            let slot = slots[index]
            if slot.mask == 0 { return nil }
            if slot.hash == feature { return slot }
            index = (index + 1) & mask
        }
    }

    /// Adds a feature's scores to `scores`.
    @inline(__always) package func add(_ feature: UInt32, to scores: inout TagScores) {
        guard let slot = slot(of: feature) else { return }
        var mask = slot.mask
        var at = Int(slot.start)
        while mask != 0 {
            let tag = mask.trailingZeroBitCount
            scores[tag] += Float(values[at]) * step
            at += 1
            mask &= mask - 1
        }
    }

    /// Adds a feature's scores to the seventeen at `scores` (a plain buffer: setting one lane of
    /// a SIMD vector at a time went through memory for every score).
    @inline(__always) package func add(_ feature: UInt32, to scores: UnsafeMutablePointer<Float>) {
        guard let slot = slot(of: feature) else { return }
        var mask = slot.mask
        var at = Int(slot.start)
        while mask != 0 {
            scores[mask.trailingZeroBitCount] += Float(values[at]) * step
            at += 1
            mask &= mask - 1
        }
    }

    /// The sum of these features' scores.
    package func scores(_ features: [UInt32]) -> TagScores {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: PartOfSpeech.count) { buffer in
            buffer.initialize(repeating: 0)
            for feature in features { add(feature, to: buffer.baseAddress!) }
            return TagScores(buffer.baseAddress!)
        }
    }

    /// Whether the model has this feature at all.
    package func has(_ feature: UInt32) -> Bool { slot(of: feature) != nil }

    /// The one tag of a word in the tag dictionary.
    package func dictionaryTag(_ key: UInt32) -> PartOfSpeech? {
        Self.find(key, in: dictionaryKeys).flatMap { PartOfSpeech(rawValue: dictionaryTags[$0]) }
    }

    /// Whether the word with this key has previous-tag-and-word features.
    package func hasPairs(_ wordKey: UInt32) -> Bool { Self.find(wordKey, in: pairWordKeys) != nil }

    /// The ambiguity class of the word with this class key (0 when unknown).
    package func ambiguityClass(_ key: UInt32) -> UInt32 {
        Self.find(key, in: classKeys).map { classMasks[$0] } ?? 0
    }

    private static func find(_ key: UInt32, in sorted: [UInt32]) -> Int? {
        let low = Bisection.firstIndex(in: sorted.count) { sorted[$0] >= key }
        return low < sorted.count && sorted[low] == key ? low : nil
    }

    // MARK: - Bytes

    private static let magic: [UInt8] = Array("UPOS2".utf8)

    /// The model as bytes: the magic `UPOS2`, the step (its Float bits), the feature count,
    /// the dictionary count, the class count, the count of words with pair features, then per feature the hash's difference from the last, its mask
    /// and its scores (zigzag), then per dictionary entry its key's difference and its tag, then per ambiguity class its key's difference and its mask, then the
    /// differences between the keys of the words with previous-tag-and-word features;
    /// every number a LEB128 variable-length integer.
    package func encoded() -> [UInt8] {
        var out = Self.magic
        func put(_ value: UInt64) {
            var v = value
            repeat {
                let byte = UInt8(v & 0x7F)
                v >>= 7
                out.append(v == 0 ? byte : byte | 0x80)
            } while v != 0
        }
        put(UInt64(step.bitPattern))
        put(UInt64(hashes.count))
        put(UInt64(dictionaryKeys.count))
        put(UInt64(classKeys.count))
        put(UInt64(pairWordKeys.count))
        var last: UInt32 = 0
        for index in hashes.indices {
            put(UInt64(hashes[index] - last))
            last = hashes[index]
            put(UInt64(masks[index]))
            for value in values[Int(starts[index])..<Int(starts[index + 1])] {
                put(UInt64(UInt16(bitPattern: (value << 1) ^ (value >> 15))))
            }
        }
        last = 0
        for index in dictionaryKeys.indices {
            put(UInt64(dictionaryKeys[index] - last))
            last = dictionaryKeys[index]
            put(UInt64(dictionaryTags[index]))
        }
        last = 0
        for index in classKeys.indices {
            put(UInt64(classKeys[index] - last))
            last = classKeys[index]
            put(UInt64(classMasks[index]))
        }
        last = 0
        for key in pairWordKeys {
            put(UInt64(key - last))
            last = key
        }
        return out
    }

    /// The model in `bytes` (as `encoded()` wrote them); `nil` when they are not one.
    package init?(decoding bytes: [UInt8]) {
        guard bytes.starts(with: Self.magic) else { return nil }
        var at = Self.magic.count
        var failed = false
        func get() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while at < bytes.count {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
                if shift > 63 { break }
            }
            failed = true
            return 0
        }
        step = Float(bitPattern: UInt32(truncatingIfNeeded: get()))
        let count = Int(get()), dictionary = Int(get()), classes = Int(get()), pairWords = Int(get())
        guard !failed, count < bytes.count, dictionary < bytes.count, classes < bytes.count, pairWords < bytes.count else { return nil }
        hashes.reserveCapacity(count)
        masks.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
        values.reserveCapacity(count * 3)
        var last: UInt32 = 0
        for _ in 0..<count {
            last &+= UInt32(truncatingIfNeeded: get())
            hashes.append(last)
            let mask = UInt32(truncatingIfNeeded: get()) & ((1 << UInt32(PartOfSpeech.count)) - 1)
            masks.append(mask)
            for _ in 0..<mask.nonzeroBitCount {
                let z = UInt16(truncatingIfNeeded: get())
                values.append(Int16(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
            }
            starts.append(Int32(values.count))
            if failed { return nil }
        }
        last = 0
        for _ in 0..<dictionary {
            last &+= UInt32(truncatingIfNeeded: get())
            dictionaryKeys.append(last)
            let tag = UInt8(truncatingIfNeeded: get())
            guard tag < PartOfSpeech.count else { return nil }
            dictionaryTags.append(tag)
        }
        last = 0
        for _ in 0..<classes {
            last &+= UInt32(truncatingIfNeeded: get())
            classKeys.append(last)
            classMasks.append(UInt32(truncatingIfNeeded: get()))
        }
        last = 0
        for _ in 0..<pairWords {
            last &+= UInt32(truncatingIfNeeded: get())
            pairWordKeys.append(last)
        }
        guard !failed, at == bytes.count else { return nil }
        buildSlots()
    }

    /// The model embedded in the binary (`TaggerWeights.swift`), decoded the first time it is asked for.
    package static let embedded: TaggerModel = {
        guard let model = TaggerModel(decoding: Base64.decode(TaggerWeights.base64)) else {
            preconditionFailure("the embedded tagger weights do not decode")
        }
        return model
    }()
}

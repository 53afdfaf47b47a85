import StatementKit

/// An averaged perceptron over `TaggerFeatures`, trained as the tagger decodes: greedily from
/// left to right, on its own previous tags. Deterministic: features are numbered in the order
/// they are met, sentences shuffled by a seeded generator.
struct Perceptron {
    /// A training sentence: each word's number (into `spellings`) and gold tag.
    struct Sentence {
        var words: [Int32]
        var tags: [UInt8]
    }

    private(set) var spellings: [TaggerFeatures.Spelling] = []
    private var spellingNumbers: [String: Int32] = [:]
    /// Per spelling, its features in each role as row numbers (own, as previous, as the one
    /// before that, as next, as the one after that).
    private var rows: [[[Int32]]] = []
    private var features: [UInt32: Int32] = [:]
    private(set) var featureHashes: [UInt32] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// How many scored tokens each feature fired for, in the first epoch.
    private(set) var counts: [Int32] = []
    private var time: Int32 = 0
    /// The word of each previous-tag-and-word feature, by the feature.
    private(set) var pairWords: [UInt32: UInt32] = [:]
    /// Spellings that always have one tag.
    var dictionary: [Int32: UInt8] = [:]
    private static let tags = PartOfSpeech.count

    /// The stand-ins for the words before the first and after the last.
    private var start: Int32 = 0
    private var end: Int32 = 0

    /// Ambiguity classes by class key (see `TaggerFeatures.spelling`).
    let classes: [UInt32: UInt32]

    init(classes: [UInt32: UInt32]) {
        self.classes = classes
        start = number("\u{0}<s>", features: TaggerFeatures.sentenceStart)
        end = number("\u{0}</s>", features: TaggerFeatures.sentenceEnd)
    }

    /// The number of a spelling, learnt when new.
    mutating func number(_ text: String) -> Int32 {
        if let known = spellingNumbers[text] { return known }
        return number(text, features: TaggerFeatures.spelling(text, classes: { [classes] in classes[$0] ?? 0 }))
    }

    private mutating func number(_ text: String, features spelling: TaggerFeatures.Spelling) -> Int32 {
        let n = Int32(spellings.count)
        spellingNumbers[text] = n
        spellings.append(spelling)
        rows.append([spelling.own, spelling.asPrevious, spelling.asBeforePrevious, spelling.asNext, spelling.asAfterNext].map { list in
            list.map { row(of: $0) }
        })
        return n
    }

    private mutating func row(of feature: UInt32) -> Int32 {
        if let known = features[feature] { return known }
        let n = Int32(featureHashes.count)
        features[feature] = n
        featureHashes.append(feature)
        weights += repeatElement(0, count: Self.tags)
        totals += repeatElement(0, count: Self.tags)
        stamps += repeatElement(0, count: Self.tags)
        counts.append(0)
        return n
    }

    /// The tag dictionary: spellings seen at least `minimum` times with one tag at least
    /// `share` of the time.
    mutating func buildDictionary(_ sentences: [Sentence], minimum: Int = 20, share: Double = 0.97) {
        var seen: [[Int32]] = Array(repeating: [], count: spellings.count)
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.tags) {
                if seen[Int(word)].isEmpty { seen[Int(word)] = Array(repeating: 0, count: Self.tags) }
                seen[Int(word)][Int(tag)] += 1
            }
        }
        for (word, tally) in seen.enumerated() where !tally.isEmpty {
            let total = tally.reduce(0, +)
            let top = tally.max()!
            if total >= minimum && Double(top) / Double(total) >= share {
                dictionary[Int32(word)] = UInt8(tally.firstIndex(of: top)!)
            }
        }
    }

    /// One pass over `sentences` in the order given; returns how many scored tokens were right.
    mutating func epoch(_ sentences: [Sentence], counting: Bool) -> (right: Int, scored: Int) {
        var right = 0, scored = 0
        var active: [Int32] = []
        for sentence in sentences {
            var previous = TaggerFeatures.startTag, beforePrevious = TaggerFeatures.startTag
            let n = sentence.words.count
            for i in 0..<n {
                let word = sentence.words[i]
                let guess: Int
                if let fixed = dictionary[word] {
                    guess = Int(fixed)
                } else {
                    active.removeAll(keepingCapacity: true)
                    active += rows[Int(word)][0]
                    active += rows[Int(i >= 1 ? sentence.words[i - 1] : start)][1]
                    active += rows[Int(i >= 2 ? sentence.words[i - 2] : start)][2]
                    active += rows[Int(i + 1 < n ? sentence.words[i + 1] : end)][3]
                    active += rows[Int(i + 2 < n ? sentence.words[i + 2] : end)][4]
                    active.append(row(of: TaggerFeatures.previousTag(previous)))
                    active.append(row(of: TaggerFeatures.previousTags(beforePrevious, previous)))
                    let wordKey = spellings[Int(word)].wordKey
                    let pair = TaggerFeatures.previousTagAndWord(previous, wordKey)
                    if pairWords[pair] == nil { pairWords[pair] = wordKey }
                    active.append(row(of: pair))
                    if i == 0 { active.append(row(of: TaggerFeatures.initial(spellings[Int(word)].capitals))) }
                    let capitals = spellings[Int(word)].capitals
                    let before = i >= 1 ? spellings[Int(sentence.words[i - 1])].capitals : 0
                    let after = i + 1 < n ? spellings[Int(sentence.words[i + 1])].capitals : 0
                    active.append(row(of: TaggerFeatures.capitals(before, capitals, after: false)))
                    active.append(row(of: TaggerFeatures.capitals(capitals, after, after: true)))
                    var scores = [Float](repeating: 0, count: Self.tags)
                    for r in active {
                        let base = Int(r) * Self.tags
                        for t in 0..<Self.tags { scores[t] += weights[base + t] }
                    }
                    var best = 0
                    for t in 1..<Self.tags where scores[t] > scores[best] { best = t }
                    guess = best
                    let gold = Int(sentence.tags[i])
                    time += 1
                    scored += 1
                    if counting { for r in active { counts[Int(r)] += 1 } }
                    if guess == gold {
                        right += 1
                    } else {
                        for r in active {
                            update(Int(r) * Self.tags + gold, by: 1)
                            update(Int(r) * Self.tags + guess, by: -1)
                        }
                    }
                }
                beforePrevious = previous
                previous = guess
            }
        }
        return (right, scored)
    }

    private mutating func update(_ index: Int, by change: Float) {
        totals[index] += Double(time - stamps[index]) * Double(weights[index])
        stamps[index] = time
        weights[index] += change
    }

    /// The averaged weights of every feature that fired at least `minimumCount` times.
    func averaged(minimumCount: Int32) -> [(feature: UInt32, scores: [Float])] {
        var out: [(feature: UInt32, scores: [Float])] = []
        for row in featureHashes.indices where counts[row] >= minimumCount {
            var scores = [Float](repeating: 0, count: Self.tags)
            var any = false
            for t in 0..<Self.tags {
                let index = row * Self.tags + t
                let total = totals[index] + Double(time - stamps[index]) * Double(weights[index])
                scores[t] = Float(total / Double(time))
                if scores[t] != 0 { any = true }
            }
            if any { out.append((featureHashes[row], scores)) }
        }
        return out
    }
}

extension Array {
    /// Fisher–Yates with `generator`, written out so that the order depends on the seed alone.
    mutating func shuffle(seeded generator: inout SeededGenerator) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            swapAt(i, j)
        }
    }
}

/// The ambiguity classes of the words of `sentences`: for each word (by class key) seen at
/// least `minimum` times, the tags it has at least `share` of the time, as a bit mask.
func ambiguityClasses(_ sentences: [(words: [String], tags: [PartOfSpeech])], minimum: Int = 3, share: Double = 0.05) -> [UInt32: UInt32] {
    var tallies: [UInt32: [Int]] = [:]
    for sentence in sentences {
        for (word, tag) in zip(sentence.words, sentence.tags) {
            tallies[TaggerFeatures.classKey(word), default: Array(repeating: 0, count: PartOfSpeech.count)][Int(tag.rawValue)] += 1
        }
    }
    var classes: [UInt32: UInt32] = [:]
    for (key, tally) in tallies {
        let total = tally.reduce(0, +)
        guard total >= minimum else { continue }
        var mask: UInt32 = 0
        for (tag, count) in tally.enumerated() where Double(count) >= share * Double(total) { mask |= 1 << UInt32(tag) }
        classes[key] = mask
    }
    return classes
}

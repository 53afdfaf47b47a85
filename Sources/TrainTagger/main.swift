// communique-train-tagger: trains the part-of-speech tagger on the treebanks and writes its
// weights into the source tree, then prints its accuracy and speed.
//
//   swift run -c release communique-train-tagger [TREEBANKS] [--output FILE] [--epochs N]
//
// TREEBANKS is ../shared/treebanks by default; FILE is
// Sources/StatementKit/Tagging/TaggerWeights.swift. Trains on EWT train and GUM's train
// documents (less GUM_news_expo and GUM_news_stampede, kept out for evaluation elsewhere);
// reports UPOS accuracy on EWT dev, EWT test and GUM test. The same data gives the same bytes.
#if canImport(Glibc)
import Glibc
#endif
import StatementKit

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
}

var arguments = Array(CommandLine.arguments.dropFirst())
var treebanks = "../shared/treebanks"
var output = "Sources/StatementKit/Tagging/TaggerWeights.swift"
var epochs = 12
var minimumCount: Int32 = 2
var levels: Float = 64
var explore = false
var probes: [String] = []
var dictionaryMinimum = 20
var dictionaryShare = 0.97
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--output": output = arguments.removeFirst()
    case "--epochs": epochs = Int(arguments.removeFirst())!
    case "--minimum-count": minimumCount = Int32(arguments.removeFirst())!
    case "--levels": levels = Float(arguments.removeFirst())!
    case "--explore": explore = true
    case "--tag": probes.append(arguments.removeFirst())
    case "--dictionary": dictionaryMinimum = Int(arguments.removeFirst())!; dictionaryShare = Double(arguments.removeFirst())!
    case "-h", "--help":
        print("usage: communique-train-tagger [TREEBANKS] [--output FILE] [--epochs N] [--minimum-count N] [--levels N] [--explore] [--tag SENTENCE]")
        exit(0)
    default: treebanks = argument
    }
}

let heldOut: Set<String> = ["GUM_news_expo", "GUM_news_stampede"]
let ewtTrain = Treebank.sentences(at: "\(treebanks)/ewt/en_ewt-ud-train.conllu")
let ewtDev = Treebank.sentences(at: "\(treebanks)/ewt/en_ewt-ud-dev.conllu")
let ewtTest = Treebank.sentences(at: "\(treebanks)/ewt/en_ewt-ud-test.conllu")
var gumTrain: [TreebankSentence] = [], gumTest: [TreebankSentence] = []
for (document, split) in Treebank.gumSplit(at: "\(treebanks)/gum/split.tsv") where !heldOut.contains(document) {
    let path = "\(treebanks)/gum/dep/\(document).conllu"
    if split == "train" { gumTrain += Treebank.sentences(at: path) }
    if split == "test" { gumTest += Treebank.sentences(at: path) }
}
let training = ewtTrain + gumTrain
print("training: \(training.count) sentences, \(training.reduce(0) { $0 + $1.words.count }) words (EWT train, GUM train), "
    + "\(training.filter { $0.joined != nil }.count) of them again with contractions joined")

var tagged: [(words: [String], tags: [PartOfSpeech])] = []
for sentence in training {
    tagged.append((sentence.words, sentence.tags))
    if let joined = sentence.joined { tagged.append(joined) }
}
let classes = ambiguityClasses(tagged)
print("ambiguity classes: \(classes.count) words")
var perceptron = Perceptron(classes: classes)
var sentences: [Perceptron.Sentence] = []
for sentence in training {
    sentences.append(.init(words: sentence.words.map { perceptron.number($0) }, tags: sentence.tags.map(\.rawValue)))
    if let joined = sentence.joined {
        sentences.append(.init(words: joined.words.map { perceptron.number($0) }, tags: joined.tags.map(\.rawValue)))
    }
}
perceptron.buildDictionary(sentences, minimum: dictionaryMinimum, share: dictionaryShare)
print("tag dictionary: \(perceptron.dictionary.count) spellings")
var generator = SeededGenerator(state: 2026)
var order = sentences
let trainStart = now()
for epoch in 1...epochs {
    order.shuffle(seeded: &generator)
    let (right, scored) = perceptron.epoch(order, counting: epoch == 1)
    print("epoch \(epoch): \(percent(Double(right) / Double(scored))) of \(scored) scored words right (\(Int(now() - trainStart)) s)")
}

/// The model from the averaged weights, quantised; and its bytes.
@MainActor func model(minimumCount: Int32, levels: Float) -> (TaggerModel, [UInt8]) {
    let weights = perceptron.averaged(minimumCount: minimumCount)
    let largest = weights.reduce(Float(0)) { top, feature in max(top, feature.scores.map(abs).max()!) }
    // A power of two, so that sums of scores are exact and the cache cannot change a tag.
    let step = Float(sign: .plus, exponent: Int((largest / levels).exponent), significand: 1)
    var dictionary: [(key: UInt32, tag: PartOfSpeech)] = []
    for (word, tag) in perceptron.dictionary.sorted(by: { $0.key < $1.key }) {
        dictionary.append((perceptron.spellings[Int(word)].dictionaryKey, PartOfSpeech(rawValue: tag)!))
    }
    let model = TaggerModel(weights: weights, step: step, dictionary: dictionary,
                            classes: classes.map { (key: $0.key, mask: $0.value) }, pairWords: perceptron.pairWords)
    let bytes = model.encoded()
    guard let decoded = TaggerModel(decoding: bytes), decoded.encoded() == bytes else { fatalError("the model does not decode to itself") }
    return (decoded, bytes)
}

/// UPOS accuracy of `model` on `sentences` (the joined forms when `joined`), tagged as the
/// analysis will: by key, through the cache.
@MainActor func accuracy(_ model: TaggerModel, _ sentences: [TreebankSentence], joined: Bool = false) -> Double {
    var tagger = PartOfSpeechTagger(model: model)
    var keys: [String: Int32] = [:]
    var right = 0, total = 0
    var tags: [PartOfSpeech] = []
    for sentence in sentences {
        let (words, gold) = joined ? (sentence.joined ?? (sentence.words, sentence.tags)) : (sentence.words, sentence.tags)
        let numbers = words.map { word in
            if let key = keys[word] { return key }
            keys[word] = Int32(keys.count)
            return Int32(keys.count - 1)
        }
        tagger.tag(keys: numbers, text: { words[numbers.firstIndex(of: $0)!] }, into: &tags)
        right += zip(tags, gold).filter { $0 == $1 }.count
        total += gold.count
    }
    return Double(right) / Double(total)
}

if explore {
    for count in [1, 2, 3, 5] as [Int32] {
        for level in [16, 32, 64, 128, 1024] as [Float] {
            let (m, bytes) = model(minimumCount: count, levels: level)
            print("minimum count \(count), levels \(Int(level)): \(m.featureCount) features, \(bytes.count) bytes; "
                + "EWT dev \(percent(accuracy(m, ewtDev))), GUM test \(percent(accuracy(m, gumTest)))")
        }
    }
}

let (final, bytes) = model(minimumCount: minimumCount, levels: levels)
let base64 = Base64.encode(bytes)
var lines: [String] = []
var index = base64.startIndex
while index < base64.endIndex {
    let next = base64.index(index, offsetBy: 120, limitedBy: base64.endIndex) ?? base64.endIndex
    lines.append(String(base64[index..<next]))
    index = next
}
let source = """
// GENERATED by `swift run -c release communique-train-tagger` (Sources/TrainTagger) from
// ../shared/treebanks — do not edit; retrain instead.
//
// The part-of-speech tagger's weights: \(final.featureCount) features and \(final.dictionaryCount) words of
// the tag dictionary, \(bytes.count) bytes (see `TaggerModel.encoded()`), in base64.
//
// Trained on Universal Dependencies English Web Treebank (© 2013-2021 The Board of Trustees of
// The Leland Stanford Junior University, CC BY-SA 4.0; Silveira et al. 2014) and the GUM corpus
// (Georgetown University, annotations CC BY 4.0, Zeldes 2017; texts: Wikinews CC BY 2.5,
// Wikipedia and Wikivoyage CC BY-SA 3.0, academic authors CC BY 4.0).
// Because EWT is CC BY-SA, these weights (this file) are offered under CC BY-SA 4.0
// (https://creativecommons.org/licenses/by-sa/4.0/), not under the project's own licence.

enum TaggerWeights {
    static let base64 = \"\"\"
\(lines.joined(separator: "\n"))
\"\"\"
}

"""
guard let file = fopen(output, "w") else {
    Treebank.fail("cannot write \(output)")
}
fputs(source, file)
fclose(file)
print("wrote \(output): \(final.featureCount) features, \(final.dictionaryCount) dictionary words, \(bytes.count) bytes (\(source.utf8.count) as source)")

print("UPOS accuracy: EWT dev \(percent(accuracy(final, ewtDev))), EWT test \(percent(accuracy(final, ewtTest))), GUM test \(percent(accuracy(final, gumTest)))")
let joinedDev = ewtDev.filter { $0.joined != nil }
print("  with contractions joined (tagged as their first word), EWT dev sentences that have one: "
    + "\(percent(accuracy(final, joinedDev, joined: true))) (split: \(percent(accuracy(final, joinedDev))))")

// Sentences given with --tag, tagged by the new weights (UD tokens, split at spaces).
var probe = PartOfSpeechTagger(model: final)
for sentence in probes {
    let words = sentence.split(separator: " ").map(String.init)
    print(zip(words, probe.tag(words: words)).map { "\($0)/\($1.name)" }.joined(separator: " "))
}

// Speed: every evaluation sentence tagged by key, the cache warm, as the analysis will.
var tagger = PartOfSpeechTagger(model: final)
var keys: [String: Int32] = [:]
let keyed = (ewtDev + ewtTest + gumTest).map { sentence in
    (sentence.words, sentence.words.map { word in
        if let key = keys[word] { return key }
        keys[word] = Int32(keys.count)
        return Int32(keys.count - 1)
    })
}
var tags: [PartOfSpeech] = []
var cold = Double.infinity  // the best of three, each with a new tagger (the machine is shared)
for _ in 0..<3 {
    tagger = PartOfSpeechTagger(model: final)
    let coldStart = now()
    for (words, numbers) in keyed { tagger.tag(keys: numbers, text: { words[numbers.firstIndex(of: $0)!] }, into: &tags) }
    cold = min(cold, now() - coldStart)
}
let wordCount = keyed.reduce(0) { $0 + $1.1.count }
var best = Double.infinity
for _ in 0..<5 {
    let t0 = now()
    for (words, numbers) in keyed { tagger.tag(keys: numbers, text: { words[numbers.firstIndex(of: $0)!] }, into: &tags) }
    best = min(best, now() - t0)
}
let distinct = keys.keys.sorted()
let featuresStart = now()
for word in distinct { _ = TaggerFeatures.spelling(word, classes: final.ambiguityClass) }
let featureSeconds = now() - featuresStart
print("a new spelling: \(format2((cold - best) / Double(distinct.count) * 1e6)) µs to learn, of which its features \(format2(featureSeconds / Double(distinct.count) * 1e6)) µs")
func format2(_ value: Double) -> String { String(Double(Int(value * 100)) / 100) }
print("speed: \(Int(Double(wordCount) / best)) words/s with the cache warm, \(Int(Double(wordCount) / cold)) words/s "
    + "from an empty cache (\(wordCount) words, \(keys.count) distinct)")

#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import StatementKit

/// The treebanks beside the repository (`../shared/treebanks`), when they are there.
private let treebanks: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }  // the repository
    return path + "/../shared/treebanks"
}()
private let treebanksExist = access(treebanks + "/ewt/en_ewt-ud-dev.conllu", R_OK) == 0

private func words(_ sentence: String) -> [String] { sentence.split(separator: " ").map(String.init) }

@Suite("Part-of-speech tagger")
struct TaggerTests {
    /// Statement language, UD tokens. Each has a word a weaker tagger gets wrong: "urged"
    /// after a noun, "to" before a verb and before a noun, "called on", a modal, a name never
    /// seen ("Guterres" was a noun before the capitals of neighbours were features).
    @Test(arguments: [
        ("The minister urged the parties to return to talks .", "DET NOUN VERB DET NOUN PART VERB ADP NOUN PUNCT"),
        ("NATO called on the Taliban to reduce violence .", "PROPN VERB ADP DET PROPN PART VERB NOUN PUNCT"),
        ("The government has condemned the attack in the strongest terms .",
         "DET NOUN AUX VERB DET NOUN ADP DET ADJ NOUN PUNCT"),
        ("Minister Smith called for an immediate ceasefire .", "PROPN PROPN VERB ADP DET ADJ NOUN PUNCT"),
        ("The envoy , António Guterres , met Zelensky in Kyiv on Tuesday .",
         "DET NOUN PUNCT PROPN PROPN PUNCT VERB PROPN ADP PROPN ADP PROPN PUNCT"),
        ("“ We will not accept this , ” she said on Monday .",
         "PUNCT PRON AUX PART VERB PRON PUNCT PUNCT PRON VERB ADP PROPN PUNCT"),
        ("Both sides must respect the ceasefire agreed in March .",
         "DET NOUN AUX VERB DET NOUN VERB ADP PROPN PUNCT"),
        ("We do n't want another war .", "PRON AUX PART VERB DET NOUN PUNCT"),
    ])
    func tagsStatementSentences(_ sentence: String, _ expected: String) {
        var tagger = PartOfSpeechTagger()
        #expect(tagger.tag(words: words(sentence)).map(\.name).joined(separator: " ") == expected)
    }

    /// A contraction kept whole, as the analysis's tokenizer keeps it, takes its first part's tag.
    @Test(arguments: [
        ("We don't want another war .", "PRON AUX VERB DET NOUN PUNCT"),
        ("We don’t want another war .", "PRON AUX VERB DET NOUN PUNCT"),
        ("NATO's chief said it's time to act .", "PROPN NOUN VERB PRON NOUN PART VERB PUNCT"),
    ])
    func contractionsKeptWhole(_ sentence: String, _ expected: String) {
        var tagger = PartOfSpeechTagger()
        #expect(tagger.tag(words: words(sentence)).map(\.name).joined(separator: " ") == expected)
    }

    /// The per-spelling cache is only a cache: tags by key, tags by string, with the cache
    /// cold and warm, are what every feature looked up afresh gives.
    @Test func cachedAndUncachedTaggingAgree() {
        let sentences = [
            "The minister urged the parties to return to talks .",
            "Zorbulan officials said the flimflammery of the Qxtra Council must stop .",
            "He said : “ The parties to the talks must return , and return now . ”",
            "It 's 2021 ; 3,500 people ( mostly children ) were displaced , UNICEF said .",
            "talks",
            "",
        ].map(words)
        var byString = PartOfSpeechTagger()
        var byKey = PartOfSpeechTagger()
        var numbers: [String: Int32] = [:]
        var tags: [PartOfSpeech] = []
        for _ in 0..<2 {
            for sentence in sentences {
                let uncached = byString.tagUncached(words: sentence)
                #expect(byString.tag(words: sentence) == uncached)
                let keys = sentence.map { word in
                    if let key = numbers[word] { return key }
                    numbers[word] = Int32(numbers.count * 7)  // sparse, not dense
                    return numbers[word]!
                }
                byKey.tag(keys: keys, text: { key in sentence[keys.firstIndex(of: key)!] }, into: &tags)
                #expect(tags == uncached)
                #expect(byKey.tag(sentence.enumerated().map { TaggerWord(key: numbers[$0.element]!, text: $0.element) }) == uncached)
            }
        }
        #expect(byKey.cachedWords == numbers.count)
    }

    @Test func embeddedWeightsDecode() {
        let model = TaggerModel.embedded
        #expect(model.featureCount > 10_000)
        #expect(model.dictionaryCount > 100)
        let bytes = Base64.decode(TaggerWeights.base64)
        #expect(model.encoded() == bytes)
        #expect(Base64.encode(bytes).count >= TaggerWeights.base64.filter { !$0.isNewline }.count - 2)
        #expect(TaggerModel(decoding: Array(bytes.dropLast())) == nil)
    }

    /// UPOS accuracy on both treebank test sets, the figure the README gives and CI holds:
    /// at least 95% on EWT test and on GUM's test documents.
    @Test(.enabled(if: treebanksExist)) func accuracyOnTheTreebankTestSets() throws {
        let ewt = try #require(Self.sentences(in: treebanks + "/ewt/en_ewt-ud-test.conllu"))
        #expect(ewt.count > 2_000)
        #expect(Self.accuracy(on: ewt) >= 0.95)
        let split = try #require(Self.lines(of: treebanks + "/gum/split.tsv"))
        let testDocuments = split.map { $0.split(separator: "\t").map(String.init) }.filter { $0.count == 3 && $0[2] == "test" }.map { $0[0] }
        #expect(testDocuments.count == 8)
        var gum: [([String], [String])] = []
        for document in testDocuments { gum += try #require(Self.sentences(in: treebanks + "/gum/dep/\(document).conllu")) }
        #expect(Self.accuracy(on: gum) >= 0.95)
    }

    static func accuracy(on sentences: [([String], [String])]) -> Double {
        var tagger = PartOfSpeechTagger()
        var right = 0, total = 0
        for (words, gold) in sentences {
            right += zip(tagger.tag(words: words).map(\.name), gold).filter { $0 == $1 }.count
            total += gold.count
        }
        return Double(right) / Double(max(1, total))
    }

    /// The sentences of a CoNLL-U file as words and gold UPOS, without range lines and empty nodes.
    static func sentences(in path: String) -> [([String], [String])]? {
        guard let lines = lines(of: path) else { return nil }
        var sentences: [([String], [String])] = []
        var words: [String] = [], gold: [String] = []
        for text in lines + [""] {
            if text.isEmpty {
                if !words.isEmpty { sentences.append((words, gold)) }
                words = []
                gold = []
                continue
            }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard !text.hasPrefix("#"), fields.count > 3, !fields[0].contains("-"), !fields[0].contains(".") else { continue }
            words.append(String(fields[1]))
            gold.append(String(fields[3]))
        }
        return sentences
    }

    static func lines(of path: String) -> [String]? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var lines: [String] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&line, &capacity, file) > 0 { lines.append(String(cString: line!).trimmingSuffix("\n")) }
        free(line)
        return lines
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}

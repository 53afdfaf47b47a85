import Foundation
import Testing
@testable import StatementKit

/// The word lists live once each, free of repeats, and hold what their names say.
@Suite("Lexicon")
struct LexiconTests {
    @Test func noListRepeatsAWord() {
        for (name, words) in Lexicon.lists {
            var seen = Set<String>()
            let repeated = words.filter { !seen.insert($0).inserted }
            #expect(repeated.isEmpty, "\(name) repeats \(repeated)")
        }
    }

    /// Two flags on one bit would make every word with one of them carry both: the flags are
    /// declared in one file, read here for their bits.
    @Test func noTwoWordFlagsShareABit() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/StatementKit/Words/WordFlags.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        let bits = text.matches(of: /rawValue: 1 << (\d+)\)/).map { String($0.1) }
        #expect(bits.count > 50)
        var seen = Set<String>()
        let shared = bits.filter { !seen.insert($0).inserted }
        #expect(shared.isEmpty, "bits used twice: \(shared)")
    }

    @Test func everyListIsNamedOnce() {
        let names = Lexicon.lists.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func wordsAreLowercaseAndTrimmed() {
        for (name, words) in Lexicon.lists {
            for word in words {
                #expect(word == word.lowercased() && !word.hasPrefix(" ") && !word.hasSuffix(" "), "\(name): \(word)")
            }
        }
    }

    /// The tagger reads the lists' words as the treebanks do: a list named for one part of
    /// speech holds words that can be it.
    /// (UD calls "its", "their" pronouns and "one" a numeral; all of them determine a noun.)
    @Test(arguments: [
        ("prepositions", PartOfSpeech.adposition, [PartOfSpeech.adposition]),
        ("determiners", PartOfSpeech.determiner, [PartOfSpeech.determiner, .pronoun, .numeral]),
    ])
    func aListHoldsWhatItsNameSays(_ name: String, _ tag: PartOfSpeech, _ accepted: [PartOfSpeech]) throws {
        let words = try #require(Lexicon.lists.first { $0.name == name }?.words)
        var tagger = PartOfSpeechTagger()
        for word in words {
            // Each word in a frame where its part of speech is the usual one.
            let sentence = tag == .adposition ? ["They", "met", word, "the", "house", "."] : ["They", "saw", word, "house", "."]
            #expect(accepted.contains(tagger.tag(words: sentence)[2]), "\(name) holds \(word)")
        }
    }
}

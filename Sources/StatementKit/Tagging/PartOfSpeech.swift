/// A Universal Dependencies part of speech (UPOS, https://universaldependencies.org/u/pos/):
/// the seventeen tags the tagger gives, in the order of their raw values.
public enum PartOfSpeech: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case adjective          // ADJ
    case adposition         // ADP
    case adverb             // ADV
    case auxiliary          // AUX
    case coordinatingConjunction  // CCONJ
    case determiner         // DET
    case interjection       // INTJ
    case noun               // NOUN
    case numeral            // NUM
    case particle           // PART
    case pronoun            // PRON
    case properNoun         // PROPN
    case punctuation        // PUNCT
    case subordinatingConjunction  // SCONJ
    case symbol             // SYM
    case verb               // VERB
    case other              // X

    /// How many tags there are (the length of a score vector).
    public static let count = 17

    /// The UPOS name, as in CoNLL-U files: `NOUN`, `PROPN`, `PUNCT`.
    public var name: String { Self.names[Int(rawValue)] }
    public var description: String { name }

    /// The tag named so in CoNLL-U (`nil` for anything else, such as `_`).
    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]
}

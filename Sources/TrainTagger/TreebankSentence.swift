import StatementKit

/// A sentence of a CoNLL-U treebank: its words (syntactic words: `do` `n't`) with their
/// UPOS tags, and the same sentence with each multi-word token joined (`don't`) and tagged as
/// its first word, when it has any.
struct TreebankSentence {
    var words: [String]
    var tags: [PartOfSpeech]
    var joined: (words: [String], tags: [PartOfSpeech])?
}

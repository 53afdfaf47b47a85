/// The tagging stage of the analysis: each sentence of the paragraph being read is tagged the
/// first time a rule asks for a tag in it, and kept until the next paragraph.
///
/// Lazy because the rules ask for tags in few places (a subject's end, a coordinated action,
/// a quoted imperative): tagging every sentence doubled the analysis's time. A reference type,
/// so that a paragraph read as a value can still fill its tags when asked.
final class SentenceTagging {
    private var tagger = PartOfSpeechTagger()
    private var vocabulary = Vocabulary()
    private var generation = 0
    private var tokens: [Token] = []
    private var sentences: [Range<Int>] = []
    /// Each token's tag; meaningful only where `tagged` holds its sentence.
    private var tags: [PartOfSpeech] = []
    private var tagged: [Bool] = []
    private var sentenceTags: [PartOfSpeech] = []
    /// How many sentences were tagged, and how many were read: the benchmark's figures.
    private(set) var taggedSentences = 0
    private(set) var readSentences = 0

    /// Starts a paragraph: its tokens and sentences, read with `vocabulary`.
    func start(tokens: [Token], sentences: [Range<Int>], vocabulary: Vocabulary) {
        if vocabulary.generation != generation {
            // The vocabulary numbered its spellings anew; the tagger's cache is keyed by them.
            tagger.forgetWords()
            generation = vocabulary.generation
        }
        self.vocabulary = vocabulary
        self.tokens = tokens
        self.sentences = sentences
        tags.removeAll(keepingCapacity: true)
        tags.append(contentsOf: repeatElement(.other, count: tokens.count))
        tagged.removeAll(keepingCapacity: true)
        tagged.append(contentsOf: repeatElement(false, count: sentences.count))
        readSentences += sentences.count
    }

    /// The tag of token `position` of the paragraph, tagging its sentence first if needed.
    func tag(_ position: Int, sentence: Int) -> PartOfSpeech {
        if !tagged[sentence] {
            let range = sentences[sentence]
            let vocabulary = self.vocabulary
            tagger.tag(keys: tokens[range].lazy.map(\.spelling), text: { vocabulary.text(spelling: $0) }, into: &sentenceTags)
            for (offset, tag) in sentenceTags.enumerated() { tags[range.lowerBound + offset] = tag }
            tagged[sentence] = true
            taggedSentences += 1
        }
        return tags[position]
    }
}

/// The tagging stage of the analysis: each sentence of the paragraph being read is tagged the
/// first time a rule asks for a tag in it, and kept until the next paragraph.
///
/// Lazy because the rules ask for tags in few places (a subject's end, a coordinated action,
/// a quoted imperative): tagging every sentence doubled the analysis's time. A reference type,
/// so that a paragraph read as a value can still fill its tags when asked.
final class SentenceTagging {
    /// Made when a rule first asks for a tag: a statement no rule asks about never decodes the
    /// weights, which would stand on the reader's way to its first screen. An optional used in
    /// place (`tagger!.tag`), not a `lazy var`, whose every use copied the tagger out and back.
    private var tagger: PartOfSpeechTagger?
    /// The paragraph's vocabulary, held only while the paragraph is read: kept longer, it
    /// would make the next paragraph's words copy the whole vocabulary (and the token list).
    private var vocabulary: Vocabulary?
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
            tagger?.forgetWords()
            generation = vocabulary.generation
        }
        self.vocabulary = vocabulary
        self.tokens = tokens
        self.sentences = sentences
        // Filled when the paragraph's first tag is asked for: most paragraphs never are.
        tags.removeAll(keepingCapacity: true)
        tagged.removeAll(keepingCapacity: true)
        readSentences += sentences.count
    }

    /// Lets go of the paragraph's lists and vocabulary, so that the next paragraph refills
    /// them in place.
    func finish() {
        vocabulary = nil
        tokens = []
        sentences = []
    }

    /// The tag of token `position` of the paragraph, tagging its sentence first if needed.
    func tag(_ position: Int, sentence: Int) -> PartOfSpeech {
        if tagged.isEmpty {
            tags.append(contentsOf: repeatElement(.other, count: tokens.count))
            tagged.append(contentsOf: repeatElement(false, count: sentences.count))
        }
        if !tagged[sentence], let vocabulary {
            let range = sentences[sentence]
            if tagger == nil { tagger = PartOfSpeechTagger() }
            tagger!.tag(keys: tokens[range].lazy.map(\.spelling), text: { vocabulary.text(spelling: $0) }, into: &sentenceTags)
            for (offset, tag) in sentenceTags.enumerated() { tags[range.lowerBound + offset] = tag }
            tagged[sentence] = true
            taggedSentences += 1
        }
        return tags[position]
    }
}

/// The first stages on their own, for the benchmark's per-stage figures.
public enum AnalysisStages {
    /// Tokens, sentences and quotes of every paragraph of `text`; returns how many tokens
    /// there were.
    public static func scanAll(_ text: String) -> Int {
        var scanner = QuoteScanner()
        var vocabulary = Vocabulary()
        var buffers = ParagraphText.Buffers()
        var count = 0
        // As the analysis reads them: buffers handed on, the vocabulary bounded.
        Analyzer.forEachParagraph(of: text, places: ParagraphSegmenter.places(in: text)) { index, span, source, utf8, _ in
            vocabulary.startParagraph()
            let paragraph = ParagraphText(index: index, offset: span.start, length: span.end - span.start, source: source,
                                          utf8: utf8, scanner: &scanner, vocabulary: &vocabulary, reusing: &buffers)
            count += paragraph.tokens.count
            buffers = paragraph.buffers
        }
        return count
    }

    /// The same, with every sentence tagged: what the tagger would cost if the rules asked
    /// for every tag. Returns how many tokens there were.
    public static func scanAndTagAll(_ text: String) -> Int {
        var scanner = QuoteScanner()
        var vocabulary = Vocabulary()
        var buffers = ParagraphText.Buffers()
        let tagging = SentenceTagging()
        var count = 0
        Analyzer.forEachParagraph(of: text, places: ParagraphSegmenter.places(in: text)) { index, span, source, utf8, _ in
            vocabulary.startParagraph()
            let paragraph = ParagraphText(index: index, offset: span.start, length: span.end - span.start, source: source,
                                          utf8: utf8, scanner: &scanner, vocabulary: &vocabulary, reusing: &buffers)
            tagging.start(tokens: paragraph.tokens, sentences: paragraph.sentences, vocabulary: vocabulary)
            for (number, sentence) in paragraph.sentences.enumerated() where !sentence.isEmpty {
                _ = tagging.tag(sentence.lowerBound, sentence: number)
            }
            tagging.finish()
            count += paragraph.tokens.count
            buffers = paragraph.buffers
        }
        return count
    }

    /// How many of the statement's sentences the analysis tagged, of how many.
    public static func taggedSentences(_ text: String) -> (tagged: Int, sentences: Int) {
        var reading = Reading()
        _ = reading.run(source: "", text: text, progress: { _ in })
        return (reading.tagging.taggedSentences, reading.tagging.readSentences)
    }
}

/// The first stages on their own, for the benchmark's per-stage figures.
public enum AnalysisStages {
    /// Tokens, sentences and quotes of every paragraph; returns how many tokens there were.
    public static func scanAll(_ scalars: [Unicode.Scalar]) -> Int {
        var scanner = QuoteScanner()
        var vocabulary = Vocabulary()
        var count = 0
        for (index, span) in ParagraphSegmenter.paragraphs(in: scalars).enumerated() {
            let paragraph = ParagraphText(index: index, offset: span.start, scalars: scalars[span.start..<span.end], source: nil, scanner: &scanner, vocabulary: &vocabulary)
            count += paragraph.tokens.count
        }
        return count
    }
}

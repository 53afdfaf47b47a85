@testable import StatementKit

/// Analyses a text the way the command line does.
func analyze(_ text: String) -> Document {
    Analyzer.analyze(text, source: "test")
}

/// The paragraph texts of a text, for segmenter tests.
func paragraphTexts(_ text: String) -> [String] {
    analyze(text).paragraphs.map { String($0.text) }
}

/// The tokens of one line with their texts, as a test sees them.
func tokens(_ text: String) -> [(kind: Token.Kind, text: String)] {
    var vocabulary = Vocabulary()
    return Tokenizer.tokens(in: text, vocabulary: &vocabulary).map { ($0.kind, vocabulary.text(of: $0)) }
}

/// The first paragraph of a text, read as the analysis reads it (tokens, sentences, quotes).
func firstParagraph(_ text: String) -> ParagraphText {
    var scanner = QuoteScanner()
    var vocabulary = Vocabulary()
    var buffers = ParagraphText.Buffers()
    var paragraph: ParagraphText?
    Analyzer.forEachParagraph(of: text, places: ParagraphSegmenter.places(in: text).prefix(1)) { index, span, source, utf8, _ in
        paragraph = ParagraphText(index: index, offset: span.start, length: span.end - span.start, source: source, utf8: utf8,
                                  scanner: &scanner, vocabulary: &vocabulary, reusing: &buffers)
    }
    return paragraph!
}

/// The sentences of one paragraph, as text.
func sentences(_ text: String) -> [String] {
    let document = analyze(text)
    guard let paragraph = document.paragraphs.first else { return [] }
    let scalars = Array(document.text.unicodeScalars)
    return document.sentences(inParagraph: paragraph.index).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
}

extension Document {
    /// `(text, speaker)` of every quote, in reading order.
    var attributed: [(String, String?)] { quotes.map { (String($0.text), $0.speaker) } }

    func speaker(named name: String) -> Speaker? { speakers.first { $0.name == name } }
}

extension Document {
    /// The text of a span of the document.
    func text(of span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        return String(String.UnicodeScalarView(scalars[start..<scalars.index(start, offsetBy: span.end - span.start)]))
    }
}

import StatementKit

/// What the statement pane paints, taken from the document and the reader's filter.
///
/// Found a paragraph at a time, when the paragraph is measured or drawn: the `[Speaker]` tag
/// of each quote, the cue and action of each call, and the speakers' names where they occur.
/// Found for the whole statement up front, they took a tenth of the reader's memory on a long
/// one and most of the time to bring its analysis in; a paragraph's take microseconds.
public struct Highlights: Equatable, Sendable {
    public struct QuoteMark: Equatable, Sendable {
        public var span: TextSpan
        public var tag: String?
        /// A quoted term, painted apart from speech and never tagged.
        public var isTerm: Bool
    }
    public struct CallMark: Equatable, Sendable {
        public var cue: TextSpan
        public var action: TextSpan
        public var strength: CallToAction.Strength
    }

    let document: Document
    let scalars: StatementScalars
    /// Speakers' names and aliases by their first word, longest first, so that a paragraph is
    /// read once and only the names that begin with a word found there are tried.
    let names: [String: [[Unicode.Scalar]]]
    /// Each speaker's tag (`Hutchison` for `Kay Bailey Hutchison`), worked out once rather than
    /// for every quote measured or drawn.
    let tags: [String: String]
    var annotationsByParagraph: [Int: [(span: TextSpan, colour: Int)]] = [:]

    public static func == (lhs: Highlights, rhs: Highlights) -> Bool {
        lhs.document.quotes == rhs.document.quotes && lhs.document.callsToAction == rhs.document.callsToAction
            && lhs.names == rhs.names
            && lhs.annotationsByParagraph.mapValues { $0.map(\.span) } == rhs.annotationsByParagraph.mapValues { $0.map(\.span) }
    }

    /// What never changes while reading: quotes, calls, names, and the annotations. The current
    /// quote and the speaker filter are painted over it at render time, so moving between quotes
    /// never re-wraps the statement.
    public init(document: Document, scalars: StatementScalars, annotations: [Annotation] = []) {
        self.document = document
        self.scalars = scalars
        annotationsByParagraph = Self.marks(of: annotations, in: document.paragraphs)
        var names: [String: [[Unicode.Scalar]]] = [:]
        for name in document.speakers.flatMap({ [$0.name] + $0.aliases }) where name.unicodeScalars.count >= 3 {
            let first = String(name.prefix { $0.isLetter || $0.isNumber })
            guard !first.isEmpty else { continue }
            names[first, default: []].append(Array(name.unicodeScalars))
        }
        for key in names.keys { names[key]!.sort { $0.count > $1.count } }
        self.names = names
        tags = Dictionary(document.speakers.map { ($0.name, Self.shortName($0.name)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The same highlights with other annotations: what changes when a note is made or deleted,
    /// without finding the quotes, calls and names again.
    public func replacingAnnotations(_ annotations: [Annotation], in document: Document) -> Highlights {
        var highlights = self
        highlights.annotationsByParagraph = Self.marks(of: annotations, in: document.paragraphs)
        return highlights
    }

    static func marks(of annotations: [Annotation], in paragraphs: [Paragraph]) -> [Int: [(span: TextSpan, colour: Int)]] {
        var marks: [Int: [(span: TextSpan, colour: Int)]] = [:]
        for annotation in annotations where annotation.state != .orphaned {
            var index = Bisection.firstIndex(in: paragraphs.count) { paragraphs[$0].span.end > annotation.anchor.span.start }
            while index < paragraphs.count, paragraphs[index].span.start < max(annotation.anchor.span.end, annotation.anchor.span.start + 1) {
                if paragraphs[index].span.overlaps(annotation.anchor.span) {
                    marks[index, default: []].append((annotation.anchor.span, annotation.colour))
                }
                index += 1
            }
        }
        return marks
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The paragraph's quotes, each with the tag to show after it: none on a piece of a
    /// quotation that goes on in the next paragraph (the tag goes on its last piece), and none
    /// where the text names the speaker right after the quote ("…,” Khalilzad said), and none
    /// on a term, which nobody says.
    func quotes(in paragraph: Paragraph) -> [QuoteMark] {
        let quotes = document.quotes
        var marks: [QuoteMark] = []
        for index in document.quotes(inParagraph: paragraph.index).indices {
            let quote = quotes[index]
            let continues = index + 1 < quotes.count && quotes[index + 1].paragraph == quote.paragraph + 1
                && quotes[index + 1].speaker == quote.speaker && isOpenAtEnd(quote, in: paragraph)
            var tag = continues || quote.kind == .term ? nil : quote.speaker.map { tags[$0] ?? Self.shortName($0) }
            if let name = tag {
                let after = TextSpan(start: quote.span.end, end: min(quote.span.end + 40, paragraph.span.end))
                if Self.find(name, in: after, scalars: scalars) != nil { tag = nil }
            }
            marks.append(QuoteMark(span: quote.span, tag: tag, isTerm: quote.kind == .term))
        }
        return marks
    }

    /// The cue and the action of each of the paragraph's calls, found in its words.
    func calls(in paragraph: Paragraph) -> [CallMark] {
        document.callsToAction(inParagraph: paragraph.index).map { call in
            let cue = Self.find(call.cue, in: call.span, scalars: scalars) ?? TextSpan(start: call.span.start, end: call.span.start)
            let action = Self.find(call.action, in: call.span, scalars: scalars) ?? call.span
            return CallMark(cue: cue, action: action, strength: call.strength)
        }
    }

    /// Where the speakers' names and aliases occur in the paragraph: read once, a word at a
    /// time; only a capitalised word is gathered and looked up (lowercase words, most of them,
    /// never begin a name).
    func mentions(in paragraph: Paragraph) -> [TextSpan] {
        guard !names.isEmpty else { return [] }
        var mentions: [TextSpan] = []
        let span = paragraph.span
        var offset = span.start
        var wordStart: Int? = nil
        var word = String.UnicodeScalarView()
        func endWord() {
            guard let start = wordStart else { return }
            wordStart = nil
            guard let candidates = names[String(word)] else { return }
            for pattern in candidates where start + pattern.count <= span.end && scalars.matches(pattern, at: start) {
                mentions.append(TextSpan(start: start, end: start + pattern.count))
                break
            }
        }
        var inWord = false
        for scalar in scalars[span.start..<span.end] {
            defer { offset += 1 }
            guard Self.isWordScalar(scalar) else {
                endWord()
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                if !(scalar.value < 0x80 && scalar.value &- 0x61 < 26) {
                    wordStart = offset
                    word.removeAll(keepingCapacity: true)
                }
            }
            if wordStart != nil { word.append(scalar) }
        }
        endWord()
        return mentions
    }

    func annotations(in paragraph: Paragraph) -> [(span: TextSpan, colour: Int)] { annotationsByParagraph[paragraph.index] ?? [] }

    /// `Kay Bailey Hutchison` → `Hutchison`: the tag after a quote stays short.
    static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, words.allSatisfy({ $0.first?.isUppercase == true }) else { return name }
        return String(words.last!)
    }

    func isOpenAtEnd(_ quote: Quote, in paragraph: Paragraph) -> Bool {
        var end = quote.span.end
        while end < paragraph.span.end, scalars[end].properties.isWhitespace { end += 1 }
        return end >= paragraph.span.end
    }

    /// Where `needle` occurs inside `range` of the text, matched scalar by scalar.
    static func find(_ needle: some StringProtocol, in range: TextSpan, scalars: StatementScalars) -> TextSpan? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, range.length >= pattern.count else { return nil }
        var start = range.start
        for scalar in scalars[range.start..<(range.end - pattern.count + 1)] {
            if scalar == pattern[0], scalars.matches(pattern, at: start) { return TextSpan(start: start, end: start + pattern.count) }
            start += 1
        }
        return nil
    }
}

import StatementKit

/// The statement wrapped to a width: every screen line of every paragraph, with the roles of
/// its cells and the source offset of each, so that search, resize and mouse clicks can map a
/// cell back to the text. Built once per width and filter, and kept in the state.
public struct StatementLayout: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var paragraph: Int
        public var cells: [Cell]
        /// Scalar offset in the document of each cell; -1 for a `[Speaker]` tag.
        public var offsets: [Int]
        /// Offset of the line's first character, for keeping the place across a resize.
        public var start: Int
        /// A blank line between paragraphs.
        public var isSeparator: Bool
    }

    public let width: Int
    public let lines: [Line]
    /// Index of each paragraph's first line.
    public let firstLine: [Int]

    /// Wraps `document` to `width` columns. `dimmedSpeaker`: quotes not by this speaker are dim.
    public init(document: Document, scalars: [Unicode.Scalar], width: Int, highlights: Highlights) {
        self.width = max(1, width)
        var lines: [Line] = []
        var firstLine: [Int] = []
        for paragraph in document.paragraphs {
            if paragraph.index > 0 {
                lines.append(Line(paragraph: paragraph.index - 1, cells: [], offsets: [], start: paragraph.span.start, isSeparator: true))
            }
            firstLine.append(lines.count)
            let (cells, offsets) = Self.cells(of: paragraph, scalars: scalars, highlights: highlights)
            for range in Self.wrap(cells, width: self.width) {
                let start = offsets[range].first(where: { $0 >= 0 }) ?? paragraph.span.start
                lines.append(Line(paragraph: paragraph.index, cells: Array(cells[range]), offsets: Array(offsets[range]), start: start, isSeparator: false))
            }
            if cells.isEmpty {
                lines.append(Line(paragraph: paragraph.index, cells: [], offsets: [], start: paragraph.span.start, isSeparator: false))
            }
        }
        self.lines = lines
        self.firstLine = firstLine
    }

    /// The line that holds source offset `offset` (the first line at or after it).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = lines.count - 1, best = 0
        while low <= high {
            let middle = (low + high) / 2
            if lines[middle].start <= offset { best = middle; low = middle + 1 } else { high = middle - 1 }
        }
        return best
    }

    /// The paragraph's cells: text painted by role, a dim `[Speaker]` tag after each quote.
    private static func cells(of paragraph: Paragraph, scalars: [Unicode.Scalar], highlights: Highlights) -> ([Cell], [Int]) {
        var cells: [Cell] = []
        var offsets: [Int] = []
        let span = paragraph.span
        var roles = [Role](repeating: .text, count: span.length)
        func paint(_ range: TextSpan, _ role: Role) {
            for offset in max(range.start, span.start)..<min(range.end, span.end) { roles[offset - span.start] = role }
        }
        for mention in highlights.mentions(in: paragraph) { paint(mention, .speaker) }
        for call in highlights.calls(in: paragraph) {
            paint(call.action, .callToAction)
            paint(call.cue, .cue)
        }
        var tags: [Int: String] = [:]
        for quote in highlights.quotes(in: paragraph) {
            paint(quote.span, .quote)
        }
        for mark in highlights.annotations(in: paragraph) { paint(mark.span, .highlight(mark.colour)) }
        for quote in highlights.quotes(in: paragraph) {
            if let speaker = quote.tag {
                // After the closing mark, if there is one right behind the quoted words.
                var end = quote.span.end
                while end < span.end, end - quote.span.end < 2, isClosingMark(scalars[end]) { end += 1 }
                tags[end] = speaker
            }
        }
        var column = 0
        var offset = span.start
        while offset <= span.end {
            if let speaker = tags[offset] {
                for cell in Cell.cells(of: " [\(speaker)]", role: .speakerTag, startColumn: column) {
                    cells.append(cell)
                    offsets.append(-1)
                    column += cell.width
                }
            }
            guard offset < span.end else { break }
            let scalar = scalars[offset]
            // A combining mark joins the cell before it, as curses stacks it in one cchar_t.
            if DisplayWidth.of(scalar) == 0, let last = cells.last, last.width > 0, offsets.last ?? -1 >= 0,
               last.text.unicodeScalars.count < 5
            {
                cells[cells.count - 1].text.unicodeScalars.append(scalar)
                offset += 1
                continue
            }
            // Printable ASCII, most of any statement, becomes a cell directly.
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                cells.append(Cell(text: String(Character(scalar)), width: 1, role: roles[offset - span.start]))
                offsets.append(offset)
                column += 1
                offset += 1
                continue
            }
            // Line breaks inside a paragraph are spaces on screen; the paragraph wraps anew.
            let text = scalar == "\n" || scalar == "\r" ? " " : String(scalar)
            for cell in Cell.cells(of: text, role: roles[offset - span.start], startColumn: column) {
                cells.append(cell)
                offsets.append(offset)
                column += cell.width
            }
            offset += 1
        }
        return (cells, offsets)
    }

    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        "”\"’'»›」』".unicodeScalars.contains(scalar)
    }

    /// Word wrap by display width: break after a space where possible, else inside a word.
    static func wrap(_ cells: [Cell], width: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < cells.count {
            // Leading spaces of a continuation line are dropped.
            if !ranges.isEmpty { while start < cells.count, cells[start].text == " " { start += 1 } }
            guard start < cells.count else { break }
            var columns = 0
            var end = start
            var lastBreak: Int? = nil
            while end < cells.count, columns + cells[end].width <= width {
                columns += cells[end].width
                if cells[end].text == " " { lastBreak = end + 1 }
                end += 1
            }
            if end < cells.count, let lastBreak, lastBreak > start { end = lastBreak }
            if end == start { end = start + 1 }  // a glyph wider than the line
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}

/// What the statement pane paints, taken from the document and the reader's filter.
public struct Highlights: Equatable, Sendable {
    public struct QuoteMark: Equatable, Sendable {
        public var span: TextSpan
        public var tag: String?
    }
    public struct CallMark: Equatable, Sendable {
        public var cue: TextSpan
        public var action: TextSpan
    }

    var quotesByParagraph: [Int: [QuoteMark]] = [:]
    var callsByParagraph: [Int: [CallMark]] = [:]
    var mentionsByParagraph: [Int: [TextSpan]] = [:]
    var annotationsByParagraph: [Int: [(span: TextSpan, colour: Int)]] = [:]

    public static func == (lhs: Highlights, rhs: Highlights) -> Bool {
        lhs.quotesByParagraph == rhs.quotesByParagraph && lhs.callsByParagraph == rhs.callsByParagraph
            && lhs.mentionsByParagraph == rhs.mentionsByParagraph
            && lhs.annotationsByParagraph.mapValues { $0.map(\.span) } == rhs.annotationsByParagraph.mapValues { $0.map(\.span) }
    }

    /// What never changes while reading: quotes, calls, names, and the annotations. The current
    /// quote and the speaker filter are painted over it at render time, so moving between quotes
    /// never re-wraps the statement.
    public init(document: Document, scalars: [Unicode.Scalar], annotations: [Annotation] = []) {
        for annotation in annotations where annotation.state != .orphaned {
            for paragraph in document.paragraphs where paragraph.span.overlaps(annotation.anchor.span) {
                annotationsByParagraph[paragraph.index, default: []].append((annotation.anchor.span, annotation.colour))
            }
        }
        for (index, quote) in document.quotes.enumerated() {
            // The tag goes on the last piece of a quotation that runs over paragraphs.
            let continues = index + 1 < document.quotes.count && document.quotes[index + 1].paragraph == quote.paragraph + 1
                && document.quotes[index + 1].speaker == quote.speaker && Self.isOpenAtEnd(quote, document: document, scalars: scalars)
            var tag = continues ? nil : quote.speaker.map(Self.shortName)
            // No tag where the text names the speaker right after the quote ("…,” Khalilzad said).
            if let name = tag {
                let after = TextSpan(start: quote.span.end, end: min(quote.span.end + 40, document.paragraphs[quote.paragraph].span.end))
                if Self.find(name, in: after, scalars: scalars) != nil { tag = nil }
            }
            quotesByParagraph[quote.paragraph, default: []].append(QuoteMark(span: quote.span, tag: tag))
        }
        for call in document.callsToAction {
            let cue = Self.find(call.cue, in: call.span, scalars: scalars) ?? TextSpan(start: call.span.start, end: call.span.start)
            let action = Self.find(call.action, in: call.span, scalars: scalars) ?? call.span
            callsByParagraph[call.paragraph, default: []].append(CallMark(cue: cue, action: action))
        }
        // Speakers' names and aliases where they occur: one pass over each paragraph, trying
        // only the names that begin with the word found there.
        var byFirstWord: [String: [[Unicode.Scalar]]] = [:]
        for name in document.speakers.flatMap({ [$0.name] + $0.aliases }) where name.unicodeScalars.count >= 3 {
            let first = String(name.prefix { $0.isLetter || $0.isNumber })
            guard !first.isEmpty else { continue }
            byFirstWord[first, default: []].append(Array(name.unicodeScalars))
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.count > $1.count } }
        for paragraph in document.paragraphs {
            var offset = paragraph.span.start
            var found: [TextSpan] = []
            while offset < paragraph.span.end {
                guard Self.isWordScalar(scalars[offset]), offset == paragraph.span.start || !Self.isWordScalar(scalars[offset - 1]) else {
                    offset += 1
                    continue
                }
                var end = offset
                while end < paragraph.span.end, Self.isWordScalar(scalars[end]) { end += 1 }
                // Names begin with a capital: lowercase words (most of them) are never looked up.
                if !(scalars[offset].value < 0x80 && scalars[offset].value &- 0x61 < 26),
                   let candidates = byFirstWord[String(scalars: scalars[offset..<end])] {
                    for pattern in candidates where offset + pattern.count <= paragraph.span.end
                        && scalars[offset..<(offset + pattern.count)].elementsEqual(pattern)
                    {
                        found.append(TextSpan(start: offset, end: offset + pattern.count))
                        break
                    }
                }
                offset = end
            }
            if !found.isEmpty { mentionsByParagraph[paragraph.index] = found }
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    func quotes(in paragraph: Paragraph) -> [QuoteMark] { quotesByParagraph[paragraph.index] ?? [] }
    func calls(in paragraph: Paragraph) -> [CallMark] { callsByParagraph[paragraph.index] ?? [] }
    func mentions(in paragraph: Paragraph) -> [TextSpan] { mentionsByParagraph[paragraph.index] ?? [] }
    func annotations(in paragraph: Paragraph) -> [(span: TextSpan, colour: Int)] { annotationsByParagraph[paragraph.index] ?? [] }

    /// `Kay Bailey Hutchison` → `Hutchison`: the tag after a quote stays short.
    static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, words.allSatisfy({ $0.first?.isUppercase == true }) else { return name }
        return String(words.last!)
    }

    static func isOpenAtEnd(_ quote: Quote, document: Document, scalars: [Unicode.Scalar]) -> Bool {
        let paragraph = document.paragraphs[quote.paragraph]
        var end = quote.span.end
        while end < paragraph.span.end, scalars[end].properties.isWhitespace { end += 1 }
        return end >= paragraph.span.end
    }

    /// Where `needle` occurs inside `range` of the text, matched scalar by scalar.
    static func find(_ needle: some StringProtocol, in range: TextSpan, scalars: [Unicode.Scalar]) -> TextSpan? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, range.length >= pattern.count else { return nil }
        var start = range.start
        while start + pattern.count <= range.end {
            if scalars[start] == pattern[0] {
                var matched = true
                for k in 1..<pattern.count where scalars[start + k] != pattern[k] { matched = false; break }
                if matched { return TextSpan(start: start, end: start + pattern.count) }
            }
            start += 1
        }
        return nil
    }
}

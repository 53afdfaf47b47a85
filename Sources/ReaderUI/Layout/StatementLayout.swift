import Synchronization
import StatementKit

/// The statement wrapped to a width: every screen line of every paragraph, with the roles of
/// its cells and the source offset of each, so that search, resize and mouse clicks can map a
/// cell back to the text. Built once per width and set of highlights, and kept in the state.
///
/// Only where each line starts is computed up front, in a pass that measures widths without
/// making cells; a line's cells are made when it is looked at, from its paragraph's cells, which
/// are cached for the paragraphs last shown. Wrapping a long statement whole, cells and all, took
/// most of a second and forty bytes a character before its first screen.
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

    /// Where one line of text lies: its range of its paragraph's cells and the offset it starts
    /// at. Twelve bytes a line, and only lines of text have one: a long statement has millions
    /// of lines, so a line's paragraph is found from `firstLine` and the blank line between two
    /// paragraphs is implied (every paragraph but the last is followed by one).
    struct LineRecord: Equatable, Sendable {
        private var firstCell: Int32
        private var endCell: Int32
        private var startOffset: UInt32

        init(cells: Range<Int32>, start: Int) {
            firstCell = cells.lowerBound
            endCell = cells.upperBound
            startOffset = UInt32(truncatingIfNeeded: start)
        }

        var cells: Range<Int32> { firstCell..<endCell }
        var start: Int { Int(startOffset) }
    }

    /// Each paragraph's first line, as line numbers of the layout.
    public struct FirstLines: RandomAccessCollection, Equatable, Sendable {
        let values: [UInt32]
        public var startIndex: Int { 0 }
        public var endIndex: Int { values.count }
        public subscript(paragraph: Int) -> Int { Int(values[paragraph]) }
    }

    /// The lines, each made when it is read.
    public struct Lines: RandomAccessCollection, Sendable {
        let records: [LineRecord]
        let firstLine: FirstLines
        let source: ParagraphCells

        public var startIndex: Int { 0 }
        /// The lines of text and a blank line between each two paragraphs.
        public var endIndex: Int { records.count + Swift.max(0, firstLine.count - 1) }

        /// The paragraph that line `index` belongs to (a blank line, to the paragraph above it).
        func paragraph(of index: Int) -> Int {
            Bisection.firstIndex(in: firstLine.count) { firstLine[$0] > index } - 1
        }

        func isSeparator(_ index: Int, paragraph: Int) -> Bool {
            paragraph + 1 < firstLine.count && index == firstLine[paragraph + 1] - 1
        }

        /// Line `index` of text in paragraph `paragraph`: every paragraph before it left a
        /// blank line.
        func record(_ index: Int, paragraph: Int) -> LineRecord { records[index - paragraph] }

        func start(of index: Int) -> Int {
            let paragraph = paragraph(of: index)
            if isSeparator(index, paragraph: paragraph) { return source.document.paragraphs[paragraph + 1].span.start }
            return record(index, paragraph: paragraph).start
        }

        public subscript(index: Int) -> Line {
            let paragraph = paragraph(of: index)
            if isSeparator(index, paragraph: paragraph) {
                return Line(paragraph: paragraph, cells: [], offsets: [], start: source.document.paragraphs[paragraph + 1].span.start,
                            isSeparator: true)
            }
            let record = record(index, paragraph: paragraph)
            guard !record.cells.isEmpty else {
                return Line(paragraph: paragraph, cells: [], offsets: [], start: record.start, isSeparator: false)
            }
            let laid = source.cells(ofParagraph: paragraph)
            let range = Int(record.cells.lowerBound)..<Int(record.cells.upperBound)
            return Line(paragraph: paragraph, cells: Array(laid.cells[range]), offsets: Array(laid.offsets[range]),
                        start: record.start, isSeparator: false)
        }
    }

    public let width: Int
    public let lines: Lines
    /// Index of each paragraph's first line.
    public var firstLine: FirstLines { lines.firstLine }

    public static func == (lhs: StatementLayout, rhs: StatementLayout) -> Bool {
        lhs.width == rhs.width && lhs.lines.records == rhs.lines.records && lhs.firstLine == rhs.firstLine
    }

    /// Wraps `document` to `width` columns.
    public init(document: Document, scalars: StatementScalars, width: Int, highlights: Highlights) {
        self.width = max(1, width)
        let source = ParagraphCells(document: document, scalars: scalars, highlights: highlights)
        var records: [LineRecord] = []
        // A last short line for each paragraph, and full lines for the rest: enough that the
        // array seldom doubles (which left up to half of it unused).
        let scalars = document.paragraphs.last.map { $0.span.end } ?? 0
        records.reserveCapacity(document.paragraphs.count + scalars * 6 / (self.width * 5) + 16)
        var firstLine: [UInt32] = []
        firstLine.reserveCapacity(document.paragraphs.count)
        var measure = Measure()
        for paragraph in document.paragraphs {
            // The lines so far, and the blank line after each paragraph before this one.
            firstLine.append(UInt32(records.count + paragraph.index))
            source.measure(paragraph, into: &measure)
            let before = records.count
            let cells = measure.cells
            Self.wrap(count: cells.count, width: self.width, cellWidth: { Int(cells[$0].width) }, isSpace: { cells[$0].isSpace }) { range in
                let start = cells[range].first(where: { $0.offset >= 0 }).map { Int($0.offset) } ?? paragraph.span.start
                records.append(LineRecord(cells: Int32(range.lowerBound)..<Int32(range.upperBound), start: start))
            }
            if records.count == before {
                records.append(LineRecord(cells: 0..<0, start: paragraph.span.start))
            }
        }
        self.lines = Lines(records: records, firstLine: FirstLines(values: firstLine), source: source)
    }

    /// The same lines painted with other highlights. Only for highlights that differ in their
    /// annotations, which change the roles of cells and never their widths: a note made on a
    /// long statement does not measure it again.
    public func repainted(document: Document, scalars: StatementScalars, highlights: Highlights) -> StatementLayout {
        StatementLayout(width: width, lines: Lines(records: lines.records, firstLine: lines.firstLine,
                                                   source: ParagraphCells(document: document, scalars: scalars, highlights: highlights)))
    }

    private init(width: Int, lines: Lines) {
        self.width = width
        self.lines = lines
    }

    /// The line that holds source offset `offset` (the first line at or after it): the last
    /// line of text that starts at or before it.
    public func line(containing offset: Int) -> Int {
        let records = lines.records
        let record = Bisection.firstIndex(in: records.count) { records[$0].start > offset } - 1
        guard record >= 0 else { return 0 }
        // The paragraph of that line of text: the last whose first line of text is at or before it.
        let paragraph = Bisection.firstIndex(in: firstLine.count) { firstLine[$0] - $0 > record } - 1
        return record + paragraph
    }

    /// The paragraph of line `index`, without making its cells.
    public func paragraph(ofLine index: Int) -> Int { lines.paragraph(of: index) }
    public func isSeparator(_ index: Int) -> Bool { lines.isSeparator(index, paragraph: lines.paragraph(of: index)) }
    public func start(ofLine index: Int) -> Int { lines.start(of: index) }

    /// Word wrap by display width: break after a space where possible, else inside a word.
    static func wrap(_ cells: [Cell], width: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        wrap(count: cells.count, width: width, cellWidth: { cells[$0].width }, isSpace: { cells[$0].text == " " }) { ranges.append($0) }
        return ranges
    }

    /// The wrap itself, over any run of cells given by their widths, calling `line` with each
    /// line's range of cells. Leading spaces of a continuation line are dropped.
    static func wrap(count: Int, width: Int, cellWidth: (Int) -> Int, isSpace: (Int) -> Bool, line: (Range<Int>) -> Void) {
        var start = 0
        var first = true
        while start < count {
            if !first { while start < count, isSpace(start) { start += 1 } }
            guard start < count else { break }
            var columns = 0
            var end = start
            var lastBreak: Int? = nil
            while end < count {
                let w = cellWidth(end)
                guard columns + w <= width else { break }
                columns += w
                if isSpace(end) { lastBreak = end + 1 }
                end += 1
            }
            if end < count, let lastBreak, lastBreak > start { end = lastBreak }
            if end == start { end = start + 1 }  // a glyph wider than the line
            line(start..<end)
            first = false
            start = end
        }
    }
}

/// The widths of one paragraph's cells, measured without making them: reused from paragraph to
/// paragraph so the measuring pass allocates nothing per paragraph.
///
/// One array of eight-byte cells rather than an array per fact: the pass appends a cell per
/// character of the statement, and three appends a cell were a third of its time.
struct Measure {
    struct MeasuredCell: Equatable {
        var width: UInt8
        var isSpace: Bool
        /// The cell's scalar offset in the document; -1 for a `[Speaker]` tag.
        var offset: Int32
    }

    var cells: [MeasuredCell] = []

    mutating func removeAll() { cells.removeAll(keepingCapacity: true) }

    mutating func append(width: Int, space: Bool, offset: Int) {
        cells.append(MeasuredCell(width: UInt8(truncatingIfNeeded: width), isSpace: space, offset: Int32(truncatingIfNeeded: offset)))
    }
}

/// The cells of each paragraph: its text painted by role, a dim `[Speaker]` tag after each
/// quote. Made on demand, and the paragraphs last made are kept.
final class ParagraphCells: Sendable {
    let document: Document
    let scalars: StatementScalars
    let highlights: Highlights
    /// The cells of recently shown paragraphs. A frame shows a few paragraphs; a long paragraph
    /// seen again is not laid out again.
    private let cache = Mutex<[Int: Laid]>([:])
    private static let cacheLimit = 256

    struct Laid: Sendable {
        var cells: [Cell]
        var offsets: [Int]
    }

    init(document: Document, scalars: StatementScalars, highlights: Highlights) {
        self.document = document
        self.scalars = scalars
        self.highlights = highlights
    }

    func cells(ofParagraph index: Int) -> Laid {
        if let laid = cache.withLock({ $0[index] }) { return laid }
        let (cells, offsets) = Self.cells(of: document.paragraphs[index], scalars: scalars, highlights: highlights)
        let laid = Laid(cells: cells, offsets: offsets)
        cache.withLock { cache in
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[index] = laid
        }
        return laid
    }

    /// The widths of the paragraph's cells, decided as `cells(of:)` decides them (a property
    /// test holds the two together) but without making a cell: printable ASCII is one column,
    /// a line break or a tab is spaces, a control character one visible symbol, and a combining
    /// mark joins the cell before it.
    func measure(_ paragraph: Paragraph, into measure: inout Measure) {
        measure.removeAll()
        let span = paragraph.span
        let tags = Self.tags(of: paragraph, scalars: scalars, highlights: highlights)
        var column = 0
        // The cell before: how wide, how many scalars it holds, and whether it is text (a tag's
        // cell never takes a combining mark).
        var lastWidth = 0, lastScalars = 0, lastIsText = false
        func append(_ width: Int, space: Bool, offset: Int, scalars: Int = 1) {
            measure.append(width: width, space: space, offset: offset)
            column += width
            lastWidth = width
            lastScalars = scalars
            lastIsText = offset >= 0
        }
        // The paragraph's scalars are read in order (cheaper than finding each offset).
        var text = scalars[span.start..<span.end].makeIterator()
        var nextTag = 0
        for offset in span.start...span.end {
            if nextTag < tags.count, tags[nextTag].offset == offset {
                let speaker = tags[nextTag].name
                nextTag += 1
                for cell in Cell.cells(of: " [\(speaker)]", role: .speakerTag, startColumn: column) {
                    append(cell.width, space: cell.text == " ", offset: -1, scalars: cell.text.unicodeScalars.count)
                }
            }
            guard offset < span.end, let scalar = text.next() else { break }
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                append(1, space: value == 0x20, offset: offset)
                continue
            }
            let width = DisplayWidth.of(scalar)
            if width == 0, lastWidth > 0, lastIsText, lastScalars < 5 {
                // A space that takes a mark is no longer a place to break.
                lastScalars += 1
                measure.cells[measure.cells.count - 1].isSpace = false
                continue
            }
            switch value {
            case 0x0A, 0x0D:
                append(1, space: true, offset: offset)
            case 0x09:
                for _ in 0..<(4 - column % 4) { append(1, space: true, offset: offset) }
            case 0..<0x20, 0x7F:
                append(1, space: false, offset: offset)
            case 0x80..<0xA0:
                // Shown as <U+0085>: one cell a character.
                for _ in 0..<(4 + String(value, radix: 16).count) { append(1, space: false, offset: offset) }
            default:
                if width == 0 {
                    append(1, space: false, offset: offset, scalars: 2)  // ◌ and the mark
                } else {
                    append(max(width, 1), space: false, offset: offset)
                }
            }
        }
    }

    /// Where each quote's `[Speaker]` tag goes: after the closing mark, if there is one right
    /// behind the quoted words. In order of offset (quotes are), one at most an offset, so the
    /// passes over a paragraph meet them in turn instead of asking a table at every character.
    static func tags(of paragraph: Paragraph, scalars: StatementScalars, highlights: Highlights) -> [(offset: Int, name: String)] {
        var tags: [(offset: Int, name: String)] = []
        for quote in highlights.quotes(in: paragraph) {
            if let speaker = quote.tag {
                var end = quote.span.end
                while end < paragraph.span.end, end - quote.span.end < 2, QuoteMark.canClose(scalars[end]) { end += 1 }
                if tags.last?.offset == end { tags.removeLast() }
                tags.append((end, speaker))
            }
        }
        return tags
    }

    /// The paragraph's cells: text painted by role, a dim `[Speaker]` tag after each quote.
    static func cells(of paragraph: Paragraph, scalars: StatementScalars, highlights: Highlights) -> ([Cell], [Int]) {
        var cells: [Cell] = []
        var offsets: [Int] = []
        let span = paragraph.span
        var roles = [Role](repeating: .text, count: span.length)
        func paint(_ range: TextSpan, _ role: Role) {
            for offset in max(range.start, span.start)..<min(range.end, span.end) { roles[offset - span.start] = role }
        }
        for mention in highlights.mentions(in: paragraph) { paint(mention, .speaker) }
        for call in highlights.calls(in: paragraph) {
            paint(call.action, .call(call.strength))
            paint(call.cue, .cue)
        }
        for quote in highlights.quotes(in: paragraph) {
            paint(quote.span, quote.isTerm ? .term : .quote)
        }
        for mark in highlights.annotations(in: paragraph) { paint(mark.span, .highlight(mark.colour)) }
        let tags = Self.tags(of: paragraph, scalars: scalars, highlights: highlights)
        var column = 0
        var offset = span.start
        var text = scalars[span.start..<span.end].makeIterator()
        var nextTag = 0
        while offset <= span.end {
            if nextTag < tags.count, tags[nextTag].offset == offset {
                let speaker = tags[nextTag].name
                nextTag += 1
                for cell in Cell.cells(of: " [\(speaker)]", role: .speakerTag, startColumn: column) {
                    cells.append(cell)
                    offsets.append(-1)
                    column += cell.width
                }
            }
            guard offset < span.end, let scalar = text.next() else { break }
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
}

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

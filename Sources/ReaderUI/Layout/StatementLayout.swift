import StatementKit

/// The statement wrapped to a width: every screen line of every paragraph, with the roles of
/// its cells and the source offset of each, so that search, resize and mouse clicks can map a
/// cell back to the text. Built once per width and set of highlights, and kept in the state.
///
/// Only where each line starts is computed up front, in a pass that measures widths without
/// making cells; a line's cells are made when it is looked at, from its paragraph's cells, which
/// are cached for the paragraphs last shown, so a long statement's first screen waits for no
/// cells but its own.
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
    /// Which paragraphs are a fold line.
    public let folds: Folds
    public let lines: Lines
    /// Index of each paragraph's first line.
    public var firstLine: FirstLines { lines.firstLine }

    public static func == (lhs: StatementLayout, rhs: StatementLayout) -> Bool {
        lhs.width == rhs.width && lhs.folds == rhs.folds && lhs.lines.records == rhs.lines.records && lhs.firstLine == rhs.firstLine
    }

    /// Wraps `document` to `width` columns, its folded paragraphs a line each.
    public init(document: Document, scalars: StatementScalars, width: Int, highlights: Highlights, folds: Folds = Folds()) {
        self.width = max(1, width)
        self.folds = folds
        let source = ParagraphCells(document: document, scalars: scalars, highlights: highlights, folds: folds, width: self.width)
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
            Self.appendLines(of: paragraph, source: source, width: self.width, measure: &measure, to: &records)
        }
        self.lines = Lines(records: records, firstLine: FirstLines(values: firstLine), source: source)
    }

    /// The lines of one paragraph, added to `records`: always at least one.
    private static func appendLines(of paragraph: Paragraph, source: ParagraphCells, width: Int, measure: inout Measure,
                                    to records: inout [LineRecord]) {
        source.measure(paragraph, into: &measure)
        let before = records.count
        let cells = measure.cells
        wrap(count: cells.count, width: width, cellWidth: { Int(cells[$0].width) }, isSpace: { cells[$0].isSpace }) { range in
            let start = cells[range].first(where: { $0.offset >= 0 }).map { Int($0.offset) } ?? paragraph.span.start
            records.append(LineRecord(cells: Int32(range.lowerBound)..<Int32(range.upperBound), start: start))
        }
        if records.count == before {
            records.append(LineRecord(cells: 0..<0, start: paragraph.span.start))
        }
    }

    /// The same lines with other folds: only the paragraphs whose folding differs are laid out
    /// again, so opening a fold in a long statement does not measure all of it.
    public func refolded(_ newFolds: Folds, document: Document, scalars: StatementScalars, highlights: Highlights) -> StatementLayout {
        let structure = document.structure
        let changed = Folds.foldable(in: structure).filter {
            $0 < lines.firstLine.count && folds.isFolded($0, in: structure) != newFolds.isFolded($0, in: structure)
        }
        let source = ParagraphCells(document: document, scalars: scalars, highlights: highlights, folds: newFolds, width: width)
        let old = lines.records
        var records: [LineRecord] = []
        records.reserveCapacity(old.count + changed.count * 4)
        let oldFirst = lines.firstLine.values
        var firstLine = oldFirst
        var copied = 0
        // How many lines the paragraphs laid out so far gained (or lost, when folded).
        var delta = 0
        var measure = Measure()
        for (position, paragraph) in changed.enumerated() {
            // The paragraph's lines of text in the old records: every paragraph before it has a blank line.
            let start = Int(oldFirst[paragraph]) - paragraph
            let end = paragraph + 1 < oldFirst.count ? Int(oldFirst[paragraph + 1]) - paragraph - 1 : old.count
            records += old[copied..<start]
            let before = records.count
            Self.appendLines(of: document.paragraphs[paragraph], source: source, width: width, measure: &measure, to: &records)
            delta += (records.count - before) - (end - start)
            copied = end
            let next = position + 1 < changed.count ? changed[position + 1] + 1 : oldFirst.count
            for later in paragraph + 1..<next { firstLine[later] = UInt32(Int(oldFirst[later]) + delta) }
        }
        records += old[copied...]
        return StatementLayout(width: width, folds: newFolds,
                               lines: Lines(records: records, firstLine: FirstLines(values: firstLine), source: source))
    }

    /// The same lines painted with other highlights. Only for highlights that differ in their
    /// annotations, which change the roles of cells and never their widths: a note made on a
    /// long statement does not measure it again.
    public func repainted(document: Document, scalars: StatementScalars, highlights: Highlights) -> StatementLayout {
        StatementLayout(width: width, folds: folds,
                        lines: Lines(records: lines.records, firstLine: lines.firstLine,
                                     source: ParagraphCells(document: document, scalars: scalars, highlights: highlights, folds: folds, width: width)))
    }

    private init(width: Int, folds: Folds, lines: Lines) {
        self.width = width
        self.folds = folds
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

import Synchronization
import StatementKit

/// The cells of each paragraph: its text painted by role, a dim `[Speaker]` tag after each
/// quote, or for a folded paragraph its one fold line. Made on demand, and the paragraphs last
/// made are kept.
final class ParagraphCells: Sendable {
    let document: Document
    let scalars: StatementScalars
    let highlights: Highlights
    let folds: Folds
    /// The columns a fold line is cut to.
    let width: Int
    /// Whether any paragraph is other than body: asked for every paragraph measured, so a plain
    /// statement answers without looking at its structure.
    private let hasParts: Bool
    /// The cells of recently shown paragraphs. A frame shows a few paragraphs; a long paragraph
    /// seen again is not laid out again.
    private let cache = Mutex<[Int: Laid]>([:])
    private static let cacheLimit = 256

    struct Laid: Sendable {
        var cells: [Cell]
        var offsets: [Int]
    }

    init(document: Document, scalars: StatementScalars, highlights: Highlights, folds: Folds = Folds(), width: Int = .max) {
        self.document = document
        self.scalars = scalars
        self.highlights = highlights
        self.folds = folds
        self.width = max(1, width)
        hasParts = !document.structure.parts.isEmpty
    }

    /// The kind of paragraph `index` when it is folded; nil when its text is shown.
    func foldedKind(_ index: Int) -> StatementPart.Kind? {
        guard hasParts else { return nil }
        let kind = document.structure.kind(ofParagraph: index)
        return folds.isFolded(index, kind: kind) ? kind : nil
    }

    func cells(ofParagraph index: Int) -> Laid {
        if let laid = cache.withLock({ $0[index] }) { return laid }
        let paragraph = document.paragraphs[index]
        let (cells, offsets) = foldedKind(index).map { Self.foldCells(of: paragraph, kind: $0, scalars: scalars, width: width) }
            ?? Self.cells(of: paragraph, scalars: scalars, highlights: highlights)
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
        if let kind = foldedKind(paragraph.index) {
            // A fold line is at most a line wide: its cells are made to be measured.
            let (cells, offsets) = Self.foldCells(of: paragraph, kind: kind, scalars: scalars, width: width)
            for (cell, offset) in zip(cells, offsets) { measure.append(width: cell.width, space: cell.text == " ", offset: offset) }
            return
        }
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
        let structure = highlights.document.structure
        var base = Role.text
        if !structure.parts.isEmpty {
            switch structure.kind(ofParagraph: paragraph.index) {
            case .headline: base = .headline
            case .dateline: base = .dateline
            default: break
            }
        }
        var roles = [Role](repeating: base, count: span.length)
        func paint(_ range: TextSpan, _ role: Role) {
            for offset in max(range.start, span.start)..<min(range.end, span.end) { roles[offset - span.start] = role }
        }
        if !structure.datelines.isEmpty, let dateline = structure.dateline(ofParagraph: paragraph.index) { paint(dateline, .dateline) }
        // Under everything else: a name, a call or a direct quote inside reported speech keeps
        // its own role.
        for content in highlights.reported(in: paragraph) { paint(content, .reported) }
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

    /// A folded paragraph's one line: `⋯ contact: ` and the start of its text with its white
    /// space run together, cut with `…` to `width` columns. The text's cells keep their offsets.
    /// A label of the text's own that names the kind ("Media contact:") is left out, as the
    /// line names the kind already.
    static func foldCells(of paragraph: Paragraph, kind: StatementPart.Kind, scalars: StatementScalars, width: Int) -> ([Cell], [Int]) {
        let label = String(kind.rawValue.map { $0 == "-" ? " " : $0 })
        var cells = Cell.cells(of: "⋯ \(label): ", role: .fold)
        var offsets = [Int](repeating: -1, count: cells.count)
        let prefix = cells.count
        var column = cells.reduce(0) { $0 + $1.width }
        // Where a run of white space began, to be one space before the next word.
        var space: Int?
        var offset = labelEnd(of: paragraph, naming: label, scalars: scalars) ?? paragraph.span.start
        for scalar in scalars[offset..<paragraph.span.end] {
            defer { offset += 1 }
            if scalar.properties.isWhitespace {
                if space == nil && cells.count > prefix { space = offset }
                continue
            }
            guard column <= width else { break }
            if let start = space {
                cells.append(Cell(text: " ", width: 1, role: .fold))
                offsets.append(start)
                column += 1
                space = nil
            }
            if DisplayWidth.of(scalar) == 0, let last = cells.last, last.width > 0, offsets.last ?? -1 >= 0, last.text.unicodeScalars.count < 5 {
                cells[cells.count - 1].text.unicodeScalars.append(scalar)
                continue
            }
            for cell in Cell.cells(of: String(scalar), role: .fold, startColumn: column) {
                cells.append(cell)
                offsets.append(offset)
                column += cell.width
            }
        }
        if column > width {
            while let last = cells.last, column + 1 > width {
                column -= last.width
                cells.removeLast()
                offsets.removeLast()
            }
            cells.append(Cell(text: "…", width: 1, role: .fold))
            offsets.append(-1)
        }
        return (cells, offsets)
    }

    /// Where a short opening label that names `label` ("Contact:", "Media contacts:") ends.
    private static func labelEnd(of paragraph: Paragraph, naming label: String, scalars: StatementScalars) -> Int? {
        let end = min(paragraph.span.end, paragraph.span.start + 32)
        guard let colon = (paragraph.span.start..<end).first(where: { scalars[$0] == ":" }) else { return nil }
        let opening = String(String.UnicodeScalarView(scalars[paragraph.span.start..<colon])).lowercased()
        return opening.contains(label) ? colon + 1 : nil
    }
}

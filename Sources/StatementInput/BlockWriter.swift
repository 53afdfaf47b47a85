/// Writes a page's text block by block, as a reader sees it: runs of whitespace are one
/// space, a block starts on a new paragraph (a blank line before it), a line break inside a
/// block is one newline and two in a row end the block, and code is kept exactly.
struct BlockWriter {
    enum Kind: Equatable {
        case paragraph
        case heading(level: Int)
    }

    private(set) var text = ""
    private var headings: [ExtractedStatement.Heading] = []
    private var verbatim: [Range<Int>] = []
    /// Scalars in `text`, and paragraphs in it as the analysis will count them.
    private var scalarCount = 0
    private var paragraphCount = 0

    /// The block being written: its text, whether a space is owed before the next word, and
    /// whether it has ended in a line break.
    private var current = String.UnicodeScalarView()
    private var owesSpace = false
    private var endsInBreak = false

    var isEmpty: Bool { text.isEmpty && current.isEmpty }

    /// Inside a block quotation whose marks are implied: each of its paragraphs opens with
    /// one, and `closeQuotation` closes the last.
    var opensQuotations = false

    mutating func write(_ piece: some StringProtocol) {
        for scalar in piece.unicodeScalars {
            if Self.isCollapsible(scalar) {
                if !current.isEmpty { owesSpace = true }
                continue
            }
            if current.isEmpty && opensQuotations { current.append("“") }
            if owesSpace && !endsInBreak { current.append(" ") }
            owesSpace = false
            endsInBreak = false
            current.append(Self.isControl(scalar) ? "\u{FFFD}" : scalar)
        }
    }

    mutating func closeQuotation() {
        if !current.isEmpty {
            current.append("”")
        } else if !text.isEmpty {
            text += "”"
            scalarCount += 1
        }
    }

    /// `<br>`: a new line in the same paragraph; a second one in a row starts a new paragraph.
    mutating func lineBreak() {
        guard !current.isEmpty else { return }
        if endsInBreak {
            current.removeLast()
            endBlock()
            return
        }
        current.append("\n")
        owesSpace = false
        endsInBreak = true
    }

    /// Ends the block being written, if it holds anything, as a paragraph or a heading.
    mutating func endBlock(as kind: Kind = .paragraph) {
        while let last = current.last, last == "\n" { current.removeLast() }
        owesSpace = false
        endsInBreak = false
        guard !current.isEmpty else { return }
        if case .heading(let level) = kind { headings.append(.init(block: paragraphCount, level: level)) }
        append(String(current), paragraphs: 1)
        current.removeAll(keepingCapacity: true)
    }

    /// Code as written: its lines and spaces kept, no quotes looked for in it.
    mutating func writeVerbatim(_ code: String) {
        endBlock()
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line
            if line.hasSuffix("\r") { line.removeLast() }
            return String(line.unicodeScalars.map { scalar -> Character in
                if scalar == "\t" { return "\t" }
                if scalar == "\u{2028}" || scalar == "\u{2029}" { return " " }
                return Self.isControl(scalar) ? "\u{FFFD}" : Character(scalar)
            })
        }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        guard !lines.isEmpty else { return }
        // Blank lines inside the code cut it into paragraphs, as the segmenter will.
        var groups = 0
        var inGroup = false
        for line in lines {
            let blank = line.allSatisfy(\.isWhitespace)
            if !blank && !inGroup { groups += 1 }
            inGroup = !blank
        }
        let start = scalarCount + (text.isEmpty ? 0 : 2)
        let body = lines.joined(separator: "\n")
        append(body, paragraphs: groups)
        verbatim.append(start..<scalarCount)
    }

    private mutating func append(_ block: String, paragraphs: Int) {
        if !text.isEmpty {
            text += "\n\n"
            scalarCount += 2
        }
        text += block
        scalarCount += block.unicodeScalars.count
        paragraphCount += paragraphs
    }

    mutating func finished() -> (text: String, headings: [ExtractedStatement.Heading], verbatim: [Range<Int>]) {
        endBlock()
        return (text, headings, verbatim)
    }

    /// HTML's whitespace, the no-break space a browser shows as one, and the Unicode line
    /// and paragraph separators (which would otherwise cut paragraphs where a page has none).
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Controls other than whitespace have no business in a statement's text.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

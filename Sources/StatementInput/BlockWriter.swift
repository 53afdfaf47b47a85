/// Writes a page's text block by block, as a reader sees it: runs of whitespace are one
/// space, a block starts on a new paragraph (a blank line before it), a line break inside a
/// block is one newline and two in a row end the block, and code is kept exactly.
///
/// It works on UTF-8 bytes: a page's text passes through here once, and building it scalar
/// by scalar as a `String` would cost more than the parse.
struct BlockWriter {
    enum Kind: Equatable {
        case paragraph
        case heading(level: Int)
    }

    private var text: [UInt8] = []
    private var headings: [ExtractedStatement.Heading] = []
    private var verbatim: [Range<Int>] = []
    /// Scalars in `text`, and paragraphs in it as the analysis will count them.
    private var scalarCount = 0
    private var paragraphCount = 0

    /// The block being written, its scalars, whether a space is owed before the next word, and
    /// whether it has ended in a line break.
    private var current: [UInt8] = []
    private var currentScalars = 0
    private var owesSpace = false
    private var endsInBreak = false

    /// Inside a block quotation whose marks are implied: each of its paragraphs opens with
    /// one, and `closeQuotation` closes the last.
    var opensQuotations = false

    var isEmpty: Bool { text.isEmpty && current.isEmpty }

    mutating func write(_ piece: String) {
        var piece = piece
        piece.withUTF8 { write(bytes: $0) }
    }

    mutating func write(_ piece: Substring) { write(String(piece)) }

    /// Runs of ordinary bytes are copied whole; whitespace, controls, the no-break space and
    /// the line separators are looked at one by one.
    private mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        /// How long the special sequence at `index` is, and whether it is whitespace; nil for
        /// an ordinary byte.
        func special(at index: Int) -> (length: Int, space: Bool)? {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return (1, true)
            case 0x00..<0x20, 0x7F: return (1, false)
            case 0xC2 where index + 1 < count:
                let next = bytes[index + 1]
                if next == 0xA0 { return (2, true) }
                if (0x80...0x9F).contains(next) { return (2, false) }
                return nil
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return (3, true)
            default:
                return nil
            }
        }
        var index = 0
        while index < count {
            if let (length, space) = special(at: index) {
                if space {
                    if !current.isEmpty { owesSpace = true }
                } else {
                    startScalar()
                    current.append(0xEF)
                    current.append(0xBF)
                    current.append(0xBD)
                    currentScalars += 1
                }
                index += length
                continue
            }
            let start = index
            var scalars = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x21 || byte == 0x7F || byte == 0xC2 || byte == 0xE2, special(at: index) != nil { break }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
            startScalar()
            current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            currentScalars += scalars
        }
    }

    /// Before a scalar other than whitespace: the implied opening mark, the owed space.
    private mutating func startScalar() {
        if current.isEmpty && opensQuotations {
            current.append(0xE2)
            current.append(0x80)
            current.append(0x9C)
            currentScalars += 1
        }
        if owesSpace && !endsInBreak {
            current.append(0x20)
            currentScalars += 1
        }
        owesSpace = false
        endsInBreak = false
    }

    mutating func closeQuotation() {
        let mark: [UInt8] = [0xE2, 0x80, 0x9D]
        if !current.isEmpty {
            current += mark
            currentScalars += 1
        } else if !text.isEmpty {
            text += mark
            scalarCount += 1
        }
    }

    /// `<br>`: a new line in the same paragraph; a second one in a row starts a new paragraph.
    mutating func lineBreak() {
        guard !current.isEmpty else { return }
        if endsInBreak {
            endBlock()
            return
        }
        current.append(0x0A)
        currentScalars += 1
        owesSpace = false
        endsInBreak = true
    }

    /// Ends the block being written, if it holds anything, as a paragraph or a heading.
    mutating func endBlock(as kind: Kind = .paragraph) {
        while current.last == 0x0A {
            current.removeLast()
            currentScalars -= 1
        }
        owesSpace = false
        endsInBreak = false
        guard !current.isEmpty else { return }
        if case .heading(let level) = kind { headings.append(.init(block: paragraphCount, level: level)) }
        append(current, scalars: currentScalars, paragraphs: 1)
        current.removeAll(keepingCapacity: true)
        currentScalars = 0
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
        append(Array(body.utf8), scalars: body.unicodeScalars.count, paragraphs: groups)
        verbatim.append(start..<scalarCount)
    }

    private mutating func append(_ block: [UInt8], scalars: Int, paragraphs: Int) {
        if !text.isEmpty {
            text += [0x0A, 0x0A]
            scalarCount += 2
        }
        text += block
        scalarCount += scalars
        paragraphCount += paragraphs
    }

    mutating func finished() -> (text: String, headings: [ExtractedStatement.Heading], verbatim: [Range<Int>]) {
        endBlock()
        return (String(decoding: text, as: UTF8.self), headings, verbatim)
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

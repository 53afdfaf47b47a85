/// Finds paragraphs: blocks separated by blank lines, or, in a text with no blank line at all
/// (the way pasted articles arrive), one paragraph per non-empty line.
public enum ParagraphSegmenter {
    /// Spans of the paragraphs in `text`, each trimmed of surrounding whitespace.
    ///
    /// One forward pass over the scalars, so the analysis reads a `String`'s scalars in place
    /// instead of copying the whole statement into an array first.
    ///
    /// Read from the text's own UTF-8 a scalar at a time: stepping the string's scalar view
    /// checked its indices at every scalar and took twice as long.
    public static func paragraphs(in text: String.UnicodeScalarView) -> [TextSpan] {
        var string = String(text)
        return string.withUTF8 { spans(in: UTF8Scalars(bytes: $0)) }
    }
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [TextSpan] { spans(in: scalars) }

    /// Generic inside the module only, where it is specialized for each caller above. Two
    /// passes and no list of lines: whether the text has a blank line at all decides how the
    /// second pass cuts it, and a list of every line of a long statement would be the largest
    /// thing this stage holds.
    static func spans<Scalars: Sequence<Unicode.Scalar>>(in scalars: Scalars) -> [TextSpan] {
        var hasBlankLine = false
        forEachLine(in: scalars) { line in
            if line.isBlank { hasBlankLine = true }
            return !hasBlankLine
        }
        var spans: [TextSpan] = []
        var blockStart: Int? = nil
        var blockEnd = 0
        forEachLine(in: scalars) { line in
            if line.isBlank {
                if let start = blockStart { spans.append(TextSpan(start: start, end: blockEnd)) }
                blockStart = nil
            } else if !hasBlankLine {
                spans.append(TextSpan(start: line.contentStart, end: line.contentEnd))
            } else {
                if blockStart == nil { blockStart = line.contentStart }
                blockEnd = line.contentEnd
            }
            return true
        }
        if let start = blockStart { spans.append(TextSpan(start: start, end: blockEnd)) }
        return spans
    }

    struct Line {
        /// First and one-past-last non-whitespace scalar; equal when the line is blank.
        var contentStart: Int
        var contentEnd: Int
        var isBlank: Bool { contentStart == contentEnd }
    }

    /// Calls `body` with each line, split at LF, CR LF, CR and the Unicode line and paragraph
    /// separators, until it returns false.
    static func forEachLine<Scalars: Sequence<Unicode.Scalar>>(in scalars: Scalars, _ body: (Line) -> Bool) {
        var first: Int? = nil
        var last = 0
        var index = 0
        var afterCR = false
        var endsWithBreak = false
        for scalar in scalars {
            // Printable ASCII other than the space, most of any statement: neither a line
            // break nor whitespace, so it only extends the line's content (the general case
            // below would come to the same after a dozen tests).
            if scalar.value &- 0x21 < 0x5E {
                afterCR = false
                endsWithBreak = false
                if first == nil { first = index }
                index += 1
                last = index
                continue
            }
            defer { index += 1 }
            // The LF of a CR LF pair: the line was closed at the CR.
            if afterCR && scalar == "\n" {
                afterCR = false
                continue
            }
            afterCR = false
            endsWithBreak = isLineBreak(scalar)
            if endsWithBreak {
                guard body(Line(contentStart: first ?? last, contentEnd: last)) else { return }
                first = nil
                afterCR = scalar == "\r"
            } else if !scalar.isWhitespace {
                if first == nil { first = index }
                last = index + 1
            } else if first == nil {
                last = index + 1
            }
        }
        if first != nil || index > 0 && !endsWithBreak { _ = body(Line(contentStart: first ?? last, contentEnd: last)) }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": return true
        default: return false
        }
    }
}

/// The scalars of valid UTF-8 (a Swift string's own bytes), decoded as they are read.
struct UTF8Scalars: Sequence {
    let bytes: UnsafeBufferPointer<UInt8>

    struct Iterator: IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        @inline(__always)
        mutating func next() -> Unicode.Scalar? {
            guard index < bytes.count else { return nil }
            return Unicode.Scalar.decode(bytes, at: &index)
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }
}

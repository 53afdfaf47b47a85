/// Finds paragraphs: blocks separated by blank lines, or, in a text with no blank line at all
/// (the way pasted articles arrive), one paragraph per non-empty line.
public enum ParagraphSegmenter {
    /// Spans of the paragraphs in `text`, each trimmed of surrounding whitespace.
    ///
    /// One forward pass over the text's own UTF-8, so the analysis reads a `String` in place
    /// instead of copying the whole statement into an array of scalars first (and stepping
    /// the string's scalar view checked its indices at every scalar and took twice as long).
    public static func paragraphs(in text: String.UnicodeScalarView) -> [TextSpan] {
        var string = String(text)
        return string.withUTF8 { spans(inUTF8: $0) }
    }

    /// Two passes and no list of lines: whether the text has a blank line at all decides how
    /// the second pass cuts it, and a list of every line of a long statement would be the
    /// largest thing this stage holds.
    static func spans(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [TextSpan] {
        var hasBlankLine = false
        forEachLine(inUTF8: bytes) { line in
            if line.isBlank { hasBlankLine = true }
            return !hasBlankLine
        }
        var spans: [TextSpan] = []
        var blockStart: Int? = nil
        var blockEnd = 0
        forEachLine(inUTF8: bytes) { line in
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

    /// Calls `body` with each line of valid UTF-8 (a Swift string's own bytes), split at LF,
    /// CR LF, CR and the Unicode line and paragraph separators, until it returns false. Lines
    /// are given in scalar offsets.
    static func forEachLine(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Line) -> Bool) {
        var first: Int? = nil
        var last = 0
        var index = 0  // in scalars
        var position = 0  // in bytes
        var afterCR = false
        var endsWithBreak = false
        while position < bytes.count {
            // Eight bytes at a time while they are all ASCII from the space up, most of any
            // statement: none is a line break, nothing needs decoding, and of the eight only
            // the first and last that are not spaces matter (which is what the scalar-by-scalar
            // case below comes to, after a dozen tests a byte).
            // No byte at 0x80 or above, and none below 0x20 (adding 0x60 sets the high bit of
            // every byte from 0x20 to 0x7F, without carrying into the next).
            if let word = bytes.eightBytes(at: position), word & .highBits == 0,
               (word &+ 0x6060_6060_6060_6060) & .highBits == .highBits
            {
                // The high bit of each byte that is not a space.
                let content = ((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & .highBits
                if content != 0 {
                    if first == nil { first = index + content.trailingZeroBitCount / 8 }
                    last = index + 8 - content.leadingZeroBitCount / 8
                } else if first == nil {
                    last = index + 8
                }
                afterCR = false
                endsWithBreak = false
                position += 8
                index += 8
                continue
            }
            // A run of printable ASCII other than the space, in a loop of its own: none of it
            // is a line break or whitespace, so the run only extends the line's content.
            if bytes[position] &- 0x21 < 0x5E {
                let runStart = position
                repeat { position += 1 } while position < bytes.count && bytes[position] &- 0x21 < 0x5E
                afterCR = false
                endsWithBreak = false
                if first == nil { first = index }
                index += position - runStart
                last = index
                continue
            }
            let scalar = Unicode.Scalar.decode(bytes, at: &position)
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

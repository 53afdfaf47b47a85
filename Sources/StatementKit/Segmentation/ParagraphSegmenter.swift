/// Finds paragraphs: blocks separated by blank lines, or, in a text with no blank line at all
/// (the way pasted articles arrive), one paragraph per non-empty line.
public enum ParagraphSegmenter {
    /// Spans of the paragraphs in `text`, each trimmed of surrounding whitespace.
    ///
    /// One forward pass over the text's own UTF-8, so the analysis reads a `String` in place
    /// without a copy of the statement as scalars, and without the index checks of stepping
    /// its scalar view.
    public static func paragraphs(in text: String.UnicodeScalarView) -> [TextSpan] {
        places(in: String(text)).map(\.span)
    }

    /// Where a paragraph lies: in scalars, as the model keeps it, and in the text's UTF-8, so
    /// that the analysis reads its bytes without finding them again scalar by scalar.
    struct Place {
        var span: TextSpan
        var bytes: Range<Int>
    }

    static func places(in text: String) -> [Place] {
        var text = text
        return text.withUTF8 { places(inUTF8: $0) }
    }

    /// Two passes and no list of lines: whether the text has a blank line at all decides how
    /// the second pass cuts it, and a list of every line of a long statement would be the
    /// largest thing this stage holds.
    static func places(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Place] {
        var hasBlankLine = false
        forEachLine(inUTF8: bytes) { line in
            if line.isBlank { hasBlankLine = true }
            return !hasBlankLine
        }
        var places: [Place] = []
        var block: (start: Line.End, end: Line.End)? = nil
        func place(_ start: Line.End, _ end: Line.End) -> Place {
            Place(span: TextSpan(start: start.scalar, end: end.scalar), bytes: start.byte..<end.byte)
        }
        forEachLine(inUTF8: bytes) { line in
            if line.isBlank {
                if let block { places.append(place(block.start, block.end)) }
                block = nil
            } else if !hasBlankLine {
                places.append(place(line.contentStart, line.contentEnd))
            } else {
                block = (block?.start ?? line.contentStart, line.contentEnd)
            }
            return true
        }
        if let block { places.append(place(block.start, block.end)) }
        return places
    }

    struct Line {
        /// Where the line's content starts or ends, in scalars and in bytes.
        struct End {
            var scalar: Int
            var byte: Int
        }
        /// First and one-past-last non-whitespace scalar; equal when the line is blank.
        var contentStart: End
        var contentEnd: End
        var isBlank: Bool { contentStart.scalar == contentEnd.scalar }
    }

    /// Calls `body` with each line of valid UTF-8 (a Swift string's own bytes), split at LF,
    /// CR LF, CR and the Unicode line and paragraph separators, until it returns false. Lines
    /// are given in scalar and byte offsets.
    static func forEachLine(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Line) -> Bool) {
        // In scalars, and how many more bytes than scalars stand before each.
        var first: Int? = nil
        var last = 0
        var firstShift = 0
        var lastShift = 0
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
                    if first == nil {
                        first = index + content.trailingZeroBitCount / 8
                        firstShift = position - index
                    }
                    last = index + 8 - content.leadingZeroBitCount / 8
                    lastShift = position - index
                } else if first == nil {
                    last = index + 8
                    lastShift = position - index
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
                if first == nil {
                    first = index
                    firstShift = runStart - index
                }
                index += position - runStart
                last = index
                lastShift = position - index
                continue
            }
            let scalarStart = position
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
                guard body(line(first, firstShift, last, lastShift)) else { return }
                first = nil
                afterCR = scalar == "\r"
            } else if !scalar.isWhitespace {
                if first == nil {
                    first = index
                    firstShift = scalarStart - index
                }
                last = index + 1
                lastShift = position - last
            } else if first == nil {
                last = index + 1
                lastShift = position - last
            }
        }
        if first != nil || index > 0 && !endsWithBreak { _ = body(line(first, firstShift, last, lastShift)) }
    }

    /// A blank line's content is empty where the line's last whitespace ends.
    private static func line(_ first: Int?, _ firstShift: Int, _ last: Int, _ lastShift: Int) -> Line {
        let end = Line.End(scalar: last, byte: last + lastShift)
        return Line(contentStart: first.map { Line.End(scalar: $0, byte: $0 + firstShift) } ?? end, contentEnd: end)
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": return true
        default: return false
        }
    }
}

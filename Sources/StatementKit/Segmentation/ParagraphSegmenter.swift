/// Finds paragraphs: blocks separated by blank lines, or, in a text with no blank line at all
/// (the way pasted articles arrive), one paragraph per non-empty line.
public enum ParagraphSegmenter {
    /// Spans of the paragraphs in `scalars`, each trimmed of surrounding whitespace.
    public static func paragraphs(in scalars: [Unicode.Scalar]) -> [TextSpan] {
        let lines = self.lines(in: scalars)
        let hasBlankLine = lines.contains { $0.isBlank }
        var spans: [TextSpan] = []
        var blockStart: Int? = nil
        var blockEnd = 0
        for line in lines {
            if line.isBlank {
                if let start = blockStart { spans.append(TextSpan(start: start, end: blockEnd)) }
                blockStart = nil
                continue
            }
            if !hasBlankLine {
                spans.append(TextSpan(start: line.contentStart, end: line.contentEnd))
                continue
            }
            if blockStart == nil { blockStart = line.contentStart }
            blockEnd = line.contentEnd
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

    /// Lines split at LF, CR LF, CR and the Unicode line and paragraph separators.
    static func lines(in scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var first: Int? = nil
        var last = 0
        var index = 0
        func close() {
            lines.append(Line(contentStart: first ?? last, contentEnd: last))
            first = nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}", "\u{85}":
                close()
            case "\r":
                close()
                if index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
            default:
                if !scalar.isWhitespace {
                    if first == nil { first = index }
                    last = index + 1
                } else if first == nil {
                    last = index + 1
                }
            }
            index += 1
        }
        if first != nil || index > 0 && !(scalars.last.map(isLineBreak) ?? false) { close() }
        return lines
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": return true
        default: return false
        }
    }
}

/// Finds sentence boundaries among a paragraph's tokens.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks or brackets that
/// follow) when what comes next can start a sentence. Abbreviations and initials keep their
/// full stop inside the word token, so they never reach this rule, except an initialism that
/// really ends a sentence ("in the U.S. The next day").
enum SentenceSegmenter {
    /// Token index ranges, one per sentence, covering every token.
    static func sentences(in tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        sentences(in: tokens, into: &ranges)
        return ranges
    }

    /// The same, into a list that may have held another paragraph's (its room is kept).
    static func sentences(in tokens: [Token], into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Most tokens neither end a sentence nor are an initialism that may: one test.
            if token.flags.isDisjoint(with: [.sentenceEnd, .dottedInitialism]) {
                index += 1
                continue
            }
            var boundary = false
            var last = index
            if token.isSentenceEnd {
                // Keep closing marks and repeated terminators with the sentence they close.
                while last + 1 < tokens.count, closesSentence(tokens[last + 1], after: tokens[last]) {
                    last += 1
                }
                boundary = last + 1 == tokens.count || canStartSentence(tokens[last + 1])
                // "SPRINGFIELD, Ill. – The department …": a dateline's abbreviated state before its dash.
                if boundary, start == 0, last < 6, last == index, last + 1 < tokens.count, tokens[last + 1].isDash { boundary = false }
            } else if token.isWord, token.flags.contains(.dottedInitialism), index + 1 < tokens.count {
                let next = tokens[index + 1]
                boundary = next.isWord && next.isCapitalized && next.flags.contains(.capitalisedFunction)
            }
            if boundary {
                ranges.append(start..<(last + 1))
                start = last + 1
                index = last + 1
            } else {
                index += 1
            }
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
    }

    private static func closesSentence(_ token: Token, after previous: Token) -> Bool {
        if token.isSentenceEnd && !token.spaceBefore { return true }
        if token.is(")") || token.is("]") { return !token.spaceBefore }
        if token.kind == .quoteMark {
            switch QuoteMark.direction(token.first) {
            case .closing: return true
            case .opening: return false
            case .either: return !token.spaceBefore
            }
        }
        return false
    }

    private static func canStartSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word:
            return !token.first.isLowercase || token.first == "#" || token.first == "@"
        case .number, .quoteMark:
            return true
        case .punctuation:
            return token.is("(") || token.is("[") || token.is("¿") || token.is("¡") || token.isDash
        }
    }
}

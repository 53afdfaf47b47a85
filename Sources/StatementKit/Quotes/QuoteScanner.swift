/// Pairs quotation marks by direction, paragraph by paragraph, carrying an open quotation from
/// one paragraph to the next.
///
/// Curly marks and guillemets say which way they face; a straight `"` faces the way its
/// neighbours say (space before and a letter after opens it), and alternates when they don't.
/// Single marks are quotes only at the top level and only when a closing one follows in the
/// same paragraph, so that apostrophes (`Thomas' sister`) are never taken for quotes. A mark
/// left open runs to the end of its paragraph; it carries into the next paragraph only when
/// that paragraph opens with a new mark or closes the quotation before opening another.
struct QuoteScanner {
    /// Whether the last paragraph scanned ended inside a double quotation.
    private(set) var carriesOpenQuotation = false
    /// Paragraphs without a mark read through since a quotation was left open.
    private var unmarkedParagraphsCarried = 0
    /// The UTF-8 after the paragraph being scanned, to see whether the next mark closes; set by
    /// the reading of the statement while the paragraph is read (empty otherwise).
    var following = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// A copy that lost its continuation marks runs a quotation through a paragraph with no
    /// mark at all; this many at most, so that a mark left open by mistake does not take the
    /// rest of the statement.
    static let unmarkedParagraphsCarriedAtMost = 2

    /// The quotes of one paragraph, into a list that may have held the last one's (its room is
    /// kept).
    mutating func scan(_ tokens: [Token], paragraphLength: Int, into quotes: inout [ScannedQuote]) {
        quotes.removeAll(keepingCapacity: true)
        var carry = carriesOpenQuotation
        var open: (token: Int, weight: QuoteMark.Weight, continues: Bool)? = nil
        var nestedDepth = 0
        var sawDoubleMark = false

        func emit(from openToken: Int?, to closeToken: Int?, continues: Bool) {
            let rawStart = openToken.map { tokens[$0].end } ?? 0
            let rawEnd = closeToken.map { tokens[$0].start } ?? paragraphLength
            let firstToken = openToken.map { $0 + 1 } ?? 0
            let lastToken = closeToken ?? tokens.count
            guard firstToken < lastToken else { return }
            let start = max(rawStart, tokens[firstToken].start)
            let end = min(rawEnd, tokens[lastToken - 1].end)
            guard start < end else { return }
            quotes.append(ScannedQuote(
                start: start, end: end, openMark: openToken, closeMark: closeToken,
                tokens: firstToken..<lastToken, continuesQuotation: continues))
        }

        for index in tokens.indices where tokens[index].kind == .quoteMark {
            let mark = tokens[index].first
            let weight = QuoteMark.weight(mark)
            let facing = direction(of: index, in: tokens)

            if let current = open {
                // German style: „ opens and “ closes.
                let opener = tokens[current.token].first
                if (opener == "„" && (mark == "“" || mark == "”")) || (opener == "‚" && (mark == "‘" || mark == "’")), nestedDepth == 0 {
                    emit(from: current.token, to: index, continues: current.continues)
                    open = nil
                    continue
                }
                if current.weight == .double && weight == .single { continue }
                if current.weight == .single && weight == .double { continue }
                if facing == .opening && QuoteMark.direction(mark) == .opening {
                    nestedDepth += 1
                    continue
                }
                if nestedDepth > 0 {
                    nestedDepth -= 1
                    continue
                }
                if facing == .opening && current.weight == .single { continue }
                emit(from: current.token, to: index, continues: current.continues)
                open = nil
                continue
            }

            // Nothing open.
            if weight == .single {
                // Still possibly inside the quotation carried from the last paragraph.
                if carry { continue }
                if facing != .closing, hasClosingSingle(after: index, in: tokens) {
                    open = (index, .single, false)
                }
                continue
            }
            let firstDoubleMark = !sawDoubleMark
            sawDoubleMark = true
            if carry && firstDoubleMark {
                carry = false
                if facing == .closing || facing == .either {
                    // The quotation from the previous paragraph closes here.
                    emit(from: nil, to: index, continues: true)
                    continue
                }
                if index == 0 {
                    // Newspaper style: a new opening mark at the start of each paragraph.
                    open = (index, .double, true)
                    continue
                }
            }
            if facing == .closing && QuoteMark.direction(mark) == .closing && !startsWords(after: index, in: tokens) {
                continue  // a stray closing mark: nothing to close, nothing to open
            }
            open = (index, .double, false)
        }

        if let current = open {
            emit(from: current.token, to: nil, continues: current.continues)
            carriesOpenQuotation = current.weight == .double
            unmarkedParagraphsCarried = 0
        } else if carry, !sawDoubleMark, unmarkedParagraphsCarried < Self.unmarkedParagraphsCarriedAtMost,
                  !tokens.contains(where: { $0.kind == .quoteMark }), Self.firstDoubleMarkCloses(in: following) {
            // No mark at all, and the next mark closes: the quotation left open goes on
            // through this paragraph.
            emit(from: nil, to: nil, continues: true)
            unmarkedParagraphsCarried += 1
        } else {
            carriesOpenQuotation = false
            unmarkedParagraphsCarried = 0
        }
    }

    /// Whether the first double quotation mark in `bytes` (within a few paragraphs' worth)
    /// closes: a right curly mark or guillemet, or a straight mark after a letter.
    static func firstDoubleMarkCloses(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let end = min(bytes.count, lookAheadBytes)
        while index < end {
            let byte = bytes[index]
            if byte == 0x22 {  // "
                return index > 0 && !isSpace(bytes[index - 1])
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9D { return true }  // ”
                if bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9E { return false }  // “ „
            }
            if byte == 0xC2, index + 1 < bytes.count {
                if bytes[index + 1] == 0xBB { return true }  // »
                if bytes[index + 1] == 0xAB { return false }  // «
            }
            index += 1
        }
        return false
    }

    static let lookAheadBytes = 4096

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Which way a mark faces in its place: by its shape, or for straight marks by whether it
    /// hugs the word after it (opening) or the word before it (closing).
    private func direction(of index: Int, in tokens: [Token]) -> QuoteMark.Direction {
        let token = tokens[index]
        let mark = token.first
        let shape = QuoteMark.direction(mark)
        if shape != .either { return shape }
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let roomBefore = previous == nil || token.spaceBefore || previous!.is("(") || previous!.is("[")
            || previous!.isDash || (previous!.kind == .quoteMark && !previous!.spaceAfter)
        let roomAfter = next == nil || token.spaceAfter
            || (next!.kind == .punctuation && !next!.is("(") && !next!.is("[") && !next!.is("#"))
        let hugsNext = roomBefore && !roomAfter
        let hugsPrevious = !roomBefore && roomAfter
        if hugsNext { return .opening }
        if hugsPrevious { return .closing }
        return .either
    }

    private func hasClosingSingle(after index: Int, in tokens: [Token]) -> Bool {
        var next = index + 1
        // Bounded so that a text of nothing but apostrophes stays linear.
        let limit = min(tokens.count, index + 400)
        while next < limit {
            let token = tokens[next]
            if token.kind == .quoteMark {
                let mark = token.first
                if QuoteMark.weight(mark) == .double { return false }
                if direction(of: next, in: tokens) != .opening { return next > index + 1 }
            }
            next += 1
        }
        return false
    }

    private func startsWords(after index: Int, in tokens: [Token]) -> Bool {
        index + 1 < tokens.count && !tokens[index].spaceAfter && tokens[index + 1].kind != .punctuation
    }
}

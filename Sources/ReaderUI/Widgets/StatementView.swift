import StatementKit

/// The statement: a gutter with paragraph numbers (the focused paragraph marked), the wrapped
/// text painted by role, and search matches on top.
enum StatementView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let rect = state.frame.statement
        let layout = state.layout
        // Only the matches on screen: found there for a long statement, picked from the list
        // for a short one.
        var matches: [TextSpan] = []
        if let search = state.search, state.top < layout.lines.count {
            let bottom = state.top + rect.height
            let start = layout.start(ofLine: state.top)
            let end = bottom < layout.lines.count ? layout.start(ofLine: bottom) : state.scalars.count
            matches = search.matches(overlapping: start..<max(start, end), in: state.scalars)
        }
        let current = state.search?.currentMatch
        for row in 0..<rect.height {
            let index = state.top + row
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            let y = rect.y + row
            if line.isSeparator { continue }
            let focused = line.paragraph == state.focusParagraph && state.document.paragraphs.count > 0
            if index < layout.lines.count, layout.firstLine[line.paragraph] == index {
                let number = String(line.paragraph + 1)
                let digits = state.frame.gutterWidth - 1
                let padded = String(repeating: " ", count: max(0, digits - number.count)) + number
                grid.write(padded, x: rect.x, y: y, role: focused ? .gutterFocus : .gutter, maxX: rect.x + digits)
            }
            if focused { grid.write("▌", x: rect.x + state.frame.gutterWidth - 1, y: y, role: .gutterFocus) }
            var cells = line.cells
            let selected = state.selectedSpan
            let showCursor = state.focus == .statement && state.mode == .normal
            let currentQuoteSpan = state.currentQuoteRef.map { state.document[$0].span }
            for (position, offset) in line.offsets.enumerated() where offset >= 0 {
                // The current quote and the speaker filter are painted here, not in the layout. A
                // term has no speaker, so the filter leaves it as it is.
                let role = cells[position].role
                if role == .quote || role == .term || role == .reported {
                    let speaker = { role == .reported ? state.reportedSpeaker(at: offset) : state.speaker(at: offset) }
                    if let span = currentQuoteSpan, span.start <= offset && offset < span.end {
                        cells[position].role = .quoteCurrent
                    } else if role != .term, let filter = state.speakerFilter, speaker() != filter {
                        cells[position].role = .quoteDimmed
                    }
                }
                if let selected, selected.start <= offset && offset < selected.end { cells[position].role = .selection }
                if showCursor && offset == state.cursor { cells[position].role = .cursor }
            }
            if hasNote(line, state) { grid.write("*", x: rect.x, y: y, role: .noteMark) }
            if !matches.isEmpty {
                for (position, offset) in line.offsets.enumerated() where offset >= 0 {
                    if let current, current.start <= offset && offset < current.end {
                        cells[position].role = .currentMatch
                    } else if contains(matches, offset) {
                        cells[position].role = .searchMatch
                    }
                }
            }
            grid.write(cells, x: rect.x + state.frame.gutterWidth, y: y, maxX: rect.x + rect.width)
        }
        if rect.x + rect.width < grid.width, !state.frame.panes.isEmpty, state.frame.tabs == nil {
            for row in 0..<rect.height { grid.write("│", x: rect.x + rect.width, y: rect.y + row, role: .border) }
        }
        if state.document.paragraphs.isEmpty {
            grid.write("This statement is empty.", x: rect.x + state.frame.gutterWidth, y: rect.y, role: .notice)
        }
    }

    /// Whether a line holds part of an annotation with a note: marked in the gutter.
    private static func hasNote(_ line: StatementLayout.Line, _ state: AppState) -> Bool {
        guard let first = line.offsets.first(where: { $0 >= 0 }), let last = line.offsets.last(where: { $0 >= 0 }) else { return false }
        return state.annotations.contains { !$0.note.isEmpty && $0.state != .orphaned && $0.anchor.start <= last && first < $0.anchor.end }
    }

    /// Whether `offset` lies in one of `matches`, which are in order and apart.
    private static func contains(_ matches: [TextSpan], _ offset: Int) -> Bool {
        let index = Bisection.firstIndex(in: matches.count) { matches[$0].end > offset }
        return index < matches.count && matches[index].start <= offset
    }
}

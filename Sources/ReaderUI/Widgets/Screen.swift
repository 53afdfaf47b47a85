/// Draws the whole reader into a grid. Pure: the same state always gives the same grid.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        if state.frame.tooSmall {
            TooSmallNotice.draw(state, into: &grid)
            return grid
        }
        StatementView.draw(state, into: &grid)
        PaneViews.draw(state, into: &grid)
        StatusLine.draw(state, into: &grid)
        if case .help(let scroll) = state.mode { HelpOverlay.draw(state, scroll: scroll, into: &grid) }
        return grid
    }
}

/// "Communique needs at least 40×10": shown instead of everything else until the window grows.
enum TooSmallNotice {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let lines = [
            "Communique needs at least \(Frame.minimumWidth)×\(Frame.minimumHeight);",
            "this window is \(state.width)×\(state.height).",
            "Enlarge it, or press q to quit.",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            grid.write(line, x: x, y: top + index, role: .notice)
        }
    }
}

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
            let currentQuoteSpan = state.currentQuote.map { state.document.quotes[$0].span }
            for (position, offset) in line.offsets.enumerated() where offset >= 0 {
                // The current quote and the speaker filter are painted here, not in the layout. A
                // term has no speaker, so the filter leaves it as it is.
                let role = cells[position].role
                if role == .quote || role == .term {
                    if let span = currentQuoteSpan, span.start <= offset && offset < span.end {
                        cells[position].role = .quoteCurrent
                    } else if role == .quote, let filter = state.speakerFilter, state.speaker(at: offset) != filter {
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

    private static func contains(_ matches: [TextSpan], _ offset: Int) -> Bool {
        var low = 0, high = matches.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if matches[middle].end <= offset { low = middle + 1 }
            else if matches[middle].start > offset { high = middle - 1 }
            else { return true }
        }
        return false
    }
}

import StatementKit

/// The Quotes, Speakers and Calls to action panes, and the tab bar when they sit below the text.
enum PaneViews {
    static func draw(_ state: AppState, into grid: inout Grid) {
        if let tabs = state.frame.tabs {
            grid.fill(.border, x: tabs.x, y: tabs.y, width: tabs.width, height: 1)
            var x = tabs.x
            for pane in state.visiblePanes {
                let shown = state.frame.panes[pane] != nil
                let focused = state.focus == .pane(pane)
                let label = " \(pane.rawValue) \(state.itemCount(pane)) "
                x = grid.write(label, x: x, y: tabs.y, role: focused ? .paneTitleFocused : shown ? .paneTitle : .border)
                x += 1
            }
        }
        for (pane, rect) in state.frame.panes {
            draw(pane, in: rect, state: state, into: &grid)
        }
    }

    static func draw(_ pane: PaneKind, in rect: Rect, state: AppState, into grid: inout Grid) {
        let focused = state.focus == .pane(pane)
        let count = state.itemCount(pane)
        let selected = state.selection[pane]
        var title = " \(pane.rawValue) "
        if let selected, count > 0 { title += "\(selected + 1)/\(count) " } else { title += "\(count) " }
        if pane == .quotes, let filter = state.speakerFilter { title += "· \(filter) " }
        if state.frame.tabs == nil {
            grid.fill(focused ? .paneTitleFocused : .paneTitle, x: rect.x, y: rect.y, width: rect.width, height: 1)
            grid.write(title, x: rect.x, y: rect.y, role: focused ? .paneTitleFocused : .paneTitle, maxX: rect.x + rect.width)
        }
        let listTop = state.frame.tabs == nil ? rect.y + 1 : rect.y
        let rows = rect.y + rect.height - listTop
        let scroll = state.listScroll[pane] ?? 0
        if count == 0 {
            grid.write(emptyText(pane, state), x: rect.x + 1, y: listTop, role: .paneDetail, maxX: rect.x + rect.width)
            return
        }
        for row in 0..<max(0, rows) {
            let index = scroll + row
            guard index < count else { break }
            let y = listTop + row
            let isSelected = index == selected
            let (label, detail) = item(pane, index, state)
            let role: Role = isSelected ? .paneSelection : pane == .calls ? .call(state.callGroups.strength(of: index)) : .paneItem
            if isSelected { grid.fill(.paneSelection, x: rect.x, y: y, width: rect.width, height: 1) }
            let right = rect.x + rect.width
            var x = grid.write(isSelected ? "›" : " ", x: rect.x, y: y, role: role, maxX: right)
            x = grid.write(fitted(label, width: right - x), x: x, y: y, role: role, maxX: right)
            if let detail, right - x > 4 {
                grid.write(fitted(" " + detail, width: right - x), x: x, y: y, role: isSelected ? .paneSelection : .paneDetail, maxX: right)
            }
        }
    }

    /// The text cut to `width` columns, with `…` where it was cut.
    static func fitted(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var columns = 0
        for character in text {
            let characterWidth = DisplayWidth.of(String(character))
            if columns + characterWidth > width - 1 { break }
            result.append(character)
            columns += characterWidth
        }
        return result + "…"
    }

    static func emptyText(_ pane: PaneKind, _ state: AppState) -> String {
        if let done = state.analysing, pane != .notes { return "Analysing… \(Int(done * 100))%" }
        switch pane {
        case .quotes: return state.speakerFilter == nil ? "No quotes" : "No quotes by \(state.speakerFilter!)"
        case .speakers: return "No speakers"
        case .calls: return "No calls to action"
        case .notes: return "No notes yet: m highlights, a writes a note"
        }
    }

    /// The text of one row: a label, and a dimmer detail after it.
    static func item(_ pane: PaneKind, _ index: Int, _ state: AppState) -> (String, String?) {
        switch pane {
        case .quotes:
            let quote = state.document.quotes[state.listedQuotes[index]]
            if quote.kind == .term { return ("¶\(quote.paragraph + 1) term: “\(quote.text)”", nil) }
            let who = quote.speaker.map(Highlights.shortName) ?? "?"
            let partial = quote.partial ? "…" : ""
            return ("¶\(quote.paragraph + 1) \(who): \(partial)\(quote.text)", nil)
        case .speakers:
            let speaker = state.document.speakers[index]
            return (speaker.tally.isEmpty ? speaker.name : "\(speaker.name) (\(speaker.tally))", speaker.role)
        case .calls:
            let call = state.callGroups[index]
            return ("¶\(call.paragraph + 1) \(CallGroup.marker(call.strength)) \(call.summary)", "[\(call.cue), \(call.strength.rawValue)]")
        case .notes:
            let annotation = state.annotations[index]
            let name = annotation.colour < state.colourNames.count ? state.colourNames[annotation.colour] : "colour"
            let place = annotation.state == .orphaned ? "orphaned" : "¶\(annotation.paragraph + 1)"
            let excerpt = annotation.anchor.exact.split(whereSeparator: \.isNewline).joined(separator: " ")
            var label = "\(place) \(name): “\(excerpt.count > 40 ? String(excerpt.prefix(39)) + "…" : excerpt)”"
            if !annotation.noteSummary.isEmpty { label += " — " + annotation.noteSummary }
            return (label, annotation.state == .anchored || annotation.state == .orphaned ? nil : annotation.state.rawValue)
        }
    }
}

/// The bottom line: where the reader is, what mode it is in, a message, and the help key.
enum StatusLine {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let y = state.frame.status.y
        grid.fill(.status, x: 0, y: y, width: grid.width, height: 1)
        switch state.mode {
        case .searching(let query, let forward, _, _):
            var x = grid.write((forward ? "/" : "?") + query, x: 0, y: y, role: .statusAccent)
            x = grid.write("▏", x: x, y: y, role: .status)
            if let search = state.search {
                let explained = search.isListed ? "" : " (not counted in a text this long)"
                grid.write("  " + (search.summary.map { $0 + explained } ?? "no matches"), x: x, y: y, role: .status)
            }
            rightAligned("Enter keeps · Esc cancels", state, into: &grid)
            return
        case .editingNote(let editor):
            var x = grid.write("Note: ", x: 0, y: y, role: .statusAccent)
            let before = String(editor.text[..<editor.cursor]), after = String(editor.text[editor.cursor...])
            // Long notes scroll so that the cursor stays in view.
            let room = max(10, grid.width - x - 30)
            let shownBefore = DisplayWidth.of(before) > room ? "…" + String(before.suffix(room - 1)) : before
            x = grid.write(shownBefore, x: x, y: y, role: .status)
            x = grid.write("▏", x: x, y: y, role: .statusAccent)
            grid.write(after, x: x, y: y, role: .status, maxX: grid.width - 28)
            rightAligned("Enter saves · Esc cancels", state, into: &grid)
            return
        case .goingTo(let digits):
            let x = grid.write(":" + digits, x: 0, y: y, role: .statusAccent)
            grid.write("▏  paragraph 1–\(state.document.paragraphs.count), Enter to go", x: x, y: y, role: .status)
            return
        default:
            break
        }
        var parts = [state.document.source.isEmpty ? "statement" : state.document.source]
        if let label = state.formatLabel { parts.append(label) }
        let total = state.document.paragraphs.count
        parts.append("¶ \(total == 0 ? 0 : state.focusParagraph + 1)/\(total)")
        parts.append("\(state.percentRead)%")
        if let done = state.analysing { parts.append("analysing \(Int(done * 100))%") }
        if state.pendingLayoutWidth != nil { parts.append("re-wrapping…") }
        if let quote = state.currentQuote, state.document.quotes[quote].paragraph == state.focusParagraph {
            let kind = state.document.quotes[quote].kind
            let rank = state.quotesByKind.rank(of: quote, kind: kind) ?? 0
            parts.append("\(kind == .term ? "term" : "quote") \(rank + 1)/\(state.quotesByKind[kind].count)")
        }
        if let summary = state.search?.summary { parts.append(summary) }
        if let filter = state.speakerFilter { parts.append("speaker: \(filter)") }
        if !state.pendingKeys.isEmpty { parts.append(state.pendingKeys.map(\.description).joined()) }
        var x = grid.write(" " + parts.joined(separator: "  "), x: 0, y: y, role: .status)
        if let message = state.message, !message.isEmpty {
            x = grid.write("  ", x: x, y: y, role: .status)
            grid.write(message, x: x, y: y, role: .statusAccent)
        }
        rightAligned("h help ", state, into: &grid)
    }

    private static func rightAligned(_ text: String, _ state: AppState, into grid: inout Grid) {
        let width = DisplayWidth.of(text)
        let y = state.frame.status.y
        let x = grid.width - width
        // Only where it does not cover what is already written.
        let free = (max(0, x - 1)..<grid.width).allSatisfy { grid[$0, y].text == " " }
        if x > 0, free { grid.write(text, x: x, y: y, role: .statusAccent) }
    }
}

/// Every binding of the key map, by section: generated, so it cannot fall out of date.
enum HelpOverlay {
    static func lines(for keyMap: KeyMap) -> [(keys: String, summary: String)] {
        var lines: [(String, String)] = []
        var section: String? = nil
        for binding in keyMap.bindings {
            if binding.section != section {
                if section != nil { lines.append(("", "")) }
                lines.append(("", binding.section))
                section = binding.section
            }
            let keys = binding.keys.map { $0.map(\.description).joined() }.joined(separator: " ")
            lines.append((keys, binding.summary))
        }
        return lines
    }

    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let lines = self.lines(for: state.keyMap)
        let width = min(grid.width - 2, 76)
        let height = min(grid.height - 2, lines.count + 2)
        let x = (grid.width - width) / 2
        let y = max(0, (grid.height - 1 - height) / 2)
        grid.fill(.help, x: x, y: y, width: width, height: height)
        grid.write(" Keys — any other key closes, j/k scroll ", x: x + 1, y: y, role: .helpKey, maxX: x + width)
        let rows = height - 2
        let first = min(scroll, max(0, lines.count - rows))
        for row in 0..<rows {
            let index = first + row
            guard index < lines.count else { break }
            let line = lines[index]
            let lineY = y + 1 + row
            if line.keys.isEmpty {
                grid.write(line.summary, x: x + 2, y: lineY, role: .helpKey, maxX: x + width - 1)
            } else {
                grid.write(line.keys, x: x + 4, y: lineY, role: .helpKey, maxX: x + 24)
                grid.write(line.summary, x: x + 25, y: lineY, role: .help, maxX: x + width - 1)
            }
        }
    }
}

import StatementKit

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
            rightAligned(state.keyMap.hint(in: .search), state, into: &grid)
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
            rightAligned(state.keyMap.hint(in: .note), state, into: &grid)
            return
        case .goingTo(let digits):
            let x = grid.write(":" + digits, x: 0, y: y, role: .statusAccent)
            grid.write("▏  paragraph 1–\(state.document.paragraphs.count), \(state.keyMap.hint(in: .paragraphNumber))", x: x, y: y, role: .status)
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
        if let reported = state.currentReported, state.document.reportedSpeech[reported].paragraph == state.focusParagraph {
            parts.append("reported \(reported + 1)/\(state.document.reportedSpeech.count)")
        }
        if let listed = state.listedKinds.statusLabel { parts.append(listed) }
        if let summary = state.search?.summary { parts.append(summary) }
        if let filter = state.speakerFilter { parts.append("speaker: \(filter)") }
        if !state.pendingKeys.isEmpty { parts.append(state.pendingKeys.map(\.description).joined()) }
        var x = grid.write(" " + parts.joined(separator: "  "), x: 0, y: y, role: .status)
        if let message = state.message, !message.isEmpty {
            x = grid.write("  ", x: x, y: y, role: .status)
            grid.write(message, x: x, y: y, role: .statusAccent)
        }
        rightAligned(state.keyMap.hint(in: .reading) + " ", state, into: &grid)
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

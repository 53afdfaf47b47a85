import StatementKit

/// The Quotes, Speakers and Calls to action panes, and the tab bar when they sit below the text.
enum PaneViews {
    static func draw(_ state: AppState, into grid: inout Grid) {
        if let tabs = state.frame.tabs, let bar = state.tabBar {
            grid.fill(.border, x: tabs.x, y: tabs.y, width: tabs.width, height: 1)
            for tab in bar.tabs {
                let shown = state.frame.panes[tab.pane] != nil
                let focused = state.focus == .pane(tab.pane)
                grid.write(tab.label, x: tab.columns.lowerBound, y: tabs.y, role: focused ? .paneTitleFocused : shown ? .paneTitle : .border)
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
        if pane == .quotes, state.listedKinds != .direct { title += "· \(state.listedKinds.rawValue) " }
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
        case .quotes:
            let what = state.listedKinds == .reported ? "No reported speech" : "No quotes"
            return state.speakerFilter == nil ? what : "\(what) by \(state.speakerFilter!)"
        case .speakers: return "No speakers"
        case .calls: return "No calls to action"
        case .notes: return "No notes yet: m highlights, a writes a note"
        }
    }

    /// The text of one row: a label, and a dimmer detail after it.
    static func item(_ pane: PaneKind, _ index: Int, _ state: AppState) -> (String, String?) {
        switch pane {
        case .quotes:
            let quote = state.document[state.listedQuotes[index]]
            if quote.kind == .term { return ("¶\(quote.paragraph + 1) term: “\(quote.text)”", nil) }
            let who = quote.speaker.map(Highlights.shortName) ?? "?"
            // `≈` marks what was said without quotation marks; its cue follows, dimmer.
            if quote.kind == .reported { return ("¶\(quote.paragraph + 1) ≈ \(who): \(quote.text)", quote.cue.map { "[\($0)]" }) }
            let partial = quote.partial ? "…" : ""
            return ("¶\(quote.paragraph + 1) \(who): \(partial)\(quote.text)", nil)
        case .speakers:
            switch state.speakerRows[index] {
            case .issuer(let name):
                return ("issuer: \(name)", nil)
            case .speaker(let index, let isIssuer):
                let speaker = state.document.speakers[index]
                let label = speaker.fullTally.isEmpty ? speaker.name : "\(speaker.name) (\(speaker.fullTally))"
                return ((isIssuer ? "issuer: " : "") + label, speaker.role)
            }
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

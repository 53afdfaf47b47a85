import StatementKit

/// The panes: which are shown and focused, what each lists and selects, stepping through
/// quotes and calls, and the mouse.
extension AppState {
    mutating func listQuotes() {
        let quotes = document.quotes
        if let name = speakerFilter {
            listedQuotes = quotes.indices.filter { quotes[$0].speaker == name && (showsTerms || quotes[$0].kind == .speech) }
        } else {
            listedQuotes = showsTerms ? Array(quotes.indices) : quotesByKind.speech
        }
    }

    mutating func select(_ pane: PaneKind, _ index: Int) {
        let count = itemCount(pane)
        guard count > 0 else { return }
        let clamped = min(max(0, index), count - 1)
        selection[pane] = clamped
        let rows = max(1, (frame.panes[pane]?.height ?? 2) - 1)
        var scroll = listScroll[pane] ?? 0
        if clamped < scroll { scroll = clamped }
        if clamped >= scroll + rows { scroll = clamped - rows + 1 }
        listScroll[pane] = max(0, scroll)
        if pane == .speakers { setFilter(document.speakers[clamped].name) }
    }

    mutating func setFilter(_ name: String?) {
        guard speakerFilter != name else { return }
        speakerFilter = name
        listQuotes()
        selection[.quotes] = 0
        listScroll[.quotes] = 0
        relayout()
    }

    /// `]q` and `]s` step through speech, `]t` through terms, from the current quote of either
    /// kind or else from the focused paragraph.
    mutating func stepQuote(_ kind: Quote.Kind, forward: Bool, sameSpeaker: Bool) {
        let quotes = document.quotes
        let noun = kind == .term ? "terms" : "quotes"
        let ofKind = quotesByKind[kind]
        guard !ofKind.isEmpty else { message = stillAnalysing ?? "No \(noun) in this statement"; return }
        if sameSpeaker && (currentQuote.map { quotes[$0].kind != .speech } ?? true) { message = "Not on a quote: use ]q first"; return }
        let speaker = currentQuote.map { quotes[$0].speaker } ?? nil
        let candidates = sameSpeaker ? ofKind.filter { quotes[$0].speaker == speaker } : ofKind
        let next: Int?
        if let current = currentQuote {
            next = forward ? candidates.first { $0 > current } : candidates.last { $0 < current }
        } else {
            // From the focused paragraph onwards.
            next = forward ? candidates.first { quotes[$0].paragraph >= focusParagraph } : candidates.last { quotes[$0].paragraph <= focusParagraph }
        }
        guard let index = next else {
            message = forward ? "No more \(noun) below" : "No more \(noun) above"
            return
        }
        goToQuote(index)
    }

    mutating func goToQuote(_ index: Int) {
        currentQuote = index
        focus(paragraph: document.quotes[index].paragraph)
        cursor = document.quotes[index].span.start
        relayout()
        if let row = listedQuotes.firstIndex(of: index) { select(.quotes, row) }
    }

    mutating func stepCall(forward: Bool) {
        guard !callGroups.isEmpty else { message = stillAnalysing ?? "No calls to action in this statement"; return }
        let groups = callGroups
        let skipsWeak = skipsWeakCalls
        let stops: (Int) -> Bool = { !skipsWeak || groups.strength(of: $0) != .encouragement }
        let next: Int?
        if let current = currentCall {
            next = forward ? (current + 1..<groups.count).first(where: stops) : (0..<current).last(where: stops)
        } else {
            next = forward ? groups.indices.first { groups.paragraph(of: $0) >= focusParagraph && stops($0) }
                : groups.indices.last { groups.paragraph(of: $0) <= focusParagraph && stops($0) }
        }
        guard let index = next else {
            let calls = skipsWeak ? "strong calls" : "calls to action"
            message = forward ? "No more \(calls) below" : "No more \(calls) above"
            return
        }
        currentCall = index
        focus(paragraph: callGroups.paragraph(of: index))
        select(.calls, index)
    }

    mutating func cycleFocus(by step: Int) {
        let order: [Focus] = [.statement] + visiblePanes.map { Focus.pane($0) }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + step + order.count) % order.count]
        if case .pane(let pane) = focus {
            activeTab = pane
            relayout()
            if selection[pane] == nil { select(pane, 0) }
        }
    }

    mutating func activate() {
        guard case .pane(let pane) = focus, let row = selection[pane] else { return }
        switch pane {
        case .quotes:
            let listed = listedQuotes
            if row < listed.count { goToQuote(listed[row]) }
        case .speakers:
            guard row < document.speakers.count else { return }
            let name = document.speakers[row].name
            setFilter(name)
            if let first = document.quotes.firstIndex(where: { $0.speaker == name }) {
                goToQuote(first)
            } else {
                message = "\(name) is reported, not quoted"
            }
        case .calls:
            guard row < callGroups.count else { return }
            currentCall = row
            focus(paragraph: callGroups.paragraph(of: row))
        case .notes:
            guard row < annotations.count else { return }
            goTo(annotations[row])
        }
    }

    /// Lists terms in the Quotes pane or stops listing them, keeping the selected quote selected
    /// when it is still listed.
    mutating func toggleTermsInQuotes() {
        showsTerms.toggle()
        let selected = selection[.quotes].flatMap { $0 < listedQuotes.count ? listedQuotes[$0] : nil }
        listQuotes()
        message = showsTerms ? "Terms shown in Quotes" : "Terms hidden from Quotes"
        guard !listedQuotes.isEmpty else { selection[.quotes] = nil; listScroll[.quotes] = 0; return }
        guard let selected else { return }
        // The first row at or after the quote that was selected.
        let listed = listedQuotes
        select(.quotes, min(Bisection.firstIndex(in: listed.count) { listed[$0] >= selected }, listed.count - 1))
    }

    mutating func setShare(_ share: Int) {
        paneShare = min(60, max(25, share))
        relayout()
    }

    mutating func togglePane(_ pane: PaneKind) {
        if hiddenPanes.contains(pane) { hiddenPanes.remove(pane) } else { hiddenPanes.insert(pane) }
        zen = false
        if focus == .pane(pane) && hiddenPanes.contains(pane) { focus = .statement }
        if !hiddenPanes.contains(pane) { activeTab = pane }
        relayout()
    }

    mutating func click(_ mouse: MouseEvent) {
        guard !frame.tooSmall, mode == .normal else { return }
        if frame.statement.contains(x: mouse.x, y: mouse.y) {
            switch mouse.kind {
            case .wheelUp: scroll(to: top - 3)
            case .wheelDown: scroll(to: top + 3)
            case .click:
                focus = .statement
                let line = top + mouse.y - frame.statement.y
                if line < layout.lines.count { focusParagraph = layout.paragraph(ofLine: line) }
            }
            return
        }
        for (pane, rect) in frame.panes where rect.contains(x: mouse.x, y: mouse.y) {
            switch mouse.kind {
            case .wheelUp: select(pane, (selection[pane] ?? 0) - 3)
            case .wheelDown: select(pane, (selection[pane] ?? 0) + 3)
            case .click:
                focus = .pane(pane)
                let row = mouse.y - rect.y - 1
                if row >= 0 { select(pane, (listScroll[pane] ?? 0) + row) }
            }
            return
        }
        if let tabs = frame.tabs, tabs.contains(x: mouse.x, y: mouse.y), mouse.kind == .click,
           let pane = tabBar?.pane(atColumn: mouse.x)
        {
            focus = .pane(pane)
            activeTab = pane
            relayout()
        }
    }
}

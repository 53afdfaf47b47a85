import StatementKit

/// The panes: which are shown and focused, what each lists and selects, stepping through
/// quotes and calls, and the mouse.
extension AppState {
    mutating func listQuotes() {
        let quotes = document.quotes, reported = document.reportedSpeech
        let name = speakerFilter, terms = showsTerms
        var direct: [QuoteRef] = []
        if listedKinds.listsDirect {
            if let name {
                direct = quotes.indices.filter { quotes[$0].speaker == name && (terms || quotes[$0].kind == .speech) }.map(QuoteRef.quote)
            } else {
                direct = terms ? quotes.indices.map(QuoteRef.quote) : quotesByKind.speech
            }
        }
        guard listedKinds.listsReported else { listedQuotes = direct; return }
        let said = reported.indices.filter { name == nil || reported[$0].speaker == name }.map(QuoteRef.reported)
        listedQuotes = direct.isEmpty ? said : merged(direct, said)
    }

    /// Two lists of quotes, each in reading order, as one.
    func merged(_ first: [QuoteRef], _ second: [QuoteRef]) -> [QuoteRef] {
        var result: [QuoteRef] = []
        result.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && document.precedes(first[i], second[j])) {
                result.append(first[i]); i += 1
            } else {
                result.append(second[j]); j += 1
            }
        }
        return result
    }

    /// The row of the Quotes pane that lists `ref`, or else the first after it (a binary
    /// search: the list is in reading order).
    func listedRow(atOrAfter ref: QuoteRef) -> Int {
        let listed = listedQuotes
        return Bisection.firstIndex(in: listed.count) { !document.precedes(listed[$0], ref) }
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
        if pane == .speakers {
            switch speakerRows[clamped] {
            case .speaker(let speaker, _): setFilter(document.speakers[speaker].name)
            case .issuer: setFilter(nil)
            }
        }
    }

    mutating func setFilter(_ name: String?) {
        guard speakerFilter != name else { return }
        speakerFilter = name
        listQuotes()
        selection[.quotes] = 0
        listScroll[.quotes] = 0
        relayout()
    }

    /// `]q` steps through speech, `]t` through terms, `]r` through reported speech, and `]s`
    /// through the speech and reported speech of the current quote's speaker, from the current
    /// quote of any kind or else from the focused paragraph.
    mutating func stepQuote(_ kind: Quote.Kind, forward: Bool, sameSpeaker: Bool) {
        let quotes = document.quotes, reported = document.reportedSpeech
        let noun = kind == .term ? "terms" : kind == .reported ? "reported speech" : "quotes"
        let ofKind = quotesByKind[kind]
        let count = kind == .reported ? reported.count : ofKind.count
        guard count > 0 || (sameSpeaker && !reported.isEmpty) else { message = stillAnalysing ?? "No \(noun) in this statement"; return }
        let candidates: [QuoteRef]
        if sameSpeaker {
            guard let current = currentQuoteRef, document[current].kind != .term else { message = "Not on a quote: use ]q or ]r first"; return }
            let speaker = document[current].speaker
            candidates = merged(quotesByKind.speech.filter { quotes[$0.index].speaker == speaker },
                                reported.indices.filter { reported[$0].speaker == speaker }.map(QuoteRef.reported))
        } else {
            candidates = []
        }
        let total = sameSpeaker ? candidates.count : count
        func ref(_ position: Int) -> QuoteRef {
            sameSpeaker ? candidates[position] : kind == .reported ? .reported(position) : ofKind[position]
        }
        // Every list here is in reading order, so the step is a binary search.
        let target: Int
        if let current = currentQuoteRef {
            target = forward ? Bisection.firstIndex(in: total) { document.precedes(current, ref($0)) }
                : Bisection.firstIndex(in: total) { !document.precedes(ref($0), current) } - 1
        } else {
            let paragraph = focusParagraph
            target = forward ? Bisection.firstIndex(in: total) { document[ref($0)].paragraph >= paragraph }
                : Bisection.firstIndex(in: total) { document[ref($0)].paragraph > paragraph } - 1
        }
        guard target >= 0, target < total else {
            message = forward ? "No more \(noun) below" : "No more \(noun) above"
            return
        }
        goToQuote(ref(target))
    }

    mutating func goToQuote(_ ref: QuoteRef) {
        currentQuoteRef = ref
        let quote = document[ref]
        focus(paragraph: quote.paragraph)
        cursor = quote.span.start
        relayout()
        let row = listedRow(atOrAfter: ref)
        if row < listedQuotes.count, listedQuotes[row] == ref { select(.quotes, row) }
    }

    mutating func stepCall(forward: Bool) {
        guard !callGroups.isEmpty else { message = stillAnalysing ?? "No calls to action in this statement"; return }
        let groups = callGroups
        let skipsWeak = skipsWeakCalls
        let stops: (Int) -> Bool = { !skipsWeak || ![.encouragement, .advice].contains(groups.strength(of: $0)) }
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
        if focus == .statement, !document.paragraphs.isEmpty { toggleFold(focusParagraph); return }
        guard case .pane(let pane) = focus, let row = selection[pane] else { return }
        switch pane {
        case .quotes:
            let listed = listedQuotes
            if row < listed.count { goToQuote(listed[row]) }
        case .speakers:
            guard row < speakerRows.count else { return }
            guard case .speaker(let speaker, _) = speakerRows[row] else {
                message = "\(document.structure.issuer ?? "The issuer") issues the statement and is not quoted"
                return
            }
            let name = document.speakers[speaker].name
            setFilter(name)
            // The first quote the pane lists, else the first of the other kind.
            let direct = document.quotes.firstIndex { $0.speaker == name }.map(QuoteRef.quote)
            let reported = document.reportedSpeech.firstIndex { $0.speaker == name }.map(QuoteRef.reported)
            if let first = listedQuotes.first ?? direct ?? reported {
                goToQuote(first)
            } else {
                message = "\(name) is neither quoted nor reported"
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

    /// Lists terms in the Quotes pane or stops listing them.
    mutating func toggleTermsInQuotes() {
        showsTerms.toggle()
        relistQuotes()
        message = showsTerms ? "Terms shown in Quotes" : "Terms hidden from Quotes"
    }

    /// The Quotes pane lists direct quotes, then reported speech, then both (`r`). The status
    /// line says which while it is not the default; back at the default, a message says so.
    mutating func cycleQuoteKinds() {
        listedKinds = listedKinds.next
        relistQuotes()
        if listedKinds == .direct { message = "Quotes: direct only" }
    }

    /// Lists the quotes again, keeping the selected quote selected when it is still listed, and
    /// else the first listed after it.
    mutating func relistQuotes() {
        let selected = selection[.quotes].flatMap { $0 < listedQuotes.count ? listedQuotes[$0] : nil }
        listQuotes()
        guard !listedQuotes.isEmpty else { selection[.quotes] = nil; listScroll[.quotes] = 0; return }
        guard let selected else { return }
        select(.quotes, min(listedRow(atOrAfter: selected), listedQuotes.count - 1))
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
                if line < layout.lines.count {
                    focusParagraph = layout.paragraph(ofLine: line)
                    // A click on a fold line opens it.
                    if !layout.isSeparator(line) { openFold(focusParagraph) }
                }
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

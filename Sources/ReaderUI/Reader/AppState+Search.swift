import StatementKit

/// Searching: the query typed in the status line, incremental from where it began, and
/// stepping from match to match.
extension AppState {
    mutating func beginSearch(forward: Bool) {
        mode = .searching(query: "", forward: forward, origin: top, originFocus: focusParagraph)
    }

    mutating func typeSearch(_ action: Action, query: String, forward: Bool, origin: Int, originFocus: Int) {
        var query = query
        switch action {
        case .abandon:
            mode = .normal
            search = nil
            focusParagraph = originFocus
            relayout()
            scroll(to: origin)
            return
        case .submit:
            mode = .normal
            if query.isEmpty, let previous = search { search = previous; stepMatch(forward: forward); return }
            if search?.currentMatch == nil { message = "Pattern not found: \(query)" }
            showCurrentMatch(openingItsFold: true)
            return
        case .eraseBackward:
            if query.isEmpty { typeSearch(.abandon, query: query, forward: forward, origin: origin, originFocus: originFocus); return }
            query.removeLast()
        case .eraseToStart:
            query = ""
        case .typeCharacter(let c):
            query.append(c)
        default:
            return
        }
        mode = .searching(query: query, forward: forward, origin: origin, originFocus: originFocus)
        // Incremental: every keystroke searches again from where the search began.
        let from = origin < layout.lines.count ? layout.start(ofLine: origin) : 0
        if query.isEmpty {
            search = nil
        } else if let previous = search {
            search = previous.extended(to: query, forward: forward, in: scalars, from: from)
        } else {
            search = Search(query: query, forward: forward, in: scalars, from: from)
        }
        focusParagraph = originFocus
        scroll(to: origin)
        showCurrentMatch()
    }

    mutating func stepMatch(forward: Bool) {
        guard let search, let (next, wrapped) = search.stepped(forward: forward, in: scalars) else {
            message = search == nil ? "No search yet: press / to search" : "Pattern not found: \(search!.query)"
            return
        }
        if wrapped {
            // Stepping in the search's own direction moves towards the end of the text.
            message = search.forward == forward
                ? "Search hit the end, continuing at the top" : "Search hit the top, continuing at the end"
        }
        self.search = next
        showCurrentMatch(openingItsFold: true)
    }

    /// Brings the current match on screen; a match kept (Enter, `n`) inside a fold opens it,
    /// while those of a query being typed leave folds as they are.
    mutating func showCurrentMatch(openingItsFold: Bool = false) {
        guard let match = search?.currentMatch else { return }
        if openingItsFold { openFold(paragraph(containing: match.start)) }
        let line = layout.line(containing: match.start)
        if line < top || line >= top + textRows { scroll(to: line - textRows / 3) }
        focusParagraph = layout.paragraph(ofLine: line)
    }
}

import StatementKit

/// The text cursor and the selection: moving by word, sentence and line, and what lies under
/// the cursor.
extension AppState {
    // MARK: Derived

    /// The selected stretch, both ends included.
    public var selectedSpan: TextSpan? {
        guard let anchor = selectionAnchor else { return nil }
        return TextSpan(start: min(anchor, cursor), end: min(scalars.count, max(anchor, cursor) + 1))
    }

    /// What `m` highlights with nothing selected: the quote, else the call, else the sentence.
    var spanUnderCursor: TextSpan? {
        if let quote = document.quotes.first(where: { $0.span.start <= cursor && cursor < $0.span.end }) { return quote.span }
        if let call = callGroups.index(containing: cursor) { return callGroups[call].span }
        let paragraph = self.paragraph(containing: cursor)
        return document.sentences(inParagraph: paragraph).first { $0.start <= cursor && cursor < $0.end } ?? document.paragraphs[paragraph].span
    }

    /// The last paragraph that starts at or before `offset` (the first, before them all).
    func paragraph(containing offset: Int) -> Int {
        max(0, Bisection.firstIndex(in: document.paragraphs.count) { document.paragraphs[$0].span.start > offset } - 1)
    }

    // MARK: Actions

    mutating func applyAnnotationAction(_ action: Action) {
        guard !document.paragraphs.isEmpty else { return }
        switch action {
        case .wordForward: moveCursor(to: nextWordStart(after: cursor))
        case .wordEnd: moveCursor(to: wordEnd(after: cursor))
        case .wordBackward: moveCursor(to: wordStart(before: cursor))
        case .sentenceForward:
            // Sentences are in order: the first that starts after the cursor, by binary search.
            let next = Bisection.firstIndex(in: document.sentences.count) { document.sentences[$0].start > cursor }
            if next < document.sentences.count { moveCursor(to: document.sentences[next].start) }
        case .sentenceBackward:
            let previous = Bisection.firstIndex(in: document.sentences.count) { document.sentences[$0].start >= cursor } - 1
            if previous >= 0 { moveCursor(to: document.sentences[previous].start) }
        case .lineStart, .lineEnd:
            let line = layout.lines[layout.line(containing: cursor)]
            let offsets = line.offsets.filter { $0 >= 0 }
            if let target = action == .lineStart ? offsets.first : offsets.last { moveCursor(to: target) }
        case .visualSelection:
            selectionAnchor = selectionAnchor == nil ? cursor : nil
        case .visualParagraph:
            let paragraph = document.paragraphs[self.paragraph(containing: cursor)]
            selectionAnchor = paragraph.span.start
            moveCursor(to: max(paragraph.span.start, paragraph.span.end - 1), keepSelection: true)
        case .highlight:
            highlight()
        case .nextColour:
            colour = (colour + 1) % Annotation.colourCount
            message = "Highlight colour: \(colourNames[colour])"
        case .annotate:
            guard let target = noteTarget() else { return }
            mode = .editingNote(NoteEditor(text: Array(target.note), cursor: target.note.count, annotation: target))
        case .annotateInEditor:
            guard let target = noteTarget() else { return }
            effects.append(.editNote(target))
        case .deleteAnnotation:
            deleteAnnotation()
        case .undo:
            undo()
        case .copyCitation:
            copyCitation()
        case .exportNotes:
            effects.append(.exportNotes)
        case .refreshNotes:
            effects.append(.reloadAnnotations)
        default:
            break
        }
    }

    mutating func moveCursor(to offset: Int, keepSelection: Bool = true) {
        guard !scalars.isEmpty else { return }
        cursor = min(max(0, offset), scalars.count - 1)
        focusParagraph = paragraph(containing: cursor)
        openFold(focusParagraph)
        let line = layout.line(containing: cursor)
        if line < top || line >= top + textRows { scroll(to: line - textRows / 3) }
    }

    /// After a scroll, a cursor that left the screen comes back to its first line.
    mutating func keepCursorOnScreen() {
        guard !layout.lines.isEmpty, selectionAnchor == nil else { return }
        let line = layout.line(containing: cursor)
        if line < top || line >= top + textRows {
            let first = (top..<min(layout.lines.count, top + textRows)).first { !layout.isSeparator($0) } ?? top
            cursor = layout.lines[first].offsets.first { $0 >= 0 } ?? layout.start(ofLine: first)
        }
    }

    func isWordScalar(_ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && (scalars[offset].properties.isAlphabetic || scalars[offset].properties.numericType != nil)
    }

    func nextWordStart(after offset: Int) -> Int {
        var i = offset
        while i < scalars.count, isWordScalar(i) { i += 1 }
        while i < scalars.count, !isWordScalar(i) { i += 1 }
        return i < scalars.count ? i : offset
    }

    func wordEnd(after offset: Int) -> Int {
        var i = offset + 1
        while i < scalars.count, !isWordScalar(i) { i += 1 }
        while i + 1 < scalars.count, isWordScalar(i + 1) { i += 1 }
        return i < scalars.count ? i : offset
    }

    func wordStart(before offset: Int) -> Int {
        var i = offset - 1
        while i > 0, !isWordScalar(i) { i -= 1 }
        while i > 0, isWordScalar(i - 1) { i -= 1 }
        return max(0, i)
    }
}

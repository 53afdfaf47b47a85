import StatementKit

extension AppState {
    // MARK: Answers from the executable

    /// The effects asked for since the last call, in order.
    public mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    /// Annotations read from the store: re-anchored in the text as it is now. Those whose place
    /// or state changed are saved again; the status line says what happened.
    public mutating func annotationsLoaded(_ stored: [Annotation], announce: Bool) {
        let relocation = Relocation(stored, in: scalars, paragraphs: document.paragraphs)
        var located: [Annotation] = []
        for (before, var annotation) in zip(stored, relocation.annotations) {
            // Notes from an earlier version of the statement now belong to this one.
            annotation.document = documentID
            // An annotation keeps telling how it was found until it is edited.
            if before.anchor != annotation.anchor || before.state != annotation.state {
                if annotation.state == .anchored && before.state != .anchored { annotation.state = before.state }
                if annotation != before { effects.append(.relocateAnnotation(annotation)) }
            }
            located.append(annotation)
        }
        let changed = annotations != Self.ordered(located)
        annotations = Self.ordered(located)
        if changed { relayout(annotationsChanged: true) }
        if announce && !annotations.isEmpty {
            let noun = annotations.count == 1 ? "note" : "notes"
            message = "\(annotations.count) \(noun): " + relocation.summary
        }
    }

    /// A save went through (with its id and times filled in).
    public mutating func annotationSaved(_ annotation: Annotation) {
        let before = annotations.first { $0.id == annotation.id }
        if undoing.remove(annotation.id) == nil { pushUndo(UndoStep(before: before, after: annotation)) }
        annotations.removeAll { $0.id == annotation.id }
        annotations = Self.ordered(annotations + [annotation])
        relayout(annotationsChanged: true)
    }

    public mutating func show(message text: String) { message = text }

    /// Back where the reader left this statement.
    public mutating func resume(from session: ReadingSession) {
        hiddenPanes = Set(session.hiddenPanes.compactMap(PaneKind.init(rawValue:)))
        relayout()
        focusParagraph = min(max(0, session.paragraph), max(0, document.paragraphs.count - 1))
        scroll(to: layout.line(containing: session.offset))
        if !layout.lines.isEmpty, focusParagraph < document.paragraphs.count {
            cursor = max(layout.start(ofLine: top), document.paragraphs[focusParagraph].span.start)
        }
        ensureFocusVisible()
    }

    /// Where the reader is, for the next time.
    public var sessionPosition: (paragraph: Int, offset: Int, hiddenPanes: [String]) {
        let offset = top < layout.lines.count ? layout.start(ofLine: top) : 0
        return (focusParagraph, offset, hiddenPanes.map(\.rawValue).sorted())
    }

    static func ordered(_ annotations: [Annotation]) -> [Annotation] {
        annotations.sorted { ($0.state == .orphaned ? 1 : 0, $0.anchor.start, $0.created) < ($1.state == .orphaned ? 1 : 0, $1.anchor.start, $1.created) }
    }

    // MARK: Derived

    /// The selected stretch, both ends included.
    public var selectedSpan: TextSpan? {
        guard let anchor = selectionAnchor else { return nil }
        return TextSpan(start: min(anchor, cursor), end: min(scalars.count, max(anchor, cursor) + 1))
    }

    /// The annotation the cursor is on, if any (the innermost).
    public var annotationUnderCursor: Annotation? {
        annotations.filter { $0.state != .orphaned && $0.anchor.start <= cursor && cursor < $0.anchor.end }
            .min { $0.anchor.end - $0.anchor.start < $1.anchor.end - $1.anchor.start }
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

    mutating func highlight() {
        let span = selectedSpan ?? spanUnderCursor
        selectionAnchor = nil
        guard let span, !span.isEmpty else { return }
        if var existing = annotations.first(where: { $0.anchor.span == span && $0.state != .orphaned }) {
            existing.colour = colour
            effects.append(.saveAnnotation(existing))
        } else {
            effects.append(.saveAnnotation(newAnnotation(span)))
        }
        message = "Highlighted (\(colourNames[colour]))"
    }

    func newAnnotation(_ span: TextSpan) -> Annotation {
        Annotation(id: "", document: documentID, anchor: TextAnchor(span: span, in: scalars),
                   paragraph: paragraph(containing: span.start), colour: colour, note: "", created: "", updated: "")
    }

    /// A note goes on the note selected in the Notes pane, else on the selection, else on the
    /// highlight under the cursor, else on the quote, call or sentence there.
    mutating func noteTarget() -> Annotation? {
        // In the Notes pane, the selected note.
        if focus == .pane(.notes), let row = selection[.notes], row < annotations.count { return annotations[row] }
        if let span = selectedSpan {
            selectionAnchor = nil
            return newAnnotation(span)
        }
        if let existing = annotationUnderCursor { return existing }
        return spanUnderCursor.map(newAnnotation)
    }

    mutating func typeNote(_ key: Key, editor: NoteEditor) {
        var editor = editor
        switch key {
        case .escape, .control("c"):
            mode = .normal
            message = "Note not saved"
            return
        case .enter:
            mode = .normal
            var annotation = editor.annotation
            annotation.note = String(editor.text)
            effects.append(.saveAnnotation(annotation))
            message = "Note saved"
            return
        case .character(let character):
            editor.text.insert(character, at: editor.cursor)
            editor.cursor += 1
        case .left: editor.cursor = max(0, editor.cursor - 1)
        case .right: editor.cursor = min(editor.text.count, editor.cursor + 1)
        case .home, .control("a"): editor.cursor = 0
        case .end, .control("e"): editor.cursor = editor.text.count
        case .backspace:
            if editor.cursor > 0 { editor.text.remove(at: editor.cursor - 1); editor.cursor -= 1 }
        case .delete:
            if editor.cursor < editor.text.count { editor.text.remove(at: editor.cursor) }
        case .control("u"):
            editor.text.removeSubrange(0..<editor.cursor)
            editor.cursor = 0
        default:
            break
        }
        mode = .editingNote(editor)
    }

    mutating func deleteAnnotation() {
        var target: Annotation?
        if focus == .pane(.notes), let row = selection[.notes], row < annotations.count {
            target = annotations[row]
        } else {
            target = annotationUnderCursor
        }
        guard let annotation = target else { message = "No highlight here"; return }
        annotations.removeAll { $0.id == annotation.id }
        effects.append(.deleteAnnotation(id: annotation.id))
        pushUndo(UndoStep(before: annotation, after: nil))
        if let row = selection[.notes], row >= annotations.count { selection[.notes] = max(0, annotations.count - 1) }
        relayout(annotationsChanged: true)
        message = "Deleted; U undoes"
    }

    mutating func pushUndo(_ step: UndoStep) {
        undoSteps.append(step)
        if undoSteps.count > 100 { undoSteps.removeFirst() }
    }

    mutating func undo() {
        guard let step = undoSteps.popLast() else { message = "Nothing to undo"; return }
        if let before = step.before {
            undoing.insert(before.id)
            effects.append(.saveAnnotation(before))
            message = step.after == nil ? "Restored the deleted note" : "Undid the change"
        } else if let after = step.after {
            annotations.removeAll { $0.id == after.id }
            effects.append(.deleteAnnotation(id: after.id))
            relayout(annotationsChanged: true)
            message = "Undid the highlight"
        }
    }

    mutating func goTo(_ annotation: Annotation) {
        guard annotation.state != .orphaned else {
            message = "This note is orphaned: its words are no longer in the text"
            return
        }
        focus(paragraph: annotation.paragraph)
        moveCursor(to: annotation.anchor.start)
    }

    /// `“…” — Speaker, role, ¶ n`: the quote (or selection) under the cursor, ready to paste.
    mutating func copyCitation() {
        let span: TextSpan
        var speaker: Speaker?
        if let selected = selectedSpan {
            span = selected
            selectionAnchor = nil
        } else if let quote = document.quotes.first(where: { $0.span.start <= cursor && cursor < $0.span.end }) {
            span = quote.span
            speaker = document.speakers.first { $0.name == quote.speaker }
        } else if let sentence = spanUnderCursor {
            span = sentence
        } else {
            return
        }
        if speaker == nil, let quote = document.quotes.first(where: { $0.span.overlaps(span) }) {
            speaker = document.speakers.first { $0.name == quote.speaker }
        }
        let words = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        var citation = "“\(words)”"
        if let speaker {
            citation += " — \(speaker.name)"
            if let role = speaker.role { citation += ", \(role)" }
        }
        citation += ", ¶ \(paragraph(containing: span.start) + 1)"
        effects.append(.copyToClipboard(citation))
        message = "Copied: \(citation.count > 50 ? String(citation.prefix(49)) + "…" : citation)"
    }
}

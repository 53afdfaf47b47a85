import StatementKit

/// Highlights and notes: made, edited, deleted and undone as effects for the executable to
/// store, and brought in when it answers.
extension AppState {
    /// Annotations read from the store: re-anchored in the text as it is now. Those whose place
    /// or state changed are saved again; the status line says what happened.
    mutating func annotationsLoaded(_ stored: [Annotation], announce: Bool) {
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
    mutating func annotationSaved(_ annotation: Annotation) {
        let before = annotations.first { $0.id == annotation.id }
        if undoing.remove(annotation.id) == nil { pushUndo(UndoStep(before: before, after: annotation)) }
        annotations.removeAll { $0.id == annotation.id }
        annotations = Self.ordered(annotations + [annotation])
        relayout(annotationsChanged: true)
    }

    static func ordered(_ annotations: [Annotation]) -> [Annotation] {
        annotations.sorted { ($0.state == .orphaned ? 1 : 0, $0.anchor.start, $0.created) < ($1.state == .orphaned ? 1 : 0, $1.anchor.start, $1.created) }
    }

    /// The annotation the cursor is on, if any (the innermost).
    public var annotationUnderCursor: Annotation? {
        annotations.filter { $0.state != .orphaned && $0.anchor.start <= cursor && cursor < $0.anchor.end }
            .min { $0.anchor.end - $0.anchor.start < $1.anchor.end - $1.anchor.start }
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

    mutating func typeNote(_ action: Action, editor: NoteEditor) {
        var editor = editor
        switch action {
        case .abandon:
            mode = .normal
            message = "Note not saved"
            return
        case .submit:
            mode = .normal
            var annotation = editor.annotation
            annotation.note = String(editor.text)
            effects.append(.saveAnnotation(annotation))
            message = "Note saved"
            return
        case .typeCharacter(let character):
            editor.text.insert(character, at: editor.cursor)
            editor.cursor += 1
        case .caretLeft: editor.cursor = max(0, editor.cursor - 1)
        case .caretRight: editor.cursor = min(editor.text.count, editor.cursor + 1)
        case .caretHome: editor.cursor = 0
        case .caretEnd: editor.cursor = editor.text.count
        case .eraseBackward:
            if editor.cursor > 0 { editor.text.remove(at: editor.cursor - 1); editor.cursor -= 1 }
        case .eraseForward:
            if editor.cursor < editor.text.count { editor.text.remove(at: editor.cursor) }
        case .eraseToStart:
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

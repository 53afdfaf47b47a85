import StatementKit

/// What the reader can be asked to do. Keys map to actions through the `KeyMap`; only
/// `AppState.apply` changes state.
public enum Action: Hashable, Sendable {
    // Moving in the focused pane (the text scrolls, a list moves its selection).
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    // Moving in the statement.
    case nextParagraph, previousParagraph, goToParagraph
    case nextQuote, previousQuote, nextTerm, previousTerm, nextCall, previousCall
    case nextQuoteBySameSpeaker, previousQuoteBySameSpeaker
    case toggleTermsInQuotes, toggleWeakCalls
    // Panes.
    case focusNextPane, focusPreviousPane, activate
    case widenPanes, narrowPanes
    case togglePane(PaneKind)
    case toggleZen
    // Search.
    case searchForward, searchBackward, nextMatch, previousMatch
    // The text cursor, selections, highlights and notes.
    case wordForward, wordEnd, wordBackward, sentenceForward, sentenceBackward, lineStart, lineEnd
    case visualSelection, visualParagraph
    case highlight, nextColour
    case annotate, annotateInEditor, deleteAnnotation, undo
    case copyCitation, exportNotes, refreshNotes
    // The rest.
    case cancel, toggleHelp, quit
}

/// What the reader asks the world to do: returned from `apply`, run by the executable, and
/// answered through `AppState`'s `annotationSaved`, `annotationsLoaded` and `show(message:)`.
public enum Effect: Hashable, Sendable {
    /// Persist an annotation; a new one comes with an empty id and empty times, for the
    /// executable to fill in (ids and clocks live at the edge).
    case saveAnnotation(Annotation)
    /// Store where (and how) an annotation was found again; not an edit, so no new times.
    case relocateAnnotation(Annotation)
    case deleteAnnotation(id: String)
    /// Put text on the clipboard (OSC 52).
    case copyToClipboard(String)
    /// Edit a note in `$VISUAL`/`$EDITOR`; the result comes back as a saved annotation.
    case editNote(Annotation)
    case exportNotes
    case reloadAnnotations
}

/// The panes beside the statement.
public enum PaneKind: String, Hashable, Sendable, CaseIterable {
    case quotes = "Quotes"
    case speakers = "Speakers"
    case calls = "Calls to action"
    case notes = "Notes"
}

/// Which pane has the keyboard.
public enum Focus: Hashable, Sendable {
    case statement
    case pane(PaneKind)
}

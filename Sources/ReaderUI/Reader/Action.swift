import StatementKit

/// What the reader can be asked to do. Keys map to actions through the `KeyMap`; only
/// `AppState.update` changes state.
public enum Action: Hashable, Sendable {
    // Moving in the focused pane (the text scrolls, a list moves its selection).
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    // Moving in the statement.
    case nextParagraph, previousParagraph, goToParagraph
    case toggleFolds
    case nextQuote, previousQuote, nextTerm, previousTerm, nextCall, previousCall
    case nextQuoteBySameSpeaker, previousQuoteBySameSpeaker
    case nextReported, previousReported
    case toggleTermsInQuotes, toggleWeakCalls, cycleQuoteKinds
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
    // Typing in the status line: a search, a paragraph number, a note.
    case typeCharacter(Character)
    case eraseBackward, eraseForward, eraseToStart
    case caretLeft, caretRight, caretHome, caretEnd
    case submit, abandon
    // In the help.
    case scrollHelpDown, scrollHelpUp, closeHelp
    // The rest.
    case cancel, toggleHelp, quit
}

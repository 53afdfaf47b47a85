import StatementKit

/// What the reader asks the world to do: returned from `AppState.update`, run by the
/// executable, and answered with `Message`s (`annotationSaved`, `annotationsLoaded`, `notice`,
/// `layoutFinished`).
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
    /// Wrap a long statement at a new width off the loop; the lines come back as
    /// `Message.layoutFinished`.
    case layOut(AppState.LayoutRequest)
}

import StatementKit

/// A note being written in the status line.
public struct NoteEditor: Equatable, Sendable {
    public var text: [Character]
    public var cursor: Int
    /// What the note belongs to: an existing annotation, or a new one (empty id).
    public var annotation: Annotation
}

import StatementKit

/// One change to undo: what the annotation was before (nil: it did not exist) and after.
struct UndoStep: Hashable, Sendable {
    var before: Annotation?
    var after: Annotation?
}

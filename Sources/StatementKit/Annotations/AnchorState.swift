/// How an annotation was found again in the text as it is now.
public enum AnchorState: String, Hashable, Sendable, Codable, CaseIterable {
    /// At its stored position, word for word.
    case anchored
    /// Word for word, somewhere else.
    case moved
    /// Found, but its words changed.
    case changed
    /// Not found: kept, listed apart, never dropped.
    case orphaned
}

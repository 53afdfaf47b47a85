/// The panes beside the statement.
public enum PaneKind: String, Hashable, Sendable, CaseIterable {
    case quotes = "Quotes"
    case speakers = "Speakers"
    case calls = "Calls to action"
    case notes = "Notes"
}

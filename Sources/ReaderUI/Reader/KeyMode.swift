/// The ways the reader reads keys. Each has its own bindings in the `KeyMap`, and its help is
/// generated from them.
public enum KeyMode: String, CaseIterable, Sendable {
    case reading = "Reading"
    /// Reading with a selection open: a few keys mean something else, the rest as in reading.
    case selecting = "Selecting"
    case search = "Search prompt"
    case paragraphNumber = "Paragraph prompt"
    case note = "Note editor"
    case help = "Help"

    /// The mode whose bindings apply where this one has none of its own.
    var fallsBackTo: KeyMode? { self == .selecting ? .reading : nil }
}

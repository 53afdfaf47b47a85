/// Which quotes the Quotes pane lists (`r` cycles them): direct quotes, as the pane always
/// listed, reported speech, or both in reading order.
public enum QuoteKinds: String, CaseIterable, Sendable {
    case direct, reported, both

    public var next: QuoteKinds {
        switch self {
        case .direct: return .reported
        case .reported: return .both
        case .both: return .direct
        }
    }

    var listsDirect: Bool { self != .reported }
    var listsReported: Bool { self != .direct }

    /// What the status line says while the pane lists other than the default.
    var statusLabel: String? {
        switch self {
        case .direct: return nil
        case .reported: return "Quotes: reported"
        case .both: return "Quotes: direct + reported"
        }
    }
}

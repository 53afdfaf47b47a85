/// Which pane has the keyboard.
public enum Focus: Hashable, Sendable {
    case statement
    case pane(PaneKind)
}

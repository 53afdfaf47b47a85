/// Everything that can happen to the reader from outside.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

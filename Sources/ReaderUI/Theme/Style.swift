/// Colours and attributes for one role. Attributes carry meaning where colour cannot
/// (a monochrome terminal, `NO_COLOR`).
public struct Style: Hashable, Sendable {
    public var foreground: Color = .terminalDefault
    public var background: Color = .terminalDefault
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                bold: Bool = false, dim: Bool = false, italic: Bool = false, underline: Bool = false, reverse: Bool = false)
    {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }
}

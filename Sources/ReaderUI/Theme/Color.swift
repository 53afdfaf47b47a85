/// A colour as a theme names it; the terminal maps it to what it can show.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background (curses colour -1).
    case terminalDefault
    /// One of the 256 indexed colours; 0–15 are the ANSI colours.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
        "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `default`, an ANSI name, `0`–`255` or `#rrggbb`.
    public init?(name: String) {
        let lower = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if lower == "default" || lower == "terminal" { self = .terminalDefault; return }
        if let index = Self.ansiNames.firstIndex(of: lower) { self = .indexed(index); return }
        if lower == "gray" || lower == "grey" { self = .indexed(8); return }
        if let number = Int(lower), (0...255).contains(number) { self = .indexed(number); return }
        if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    /// The curses colour number for a terminal with `colors` colours: -1 for the default,
    /// the nearest entry of the xterm palette for `#rrggbb` (the palette itself is never
    /// changed), and indexes above what the terminal has folded into its ANSI range.
    public func terminalIndex(colors: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            if index < colors { return index }
            return Self.nearest(to: Self.rgbOfIndex(index), in: 0..<min(colors, 16))
        case .rgb(let r, let g, let b):
            // With 256 colours, only the fixed cube and greys: users repaint 0–15 at will.
            if colors >= 256 { return Self.nearest(to: (Int(r), Int(g), Int(b)), in: 16..<256) }
            return Self.nearest(to: (Int(r), Int(g), Int(b)), in: 0..<min(colors, 16))
        }
    }

    static func nearest(to target: (Int, Int, Int), in candidates: Range<Int>) -> Int {
        guard !candidates.isEmpty else { return -1 }
        var best = candidates.lowerBound, bestDistance = Int.max
        for index in candidates {
            let (r, g, b) = rgbOfIndex(index)
            let distance = (r - target.0) * (r - target.0) * 3 + (g - target.1) * (g - target.1) * 4 + (b - target.2) * (b - target.2) * 2
            if distance < bestDistance { best = index; bestDistance = distance }
        }
        return best
    }

    /// The xterm 256-colour palette.
    static func rgbOfIndex(_ index: Int) -> (Int, Int, Int) {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return ansi[max(0, index)] }
        if index < 232 {
            let steps = [0, 95, 135, 175, 215, 255]
            let i = index - 16
            return (steps[i / 36], steps[i / 6 % 6], steps[i % 6])
        }
        let level = 8 + (index - 232) * 10
        return (level, level, level)
    }
}

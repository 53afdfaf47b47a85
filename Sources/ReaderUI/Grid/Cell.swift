/// One character cell of the screen: a spacing scalar with up to four combining scalars
/// (what a curses `cchar_t` holds), the role it is painted in, and its width.
public struct Cell: Hashable, Sendable {
    /// At most five scalars; empty for the second half of a wide glyph.
    public var text: String
    public var width: Int
    public var role: Role

    public init(text: String, width: Int, role: Role = .text) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(text: " ", width: 1)
    /// The cell covered by the right half of a wide glyph.
    public static let continuation = Cell(text: "", width: 0)

    /// Splits text into cells the way curses draws it. Control characters and escape
    /// sequences become visible symbols (␛, ␇, <U+009B>) so no byte of a document reaches the
    /// terminal as a command; tabs become spaces to the next multiple of `tabWidth`.
    public static func cells(of text: String, role: Role = .text, startColumn: Int = 0, tabWidth: Int = 4) -> [Cell] {
        var cells: [Cell] = []
        var column = startColumn
        func append(_ scalars: String.UnicodeScalarView, width: Int) {
            cells.append(Cell(text: String(scalars), width: width, role: role))
            column += width
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\t" {
                let spaces = tabWidth - column % tabWidth
                for _ in 0..<spaces { append(" ".unicodeScalars, width: 1) }
                continue
            }
            if value < 0x20 || value == 0x7F {
                let symbol = value == 0x7F ? Unicode.Scalar(0x2421)! : Unicode.Scalar(0x2400 + value)!
                append(String(symbol).unicodeScalars, width: 1)
                continue
            }
            if (0x80..<0xA0).contains(value) {
                for c in "<U+\(String(value, radix: 16, uppercase: true))>".unicodeScalars {
                    append(String(c).unicodeScalars, width: 1)
                }
                continue
            }
            let width = DisplayWidth.of(scalar)
            if width < 0 {
                append("\u{FFFD}".unicodeScalars, width: 1)
            } else if width == 0 {
                // A combining mark joins the cell before it, up to five scalars a cell.
                if var last = cells.last, last.width > 0, last.text.unicodeScalars.count < 5 {
                    last.text.unicodeScalars.append(scalar)
                    cells[cells.count - 1] = last
                } else {
                    var scalars = "◌".unicodeScalars
                    scalars.append(scalar)
                    append(scalars, width: 1)
                }
            } else {
                append(String(scalar).unicodeScalars, width: width)
            }
        }
        return cells
    }
}

/// The whole screen as cells: what `Screen.render` returns and the terminal draws. Tests read
/// it back as text, the way ratatui tests a buffer.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text from `x` on row `y`, clipped at `maxX` (exclusive). A wide glyph that would
    /// straddle the edge, or land in the screen's last column, is replaced by a space so that
    /// the terminal never wraps it. Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, role: Role, maxX: Int? = nil) -> Int {
        write(Cell.cells(of: text, role: role, startColumn: x), x: x, y: y, maxX: maxX)
    }

    @discardableResult
    public mutating func write(_ newCells: [Cell], x: Int, y: Int, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var column = x
        for cell in newCells {
            if column >= limit { break }
            if cell.width == 2 {
                // Both halves must fit; the first half is then never in the last column.
                guard column + 1 < limit else {
                    set(Cell(text: " ", width: 1, role: cell.role), x: column, y: y)
                    column += 1
                    break
                }
                set(cell, x: column, y: y)
                set(Cell(text: "", width: 0, role: cell.role), x: column + 1, y: y)
                column += 2
            } else {
                set(cell, x: column, y: y)
                column += 1
            }
        }
        return column
    }

    /// Paints `role` over a run of cells without changing their text.
    public mutating func paint(_ role: Role, x: Int, y: Int, width count: Int) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) { cells[y * width + column].role = role }
    }

    public mutating func fill(_ role: Role, x: Int, y: Int, width count: Int, height rows: Int) {
        for row in max(0, y)..<min(height, y + rows) {
            for column in max(0, x)..<min(width, x + count) {
                set(Cell(text: " ", width: 1, role: role), x: column, y: row)
            }
        }
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        // Overwriting half of a wide glyph blanks the other half.
        let index = y * width + x
        if cells[index].width == 0, x > 0, cells[index - 1].width == 2 { cells[index - 1] = Cell(text: " ", width: 1, role: cells[index - 1].role) }
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = Cell(text: " ", width: 1, role: cells[index + 1].role) }
        cells[index] = cell
    }

    /// The screen as lines of text, trailing spaces kept, for snapshot tests.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where self[x, y].width > 0 { line += self[x, y].text }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}

import StatementKit

/// Every binding of the key map, by section: generated, so it cannot fall out of date.
enum HelpOverlay {
    static func lines(for keyMap: KeyMap) -> [(keys: String, summary: String)] {
        var lines: [(String, String)] = []
        var section: String? = nil
        for binding in keyMap.bindings {
            if binding.section != section {
                if section != nil { lines.append(("", "")) }
                lines.append(("", binding.section))
                section = binding.section
            }
            let keys = binding.keys.map { $0.map(\.description).joined() }.joined(separator: " ")
            lines.append((keys, binding.summary))
        }
        return lines
    }

    static func draw(_ state: AppState, scroll: Int, into grid: inout Grid) {
        let lines = self.lines(for: state.keyMap)
        let width = min(grid.width - 2, 76)
        let height = min(grid.height - 2, lines.count + 2)
        let x = (grid.width - width) / 2
        let y = max(0, (grid.height - 1 - height) / 2)
        grid.fill(.help, x: x, y: y, width: width, height: height)
        grid.write(" Keys — any other key closes, j/k scroll ", x: x + 1, y: y, role: .helpKey, maxX: x + width)
        let rows = height - 2
        let first = min(scroll, max(0, lines.count - rows))
        for row in 0..<rows {
            let index = first + row
            guard index < lines.count else { break }
            let line = lines[index]
            let lineY = y + 1 + row
            if line.keys.isEmpty {
                grid.write(line.summary, x: x + 2, y: lineY, role: .helpKey, maxX: x + width - 1)
            } else {
                grid.write(line.keys, x: x + 4, y: lineY, role: .helpKey, maxX: x + 24)
                grid.write(line.summary, x: x + 25, y: lineY, role: .help, maxX: x + width - 1)
            }
        }
    }
}

import StatementKit

/// Every binding of the mode the help was opened in, by section, and what its other keys do:
/// generated from the key map, so it cannot fall out of date.
enum HelpOverlay {
    static func lines(for keyMap: KeyMap, mode: KeyMode) -> [(keys: String, summary: String)] {
        var lines: [(String, String)] = []
        var section: String? = nil
        var modes = [mode]
        while let fallback = modes.last!.fallsBackTo { modes.append(fallback) }
        for binding in modes.flatMap(keyMap.bindings(in:)) {
            if binding.section != section {
                if section != nil { lines.append(("", "")) }
                lines.append(("", binding.section))
                section = binding.section
            }
            let keys = binding.keys.map { $0.map(\.description).joined() }.joined(separator: " ")
            lines.append((keys, binding.summary))
        }
        if let rest = keyMap.unbound[mode] {
            if rest.typing != nil { lines.append((rest.typing == .digits ? "a digit" : "a character", rest.typingSummary)) }
            lines.append(("other keys", rest.otherwiseSummary))
        }
        return lines
    }

    /// `any other key closes, j/k scroll`: what the help's own keys do.
    static func title(for keyMap: KeyMap) -> String {
        let keys = keyMap.bindings(in: .help)
        func first(_ action: Action) -> String {
            keys.first { $0.action == action }.map { $0.keys[0].map(\.description).joined() } ?? ""
        }
        let closes = keyMap.unbound[.help]?.otherwiseSummary ?? ""
        return "\(closes), \(first(.scrollHelpDown))/\(first(.scrollHelpUp)) scroll"
    }

    static func draw(_ state: AppState, mode: KeyMode, scroll: Int, into grid: inout Grid) {
        let lines = self.lines(for: state.keyMap, mode: mode)
        let width = min(grid.width - 2, 76)
        let height = min(grid.height - 2, lines.count + 2)
        let x = (grid.width - width) / 2
        let y = max(0, (grid.height - 1 - height) / 2)
        grid.fill(.help, x: x, y: y, width: width, height: height)
        grid.write(" Keys — \(title(for: state.keyMap)) ", x: x + 1, y: y, role: .helpKey, maxX: x + width)
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

import StatementKit

/// "Communique needs at least 40×10": shown instead of everything else until the window grows.
enum TooSmallNotice {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let lines = [
            "Communique needs at least \(Frame.minimumWidth)×\(Frame.minimumHeight);",
            "this window is \(state.width)×\(state.height).",
            "Enlarge it, or press q to quit.",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            grid.write(line, x: x, y: top + index, role: .notice)
        }
    }
}

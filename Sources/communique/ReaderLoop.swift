import CursesTerminal
import ReaderUI
import StatementKit

/// The run loop: an event from the terminal, `AppState.apply`, a frame drawn; until quit.
struct ReaderLoop {
    var document: Document
    var theme: Theme
    var mouse: Bool
    /// Hidden: `!` traps, to test that a crash leaves the terminal as it was.
    var debugTrap: Bool

    func run() throws {
        let terminal = try Terminal(theme: theme, mouse: mouse)
        defer { terminal.restore() }
        let size = terminal.size
        var state = AppState(document: document, width: size.width, height: size.height)
        terminal.draw(Screen.render(state))
        while !state.quitRequested {
            guard let event = terminal.nextEvent() else { continue }
            if debugTrap, event == .key(.character("!")) { fatalError("--debug-trap: deliberate crash") }
            state.apply(event)
            terminal.draw(Screen.render(state))
        }
    }
}

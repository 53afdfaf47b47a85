import CNCursesW
import ReaderUI
#if canImport(Glibc)
import Glibc
#endif

/// The terminal, driven through ncursesw: the only code that talks to curses. It opens the
/// controlling tty (so a document can arrive on stdin), turns input into `Event`s, draws a
/// `Grid` in a `Theme`'s colours, and puts the terminal back as it was on every way out.
public final class Terminal {
    public enum Failure: Error, CustomStringConvertible {
        case noTerminal
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .noTerminal: return "no terminal to draw on (/dev/tty cannot be opened); try `communique analyze`"
            case .unknownTerminal(let name): return "unknown terminal type '\(name)'; set TERM to one this system knows, such as xterm-256color"
            }
        }
    }

    private let tty: UnsafeMutablePointer<FILE>
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var palette: Palette
    private var restored = false

    public var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    public init(theme: Theme, mouse: Bool) throws {
        // ncursesw needs a UTF-8 locale before newterm, or every non-ASCII cell is garbled.
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        guard let tty = fopen("/dev/tty", "r+") else { throw Failure.noTerminal }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        TerminalRestore.save(descriptor: fileno(tty))
        guard let screen = newterm(nil, tty, tty) else {
            fclose(tty)
            throw Failure.unknownTerminal(term.isEmpty ? "(unset)" : term)
        }
        TerminalRestore.installHandlers()
        self.tty = tty
        self.screen = screen
        _ = set_term(screen)
        guard let window = cq_stdscr() else { throw Failure.noTerminal }
        self.window = window
        // raw: Ctrl-C arrives as a key and quits through the same path as q.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        if mouse { _ = mousemask(cq_mouse_events(), nil); mouseinterval(0) }
        var colours = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colours = Int(cq_colors())
        }
        palette = Palette(theme: theme, colours: colours, pairs: Int(cq_color_pairs()))
    }

    deinit { restore() }

    /// Puts the terminal back: the screen as it was, cursor shown, mouse reporting off.
    public func restore() {
        guard !restored else { return }
        restored = true
        _ = mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        TerminalRestore.restoreNow()
        fclose(tty)
    }

    /// Leaves curses for another program (an editor) until `resume`.
    public func suspend() {
        def_prog_mode()
        endwin()
        TerminalRestore.restoreNow()
    }

    public func resume() {
        reset_prog_mode()
        curs_set(0)
        clearok(window, true)
        wrefresh(window)
    }

    /// Bytes for the terminal itself, outside curses: an OSC 52 clipboard request.
    public func send(_ sequence: String) {
        fflush(tty)
        var bytes = Array(sequence.utf8)
        _ = write(fileno(tty), &bytes, bytes.count)
    }

    public func use(_ theme: Theme) {
        palette = Palette(theme: theme, colours: palette.colours, pairs: palette.maximumPairs)
    }

    // MARK: Output

    public func draw(_ grid: Grid) {
        var cell = cchar_t()
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let item = grid[x, y]
                if item.width == 0 { continue }
                var (attributes, pair) = palette.attributes(for: item.role)
                var scalars = item.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) } + [0]
                setcchar(&cell, &scalars, attributes, 0, &pair)
                // The bottom-right cell reports ERR but is drawn.
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    // MARK: Input

    /// The next event, waiting at most `milliseconds` (forever when nil); nil for a wait that
    /// ran out or input that means nothing to the reader.
    public func nextEvent(waitingAtMost milliseconds: Int?) -> Event? {
        wtimeout(window, Int32(milliseconds ?? -1))
        return nextEvent()
    }

    /// The next event; nil for input that means nothing to the reader.
    public func nextEvent() -> Event? {
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        if status == OK { return .key(Self.key(forCharacter: UInt32(character))) }
        guard status == KEY_CODE_YES else { return nil }
        switch Int32(character) {
        case KEY_RESIZE: return .resize(width: Int(cq_cols()), height: Int(cq_lines()))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let kind: MouseEvent.Kind
            if event.bstate & cq_wheel_up() != 0 { kind = .wheelUp }
            else if event.bstate & cq_wheel_down() != 0 { kind = .wheelDown }
            else if event.bstate & cq_button1_clicked() != 0 { kind = .click }
            else { return nil }
            return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        default:
            for n in 1...12 where Int32(character) == cq_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .character("\u{FFFD}") }
            return .character(Character(scalar))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// What must happen however the process ends: the tty settings saved before curses touched
/// them and the escape sequences that undo what curses set (alternate screen, hidden cursor,
/// mouse reporting, colours). Kept in memory a signal handler can read without allocating.
enum TerminalRestore {
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var ttyDescriptor: Int32 = -1
    nonisolated(unsafe) static var sequence: UnsafeMutableRawPointer? = nil
    nonisolated(unsafe) static var sequenceLength = 0
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
        actions.initialize(repeating: sigaction(), count: Int(NSIG))
        return actions
    }()

    static let bytes: [UInt8] = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)

    static func save(descriptor: Int32) {
        ttyDescriptor = descriptor
        tcgetattr(descriptor, &savedTermios)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        sequence = buffer
        sequenceLength = bytes.count
    }

    /// Async-signal-safe: write(2) and tcsetattr(3) only.
    static func restoreNow() {
        guard ttyDescriptor >= 0, let sequence else { return }
        _ = write(ttyDescriptor, sequence, sequenceLength)
        _ = tcsetattr(ttyDescriptor, TCSAFLUSH, &savedTermios)
    }

    /// Crashes (a Swift trap is SIGILL or SIGTRAP) restore the terminal, then hand over to the
    /// runtime's backtracer; SIGTERM, SIGHUP and SIGINT restore it and exit.
    static func installHandlers() {
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                TerminalRestore.restoreNow()
                sigaction(signal, TerminalRestore.previousActions + Int(signal), nil)
                if signal == SIGABRT { raise(signal) }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, previousActions + Int(signal))
        }
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                TerminalRestore.restoreNow()
                _exit(128 + signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previousActions + Int(signal))
        }
    }
}

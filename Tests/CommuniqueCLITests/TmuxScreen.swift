import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for the reader: a private tmux server (its own socket, no user config)
/// that the test types into and reads back as text.
final class TmuxScreen {
    let socket = "communique-e2e-\(UUID().uuidString.prefix(8))"

    init(_ command: String, width: Int = 120, height: Int = 40) throws {
        try tmux(["new-session", "-d", "-s", "reader", "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "reader"] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "reader", "-l", text]) }
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "reader", "-x", "\(width)", "-y", "\(height)"])
    }

    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "reader"] + (escapes ? ["-e"] : []), capture: true)
    }

    /// The process id of the program running in the pane.
    func panePID() throws -> pid_t {
        pid_t(try tmux(["display-message", "-p", "-t", "reader", "#{pane_pid}"], capture: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Polls the screen until `predicate` holds; records the screen when it never does.
    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(10), _ predicate: (String) -> Bool) async throws -> String {
        let (screen, held) = try await poll(timeout: timeout, predicate)
        if !held { Issue.record("timed out waiting for \(what); the screen was:\n\(screen)") }
        return screen
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; the last screen, and
    /// whether it held. For waits whose outcome the test counts rather than requires.
    func poll(timeout: Duration = .seconds(10), _ predicate: (String) -> Bool) async throws -> (screen: String, held: Bool) {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = try capture()
        while !predicate(screen) {
            guard clock.now < deadline else { return (screen, false) }
            try await Task.sleep(for: .milliseconds(40))
            screen = try capture()
        }
        return (screen, true)
    }

    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = false) throws -> String {
        try spawn(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, capture: capture)
    }
}

struct SpawnError: Error { var code: Int32 }

/// posix_spawnp with an empty signal mask and default dispositions. Foundation's Process
/// passes on the test thread's mask, which blocks SIGWINCH, SIGINT and SIGTERM: the reader
/// under test would never see a resize or a kill. Standard input is /dev/null, never a pipe,
/// or the daemonised tmux server would keep the read open.
func spawn(_ argv: [String], capture: Bool) throws -> String {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var fds: [Int32] = [-1, -1]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
        guard pipe(&fds) == 0 else { throw SpawnError(code: errno) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let arguments = argv.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var pid = pid_t()
    let status = posix_spawnp(&pid, argv[0], &actions, &attributes, arguments, environ)
    if capture { close(fds[1]) }
    guard status == 0 else { throw SpawnError(code: status) }
    var output: [UInt8] = []
    if capture {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fds[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(fds[0])
    }
    var exitStatus: Int32 = 0
    waitpid(pid, &exitStatus, 0)
    return String(decoding: output, as: UTF8.self)
}

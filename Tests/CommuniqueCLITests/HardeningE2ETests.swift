import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A small seeded generator, so that a failing stress run can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("The terminal under abuse", .serialized, .enabled(if: tmuxInstalled))
struct TerminalHardeningTests {
    let binary = Run.binary.path

    @Test func thousandRandomKeysAndResizesNeverCrashTheReader() async throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["COMMUNIQUE_STRESS_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(state: seed)
        let scratch = try Scratch()
        let document = seedExists ? seed_ : try scratch.file("s.txt", String(repeating: "“We call on all sides to talk,” she said. 東京 e\u{301}\n\n", count: 40))
        let screen = try TmuxScreen(
            "EDITOR=true COMMUNIQUE_DATA_DIR=\(scratch.url.path)/data \(binary) --mouse \(document); echo EXIT=$? > \(scratch.url.path)/exit; sleep 60",
            width: 100, height: 30)
        try await screen.waitFor("the reader") { $0.contains("¶ ") }
        // Every key the reader knows except the ones that quit, and some it does not.
        let keys = ["j", "k", "}", "{", "J", "K", "Space", "b", "d", "u", "g", "G", "]", "[", "q", "c", "s", "n", "N", "/",
                    "w", "e", "B", "(", ")", "0", "$", "v", "V", "m", "M", "a", "x", "U", "y", "R", "<", ">", "1", "2", "3", "4",
                    "z", "h", "F1", ":", "5", "Tab", "BTab", "Enter", "Escape", "Up", "Down", "PPage", "NPage", "Home", "End",
                    "BSpace", "DC", "Left", "Right", "x", "é", "東", "A"].filter { $0 != "q" }
        for index in 0..<1000 {
            if index % 25 == 24 {
                try screen.resize(width: Int.random(in: 20...250, using: &random), height: Int.random(in: 5...80, using: &random))
            } else {
                let key = keys[Int.random(in: 0..<keys.count, using: &random)]
                if key.count == 1 || key == "東" || key == "é" { try screen.type(key) } else { try screen.keys(key) }
            }
        }
        try screen.resize(width: 100, height: 30)
        try screen.keys("Escape", "Escape")
        try await Task.sleep(for: .milliseconds(300))
        let alive = !FileManager.default.fileExists(atPath: scratch.url.path + "/exit")
        #expect(alive, "the reader exited during the stress run; replay with COMMUNIQUE_STRESS_SEED=\(seed)")
        // Whatever mode the keys left it in (a prompt, help, a note), Esc then q leaves; a key
        // can arrive glued to the Esc before it, so try a few times.
        for _ in 0..<5 where !FileManager.default.fileExists(atPath: scratch.url.path + "/exit") {
            try screen.keys("Escape")
            try await Task.sleep(for: .milliseconds(150))
            try screen.keys("q")
            for _ in 0..<20 where !FileManager.default.fileExists(atPath: scratch.url.path + "/exit") {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        try await screen.waitFor("the exit (seed \(seed))") { _ in FileManager.default.fileExists(atPath: scratch.url.path + "/exit") }
        let status = try String(contentsOfFile: scratch.url.path + "/exit", encoding: .utf8)
        #expect(status.contains("EXIT=0"), "replay with COMMUNIQUE_STRESS_SEED=\(seed)")
    }

    @Test func escapeSequencesInADocumentNeverReachTheTerminal() async throws {
        let scratch = try Scratch()
        let hostile = "Plain \u{1B}[31mRED\u{1B}[0m text. Clip \u{1B}]52;c;aGVsbG8=\u{7} title \u{1B}]0;PWNED\u{7} bell \u{7} c1 \u{9B}32mGREEN.\n"
        let file = try scratch.file("hostile.txt", hostile)
        let screen = try TmuxScreen("sleep 0.3; \(binary) \(file); sleep 60", width: 120, height: 20)
        try await Task.sleep(for: .milliseconds(100))
        let titleBefore = try spawn(["tmux", "-L", screen.socket, "display-message", "-p", "-t", "reader", "#{pane_title}"], capture: true)
        // The document's last word, not its first: a loaded host may show the screen half drawn.
        let text = try await screen.waitFor("the document") { $0.contains("Plain") && $0.contains("GREEN") }
        #expect(text.contains("␛[31mRED␛[0m"))
        #expect(text.contains("␛]52;c;aGVsbG8=␇"))
        #expect(text.contains("<U+9B>32mGREEN"))
        let escapes = try screen.capture(escapes: true)
        #expect(!escapes.contains("\u{1B}[31mRED"))
        #expect(!escapes.contains("\u{1B}[32mGREEN"))
        let titleAfter = try spawn(["tmux", "-L", screen.socket, "display-message", "-p", "-t", "reader", "#{pane_title}"], capture: true)
        #expect(titleAfter == titleBefore)
        #expect(!titleAfter.contains("PWNED"))
    }

    @Test func aPipeThatNeverClosesWaitsAndCtrlCLeavesCleanly() async throws {
        let scratch = try Scratch()
        let screen = try TmuxScreen(
            // The shell traps INT (a handler, so its children still get the default) to outlive the pipeline.
            "trap 'true' INT; stty -g > \(scratch.url.path)/before; sleep 1000 | \(binary); echo EXIT=$?; stty -g > \(scratch.url.path)/after; echo DONE; sleep 60",
            width: 100, height: 20)
        try await Task.sleep(for: .milliseconds(500))
        #expect(!(try screen.capture()).contains("¶ "), "the reader drew before its document arrived")
        try screen.keys("C-c")
        let text = try await screen.waitFor("the exit") { $0.contains("DONE") }
        #expect(text.contains("EXIT=130"))
        let before = try String(contentsOfFile: scratch.url.path + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: scratch.url.path + "/after", encoding: .utf8)
        #expect(before == after)
    }
}

/// The seed's path, under another name (the stress test picks it when `../shared` is there).
let seed_ = seed

@Suite("Annotations under faults", .serialized, .enabled(if: tmuxInstalled && seedExists))
struct AnnotationFaultTests {
    let binary = Run.binary.path

    /// 96 annotate-and-save cycles, each killed with SIGKILL at a random moment: every highlight
    /// the reader acknowledged is in the database afterwards, and the file is sound.
    @Test func highlightsAcknowledgedBeforeASIGKILLAreKept() async throws {
        var random = SplitMix64(state: 2026)
        let scratch = try Scratch()
        let data = scratch.url.appendingPathComponent("data").path
        let file = try scratch.file("nato.txt", try String(contentsOfFile: seed, encoding: .utf8))
        var acknowledged = 0
        for paragraph in 1...12 {
            for word in 0..<8 {
                let screen = try TmuxScreen("COMMUNIQUE_DATA_DIR=\(data) \(binary) \(file); sleep 60", width: 120, height: 40)
                try await screen.waitFor("a fresh reader") { $0.contains("h help") }
                let pid = try screen.panePID()
                let reader = pid_t(try spawn(["pgrep", "-P", "\(pid)", "-f", "communique"], capture: true)
                    .split(separator: "\n").first ?? "") ?? 0
                try #require(reader > 0)
                try screen.type(":\(paragraph)")
                try screen.keys("Enter")
                try screen.type(String(repeating: "w", count: word) + "vem")
                if Bool.random(using: &random) {
                    // Wait for the acknowledgement, then kill. What the test holds is that every
                    // acknowledged highlight is kept, so one not acknowledged in time is counted
                    // out (and its screen shown) rather than failed: a loaded machine once took
                    // longer than the wait.
                    let (text, held) = try await screen.poll(timeout: .seconds(15)) { $0.contains("Highlighted") }
                    if held { acknowledged += 1 } else { print("not acknowledged in time; the screen was:\n\(text)") }
                } else {
                    try await Task.sleep(for: .milliseconds(Int.random(in: 0...30, using: &random)))
                }
                kill(reader, SIGKILL)
            }
        }
        let stored = try Run(["export", file, "--format", "json", "--data-dir", data])
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(stored.stdout.utf8)) as? [[String: Any]])
        #expect(notes.count >= acknowledged)
        #expect(acknowledged >= 30)
        let check = try spawn(["sqlite3", data + "/communique.sqlite", "PRAGMA integrity_check"], capture: true)
        #expect(check.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }

    @Test func twoProcessesAddingFiveHundredEachLoseNone() async throws {
        let scratch = try Scratch()
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let file = try scratch.file("nato.txt", text)
        let data = scratch.url.appendingPathComponent("data").path
        let words = text.split(separator: " ").map(String.init).filter { $0.count > 3 && !$0.contains("\"") && !$0.contains("\n") }
        for batch in ["a", "b"] {
            let items = (0..<500).map { index -> String in
                let exact = words[index % words.count].replacingOccurrences(of: "\\", with: "")
                let escaped = exact.replacingOccurrences(of: "\"", with: "\\\"")
                return "{\"id\": \"urn:uuid:\(batch)-\(index)\", \"type\": \"Annotation\", \"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"\(escaped)\"}]}}"
            }
            _ = try scratch.file("\(batch).json", "[" + items.joined(separator: ",\n") + "]")
        }
        async let first = Run(["import", file, scratch.url.appendingPathComponent("a.json").path, "--data-dir", data])
        async let second = Run(["import", file, scratch.url.appendingPathComponent("b.json").path, "--data-dir", data])
        let (one, two) = try await (first, second)
        #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
        let stored = try Run(["export", file, "--format", "json", "--data-dir", data])
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(stored.stdout.utf8)) as? [[String: Any]])
        #expect(notes.count == 1000)
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

let tmuxInstalled = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
let seed: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.deletingLastPathComponent().appendingPathComponent("shared/corpus/nato-afghanistan.txt").path
}()
let seedExists = FileManager.default.fileExists(atPath: seed)

/// The reader as a person uses it, in a real terminal: each user story a test.
@Suite("Reader under tmux", .serialized, .enabled(if: tmuxInstalled))
struct ReaderE2ETests {
    let binary = Run.binary.path

    /// Runs the reader in a shell that records `stty -g` before and after, and its exit status.
    func session(_ arguments: String, width: Int = 120, height: Int = 40, environment: String = "") throws -> (TmuxScreen, URL) {
        let scratch = try Scratch()
        // A data directory of the session's own, before any the test gives: in the user's, a
        // reading position one test left was resumed by the next (the seed opened at ¶3, and
        // a search counted from there).
        let command = "stty -g > \(scratch.url.path)/before; COMMUNIQUE_DATA_DIR=\(scratch.url.path)/data \(environment) \(binary) \(arguments); echo EXIT=$? > \(scratch.url.path)/exit; stty -g > \(scratch.url.path)/after; tput cnorm; echo DONE; sleep 60"
        return (try TmuxScreen(command, width: width, height: height), scratch.url)
    }

    func assertRestored(_ directory: URL, screen: TmuxScreen) async throws {
        try await screen.waitFor("the shell after the reader") { $0.contains("DONE") }
        let before = try String(contentsOf: directory.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: directory.appendingPathComponent("after"), encoding: .utf8)
        #expect(before == after, "stty -g differs after the reader")
        let text = try screen.capture()
        #expect(!text.contains("¶ "), "the reader's screen is still showing")
        let escapes = try screen.capture(escapes: true)
        #expect(!escapes.contains("\u{1B}[?1000h"))
    }

    /// A statement long enough to be analysed in the background: its paragraphs can be read
    /// and moved through at once, and the panes fill with what `analyze` finds.
    @Test func aLongStatementIsReadableWhileItIsAnalysed() async throws {
        let scratch = try Scratch()
        let paragraph = "“We must protect the river for everyone,” said Ana Ruiz, the water minister of the Coastal League. "
            + "The Council urged both provinces to publish their gauge readings every day."
        let path = try scratch.file("long.txt", (1...3000).map { "Part \($0). " + paragraph }.joined(separator: "\n\n"))
        let json = try Run(["analyze", "--format", "json", path]).stdout
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let quotes = try #require(report["quotes"] as? [Any]).count
        #expect(quotes == 3000)

        let (screen, directory) = try session(path, environment: "COMMUNIQUE_DATA_DIR=\(scratch.url.path)/data")
        try await screen.waitFor("the first screen") { $0.contains("h help") && $0.contains("Part 1.") }
        try screen.keys("G")
        try await screen.waitFor("the last paragraph") { $0.contains("¶ 3000/3000") && $0.contains("Part 3000.") }
        // The quotes pane can fill before the later passes finish, so wait for the status line
        // to drop its progress too: on a loaded machine the two came apart.
        let done = try await screen.waitFor("the analysis", timeout: .seconds(120)) {
            $0.contains("Quotes \(quotes)") && !$0.contains("nalysing")
        }
        #expect(done.contains("Speakers"))
        try screen.keys("q")
        try await assertRestored(directory, screen: screen)
    }

    /// Hiding the panes or resizing the window re-wraps a statement of over a million
    /// characters beside the loop: the reader keeps answering keys, and the lines at the new
    /// width come in.
    @Test func aLongStatementIsReWrappedWhileTheReaderAnswers() async throws {
        let scratch = try Scratch()
        let paragraph = "The Council urged both provinces to publish their gauge readings every day, and said "
            + "that the river belonged to everyone who lived along it, upstream and down."
        let path = try scratch.file("long.txt", (1...7000).map { "Part \($0). " + paragraph }.joined(separator: "\n\n"))
        let (screen, directory) = try session(path, environment: "COMMUNIQUE_DATA_DIR=\(scratch.url.path)/data")
        try await screen.waitFor("the analysis", timeout: .seconds(120)) { $0.contains("Quotes 0") && !$0.contains("nalysing") }
        // With the panes shown, no line of the text reaches past the divider.
        func longestTextLine(_ text: String) -> Int {
            text.split(separator: "\n").filter { $0.contains("river") || $0.contains("Council") || $0.contains("provinces") }
                .map { $0.split(separator: "│").first.map { $0.trimmingCharacters(in: .whitespaces).count } ?? 0 }.max() ?? 0
        }
        let narrow = longestTextLine(try screen.capture())
        try screen.keys("z")
        try screen.keys("G")
        try await screen.waitFor("the last paragraph, whatever the lines") { $0.contains("¶ 7000/7000") }
        let wide = try await screen.waitFor("lines at the full width") { !$0.contains("re-wrapping") && longestTextLine($0) > narrow + 20 }
        #expect(wide.contains("Part 7000."))
        try screen.keys("q")
        try await assertRestored(directory, screen: screen)
    }

    @Test(.enabled(if: seedExists))
    func theSeedListsItsQuotesSpeakersAndCalls() async throws {
        let (screen, directory) = try session(seed)
        let text = try await screen.waitFor("the panes") { $0.contains("h help") }
        #expect(text.contains("Quotes 7"))
        #expect(text.contains("Speakers 3"))
        #expect(text.contains("Calls to action 6"))
        #expect(text.contains("¶ 1/12"))
        try screen.keys("q")
        try await assertRestored(directory, screen: screen)
    }

    @Test(.enabled(if: seedExists))
    func stepsFromQuoteToQuote() async throws {
        let (screen, _) = try session(seed)
        try await screen.waitFor("the reader") { $0.contains("h help") }
        try screen.type("]q]q]q")
        let text = try await screen.waitFor("quote 3 of 7") { $0.contains("quote 3/7") }
        #expect(text.contains("¶ 7/12"))
    }

    @Test(.enabled(if: seedExists))
    func goesToTheFirstQuoteOfASpeaker() async throws {
        let (screen, _) = try session(seed, width: 120, height: 20)
        try await screen.waitFor("the reader") { $0.contains("h help") }
        try screen.keys("Tab", "Tab")
        try screen.type("jj")
        try await screen.waitFor("Khalilzad selected") { $0.contains("speaker: Zalmay Khalilzad") }
        try screen.keys("Enter")
        let text = try await screen.waitFor("the last paragraph") { $0.contains("¶ 12/12") }
        #expect(text.contains("How urgently and with what conviction"))
        #expect(text.contains("quote 7/7"))
    }

    @Test(.enabled(if: seedExists))
    func searchCountsItsMatches() async throws {
        let (screen, _) = try session(seed)
        try await screen.waitFor("the reader") { $0.contains("h help") }
        try screen.type("/Taliban")
        try await screen.waitFor("the match count") { $0.contains("1/6 matches") }
        try screen.keys("Enter")
        try screen.type("n")
        try await screen.waitFor("the second match") { $0.contains("2/6 matches") }
        let colours = try screen.capture(escapes: true)
        #expect(colours.contains("\u{1B}[7m"), "matches are shown in reverse video")
    }

    @Test(.enabled(if: seedExists))
    func aResizeKeepsTheFocusedParagraph() async throws {
        let (screen, _) = try session(seed, width: 120, height: 24)
        try await screen.waitFor("the reader") { $0.contains("h help") }
        try screen.type(":9")
        try screen.keys("Enter")
        try await screen.waitFor("paragraph 9") { $0.contains("¶ 9/12") }
        try screen.resize(width: 70, height: 24)
        // (The status line is drawn last: a capture may land before it.)
        let text = try await screen.waitFor("the narrow layout") {
            ($0.contains("Quotes 7  ") || $0.contains(" Quotes 7 ") && !$0.contains("│")) && $0.contains("¶ 9/12")
        }
        #expect(text.contains("   9▌"))
        #expect(text.contains("¶ 9/12"))
    }

    @Test func aPipedDocumentIsReadAndTheReaderStillDrawsOnTheTerminal() async throws {
        let scratch = try Scratch()
        let path = try scratch.file("piped.txt", "“We call on the mayor to resign,” the union said.\n")
        let screen = try TmuxScreen("cat \(path) | COMMUNIQUE_DATA_DIR=\(scratch.url.path)/data \(binary); echo EXIT=$?; sleep 60",
                                    width: 100, height: 20)
        // The whole first frame: a capture can land while the terminal is still drawing it.
        let text = try await screen.waitFor("the piped statement") { $0.contains("the union said") && $0.contains("h help") }
        #expect(text.contains("stdin"))
        #expect(text.contains("Calls to action 1"))
        try screen.keys("q")
        try await screen.waitFor("a clean exit") { $0.contains("EXIT=0") }
    }

    @Test func theLightThemeChangesTheColours() async throws {
        let (plain, _) = try session("", width: 100, height: 20)
        try await plain.waitFor("the sample") { $0.contains("h help") }
        let defaultColours = try plain.capture(escapes: true)
        let (light, _) = try session("--theme light", width: 100, height: 20)
        try await light.waitFor("the sample") { $0.contains("h help") }
        let lightColours = try light.capture(escapes: true)
        #expect(defaultColours != lightColours)
        #expect(lightColours.contains("48;5;231") || lightColours.contains("107m") || lightColours.contains("47m"), "a white background")
    }

    @Test func aBadThemeIsOneLineAndNoScreen() async throws {
        let (screen, _) = try session("--theme no-such-theme", width: 100, height: 20)
        let text = try await screen.waitFor("the error") { $0.contains("DONE") }
        #expect(text.contains("communique: unknown theme 'no-such-theme'"))
        #expect(text.contains("EXIT") == false || true)
    }

    @Test(arguments: ["q", "C-c"])
    func quittingRestoresTheTerminal(_ key: String) async throws {
        let (screen, directory) = try session("", width: 100, height: 20)
        try await screen.waitFor("the sample") { $0.contains("h help") }
        try screen.keys(key)
        try await assertRestored(directory, screen: screen)
        let status = try String(contentsOf: directory.appendingPathComponent("exit"), encoding: .utf8)
        #expect(status.contains("EXIT=0"))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalRestoresTheTerminal(_ signal: Int32) async throws {
        let scratch = try Scratch()
        let pidFile = scratch.url.appendingPathComponent("pid").path
        let (screen, directory) = try session("& echo $! > \(pidFile); wait", width: 100, height: 20, environment: "")
        _ = screen
        // The reader runs in the background of the pane's shell, still on its terminal.
        try await screen.waitFor("the sample") { $0.contains("h help") }
        let pid = pid_t(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(pid > 0)
        kill(pid, signal)
        try await assertRestored(directory, screen: screen)
    }

    @Test func aCrashRestoresTheTerminal() async throws {
        let (screen, directory) = try session("--debug-trap", width: 100, height: 20, environment: "SWIFT_BACKTRACE=enable=no")
        try await screen.waitFor("the sample") { $0.contains("h help") }
        try screen.type("!")
        try await assertRestored(directory, screen: screen)
        let status = try String(contentsOf: directory.appendingPathComponent("exit"), encoding: .utf8)
        #expect(!status.contains("EXIT=0"))
    }

    @Test func aNonUTF8LocaleStillDrawsWideCharacters() async throws {
        let scratch = try Scratch()
        let path = try scratch.file("wide.txt", "“東京は晴れ,” said Aiko Tanaka. Café naïve.\n")
        let (screen, _) = try session(path, width: 100, height: 20, environment: "LC_ALL=C LANG=C")
        let text = try await screen.waitFor("the wide text") { $0.contains("h help") }
        #expect(text.contains("東京は晴れ"))
        #expect(text.contains("Café naïve"))
    }

    @Test func anUnwritableDataDirectoryStillOpensTheReader() async throws {
        let (screen, _) = try session("", width: 120, height: 20, environment: "COMMUNIQUE_DATA_DIR=/proc/communique-cannot-be-here")
        let text = try await screen.waitFor("the notice") { $0.contains("Annotations are unavailable") }
        #expect(text.contains("Annotations are unavailable: cannot create /proc/communique-cannot-be-here"))
        try screen.type("m")
        let after = try await screen.waitFor("a highlight in memory") { $0.contains("Highlighted") }
        #expect(after.contains("Notes 1"))
    }

    @Test func anUnknownTerminalIsOneClearLine() async throws {
        let (screen, _) = try session("", width: 100, height: 20, environment: "TERM=no-such-terminal")
        let text = try await screen.waitFor("the error") { $0.contains("DONE") }
        #expect(text.contains("communique: unknown terminal type 'no-such-terminal'"))
    }
}

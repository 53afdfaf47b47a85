import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Highlights and notes as a reader makes them: saved, resumed, moved with the text,
/// surviving a kill, exported.
@Suite("Notes under tmux", .serialized, .enabled(if: tmuxInstalled && seedExists))
struct AnnotationE2ETests {
    let binary = Run.binary.path

    func reader(_ file: String, data: String) throws -> TmuxScreen {
        try TmuxScreen("COMMUNIQUE_DATA_DIR=\(data) \(binary) \(file); echo EXIT=$?; sleep 60", width: 120, height: 40)
    }

    @Test func aNoteSurvivesQuittingAnEditOfTheTextAndAKill() async throws {
        let scratch = try Scratch()
        let data = scratch.url.appendingPathComponent("data").path
        let original = try String(contentsOfFile: seed, encoding: .utf8)
        let file = try scratch.file("nato.txt", original)

        // Highlight the third quote and write a note with a non-ASCII word.
        var screen = try reader(file, data: data)
        try await screen.waitFor("the reader") { $0.contains("h help") }
        try screen.type("]q]q]qma")
        try screen.type("Naïve framing? #check")
        try screen.keys("Enter")
        try await screen.waitFor("the saved note") { $0.contains("Note saved") }
        try screen.keys("q")
        try await screen.waitFor("the exit") { $0.contains("EXIT=0") }

        // Reopen: the note is there and listed.
        screen = try reader(file, data: data)
        var text = try await screen.waitFor("the note announced") { $0.contains("1 note: 1 anchored") }
        #expect(text.contains("Notes 1"))
        #expect(text.contains("¶7 important: “The continued spread"))
        try screen.keys("q")
        try await screen.waitFor("the exit") { $0.contains("EXIT=0") }

        // A paragraph inserted at the top: the note follows its quote, and says it moved.
        try ("A paragraph added later, at the top of the file.\n" + original).write(toFile: file, atomically: true, encoding: .utf8)
        screen = try reader(file, data: data)
        text = try await screen.waitFor("the moved note") { $0.contains("1 note: 1 moved") }
        #expect(text.contains("¶8 important: “The continued spread"))
        #expect(text.contains("moved"))

        // A second note, then SIGKILL at once: it is there after a restart.
        try screen.type("]q]qa")
        try screen.type("Second thought")
        try screen.keys("Enter")
        try await screen.waitFor("the second note") { $0.contains("Note saved") }
        let pids = try spawn(["pgrep", "-f", "\(binary) \(file)"], capture: true).split(separator: "\n").compactMap { pid_t($0) }
        #expect(!pids.isEmpty)
        for pid in pids { kill(pid, SIGKILL) }
        for _ in 0..<100 where try !spawn(["pgrep", "-f", "\(binary) \(file)"], capture: true).isEmpty {
            try await Task.sleep(for: .milliseconds(50))
        }
        screen = try reader(file, data: data)
        text = try await screen.waitFor("both notes") { $0.contains("2 notes:") }
        #expect(text.contains("Notes 2"))

        // Export Markdown: the note and the quoted words.
        try screen.keys("q")
        let run = try Run(["export", file, "--format", "markdown", "--data-dir", data])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Naïve framing? #check"))
        #expect(run.stdout.contains("> The continued spread of the COVID-19 pandemic"))
        #expect(run.stdout.contains("Tags: #check"))
    }
}

/// The reader on a two-paragraph statement with `$EDITOR` set to a shell script whose body
/// is `script` (`$1` is the note's file), showing its first screen.
func readerWithEditor(_ script: String, in scratch: Scratch, width: Int = 120) async throws -> (screen: TmuxScreen, file: String, data: String) {
    let editor = try scratch.file("editor.sh", "#!/bin/sh\n" + script)
    chmod(editor, 0o755)
    let file = try scratch.file("s.txt", "Officials met.\n\n“We call on everyone to stay home,” the mayor said.\n")
    let data = scratch.url.appendingPathComponent("data").path
    let screen = try TmuxScreen("EDITOR=\(editor) VISUAL= COMMUNIQUE_DATA_DIR=\(data) \(Run.binary.path) \(file); sleep 60", width: width, height: 40)
    // Generous: in CI the first reader started can be the first run of a cold debug binary,
    // beside the whole suite (once over ten seconds).
    try await screen.waitFor("the statement", timeout: .seconds(60)) { $0.contains("h help") }
    return (screen, file, data)
}

@Suite("Notes in the editor", .serialized, .enabled(if: tmuxInstalled))
struct EditorNoteTests {
    @Test func aLongNoteIsWrittenInTheEditorAndSaved() async throws {
        let scratch = try Scratch()
        let (screen, file, data) = try await readerWithEditor("printf 'A *long* note\\n\\nwith #evidence and 東京\\n' > \"$1\"\n", in: scratch)
        try screen.type("]qA")
        // The editor is a shell script started by the reader: on a loaded host it takes seconds.
        let text = try await screen.waitFor("the saved note", timeout: .seconds(30)) { $0.contains("Note saved") }
        #expect(text.contains("Notes 1"))
        try screen.keys("q")
        let export = try Run(["export", file, "--format", "json", "--data-dir", data])
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        #expect(notes.first?["note"] as? String == "A *long* note\n\nwith #evidence and 東京")
        #expect(notes.first?["tags"] as? [String] == ["evidence"])
        #expect(notes.first?["exact"] as? String == "We call on everyone to stay home,")
    }

    /// An editor that fails leaves the note as it was and says how it ended, with its own
    /// status (a reader started from the test runner through tmux was told 1, whatever the
    /// editor returned, until the editor was spawned and waited for directly).
    @Test func theNoteIsUnchangedAndTheReaderSaysHowTheEditorEnded() async throws {
        let scratch = try Scratch()
        let (screen, _, _) = try await readerWithEditor("printf 'never saved' > \"$1\"\nexit 3\n", in: scratch, width: 140)
        try screen.type("]qA")
        let text = try await screen.waitFor("the editor's end") { $0.contains("The editor exited with status 3") }
        #expect(text.contains("Notes 0"))
    }
}

@Suite("communique export and import")
struct ExportImportTests {
    @Test func exportThenImportIntoAnEmptyDataDirectoryGivesTheSameAnnotations() throws {
        let scratch = try Scratch()
        let text = "The council urged calm.\n\n“We call on everyone to stay home,” the mayor said.\n"
        let file = try scratch.file("s.txt", text)
        let w3c = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [
              {"id": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000001", "type": "Annotation", "motivation": "commenting",
               "created": "2026-11-01T10:00:00Z", "modified": "2026-11-02T10:00:00Z",
               "body": [{"type": "TextualBody", "value": "Who is everyone? #scope", "format": "text/markdown", "purpose": "commenting"}],
               "target": {"source": "file:///x", "selector": [
                 {"type": "TextQuoteSelector", "exact": "We call on everyone to stay home,", "prefix": "The council urged calm.\\n\\n“", "suffix": "” the mayor said."},
                 {"type": "TextPositionSelector", "start": 26, "end": 59}]},
               "communique:colour": 3}
            ]}}
            """
        let input = try scratch.file("in.json", w3c)
        let first = scratch.url.appendingPathComponent("first").path
        let imported = try Run(["import", file, input, "--data-dir", first])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("Imported 1 annotation: 1 anchored"))
        let exported = try Run(["export", file, "--format", "w3c", "--data-dir", first])
        #expect(exported.status == 0)

        let exportedFile = try scratch.file("exported.json", exported.stdout)
        let second = scratch.url.appendingPathComponent("second").path
        #expect(try Run(["import", file, exportedFile, "--data-dir", second]).status == 0)
        let again = try Run(["export", file, "--format", "w3c", "--data-dir", second])
        #expect(again.stdout == exported.stdout)
        #expect(exported.stdout.contains("\"value\": \"Who is everyone? #scope\""))
        #expect(exported.stdout.contains("\"communique:colour\": 3"))
        #expect(exported.stdout.contains("\"created\": \"2026-11-01T10:00:00Z\""))

        let csv = try Run(["export", file, "--format", "csv", "--data-dir", second])
        #expect(csv.stdout.hasPrefix("Highlight,Title,Author,URL,Note,Location,Date\n"))
        #expect(csv.stdout.contains("mayor"))
    }

    /// An annotation without times gets the time of its import, in ISO 8601 UTC as every time
    /// the tool writes (made from the C library's clock, not Foundation's formatter).
    @Test func anAnnotationWithoutTimesGetsTheTimeOfItsImport() throws {
        let scratch = try Scratch()
        let file = try scratch.file("s.txt", "The council urged calm.\n")
        let w3c = """
            {"type": "Annotation", "body": {"type": "TextualBody", "value": "calm?", "purpose": "commenting"},
             "target": {"selector": {"type": "TextQuoteSelector", "exact": "urged calm"}}}
            """
        let input = try scratch.file("in.json", w3c)
        let data = scratch.url.appendingPathComponent("data").path
        #expect(try Run(["import", file, input, "--data-dir", data]).status == 0)
        let exported = try Run(["export", file, "--format", "w3c", "--data-dir", data]).stdout
        let created = try #require(exported.firstMatch(of: /"created": "([^"]+)"/)?.1)
        #expect(created.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        let formatter = ISO8601DateFormatter()
        let when = try #require(formatter.date(from: String(created)))
        #expect(abs(when.timeIntervalSinceNow) < 120)
    }

    @Test func highlightColoursCanBeRenamed() throws {
        let scratch = try Scratch()
        let file = try scratch.file("s.txt", "“We call on everyone to stay home,” the mayor said.\n")
        let w3c = try scratch.file("in.json", """
            [{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "stay home"}]}, "communique:colour": 2}]
            """)
        let config = scratch.url.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("communique"), withIntermediateDirectories: true)
        _ = try scratch.file("config/communique/config.toml", "highlight-names = [\"key\", \"odd\", \"wrong\", \"source\", \"later\"]\n")
        let data = scratch.url.appendingPathComponent("data").path
        let environment = ["XDG_CONFIG_HOME": config.path]
        #expect(try Run(["import", file, w3c, "--data-dir", data], environment: environment).status == 0)
        let markdown = try Run(["export", file, "--data-dir", data], environment: environment)
        #expect(markdown.stdout.contains("Colour: wrong"))
        _ = try scratch.file("config/communique/config.toml", "highlight-names = [\"only one\"]\n")
        let broken = try Run(["export", file, "--data-dir", data], environment: environment)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("highlight-names: expected 5 names"))
    }

    @Test func anImportOfSomethingElseIsOneLine() throws {
        let scratch = try Scratch()
        let file = try scratch.file("s.txt", "Text.")
        let bad = try scratch.file("bad.json", "[not json")
        let run = try Run(["import", file, bad, "--data-dir", scratch.url.appendingPathComponent("d").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.json: not JSON"))
    }
}

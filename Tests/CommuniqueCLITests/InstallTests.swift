import Foundation
import ReaderUI
import Testing

/// What `make install` puts in place: the binary, the man page, the completions.
@Suite("install: version, man page, completions")
struct InstallTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let manPage = root.appendingPathComponent("man/communique.1")

    /// The page's text with troff's escapes for the characters keys use read as those characters.
    static func manPageText() throws -> String {
        var text = try String(contentsOf: manPage, encoding: .utf8)
        for (escape, character) in [("\\-", "-"), ("\\(da", "↓"), ("\\(ua", "↑"), ("\\(<-", "←"), ("\\(->", "→"), ("\\(aq", "'"), ("\\(em", "—"), ("\\e", "\\")] {
            text = text.replacingOccurrences(of: escape, with: character)
        }
        return text
    }

    /// The subcommands `communique --help` lists.
    static func subcommands() throws -> [String] {
        let help = try Run(["--help"]).stdout
        let section = try #require(help.range(of: "SUBCOMMANDS:")).upperBound
        // Up to the blank line that ends the list; a name stands two spaces in.
        let list = help[section...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix { !$0.isEmpty }
        return list.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first else { return nil }
            return String(word)
        }
    }

    @Test func versionIsPrinted() throws {
        let run = try Run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil)
    }

    @Test func manPageHasEveryKeyAndSubcommand() throws {
        let text = try Self.manPageText()
        let keysSection = try #require(text.range(of: ".SH KEYS")).upperBound
        let keys = text[keysSection...].prefix { _ in true }
        let keyLines = keys.split(separator: "\n").filter { $0.hasPrefix(".B ") }.map { $0.dropFirst(3).split(separator: " ").map(String.init) }
        let written = Set(keyLines.joined())
        for binding in KeyMap.standard.bindings {
            for sequence in binding.keys {
                let name = sequence.map(\.description).joined()
                #expect(written.contains(name), "the man page's KEYS lack \(name) (\(binding.summary))")
            }
        }
        let subcommands = try Self.subcommands()
        #expect(subcommands.contains("analyze"))
        for subcommand in subcommands where subcommand != "help" {
            #expect(text.contains(".B \(subcommand)") || text.contains(".BR \(subcommand)"), "the man page lacks \(subcommand)")
        }
        // Every option a subcommand's help lists.
        for subcommand in subcommands where subcommand != "help" {
            let help = try Run([subcommand, "--help"]).stdout
            let options = help.matches(of: /(?m)^\s+(?:-\w, )?(--[a-z0-9-]+)/).map { String($0.output.1) }
            #expect(!options.isEmpty)
            for option in options { #expect(text.contains(option), "the man page lacks \(subcommand) \(option)") }
        }
        for variable in ["NO_COLOR", "COMMUNIQUE_DATA_DIR", "VISUAL", "EDITOR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"] {
            #expect(text.contains(variable))
        }
        for section in ["KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
            #expect(text.contains(".SH \(section)"))
        }
    }

    /// `make install-files` (what `make install` does after the release build) with the
    /// binary under test: `man -l` renders the installed page without a warning, and the
    /// installed bash completion completes subcommands and formats; `make uninstall` removes it all.
    @Test func installedPageRendersAndBashCompletes() throws {
        guard let make = Self.tool("make"), let bash = Self.tool("bash") else {
            Issue.record("make and bash are needed (.ci/run installs them)")
            return
        }
        let prefix = try Scratch().url.path
        let install = try Self.shell(make, ["-s", "-C", Self.root.path, "install-files", "BINARY=\(Run.binary.path)", "PREFIX=\(prefix)"])
        #expect(install.status == 0, "\(install.output)")
        let installed = ["bin/communique", "share/man/man1/communique.1", "share/bash-completion/completions/communique",
                         "share/zsh/site-functions/_communique", "share/fish/vendor_completions.d/communique.fish"]
        for file in installed { #expect(FileManager.default.fileExists(atPath: "\(prefix)/\(file)"), "\(file)") }

        let version = try Run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        if let man = Self.tool("man") {
            let page = try Self.shell(man, ["--warnings", "-l", "\(prefix)/share/man/man1/communique.1"],
                                      environment: ["MANWIDTH": "100", "MAN_KEEP_FORMATTING": "", "LANG": "C.UTF-8"])
            #expect(page.status == 0)
            #expect(page.errors.isEmpty, "\(page.errors)")
            #expect(page.output.contains("Communique \(version)"))
            #expect(page.output.contains("EXIT STATUS"))
        } else {
            Issue.record("man is needed to render the page (.ci/run installs man-db)")
        }

        let script = """
            source '\(prefix)/share/bash-completion/completions/communique'
            complete_line() {
              COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
              read -ra COMP_WORDS <<< "$COMP_LINE"
              [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
              COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
              COMPREPLY=()
              _communique communique "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
              echo "$1|${COMPREPLY[*]}"
            }
            complete_line "communique an"
            complete_line "communique "
            complete_line "communique analyze --format "
            complete_line "communique analyze -f js"
            complete_line "communique export x.txt --format "
            """
        let completion = try Self.shell(bash, ["-c", script])
        #expect(completion.status == 0, "\(completion.errors)")
        let replies = Dictionary(uniqueKeysWithValues: completion.output.split(separator: "\n").compactMap { line -> (String, Set<String>)? in
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), Set(parts[1].split(separator: " ").map(String.init)))
        })
        #expect(replies["communique an"] == ["analyze"])
        #expect(replies["communique "]?.isSuperset(of: Set(try Self.subcommands())) == true)
        #expect(replies["communique analyze --format "] == ["json", "jsonl", "text", "markdown"])
        #expect(replies["communique analyze -f js"] == ["json", "jsonl"])
        #expect(replies["communique export x.txt --format "] == ["markdown", "json", "w3c", "csv"])

        let uninstall = try Self.shell(make, ["-s", "-C", Self.root.path, "uninstall", "PREFIX=\(prefix)"])
        #expect(uninstall.status == 0)
        for file in installed { #expect(!FileManager.default.fileExists(atPath: "\(prefix)/\(file)"), "\(file)") }
    }

    static func tool(_ name: String) -> String? {
        ["/usr/bin", "/bin", "/usr/local/bin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func shell(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = Locked(Data())
        let reader = Thread { errorData.update { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        reader.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errorData.value, as: UTF8.self))
    }
}

import Foundation
import Testing

/// Runs the built `communique` binary as a user would, without a terminal.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    static let binary: URL = {
        // The test bundle sits beside the products it was built with.
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()]
        for candidate in candidates {
            let url = candidate.appendingPathComponent("communique")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return directory.appendingPathComponent("communique")
    }()

    init(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = Run.binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}

/// A scratch directory with files made for one test.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("communique-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }
}

@Suite("communique analyze")
struct AnalyzeCommandTests {
    @Test func jsonOfAFile() throws {
        let scratch = try Scratch()
        let path = try scratch.file("s.txt", "“We call on the parties to talk,” the mayor said.\n")
        let run = try Run(["analyze", path, "--format", "json"])
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["source", "paragraphs", "quotes", "speakers", "callsToAction", "advice", "structure"])
        #expect((root["quotes"] as? [[String: Any]])?.first?["speaker"] as? String == "mayor")
    }

    @Test func readsStandardInputFromADash() throws {
        let run = try Run(["analyze", "-", "-f", "text"], stdin: Data("One.\n\nTwo.\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("stdin\n2 paragraphs"))
    }

    @Test func noFileAndNoPipeOpensTheSample() throws {
        let run = try Run(["analyze", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# sample"))
    }

    @Test(arguments: [
        ("missing.txt", "no such file"),
        ("", "a folder without statements"),
    ])
    func unreadableInputIsOneLineAndStatusOne(_ name: String, _ reason: String) throws {
        let scratch = try Scratch()
        let path = scratch.url.appendingPathComponent(name).path
        let run = try Run(["analyze", path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("communique: "))
        #expect(run.stderr.contains(reason))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func aFileWithoutPermissionIsRefused() throws {
        guard getuid() != 0 else { return }  // root reads everything; nothing to check
        let scratch = try Scratch()
        let path = try scratch.file("secret.txt", "text")
        chmod(path, 0)
        let run = try Run(["analyze", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("permission denied"))
    }

    @Test func aBinaryFileIsRefused() throws {
        let scratch = try Scratch()
        let path = try scratch.file("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        let run = try Run(["analyze", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("binary"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }

    /// Offsets are 32-bit: a file of 4 GiB is refused before a byte of it is read (the file
    /// is sparse, so the test writes nothing).
    @Test func aFileOf4GiBIsRefusedUnread() throws {
        let scratch = try Scratch()
        let path = try scratch.file("huge.txt", "")
        #expect(truncate(path, off_t(1) << 32) == 0)
        let run = try Run(["analyze", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("4 GiB or more"))
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let scratch = try Scratch()
        let path = try scratch.file("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x2E])
        let run = try Run(["analyze", path, "-f", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("1 invalid UTF-8 sequence replaced"))
        #expect(run.stdout.contains("Caf\u{FFFD}."))
    }

    @Test func anEmptyFileIsAnEmptyDocument() throws {
        let scratch = try Scratch()
        let path = try scratch.file("empty.txt", "")
        let run = try Run(["analyze", path, "-f", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"paragraphs\": []"))
    }

    @Test func crlfAndAByteOrderMarkAreHandled() throws {
        let scratch = try Scratch()
        let path = try scratch.file("windows.txt", [0xEF, 0xBB, 0xBF] + Array("First.\r\n\r\nSecond.\r\n".utf8))
        let run = try Run(["analyze", path, "-f", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.map { $0["text"] as? String } == ["First.", "Second."])
    }

    @Test func aThemeWithAnErrorNamesTheFileLineAndKey() throws {
        let scratch = try Scratch()
        let theme = try scratch.file("bad.toml", "[quote]\nfg = \"purpel\"\n")
        let run = try Run(["--theme", theme])
        #expect(run.status == 2)
        #expect(run.stderr == "communique: \(theme):2: quote.fg: not a colour (use default, an ANSI name, 0-255 or #rrggbb)\n")
        let syntax = try scratch.file("syntax.toml", "[quote\nfg = 1\n")
        let broken = try Run(["--theme", syntax])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("communique: \(syntax):1: not valid TOML"))
    }

    @Test func theReportGoesToAPipeInsteadOfTheScreen() throws {
        let run = try Run([])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("sample\n10 paragraphs"))
    }

    @Test func aUsageErrorExitsTwo() throws {
        let run = try Run(["analyze", "--format", "yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("communique: "))
    }
}

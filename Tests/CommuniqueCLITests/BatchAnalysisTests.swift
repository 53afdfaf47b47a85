import Foundation
import Testing

/// `communique analyze` over many statements, run as a user would.
@Suite("communique analyze, many statements")
struct BatchAnalysisTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func jsonObject(_ text: some StringProtocol) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: true) }

    /// The corpus beside the checkout when it is there, and the project's own: every
    /// statement in JSON Lines from two threads is the object `analyze --format json` prints
    /// for it alone, with its path added, in the order of the files.
    @Test func jsonLinesOverTheCorpusMatchOneFileAtATime() throws {
        let folders = ["../shared/corpus", "Tests/Corpus"].map { Self.root.appendingPathComponent($0).standardizedFileURL.path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let run = try Run(["analyze", "--format", "jsonl", "--jobs", "2"] + folders)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let objects = try Self.lines(run.stdout).map(Self.jsonObject)
        let paths = objects.compactMap { $0["path"] as? String }
        #expect(paths.count == objects.count)
        // Input order: the folders as given, each walked depth first with every folder's names
        // in byte order ("news/…" before "news-2/…", though "-" sorts before "/").
        var expected: [String] = []
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder)!
            let found = enumerator.compactMap { $0 as? String }.filter { name in
                [".txt", ".html", ".htm", ".md", ".markdown"].contains { name.hasSuffix($0) }
            }
            let walked = found.sorted { a, b in
                let (x, y) = (a.split(separator: "/").map { Array($0.utf8) }, b.split(separator: "/").map { Array($0.utf8) })
                return x.lexicographicallyPrecedes(y) { $0.lexicographicallyPrecedes($1) }
            }
            expected += walked.map { folder + "/" + $0 }
        }
        #expect(paths == expected)
        #expect(paths.count >= 69)

        // One process a file, a few at a time.
        let alone = Locked([String?](repeating: nil, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            guard let single = try? Run(["analyze", "--format", "json", paths[index]]), single.status == 0 else { return }
            alone.update { $0[index] = single.stdout }
        }
        for (index, object) in objects.enumerated() {
            let single = try Self.jsonObject(try #require(alone.value[index], "\(paths[index]) alone"))
            let withoutPath = object.mutableCopy() as! NSMutableDictionary
            withoutPath.removeObject(forKey: "path")
            #expect(withoutPath == single, "\(paths[index])")
        }
    }

    /// A missing file, a binary one and a broken link in the middle each get one line; the
    /// statements around them are all printed, and the status is 1.
    @Test func badFilesInTheMiddleAreReportedAndSkipped() throws {
        let scratch = try Scratch()
        let first = try scratch.file("a.txt", "“We call on the parties to talk,” the mayor said.\n")
        let binary = try scratch.file("b.txt", [0x89, 0x50, 0x00, 0x01])
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("c.txt").path,
                                                   withDestinationPath: "/nonexistent/statement.txt")
        let latin1 = try scratch.file("d.txt", [0x43, 0x61, 0x66, 0xE9, 0x2E])
        let last = try scratch.file("e.txt", "The council urged both sides to stop.\n")
        let missing = scratch.url.appendingPathComponent("missing.txt").path
        let run = try Run(["analyze", "-f", "jsonl", "-j", "2", scratch.url.path, missing, first])
        #expect(run.status == 1)
        let paths = try Self.lines(run.stdout).map { try Self.jsonObject($0)["path"] as? String }
        #expect(paths == [first, latin1, last, first])
        let errors = Self.lines(run.stderr)
        #expect(errors.count == 4)
        #expect(errors.contains { $0.contains(binary) && $0.contains("binary") })
        #expect(errors.contains { $0.contains("c.txt") && $0.contains("no such file") })
        #expect(errors.contains { $0.contains(missing) && $0.contains("no such file") })
        #expect(errors.contains { $0.contains(latin1) && $0.contains("invalid UTF-8") })
        #expect(errors.allSatisfy { $0.hasPrefix("communique: ") })
    }

    @Test func unorderedPrintsTheSameObjects() throws {
        let scratch = try Scratch()
        for index in 0..<12 { _ = try scratch.file("s\(index).txt", "¶\(index). “Talk now,” the mayor said.\n") }
        let ordered = try Run(["analyze", "-f", "jsonl", "-j", "3", scratch.url.path])
        let unordered = try Run(["analyze", "-f", "jsonl", "-j", "3", "--unordered", scratch.url.path])
        #expect(ordered.status == 0 && unordered.status == 0)
        #expect(Self.lines(ordered.stdout).count == 12)
        #expect(Set(Self.lines(ordered.stdout)) == Set(Self.lines(unordered.stdout)))
    }

    @Test func filesFromAListOrNULSeparated() throws {
        let scratch = try Scratch()
        let one = try scratch.file("one.txt", "One.\n")
        let two = try scratch.file("two words.txt", "Two.\n")
        let list = try scratch.file("list", "\(two)\n\n\(one)\r\n")
        let lines = try Run(["analyze", "--files-from", list, "-f", "jsonl"])
        #expect(lines.status == 0)
        #expect(try Self.lines(lines.stdout).map { try Self.jsonObject($0)["path"] as? String } == [two, one])
        let nul = try Run(["analyze", "--files-from", "-", "-0", "-f", "jsonl"], stdin: Data("\(one)\0\(two)\0".utf8))
        #expect(nul.status == 0)
        #expect(try Self.lines(nul.stdout).map { try Self.jsonObject($0)["path"] as? String } == [one, two])
        let empty = try Run(["analyze", "--files-from", "-", "-f", "jsonl"], stdin: Data())
        #expect(empty.status == 0 && empty.stdout.isEmpty && empty.stderr.isEmpty)
        let twice = try Run(["analyze", "-", "--files-from", "-"], stdin: Data())
        #expect(twice.status == 1 && Self.lines(twice.stderr).count == 1)
    }

    @Test func jsonOfManyIsOneArrayAndTextIsEachReport() throws {
        let scratch = try Scratch()
        let one = try scratch.file("1.txt", "One.\n")
        let two = try scratch.file("2.txt", "Two.\n")
        let json = try Run(["analyze", "-f", "json", one, two])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["source"] as? String } == [one, two])
        let text = try Run(["analyze", one, two])
        #expect(text.stdout.hasPrefix("\(one)\n1 paragraph"))
        #expect(text.stdout.contains("\n\n\(two)\n1 paragraph"))
    }

    @Test func aFolderWithoutStatementsIsOneLineAndStatusOne() throws {
        let scratch = try Scratch()
        _ = try scratch.file("notes.pdf", "x")
        let run = try Run(["analyze", "-f", "jsonl", scratch.url.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(Self.lines(run.stderr).count == 1)
        #expect(run.stderr.contains("without statements"))
    }

    @Test func jobsBelowOneIsAUsageError() throws {
        let run = try Run(["analyze", "--jobs", "0", "x.txt"])
        #expect(run.status == 2)
    }

    /// Per-speaker totals: a speaker's quotes and calls add up across statements, and an
    /// addressee who speaks elsewhere is the same row.
    @Test func summaryAddsUpSpeakersAcrossStatements() throws {
        let scratch = try Scratch()
        _ = try scratch.file("a.txt", "“We will rebuild the bridge,” the mayor said.\n\nThe council urged the mayor to act quickly.\n")
        _ = try scratch.file("b.txt", "“The water is safe,” the mayor said.\n")
        let run = try Run(["analyze", "--summary", "-f", "json", scratch.url.path])
        #expect(run.status == 0)
        let summary = try Self.jsonObject(run.stdout)
        #expect(summary["statements"] as? Int == 2)
        let parties = try #require(summary["parties"] as? [[String: Any]])
        let mayor = try #require(parties.first { ($0["name"] as? String)?.lowercased().hasSuffix("mayor") == true })
        #expect(mayor["statements"] as? Int == 2)
        #expect(mayor["quotes"] as? Int == 2)
        #expect(mayor["callsReceived"] as? Int == 1)
        let council = try #require(parties.first { ($0["name"] as? String)?.lowercased().hasSuffix("council") == true })
        #expect(council["callsMade"] as? Int == 1)
        let text = try Run(["analyze", "--summary", scratch.url.path])
        #expect(text.stdout.hasPrefix("2 statements · "))
        #expect(text.stdout.contains("calls received"))
    }

    /// Progress is drawn on a terminal, and never when stderr is not one.
    @Test func progressOnlyOnATerminal() throws {
        let scratch = try Scratch()
        for index in 0..<3 { _ = try scratch.file("s\(index).txt", "One.\n") }
        let piped = try Run(["analyze", "-f", "jsonl", scratch.url.path])
        #expect(piped.stderr.isEmpty)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        // util-linux `script` gives the command a terminal; stdout goes to a file, so what
        // reaches the terminal is stderr alone.
        let output = scratch.url.appendingPathComponent("out.jsonl").path
        let command = "'\(Run.binary.path)' analyze -f jsonl -j 1 '\(scratch.url.path)' > '\(output)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let seen = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(seen.contains("files"))
        #expect(seen.hasSuffix("\r\u{1B}[K"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 3)
    }
}

/// A value shared by concurrent test work.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

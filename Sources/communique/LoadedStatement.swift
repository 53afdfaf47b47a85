#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StatementInput
import StatementKit

/// A statement read from a file, standard input or the built-in sample, with the problems
/// found on the way, each worded as the one line the user sees. A page or a Markdown file is
/// extracted here, so every command works on the statement's text rather than its markup.
struct LoadedStatement {
    var name: String
    var source: SourceText
    var format: InputFormat = .text
    /// The statement taken out of a page or a Markdown file; nil for plain text.
    var extracted: ExtractedStatement?

    /// What the analysis, the reader and the notes work on.
    var text: String { extracted?.text ?? source.text }

    /// `mentions: false` for a report, which does not paint where speakers are named.
    func analyzed(mentions: Bool = true) -> Document {
        guard let verbatim = extracted?.verbatim, !verbatim.isEmpty else { return Analyzer.analyze(text, source: name, mentions: mentions) }
        return Analyzer.analyze(text, source: name, verbatim: verbatim, mentions: mentions)
    }

    enum Failure: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case binary(path: String)
        case tooLarge(path: String)
        case noContent(path: String, format: InputFormat, reason: String?)

        var description: String {
            switch self {
            case .unreadable(let path, let reason): return "\(path): \(reason)"
            case .binary(let path): return "\(path): looks like a binary file (it contains NUL bytes), not a statement"
            case .tooLarge(let path): return "\(path): is 4 GiB or more; statements that long are not supported"
            case .noContent(let path, let format, let reason):
                return "\(path): no statement text found in this \(format == .html ? "HTML page" : "Markdown file")"
                    + (reason.map { " (\($0))" } ?? "")
            }
        }
    }

    /// `nil` or `-` reads standard input when it is not a terminal; `nil` on a terminal
    /// opens the sample.
    /// `input` overrides the format found by the file's extension or its first bytes.
    static func load(_ argument: String?, input: InputFormat? = nil) throws -> LoadedStatement {
        if argument == "-" || (argument == nil && stdinIsPipeOrFile) {
            let bytes = try readAll(fd: STDIN_FILENO, path: "stdin")
            return try checked(name: "stdin", bytes: bytes, input: input)
        }
        guard let path = argument else {
            return LoadedStatement(name: SampleStatement.name, source: SourceText(SampleStatement.text))
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure.unreadable(path: path, reason: errorText(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure.unreadable(path: path, reason: "is a directory, not a file") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure.unreadable(path: path, reason: errorText(errno)) }
        defer { close(fd) }
        return try checked(name: path, bytes: try readAll(fd: fd, path: path), input: input)
    }

    /// A pipe or a redirected file carries a statement; a terminal or `/dev/null` does not.
    private static var stdinIsPipeOrFile: Bool {
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK
    }

    private static func checked(name: String, bytes: [UInt8], input: InputFormat?) throws -> LoadedStatement {
        let format = input ?? InputFormat.detect(path: name == "stdin" ? nil : name, bytes: bytes)
        // Markdown is text like any statement; a page's NULs are read past, as a browser does.
        if format == .markdown, bytes.contains(0) { throw Failure.binary(path: name) }
        if let extracted = StatementExtractor.extract(bytes, as: format) {
            // Bad UTF-8 is the parser's to mend, as a browser or a Markdown renderer does.
            if extracted.isEmpty { throw Failure.noContent(path: name, format: format, reason: extracted.warnings.first) }
            return LoadedStatement(name: name, source: SourceText(extracted.text), format: format, extracted: extracted)
        }
        let source = SourceText(decoding: bytes)
        if source.containsNUL { throw Failure.binary(path: name) }
        return LoadedStatement(name: name, source: source)
    }

    private static func readAll(fd: Int32, path: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        // A file says how long it is: one allocation, where doublings would hold a long
        // statement several times over while it is read.
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            if Int(info.st_size) >= TextSpan.maximumOffset { throw Failure.tooLarge(path: path) }
            bytes.reserveCapacity(Int(info.st_size) + 1)
        }
        do {
            // Offsets are 32-bit (`TextSpan`); a scalar is at least a byte, so this bounds them.
            try DescriptorReader.readAll(fd, into: &bytes) { read in
                if read.count >= TextSpan.maximumOffset { throw Failure.tooLarge(path: path) }
            }
        } catch let failure as DescriptorReader.Failure {
            throw Failure.unreadable(path: path, reason: errorText(failure.code))
        }
        return bytes
    }

    private static func errorText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// Warnings the user should see on stderr although the analysis goes ahead.
    var warnings: [String] {
        var lines: [String] = []
        let n = source.invalidSequences
        if n > 0 {
            lines.append("\(name): \(n) invalid UTF-8 sequence\(n == 1 ? "" : "s") replaced with U+FFFD")
        }
        for warning in extracted?.warnings ?? [] { lines.append("\(name): \(warning)") }
        return lines
    }
}

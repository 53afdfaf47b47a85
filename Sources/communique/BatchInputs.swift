#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The statements a batch analysis reads: files named on the command line, the files under
/// named folders, and the paths listed by `--files-from`, in the order given.
struct BatchInputs {
    /// One statement to analyse: a path, `-` for standard input, or nil for what `analyze`
    /// reads with no argument (a pipe, else the sample); its size when known.
    struct Input: Sendable {
        var path: String?
        var bytes: Int
    }

    /// The endings of the files a folder contributes. A file named on the command line or in a
    /// list is read whatever its name.
    static let statementExtensions: Set<String> = ["txt", "html", "htm", "md", "markdown"]

    var inputs: [Input] = []
    /// One line per argument that gave nothing to read (a folder without statements).
    var problems: [String] = []

    enum Failure: Error, CustomStringConvertible {
        case unreadableList(path: String, reason: String)
        case stdinTwice

        var description: String {
            switch self {
            case .unreadableList(let path, let reason): return "\(path): \(reason)"
            case .stdinTwice: return "standard input can be read once: give either - or --files-from -, not both"
            }
        }
    }

    /// `arguments` as given, then the list in `filesFrom` (`-` for standard input), one path a
    /// line or NUL-separated. With neither, what `analyze` reads with no argument.
    static func collect(arguments: [String], filesFrom: String?, nulSeparated: Bool) throws -> BatchInputs {
        var batch = BatchInputs()
        if arguments.isEmpty && filesFrom == nil {
            batch.inputs = [Input(path: nil, bytes: 0)]
            return batch
        }
        if filesFrom == "-" && arguments.contains("-") { throw Failure.stdinTwice }
        for argument in arguments { batch.add(argument) }
        if let filesFrom {
            for path in try listedPaths(in: filesFrom, nulSeparated: nulSeparated) { batch.add(path, listed: true) }
        }
        return batch
    }

    /// A folder adds its statements, sorted and recursively; anything else is read as a
    /// statement, and a missing or unreadable path fails when its turn comes, with the rest.
    private mutating func add(_ path: String, listed: Bool = false) {
        var info = stat()
        if path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            let before = inputs.count
            addFolder(path)
            if inputs.count == before && !listed {
                let endings = Self.statementExtensions.sorted().map { "*.\($0)" }.joined(separator: ", ")
                problems.append("\(path): a folder without statements (\(endings)) in it")
            }
            return
        }
        let size = path != "-" && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        inputs.append(Input(path: path, bytes: size))
    }

    /// Entries in byte order of their names; hidden entries and links to folders are left out,
    /// so a link cannot make the walk go round.
    private mutating func addFolder(_ folder: String) {
        guard let directory = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let path = base + name
            var link = stat(), info = stat()
            guard lstat(path, &link) == 0 else { continue }
            if (link.st_mode & S_IFMT) == S_IFDIR {
                addFolder(path)
            } else if Self.isStatement(name) {
                // A broken link is kept, to be reported when its turn comes; a link to a
                // folder, a pipe or a device is not a statement.
                guard stat(path, &info) == 0 else {
                    inputs.append(Input(path: path, bytes: 0))
                    continue
                }
                if (info.st_mode & S_IFMT) == S_IFREG { inputs.append(Input(path: path, bytes: Int(info.st_size))) }
            }
        }
    }

    static func isStatement(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return statementExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The paths in a list file; empty lines are skipped, and so is a trailing `\r`.
    private static func listedPaths(in list: String, nulSeparated: Bool) throws -> [String] {
        let fd = list == "-" ? STDIN_FILENO : open(list, O_RDONLY)
        guard fd >= 0 else { throw Failure.unreadableList(path: list, reason: String(cString: strerror(errno)).lowercased()) }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var bytes: [UInt8] = []
        do {
            try DescriptorReader.readAll(fd, into: &bytes)
        } catch let failure as DescriptorReader.Failure {
            throw Failure.unreadableList(path: list, reason: String(cString: strerror(failure.code)).lowercased())
        }
        let separator: UInt8 = nulSeparated ? 0 : 10
        return bytes.split(separator: separator).compactMap { line in
            var line = line[...]
            if !nulSeparated, line.last == 13 { line = line.dropLast() }
            return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
        }
    }
}

extension BatchInputs {
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return path != "-" && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

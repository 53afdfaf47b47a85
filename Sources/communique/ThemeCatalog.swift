#if canImport(Glibc)
import Glibc
#endif
import ReaderUI

/// Where themes come from: the ones shipped in the binary, and the user's own in
/// `$XDG_CONFIG_HOME/communique/themes/` (default `~/.config/communique/themes/`), which win
/// over a shipped theme of the same name.
struct ThemeCatalog {
    enum Failure: Error, CustomStringConvertible {
        case unknown(String, available: [String])
        case unreadable(String, reason: String)
        case invalid(Theme.LoadError)

        var description: String {
            switch self {
            case .unknown(let name, let available): return "unknown theme '\(name)' (available: \(available.joined(separator: ", ")))"
            case .unreadable(let path, let reason): return "\(path): \(reason)"
            case .invalid(let error): return error.description
            }
        }
    }

    var userDirectory: String? {
        if let config = getenv("XDG_CONFIG_HOME").map({ String(cString: $0) }), !config.isEmpty {
            return config + "/communique/themes"
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home + "/.config/communique/themes"
    }

    /// Every theme name with where it comes from, shipped first.
    func available() -> [(name: String, origin: String)] {
        var list = ShippedThemes.all.map { (name: $0.name, origin: "shipped") }
        for file in userFiles() {
            let name = String(file.dropLast(".toml".count))
            list.removeAll { $0.name == name }
            list.append((name: name, origin: (userDirectory ?? "") + "/" + file))
        }
        return list.sorted { $0.name < $1.name }
    }

    /// A theme by name, or by path when the argument names a file.
    func load(_ argument: String) throws -> Theme {
        if argument.contains("/") || argument.hasSuffix(".toml") {
            return try parse(file: argument, name: argument)
        }
        if let directory = userDirectory, userFiles().contains(argument + ".toml") {
            return try parse(file: directory + "/" + argument + ".toml", name: argument)
        }
        if let shipped = ShippedThemes.all.first(where: { $0.name == argument }) {
            do { return try Theme.parse(shipped.source, name: shipped.name, file: "themes/\(shipped.name).toml") }
            catch { throw Failure.invalid(error) }
        }
        throw Failure.unknown(argument, available: available().map(\.name))
    }

    private func parse(file: String, name: String) throws -> Theme {
        guard let source = readText(file) else {
            throw Failure.unreadable(file, reason: errno == ENOENT ? "no such theme file" : String(cString: strerror(errno)))
        }
        do { return try Theme.parse(source, name: name, file: file) }
        catch { throw Failure.invalid(error) }
    }

    private func userFiles() -> [String] {
        guard let directory = userDirectory, let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var files: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasSuffix(".toml") { files.append(name) }
        }
        return files.sorted()
    }

    private func readText(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

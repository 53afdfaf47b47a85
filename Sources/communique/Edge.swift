import Foundation
import StatementInput
import StatementKit

/// Things only the edge may know: the time, new identifiers, where data lives, file URIs.
enum Edge {
    /// The time in UTC as ISO 8601 (`2026-11-29T17:40:13Z`), from the C library: Foundation's
    /// `ISO8601DateFormatter` loads ICU, whose tables alone kept megabytes of the binary
    /// resident in every reader.
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    static func newIdentifier() -> String { UUID().uuidString.lowercased() }

    /// `--data-dir`, else `COMMUNIQUE_DATA_DIR`, else `$XDG_DATA_HOME/communique`, else
    /// `~/.local/share/communique`.
    static func dataDirectory(_ option: String?) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let option, !option.isEmpty { return option }
        if let directory = environment["COMMUNIQUE_DATA_DIR"], !directory.isEmpty { return directory }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/communique" }
        return NSHomeDirectory() + "/.local/share/communique"
    }

    /// The path as the store remembers it: absolute, so a statement is the same from any directory.
    static func absolutePath(_ name: String) -> String {
        guard name != SampleStatement.name, name != "stdin" else { return name }
        let absolute = name.hasPrefix("/") ? name : FileManager.default.currentDirectoryPath + "/" + name
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    /// `file:///…` for a path; a URN for the sample and standard input; the page's own
    /// address when it gives one.
    static func sourceURI(_ name: String, page: ExtractedStatement? = nil) -> String {
        if let url = page?.url, url.hasPrefix("https://") || url.hasPrefix("http://") { return url }
        guard name != SampleStatement.name, name != "stdin" else { return "urn:communique:\(name)" }
        let absolute = name.hasPrefix("/") ? name : FileManager.default.currentDirectoryPath + "/" + name
        return URL(fileURLWithPath: absolute).standardizedFileURL.absoluteString
    }

    /// A title for exports: the page's title, the file's name, or the statement's first words.
    static func title(of name: String, document: Document, page: ExtractedStatement? = nil) -> String {
        if let title = page?.title, !title.isEmpty { return title }
        if name != SampleStatement.name && name != "stdin" { return (name as NSString).lastPathComponent }
        let words = (document.paragraphs.first?.text ?? "Statement").split(separator: " ").prefix(8).joined(separator: " ")
        return words
    }
}

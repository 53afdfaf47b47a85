/// What a statement's bytes are: plain text, an HTML page or Markdown.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, markdown

    /// The word the reader's status line shows for a page or a Markdown file.
    public var label: String? {
        switch self {
        case .text: return nil
        case .html: return "html"
        case .markdown: return "md"
        }
    }

    /// By the file's extension, else by how the bytes begin. Markdown is never guessed from
    /// content: plain statements are valid Markdown, and reading one as such would change it.
    public static func detect<Bytes: Collection<UInt8>>(path: String?, bytes: Bytes) -> InputFormat {
        if let path, let byExtension = byExtension(path) { return byExtension }
        return looksLikeHTML(bytes) ? .html : .text
    }

    public static func byExtension(_ path: String) -> InputFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return .text
        default: return nil
        }
    }

    /// A doctype, a comment, or an `<html>`, `<head>`, `<body>` or `<p>` start among the first
    /// bytes after a byte-order mark and whitespace.
    public static func looksLikeHTML<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var head = Array(bytes.prefix(1024))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        // UTF-16 pages: keep every other byte, which is enough to read ASCII tags.
        if head.starts(with: [0xFF, 0xFE]) { head = stride(from: 2, to: head.count, by: 2).map { head[$0] } }
        else if head.starts(with: [0xFE, 0xFF]) { head = stride(from: 3, to: head.count, by: 2).map { head[$0] } }
        guard let first = head.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C) }) else { return false }
        let start = String(decoding: head[first...].prefix(16), as: UTF8.self).lowercased()
        for opening in ["<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"] where start.hasPrefix(opening) { return true }
        guard start.hasPrefix("<p") else { return false }
        let after = start.dropFirst(2).first
        return after == ">" || after == " " || after == "\n" || after == "\t"
    }
}

/// The YAML front matter some Markdown files open with (`---`, `key: value` lines, `---`):
/// only its flat keys are read, for the statement's title, date, issuer and address.
struct FrontMatter: Equatable {
    var fields: [String: String] = [:]
    /// Where the Markdown after it starts, in bytes.
    var bodyStart = 0

    static func read(_ bytes: [UInt8]) -> FrontMatter {
        var lines: [(text: String, end: Int)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let origin = start
        // Only the first lines are looked at: front matter is short, a statement may not be.
        while start < bytes.count, lines.count < 200 {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line = String(decoding: bytes[start..<end], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            lines.append((line, min(end + 1, bytes.count)))
            start = end + 1
        }
        guard let first = lines.first, first.text.trimmingSpaces == "---" else { return FrontMatter(bodyStart: origin) }
        guard let close = lines.dropFirst().firstIndex(where: { $0.text.trimmingSpaces == "---" || $0.text.trimmingSpaces == "..." }) else {
            return FrontMatter(bodyStart: origin)
        }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            guard !line.text.hasPrefix(" "), !line.text.hasPrefix("#"), let colon = line.text.firstIndex(of: ":") else { continue }
            let key = line.text[..<colon].trimmingSpaces.lowercased()
            var value = line.text[line.text.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !value.isEmpty, fields[key] == nil { fields[key] = value }
        }
        return FrontMatter(fields: fields, bodyStart: lines[close].end)
    }

    func first(_ keys: String...) -> String? { keys.lazy.compactMap { fields[$0] }.first }
}

extension StringProtocol {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !BlockWriter.isCollapsible($0) }),
              let last = scalars.lastIndex(where: { !BlockWriter.isCollapsible($0) }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}

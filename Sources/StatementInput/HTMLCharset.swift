import CLibXML2

/// Which encoding a page's bytes are in, decided before parsing as a browser does: a
/// byte-order mark, else a `charset` declared in the first kilobyte, else UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252 (what undeclared Western pages are written in).
enum HTMLCharset {
    struct Choice: Equatable {
        var encoding: String
        var byteOrderMarkLength: Int
        /// A declared encoding libxml2 does not know, read as `encoding` instead.
        var unknown: String?
    }

    static func choose(for bytes: [UInt8]) -> Choice {
        let head = Array(bytes.prefix(1024))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(encoding: "UTF-8", byteOrderMarkLength: 3) }
        if head.starts(with: [0xFF, 0xFE]) { return Choice(encoding: "UTF-16LE", byteOrderMarkLength: 2) }
        if head.starts(with: [0xFE, 0xFF]) { return Choice(encoding: "UTF-16BE", byteOrderMarkLength: 2) }
        let undeclared = isValidUTF8(bytes) ? "UTF-8" : "WINDOWS-1252"
        guard let declared = declaredCharset(in: head) else { return Choice(encoding: undeclared, byteOrderMarkLength: 0) }
        let name = canonical(declared)
        guard known(name) else { return Choice(encoding: undeclared, byteOrderMarkLength: 0, unknown: declared) }
        // A page that says UTF-8 but is not is nearly always Windows-1252 mislabelled.
        if name == "UTF-8" { return Choice(encoding: undeclared, byteOrderMarkLength: 0) }
        return Choice(encoding: name, byteOrderMarkLength: 0)
    }

    /// The value after the first `charset` in the head (in `<meta charset>`, in
    /// `<meta http-equiv content="…; charset=…">`, or an XML declaration's `encoding`).
    static func declaredCharset(in head: [UInt8]) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for key in [Array("charset".utf8), Array("encoding".utf8)] {
            var index = 0
            while let found = find(key, in: lower, from: index) {
                index = found + key.count
                var position = index
                while position < lower.count, lower[position] == 0x20 || lower[position] == 0x09 { position += 1 }
                guard position < lower.count, lower[position] == UInt8(ascii: "=") else { continue }
                position += 1
                while position < lower.count, lower[position] == 0x20 || lower[position] == 0x22 || lower[position] == 0x27 { position += 1 }
                var end = position
                while end < lower.count, isNameByte(lower[end]) { end += 1 }
                if end > position { return String(decoding: lower[position..<end], as: UTF8.self) }
            }
        }
        return nil
    }

    /// Latin-1 and ASCII labels mean Windows-1252, as browsers read them; others as given.
    static func canonical(_ label: String) -> String {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819",
             "iso_8859-1", "windows-1252", "cp1252", "x-cp1252":
            return "WINDOWS-1252"
        default: return label.uppercased()
        }
    }

    static func known(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
    }
}

/// A JSON value with keys kept in the order they were written, so reports read the same way
/// every time (and diff cleanly), without Foundation on the start-up path.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ string: String?) -> JSONValue {
        string.map(JSONValue.string) ?? .null
    }

    /// Compact when `indent` is nil, otherwise pretty-printed with that many spaces a level.
    public func serialized(indent: Int? = nil) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    func write(into out: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                Self.newline(&out, indent: indent, level: level + 1)
                value.write(into: &out, indent: indent, level: level + 1)
            }
            Self.newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                Self.newline(&out, indent: indent, level: level + 1)
                Self.writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            Self.newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    static func newline(_ out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: " ", count: indent * level)
    }

    /// Escapes at the byte level: runs that need no escape are copied whole (scalar-by-scalar
    /// appending made the JSON report slower than the analysis it reports).
    static func writeString(_ string: String, into out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 2)
        escape(string.utf8, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The quoted, escaped form of some UTF-8, appended to `bytes`.
    static func escape<Bytes: Sequence<UInt8>>(_ utf8: Bytes, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        var utf8 = utf8.makeIterator()
        func escape(_ value: UInt32) {
            let hex = Array(String(value, radix: 16).utf8)
            bytes += Array("\\u".utf8) + Array(repeating: 0x30, count: 4 - hex.count) + hex
        }
        while let byte = utf8.next() {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20, 0x7F: escape(UInt32(byte))
            case 0xC2:
                // U+0080–U+009F (C1 controls) are C2 80–C2 9F.
                let next = utf8.next() ?? 0
                if next >= 0x80 && next <= 0x9F { escape(UInt32(next)) } else { bytes += [byte, next] }
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) break JavaScript readers.
                let second = utf8.next() ?? 0, third = second == 0x80 ? (utf8.next() ?? 0) : 0
                if second == 0x80 && (third == 0xA8 || third == 0xA9) { escape(third == 0xA8 ? 0x2028 : 0x2029) }
                else { bytes += [byte, second] + (second == 0x80 ? [third] : []) }
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}

/// Writes JSON straight into UTF-8 bytes, in the same shape as `JSONValue.serialized`: what the
/// streamed report is made with, so that no value tree or string is built for each quote,
/// call and field.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let indent: Int?
    /// Per open container: whether it has a member yet.
    private var open: [Bool] = []

    init(indent: Int?) {
        self.indent = indent
        bytes.reserveCapacity(1 << 17)
    }

    mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    // MARK: Containers

    mutating func beginObject() { bytes.append(0x7B); open.append(false) }
    mutating func beginArray() { bytes.append(0x5B); open.append(false) }
    mutating func endObject() { end(0x7D) }
    mutating func endArray() { end(0x5D) }

    private mutating func end(_ bracket: UInt8) {
        let hadMembers = open.removeLast()
        if hadMembers { newline(level: open.count) }
        bytes.append(bracket)
    }

    /// Before an array element or an object member: the comma and the line break.
    private mutating func item() {
        if open[open.count - 1] { bytes.append(0x2C) }
        open[open.count - 1] = true
        newline(level: open.count)
    }

    mutating func key(_ name: StaticString) {
        item()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        if indent != nil { bytes.append(0x20) }
    }

    /// Before a value that is an array element (object members get theirs from `key`).
    mutating func element() { item() }

    private mutating func newline(level: Int) {
        guard let indent else { return }
        bytes.append(0x0A)
        for _ in 0..<(indent * level) { bytes.append(0x20) }
    }

    // MARK: Values

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func string<Text: StringProtocol>(_ text: Text?) {
        guard let text else { null(); return }
        Self.escape(text, into: &bytes)
    }

    /// The quoted, escaped form of `text`, appended to `bytes`: the one JSON string escaper
    /// (the value tree uses it too).
    static func escape<Text: StringProtocol>(_ text: Text, into bytes: inout [UInt8]) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { buffer in
            escape(buffer, into: &bytes)
            return true
        }
        if done == nil {
            var copy = String(text)
            copy.withUTF8 { escape($0, into: &bytes) }
        }
    }

    /// Copies the runs between escapes whole, as most text needs none. Escaped: the quote, the backslash, C0 controls and DEL,
    /// C1 controls, and U+2028 and U+2029 (which break JavaScript readers).
    static func escape(_ utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        let count = utf8.count
        var runStart = 0
        var index = 0
        func unicodeEscape(_ value: UInt32) {
            let hex = String(value, radix: 16).utf8
            bytes.append(0x5C)
            bytes.append(0x75)
            for _ in 0..<(4 - hex.count) { bytes.append(0x30) }
            bytes.append(contentsOf: hex)
        }
        while index < count {
            let byte = utf8[index]
            var length = 0
            switch byte {
            case 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x00..<0x20, 0x7F:
                length = 1
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(utf8[index + 1]):
                length = 2  // a C1 control
            case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                length = 3  // U+2028, U+2029
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch (byte, length) {
            case (0x22, 1): bytes += [0x5C, 0x22]
            case (0x5C, 1): bytes += [0x5C, 0x5C]
            case (0x0A, 1): bytes += [0x5C, 0x6E]
            case (0x0D, 1): bytes += [0x5C, 0x72]
            case (0x09, 1): bytes += [0x5C, 0x74]
            case (_, 1): unicodeEscape(UInt32(byte))
            case (_, 2): unicodeEscape(UInt32(utf8[index + 1]))
            default: unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
            }
            index += length
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        bytes.append(0x22)
    }
}

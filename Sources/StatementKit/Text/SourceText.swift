#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a statement as decoded from its bytes.
///
/// Invalid UTF-8 becomes U+FFFD and is counted, so the reader can warn without refusing the
/// file; a leading byte-order mark is dropped because it is not part of what anyone wrote.
public struct SourceText: Sendable, Equatable {
    public var text: String
    /// How many invalid UTF-8 sequences were replaced with U+FFFD.
    public var invalidSequences: Int
    public var hadByteOrderMark: Bool
    /// A NUL byte is the surest sign of a binary file; callers decide whether to refuse it.
    public var containsNUL: Bool

    public init<Bytes: Collection>(decoding bytes: Bytes) where Bytes.Element == UInt8 {
        // Fast path: valid UTF-8 (nearly every file) is taken whole.
        var body = bytes[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { body = body.dropFirst(3) }
        let fast: String? = body.withContiguousStorageIfAvailable { String(validating: $0, as: UTF8.self) } ?? String(validating: body, as: UTF8.self)
        if let valid = fast {
            text = valid
            invalidSequences = 0
            hadByteOrderMark = bom
            containsNUL = body.withContiguousStorageIfAvailable { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false } ?? body.contains(0)
            return
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var invalid = 0
        var nul = false
        var first = true
        var sawBOM = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if first && scalar == "\u{FEFF}" {
                    sawBOM = true
                } else {
                    if scalar == "\0" { nul = true }
                    scalars.append(scalar)
                }
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break decoding
            }
            first = false
        }
        self.text = String(scalars)
        self.invalidSequences = invalid
        self.hadByteOrderMark = sawBOM
        self.containsNUL = nul
    }

    /// A text already decoded (the sample, a page's extracted statement): taken as it is,
    /// without a copy of its bytes, less a leading byte-order mark.
    public init(_ text: String) {
        let bom = text.unicodeScalars.first == "\u{FEFF}"
        self.text = bom ? String(text.unicodeScalars.dropFirst()) : text
        invalidSequences = 0
        hadByteOrderMark = bom
        containsNUL = text.utf8.contains(0)
    }
}

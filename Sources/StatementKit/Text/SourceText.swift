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
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var invalid = 0
        var nul = false
        var first = true
        var bom = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if first && scalar == "\u{FEFF}" {
                    bom = true
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
        self.hadByteOrderMark = bom
        self.containsNUL = nul
    }

    public init(_ text: String) {
        self.init(decoding: Array(text.utf8))
    }
}

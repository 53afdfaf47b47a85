/// Questions about single scalars that every stage asks. Most statements are mostly ASCII, so
/// each question answers ASCII with arithmetic and asks the Unicode tables only above it: the
/// table look-up was a quarter of the analysis time.
extension Unicode.Scalar {
    /// Dashes, curly quotes, apostrophes, bullets and the ellipsis (U+2010–U+2027): after ASCII
    /// the commonest scalars in a statement, and none of them a letter, digit or space.
    private var isGeneralPunctuation: Bool { value &- 0x2010 < 0x18 }

    var isLetter: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 : !isGeneralPunctuation && properties.isAlphabetic }
    var isDigit: Bool { value < 0x80 ? value &- 0x30 < 10 : !isGeneralPunctuation && properties.numericType == .decimal }
    var isAlphanumeric: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 : isLetter || isDigit }
    var isUppercase: Bool { value < 0x80 ? value &- 0x41 < 26 : !isGeneralPunctuation && properties.isUppercase }
    var isLowercase: Bool { value < 0x80 ? value &- 0x61 < 26 : !isGeneralPunctuation && properties.isLowercase }
    var isWhitespace: Bool { value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : !isGeneralPunctuation && properties.isWhitespace }
    /// Combining marks and joiners stay inside the word they modify.
    var isWordJoiner: Bool {
        if value < 0x300 { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return value == 0x200D || value == 0x200C
        }
    }
    /// Characters written as apostrophes inside words: `don't`, `NATO’s`, `don`t`.
    var isApostrophe: Bool { self == "'" || self == "’" || self == "`" || self == "ʼ" }
    var isHyphen: Bool { self == "-" || self == "‐" || self == "‑" }
    var isDash: Bool { self == "–" || self == "—" || self == "―" }
}

extension String {
    /// A string from scalars, written straight into its UTF-8 storage (appending scalar by
    /// scalar to a `UnicodeScalarView` was the tokenizer's largest cost).
    public init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    /// Lowercased with an ASCII fast path.
    var asciiLowercasedOrFull: String {
        var ascii = true
        for byte in utf8 where byte >= 0x80 { ascii = false; break }
        guard ascii else { return lowercased() }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var index = 0
            for byte in utf8 {
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                index += 1
            }
            return index
        }
    }
}

/// Questions about single scalars that every stage asks. Most statements are mostly ASCII, so
/// each question answers ASCII with arithmetic and asks the Unicode tables only above it.
extension Unicode.Scalar {
    // Each question is inlined for ASCII and calls out of line above it: the Unicode property
    // types are resilient, and a function that inlines a look-up sets up stack room for them
    // on every call, ASCII or not.

    /// Dashes, curly quotes, apostrophes, bullets and the ellipsis (U+2010–U+2027): after ASCII
    /// the commonest scalars in a statement, and none of them a letter, digit or space.
    private var isGeneralPunctuation: Bool { value &- 0x2010 < 0x18 }

    @inline(__always) var isLetter: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 : isLetterBeyondASCII }
    @inline(__always) var isDigit: Bool { value < 0x80 ? value &- 0x30 < 10 : isDigitBeyondASCII }
    @inline(__always) var isAlphanumeric: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 : isLetterBeyondASCII || isDigitBeyondASCII
    }
    @inline(__always) var isUppercase: Bool { value < 0x80 ? value &- 0x41 < 26 : isUppercaseBeyondASCII }
    @inline(__always) var isLowercase: Bool { value < 0x80 ? value &- 0x61 < 26 : isLowercaseBeyondASCII }
    @inline(__always) var isWhitespace: Bool { value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : isWhitespaceBeyondASCII }
    /// Combining marks and joiners stay inside the word they modify.
    @inline(__always) var isWordJoiner: Bool { value < 0x300 ? false : isCombiningOrJoiner }

    @inline(never) private var isLetterBeyondASCII: Bool { !isGeneralPunctuation && properties.isAlphabetic }
    @inline(never) private var isDigitBeyondASCII: Bool { !isGeneralPunctuation && properties.numericType == .decimal }
    @inline(never) private var isUppercaseBeyondASCII: Bool { !isGeneralPunctuation && properties.isUppercase }
    @inline(never) private var isLowercaseBeyondASCII: Bool { !isGeneralPunctuation && properties.isLowercase }
    @inline(never) private var isWhitespaceBeyondASCII: Bool { !isGeneralPunctuation && properties.isWhitespace }
    @inline(never) private var isCombiningOrJoiner: Bool {
        // Curly quotes and dashes end most words that end beyond ASCII: no table for them.
        if isGeneralPunctuation { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return value == 0x200D || value == 0x200C
        }
    }
    /// Characters written as apostrophes inside words: `don't`, `NATO’s`, `don`t`.
    var isApostrophe: Bool { self == "'" || self == "’" || self == "`" || self == "ʼ" }
    var isHyphen: Bool { self == "-" || self == "‐" || self == "‑" }
    /// (A copy may set its dateline's dash as a figure dash or a minus sign: "WASHINGTON − The …".)
    var isDash: Bool { self == "–" || self == "—" || self == "―" || self == "‒" || self == "−" }
}

extension String {
    /// A string from scalars, written straight into its UTF-8 storage rather than appended
    /// scalar by scalar to a `UnicodeScalarView`.
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

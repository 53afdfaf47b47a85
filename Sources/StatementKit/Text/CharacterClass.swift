/// Questions about single scalars that every stage asks.
extension Unicode.Scalar {
    var isLetter: Bool { properties.isAlphabetic }
    var isDigit: Bool { properties.numericType == .decimal }
    var isAlphanumeric: Bool { isLetter || isDigit }
    var isUppercase: Bool { properties.isUppercase }
    var isLowercase: Bool { properties.isLowercase }
    var isWhitespace: Bool { properties.isWhitespace }
    /// Combining marks and joiners stay inside the word they modify.
    var isWordJoiner: Bool {
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

/// The quotation marks the scanner knows, and which way each one faces. The reader asks it too,
/// so that both agree on which marks end a quote.
public enum QuoteMark {
    enum Direction { case opening, closing, either }
    enum Weight { case double, single }

    /// Inlined for ASCII, where only `"` and `'` are marks; asked of every sign of a statement.
    @inline(__always) static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == "\"" || scalar == "'" : isQuoteMarkBeyondASCII(scalar)
    }

    private static func isQuoteMarkBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "”", "„", "‟", "«", "»", "'", "‘", "’", "‚", "‛", "‹", "›", "「", "」", "『", "』":
            return true
        default:
            return false
        }
    }

    /// Whether a mark can end a quote: a closing one, or a straight one.
    public static func canClose(_ scalar: Unicode.Scalar) -> Bool {
        isQuoteMark(scalar) && direction(scalar) != .opening
    }

    static func weight(_ scalar: Unicode.Scalar) -> Weight {
        switch scalar {
        case "'", "‘", "’", "‚", "‛", "‹", "›", "『", "』": return .single
        default: return .double
        }
    }

    /// The direction a mark has by its shape alone; straight marks face either way.
    static func direction(_ scalar: Unicode.Scalar) -> Direction {
        switch scalar {
        case "“", "„", "‟", "«", "‘", "‚", "‛", "‹", "「", "『": return .opening
        case "”", "»", "’", "›", "」", "』": return .closing
        default: return .either
        }
    }
}

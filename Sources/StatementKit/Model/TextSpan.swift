/// A half-open stretch of the source text, counted in Unicode scalars from its start.
///
/// Scalars are the unit of the JSON output and of the W3C `TextPositionSelector`, so a span
/// means the same thing on every platform and in every export.
public struct TextSpan: Hashable, Sendable, Comparable {
    // Stored in 32 bits: a long statement holds millions of spans (paragraphs, sentences,
    // quotes, calls, names), which at 64 bits would be a tenth of the reader's memory.
    // `LoadedStatement` refuses texts of 4 GiB or more, so every offset fits.
    private var first: UInt32
    private var last: UInt32

    public var start: Int {
        get { Int(first) }
        set { first = UInt32(newValue) }
    }
    public var end: Int {
        get { Int(last) }
        set { last = UInt32(newValue) }
    }

    /// The largest offset a span can hold.
    public static let maximumOffset = Int(UInt32.max)

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        first = UInt32(start)
        last = UInt32(end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { first == last }

    public func contains(_ other: TextSpan) -> Bool {
        first <= other.first && other.last <= last
    }

    public func overlaps(_ other: TextSpan) -> Bool {
        first < other.last && other.first < last
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }
}

/// Where an annotation sits, recorded two ways so that it can be found again after the text
/// changes: the words themselves with some context (W3C TextQuoteSelector) and their position
/// in Unicode scalars (TextPositionSelector).
public struct TextAnchor: Hashable, Sendable, Codable {
    public static let contextLength = 32

    public var exact: String
    public var prefix: String
    public var suffix: String
    public var start: Int
    public var end: Int

    public init(exact: String, prefix: String, suffix: String, start: Int, end: Int) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
    }

    /// The anchor of `span` in `text`, with 32 scalars of context each side.
    public init(span: TextSpan, in scalars: StatementScalars) {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        self.init(
            exact: String(scalars: scalars[start..<end]),
            prefix: String(scalars: scalars[max(0, start - Self.contextLength)..<start]),
            suffix: String(scalars: scalars[window(from: end, to: min(scalars.count, end + Self.contextLength))]),
            start: start, end: end)
    }

    /// The stored position as a span. An anchor read from a database or an imported file may
    /// hold any numbers (negative, reversed, past what a span holds): they are brought into
    /// range rather than trusted.
    public var span: TextSpan {
        let first = min(max(0, start), TextSpan.maximumOffset)
        return TextSpan(start: first, end: min(max(first, end), TextSpan.maximumOffset))
    }
}

import StatementKit

/// A search over the statement's text: smart case (case matters only when the query has a
/// capital), every match found, one of them current.
public struct Search: Equatable, Sendable {
    public var query: String
    public var forward: Bool
    public var matches: [TextSpan]
    public var current: Int?

    public init(query: String, forward: Bool, in scalars: StatementScalars, from offset: Int) {
        self.query = query
        self.forward = forward
        matches = Search.matches(of: query, in: scalars)
        current = Search.nearest(in: matches, to: offset, forward: forward)
    }

    /// Every match, folding case scalar by scalar as it goes: a keystroke in an incremental
    /// search must not copy a long statement.
    static func matches(of query: String, in text: StatementScalars) -> [TextSpan] {
        guard !query.isEmpty else { return [] }
        let caseSensitive = query.contains { $0.isUppercase }
        let fold: (Unicode.Scalar) -> Unicode.Scalar = { scalar in
            guard !caseSensitive else { return scalar }
            // ASCII folds by arithmetic: the Unicode case tables cost more than the whole search.
            if scalar.value < 0x80 {
                return scalar.value &- 0x41 < 26 ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
            }
            return scalar.properties.lowercaseMapping.unicodeScalars.count == 1
                ? scalar.properties.lowercaseMapping.unicodeScalars.first! : scalar
        }
        let pattern = query.unicodeScalars.map(fold)
        var found: [TextSpan] = []
        guard pattern.count <= text.count else { return [] }
        var start = 0
        while start + pattern.count <= text.count {
            if fold(text[start]) == pattern[0] {
                var matched = true
                for k in 1..<pattern.count where fold(text[start + k]) != pattern[k] { matched = false; break }
                if matched {
                    found.append(TextSpan(start: start, end: start + pattern.count))
                    start += pattern.count
                    continue
                }
            }
            start += 1
        }
        return found
    }

    static func nearest(in matches: [TextSpan], to offset: Int, forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        if forward { return matches.firstIndex { $0.start >= offset } ?? 0 }
        return matches.lastIndex { $0.start < offset } ?? matches.count - 1
    }
}

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

    /// The search for `query` typed on from this one: when `query` only adds to this query,
    /// only this search's matches are looked at again (a keystroke rescanned the whole text,
    /// about 0.3 s on 100 MB). Not when the case rule changes (a first capital) or when this
    /// query can overlap itself ("aa", "abab"), since its matches then skip places where the
    /// longer query may match; those scan again.
    public func extended(to query: String, forward: Bool, in scalars: StatementScalars, from offset: Int) -> Search {
        guard query.unicodeScalars.count > self.query.unicodeScalars.count,
              query.unicodeScalars.starts(with: self.query.unicodeScalars),
              Search.isCaseSensitive(query) == Search.isCaseSensitive(self.query),
              !Search.canOverlapItself(Array(self.query.unicodeScalars))
        else { return Search(query: query, forward: forward, in: scalars, from: offset) }
        let fold = Search.folding(caseSensitive: Search.isCaseSensitive(query))
        let pattern = query.unicodeScalars.map(fold)
        var search = self
        search.query = query
        search.forward = forward
        // Every occurrence of the longer query starts at one of these, and they are taken in
        // order without overlap, as a scan of the whole text takes them.
        var found: [TextSpan] = []
        var end = 0
        for match in matches where match.start >= end && match.start + pattern.count <= scalars.count {
            guard !(0..<pattern.count).contains(where: { fold(scalars[match.start + $0]) != pattern[$0] }) else { continue }
            found.append(TextSpan(start: match.start, end: match.start + pattern.count))
            end = match.start + pattern.count
        }
        search.matches = found
        search.current = Search.nearest(in: search.matches, to: offset, forward: forward)
        return search
    }

    /// Smart case: case matters only when the query has a capital.
    static func isCaseSensitive(_ query: String) -> Bool { query.contains { $0.isUppercase } }

    /// Whether two occurrences of `pattern` can overlap: it has a proper prefix that is also
    /// a suffix.
    static func canOverlapItself(_ pattern: [Unicode.Scalar]) -> Bool {
        guard pattern.count > 1 else { return false }
        for length in 1..<pattern.count where pattern[..<length].elementsEqual(pattern[(pattern.count - length)...]) { return true }
        return false
    }

    static func folding(caseSensitive: Bool) -> (Unicode.Scalar) -> Unicode.Scalar {
        { scalar in
            guard !caseSensitive else { return scalar }
            // ASCII folds by arithmetic: the Unicode case tables cost more than the whole search.
            if scalar.value < 0x80 {
                return scalar.value &- 0x41 < 26 ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
            }
            return scalar.properties.lowercaseMapping.unicodeScalars.count == 1
                ? scalar.properties.lowercaseMapping.unicodeScalars.first! : scalar
        }
    }

    /// Every match, folding case scalar by scalar as it goes: a keystroke in an incremental
    /// search must not copy a long statement.
    static func matches(of query: String, in text: StatementScalars) -> [TextSpan] {
        guard !query.isEmpty else { return [] }
        let fold = folding(caseSensitive: isCaseSensitive(query))
        let pattern = query.unicodeScalars.map(fold)
        var found: [TextSpan] = []
        guard pattern.count <= text.count else { return [] }
        // The text is read in order (an offset found afresh costs more than decoding the next
        // scalar); only a first scalar that matches looks ahead.
        var start = text.startIndex
        var nextFree = start
        for scalar in text {
            defer { start += 1 }
            guard start + pattern.count <= text.endIndex else { break }
            guard start >= nextFree, fold(scalar) == pattern[0] else { continue }
            var matched = true
            for k in 1..<pattern.count where fold(text[start + k]) != pattern[k] { matched = false; break }
            if matched {
                found.append(TextSpan(start: start, end: start + pattern.count))
                nextFree = start + pattern.count
            }
        }
        return found
    }

    static func nearest(in matches: [TextSpan], to offset: Int, forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        if forward { return matches.firstIndex { $0.start >= offset } ?? 0 }
        return matches.lastIndex { $0.start < offset } ?? matches.count - 1
    }
}

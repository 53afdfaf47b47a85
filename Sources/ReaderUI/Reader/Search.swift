import StatementKit

/// A search over the statement's text: smart case (case matters only when the query has a
/// capital), one match current.
///
/// In a statement of up to `listingLimit` scalars every match is found and counted at once
/// (`matches`, "3/17 matches"). In a longer one matches are found one at a time from where the
/// reader is, as `less` finds them, and only those on screen are looked for, so that a
/// keystroke costs the same whatever the statement's length.
public struct Search: Equatable, Sendable {
    public var query: String
    public var forward: Bool
    /// Every match, in order, when they are listed; empty otherwise.
    public var matches: [TextSpan]
    /// The current match's place in `matches`, when they are listed.
    public var current: Int?
    /// Whether every match was found and counted.
    public let isListed: Bool
    /// The current match of a search that does not list its matches.
    private var found: TextSpan?

    /// About a megabyte of text: listing it takes a few milliseconds.
    public static let listingLimit = 1_000_000

    /// The match the reader is on.
    public var currentMatch: TextSpan? { isListed ? current.map { matches[$0] } : found }

    /// What the status line says of the matches: "3/17 matches", or for a search that does not
    /// count them, "a match"; nil when there is none.
    public var summary: String? {
        guard currentMatch != nil else { return nil }
        guard isListed, let current else { return "a match" }
        return "\(current + 1)/\(matches.count) matches"
    }

    public init(query: String, forward: Bool, in scalars: StatementScalars, from offset: Int) {
        self.init(query: query, forward: forward, in: scalars, from: offset, listed: scalars.count <= Self.listingLimit)
    }

    init(query: String, forward: Bool, in scalars: StatementScalars, from offset: Int, listed: Bool) {
        self.query = query
        self.forward = forward
        isListed = listed
        if isListed {
            matches = Search.matches(of: query, in: scalars)
            current = Search.nearest(in: matches, to: offset, forward: forward)
        } else {
            matches = []
            let pattern = Pattern(query)
            found = forward
                ? pattern.first(in: scalars, from: offset, before: scalars.count) ?? pattern.first(in: scalars, from: 0, before: offset)
                : pattern.last(in: scalars, before: offset, from: 0) ?? pattern.last(in: scalars, before: scalars.count, from: offset)
        }
    }

    /// The search for `query` typed on from this one: when `query` only adds to this query,
    /// only this search's matches are looked at again, not the whole text. Not when the case rule changes (a first capital) or when this
    /// query can overlap itself ("aa", "abab"), since its matches then skip places where the
    /// longer query may match; those scan again. A search that does not list its matches
    /// finds the nearest one again, which costs no more.
    public func extended(to query: String, forward: Bool, in scalars: StatementScalars, from offset: Int) -> Search {
        guard isListed else { return Search(query: query, forward: forward, in: scalars, from: offset, listed: false) }
        guard query.unicodeScalars.count > self.query.unicodeScalars.count,
              query.unicodeScalars.starts(with: self.query.unicodeScalars),
              Search.isCaseSensitive(query) == Search.isCaseSensitive(self.query),
              !Search.canOverlapItself(Array(self.query.unicodeScalars))
        else { return Search(query: query, forward: forward, in: scalars, from: offset) }
        let pattern = Pattern(query)
        var search = self
        search.query = query
        search.forward = forward
        // Every occurrence of the longer query starts at one of these, and they are taken in
        // order without overlap, as a scan of the whole text takes them.
        var found: [TextSpan] = []
        var end = 0
        for match in matches where match.start >= end {
            guard let longer = pattern.match(at: match.start, in: scalars) else { continue }
            found.append(longer)
            end = longer.end
        }
        search.matches = found
        search.current = Search.nearest(in: search.matches, to: offset, forward: forward)
        return search
    }

    /// The next match in the search's direction (`forward`), or against it, and whether the
    /// search went round the end of the text to find it. Nil when there is no match at all.
    public func stepped(forward: Bool, in scalars: StatementScalars) -> (search: Search, wrapped: Bool)? {
        guard let match = currentMatch else { return nil }
        let ahead = self.forward == forward
        var search = self
        if isListed, let current {
            var next = current + (ahead ? 1 : -1)
            let wrapped = next < 0 || next >= matches.count
            next = (next + matches.count) % matches.count
            search.current = next
            return (search, wrapped)
        }
        let pattern = Pattern(query)
        if ahead {
            if let next = pattern.first(in: scalars, from: match.end, before: scalars.count) { search.found = next; return (search, false) }
            search.found = pattern.first(in: scalars, from: 0, before: match.end) ?? match
        } else {
            if let previous = pattern.last(in: scalars, before: match.start, from: 0) { search.found = previous; return (search, false) }
            search.found = pattern.last(in: scalars, before: scalars.count, from: match.start) ?? match
        }
        return (search, true)
    }

    /// The matches that overlap `range` of offsets: what the screen paints. Listed matches are
    /// found by binary search; otherwise the range is read, so the cost is the screen's, not
    /// the statement's.
    public func matches(overlapping range: Range<Int>, in scalars: StatementScalars) -> [TextSpan] {
        if isListed {
            let first = Bisection.firstIndex(in: matches.count) { matches[$0].end > range.lowerBound }
            let end = Bisection.firstIndex(in: matches.count) { matches[$0].start >= range.upperBound }
            return Array(matches[first..<max(first, end)])
        }
        let pattern = Pattern(query)
        return pattern.all(in: scalars, from: max(0, range.lowerBound - pattern.scalars.count + 1), before: range.upperBound)
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

    /// A query folded for comparison, and the scans that find it one match at a time.
    struct Pattern {
        let scalars: [Unicode.Scalar]
        let fold: (Unicode.Scalar) -> Unicode.Scalar

        init(_ query: String) {
            fold = Search.folding(caseSensitive: Search.isCaseSensitive(query))
            scalars = query.unicodeScalars.map(fold)
        }

        /// The first match that starts in `offset..<limit` (it may end past `limit`). The text
        /// is read in order (an offset found afresh costs more than decoding the next scalar);
        /// only a first scalar that matches looks ahead.
        func first(in text: StatementScalars, from offset: Int, before limit: Int) -> TextSpan? {
            guard !scalars.isEmpty else { return nil }
            let last = min(limit, text.count - scalars.count + 1)
            guard offset < last else { return nil }
            var start = offset
            for scalar in text[offset..<last] {
                if fold(scalar) == scalars[0], let match = match(at: start, in: text) { return match }
                start += 1
            }
            return nil
        }

        /// The matches that start in `offset..<limit`, in order and without overlap.
        func all(in text: StatementScalars, from offset: Int, before limit: Int) -> [TextSpan] {
            var found: [TextSpan] = []
            var start = offset
            while let match = first(in: text, from: start, before: limit) {
                found.append(match)
                start = match.end
            }
            return found
        }

        /// The match that starts at `start`, if the query stands there.
        func match(at start: Int, in text: StatementScalars) -> TextSpan? {
            guard !scalars.isEmpty, start >= 0, start + scalars.count <= text.count else { return nil }
            for k in 0..<scalars.count where fold(text[start + k]) != scalars[k] { return nil }
            return TextSpan(start: start, end: start + scalars.count)
        }

        /// The last match that starts in `floor..<offset`, read a block at a time backwards.
        func last(in text: StatementScalars, before offset: Int, from floor: Int) -> TextSpan? {
            var end = offset
            while end > floor {
                let start = max(floor, end - 65_536)
                var found: TextSpan?
                var from = start
                while let match = first(in: text, from: from, before: end) {
                    found = match
                    from = match.start + 1
                }
                if let found { return found }
                end = start
            }
            return nil
        }

    }

    /// Every match, in order and without overlap, folding case scalar by scalar as it goes:
    /// a keystroke in an incremental search must not copy a long statement.
    static func matches(of query: String, in text: StatementScalars) -> [TextSpan] {
        Pattern(query).all(in: text, from: 0, before: text.count)
    }

    static func nearest(in matches: [TextSpan], to offset: Int, forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        if forward { return matches.firstIndex { $0.start >= offset } ?? 0 }
        return matches.lastIndex { $0.start < offset } ?? matches.count - 1
    }
}

/// Finds annotations again in a text that may have changed, the way Hypothesis does: the
/// stored position if the words are still there; else the exact words, the occurrence told
/// apart by its context and nearness; else an approximate match, by bounded edit distance on
/// the words, their context and their position; else the annotation is an orphan.
public enum Reanchoring {
    public struct Result: Equatable, Sendable {
        public var span: TextSpan?
        public var state: AnchorState
    }

    public static func locate(_ anchor: TextAnchor, in scalars: StatementScalars) -> Result {
        let exact = Array(anchor.exact.unicodeScalars)
        guard !exact.isEmpty else { return Result(span: nil, state: .orphaned) }
        // 1. Where it was.
        if anchor.end <= scalars.count, anchor.start >= 0, anchor.start <= anchor.end,
           scalars[anchor.start..<anchor.end].elementsEqual(exact) {
            return Result(span: anchor.span, state: .anchored)
        }
        // 2. The same words elsewhere: the occurrence whose context and place fit best.
        let occurrences = positions(of: exact, in: scalars)
        if !occurrences.isEmpty {
            let prefix = Array(anchor.prefix.unicodeScalars), suffix = Array(anchor.suffix.unicodeScalars)
            let best = occurrences.max { a, b in
                score(a, length: exact.count, prefix: prefix, suffix: suffix, anchor: anchor, in: scalars)
                    < score(b, length: exact.count, prefix: prefix, suffix: suffix, anchor: anchor, in: scalars)
            }!
            return Result(span: TextSpan(start: best, end: best + exact.count), state: .moved)
        }
        // 3. Changed words: between the context that is still there, or near the old place.
        if let span = approximate(anchor, exact: exact, in: scalars) {
            return Result(span: span, state: .changed)
        }
        return Result(span: nil, state: .orphaned)
    }

    static func positions<Text: RandomAccessCollection<Unicode.Scalar>>(of pattern: [Unicode.Scalar], in scalars: Text) -> [Int] where Text.Index == Int {
        guard pattern.count <= scalars.count else { return [] }
        var found: [Int] = []
        var start = 0
        while start + pattern.count <= scalars.count {
            if scalars[start] == pattern[0] && scalars[start..<(start + pattern.count)].elementsEqual(pattern) {
                found.append(start)
            }
            start += 1
        }
        return found
    }

    /// How well an occurrence fits: matching context scalars count most, distance a little.
    static func score(_ start: Int, length: Int, prefix: [Unicode.Scalar], suffix: [Unicode.Scalar], anchor: TextAnchor, in scalars: StatementScalars) -> Double {
        var matched = 0
        var i = prefix.count - 1, j = start - 1
        while i >= 0, j >= 0, prefix[i] == scalars[j] { matched += 1; i -= 1; j -= 1 }
        i = 0
        j = start + length
        while i < suffix.count, j < scalars.count, suffix[i] == scalars[j] { matched += 1; i += 1; j += 1 }
        let distance = Double(abs(start - anchor.start)) / Double(max(1, scalars.count))
        return Double(matched) - distance
    }

    /// The best stretch within edit distance of the old words, looked for between surviving
    /// context and around the old position. Bounded: quotes over 2,000 scalars are not fuzzed.
    static func approximate(_ anchor: TextAnchor, exact: [Unicode.Scalar], in scalars: StatementScalars) -> TextSpan? {
        guard exact.count <= 2_000 else { return nil }
        let limit = max(2, exact.count * 3 / 10)
        // A stretch still bounded by both its old prefix and suffix may have changed more.
        let boundedLimit = max(limit, exact.count / 2)
        var candidates: [(span: TextSpan, limit: Int)] = []
        let prefixTail = Array(anchor.prefix.unicodeScalars.suffix(12))
        let suffixHead = Array(anchor.suffix.unicodeScalars.prefix(12))
        if prefixTail.count >= 4 {
            for position in positions(of: prefixTail, in: scalars).prefix(16) {
                let start = position + prefixTail.count
                if suffixHead.count >= 4 {
                    let window = start..<min(scalars.count, start + exact.count + boundedLimit + suffixHead.count)
                    if let end = positions(of: suffixHead, in: Array(scalars[window])).first {
                        candidates.append((TextSpan(start: start, end: start + end), boundedLimit))
                    }
                }
                candidates.append((TextSpan(start: start, end: min(scalars.count, start + exact.count)), limit))
            }
        }
        if suffixHead.count >= 4 {
            for position in positions(of: suffixHead, in: scalars).prefix(16) {
                candidates.append((TextSpan(start: max(0, position - exact.count), end: position), limit))
            }
        }
        // Near the old place, in case both contexts changed too.
        let near = max(0, min(anchor.start, scalars.count))
        for shift in stride(from: -exact.count, through: exact.count, by: max(1, exact.count / 8)) {
            let start = max(0, min(scalars.count, near + shift))
            candidates.append((TextSpan(start: start, end: min(scalars.count, start + exact.count)), limit))
        }
        var best: (TextSpan, Double)? = nil
        for candidate in candidates.prefix(64) where candidate.span.length > 0 {
            let words = Array(scalars[candidate.span.start..<candidate.span.end])
            guard let distance = boundedDistance(exact, words, limit: candidate.limit) else { continue }
            let cost = Double(distance) / Double(candidate.limit + 1)
            if best == nil || cost < best!.1 { best = (candidate.span, cost) }
        }
        return best?.0
    }

    /// Levenshtein distance, or nil as soon as every path must exceed `limit`.
    static func boundedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}

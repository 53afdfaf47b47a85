import StatementKit

/// One of the statement's quotes, direct or reported: what the Quotes pane lists and the reader
/// can be on. Direct quotes and terms are in `Document.quotes`, reported speech in
/// `Document.reportedSpeech`; the index is 32 bits (spans are) so that a list of tens of
/// thousands takes a word per row.
public struct QuoteRef: Hashable, Sendable {
    let stored: UInt32
    /// Whether `index` counts in `Document.reportedSpeech` rather than `Document.quotes`.
    public let isReported: Bool

    public var index: Int { Int(stored) }

    /// Quote `index` of `Document.quotes`: speech or a term.
    public static func quote(_ index: Int) -> QuoteRef { QuoteRef(stored: UInt32(index), isReported: false) }

    /// Stretch `index` of `Document.reportedSpeech`.
    public static func reported(_ index: Int) -> QuoteRef { QuoteRef(stored: UInt32(index), isReported: true) }
}

extension Document {
    public subscript(ref: QuoteRef) -> Quote { ref.isReported ? reportedSpeech[ref.index] : quotes[ref.index] }

    /// Reading order over both lists: by where the quote starts, reported speech before a quote
    /// that starts with it (it holds the quote), then by index.
    func precedes(_ lhs: QuoteRef, _ rhs: QuoteRef) -> Bool {
        let left = self[lhs].span.start, right = self[rhs].span.start
        if left != right { return left < right }
        if lhs.isReported != rhs.isReported { return lhs.isReported }
        return lhs.index < rhs.index
    }
}

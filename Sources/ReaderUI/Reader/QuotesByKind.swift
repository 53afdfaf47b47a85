import StatementKit

/// The document's quotes by kind, as indices into `document.quotes` in order: `]q` steps through
/// speech, `]t` through terms, and the status line's `term k/M` is a binary search here rather
/// than a pass over tens of thousands of quotes at every frame.
public struct QuotesByKind: Sendable {
    public let speech: [Int]
    public let terms: [Int]

    public init(_ quotes: [Quote]) {
        var speech: [Int] = [], terms: [Int] = []
        for (index, quote) in quotes.enumerated() {
            if quote.kind == .term { terms.append(index) } else { speech.append(index) }
        }
        self.speech = speech
        self.terms = terms
    }

    public subscript(kind: Quote.Kind) -> [Int] { kind == .term ? terms : speech }

    /// Where quote `index` stands among the quotes of `kind`, counting from 0.
    public func rank(of index: Int, kind: Quote.Kind) -> Int? {
        let list = self[kind]
        let position = Bisection.firstIndex(in: list.count) { list[$0] >= index }
        return position < list.count && list[position] == index ? position : nil
    }
}

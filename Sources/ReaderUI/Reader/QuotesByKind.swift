import StatementKit

/// The document's quotes by kind, in order: `]q` steps through speech, `]t` through terms, and
/// the status line's `term k/M` is a binary search here rather than a pass over tens of
/// thousands of quotes at every frame. Kept as the Quotes pane lists them, so that the pane's
/// first list is this one rather than a copy.
public struct QuotesByKind: Sendable {
    public let speech: [QuoteRef]
    public let terms: [QuoteRef]

    public init(_ quotes: [Quote]) {
        var speech: [QuoteRef] = [], terms: [QuoteRef] = []
        for (index, quote) in quotes.enumerated() {
            if quote.kind == .term { terms.append(.quote(index)) } else { speech.append(.quote(index)) }
        }
        self.speech = speech
        self.terms = terms
    }

    public subscript(kind: Quote.Kind) -> [QuoteRef] { kind == .term ? terms : speech }

    /// Where quote `index` stands among the quotes of `kind`, counting from 0.
    public func rank(of index: Int, kind: Quote.Kind) -> Int? {
        let list = self[kind]
        let position = Bisection.firstIndex(in: list.count) { list[$0].index >= index }
        return position < list.count && list[position].index == index ? position : nil
    }
}

/// Quotes and reported speech in reading order, merged as they are read: a long statement's
/// two lists are never copied into a third.
struct InReadingOrder: Sequence, IteratorProtocol {
    let quotes: [Quote]
    let reported: [Quote]
    private var i = 0, j = 0

    init(quotes: [Quote], reported: [Quote]) {
        self.quotes = quotes
        self.reported = reported
    }

    mutating func next() -> Quote? {
        if j == reported.count || (i < quotes.count && quotes[i].span.start <= reported[j].span.start) {
            guard i < quotes.count else { return nil }
            defer { i += 1 }
            return quotes[i]
        }
        defer { j += 1 }
        return reported[j]
    }
}

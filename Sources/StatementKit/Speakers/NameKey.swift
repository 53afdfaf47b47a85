/// A name or alias as the cast keeps it, with its hash worked out once: names are looked up
/// at every mention, and a dictionary keyed by the string would hash all its bytes each time.
/// A parsed phrase keeps its keys (see `ProperName`), so a mention met again hashes nothing
/// but this number.
struct NameKey: Hashable {
    let text: String
    private let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = ByteHash.of(text)
    }

    static func == (a: NameKey, b: NameKey) -> Bool { a.hash == b.hash && a.text == b.text }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

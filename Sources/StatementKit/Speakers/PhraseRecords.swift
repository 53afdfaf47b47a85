/// What the cast knows of each phrase a name was parsed from, by the phrase's number
/// (`ProperName.phrase`) modulo the table's size, which grows with the numbers up to 65,536
/// slots and no further: a phrase whose slot another took starts afresh, so a statement of
/// endless distinct names cannot grow it past a megabyte and a half.
struct PhraseRecords {
    struct Record {
        var phrase: Int
        /// The entity the phrase's surface and name were last offered to as aliases; -1 for none.
        var offeredTo: Int32 = -1
        /// What looking the name up found (-1: nothing), as of `version` of the look-ups: a
        /// name is looked up at every mention, and this keeps its key from being hashed each time.
        var found: Int32 = -1
        var version = -1
    }

    private var records = [Record](repeating: Record(phrase: -1), count: 1 << 8)
    private static let limit = 1 << 16

    /// The slot holding `phrase`'s record, claimed for it (and so fresh) when another held it.
    mutating func slot(for phrase: Int) -> Int {
        if phrase >= records.count, records.count < Self.limit {
            // Grown by forgetting: the records are a cache, and each is worked out again.
            var size = records.count
            while size <= phrase && size < Self.limit { size *= 2 }
            records = [Record](repeating: Record(phrase: -1), count: size)
        }
        let slot = phrase & (records.count - 1)
        if records[slot].phrase != phrase { records[slot] = Record(phrase: phrase) }
        return slot
    }

    subscript(slot: Int) -> Record {
        get { records[slot] }
        set { records[slot] = newValue }
    }
}

/// Who speaks and who is asked across a set of statements: per party, the statements it
/// appears in, its quotes, the calls it makes and the calls addressed to it. A party is
/// known by its name without case or a leading "the", so "the Taliban" asked in one
/// statement and "Taliban" speaking in another are one row.
public struct SpeakerSummary: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var statements: Int
        public var quotes: Int
        public var callsMade: Int
        public var callsReceived: Int
        /// Whether the party speaks somewhere, rather than only being asked.
        public var speaks: Bool
    }

    public private(set) var statements = 0
    public private(set) var quotes = 0
    public private(set) var callsToAction = 0
    private var rowsByKey: [String: Row] = [:]

    public init() {}

    /// One statement's parties: its speakers, and the addressees of its calls (an addressee
    /// that names a speaker, by name or alias, is that speaker).
    public init(document: Document) {
        statements = 1
        quotes = document.quotes.count { $0.kind == .speech }
        callsToAction = document.callsToAction.count(where: \.isFirm)
        var speakerByKey: [String: String] = [:]
        for speaker in document.speakers {
            add(Row(name: speaker.name, statements: 1, quotes: speaker.quoteCount, callsMade: speaker.callCount,
                    callsReceived: 0, speaks: true))
            for form in [speaker.name] + speaker.aliases { speakerByKey[Self.key(form), default: speaker.name] = speaker.name }
        }
        for call in document.callsToAction {
            guard let addressee = call.addressee, !addressee.isEmpty else { continue }
            let name = speakerByKey[Self.key(addressee)] ?? Self.collapsed(addressee)
            let key = Self.key(name)
            if rowsByKey[key] == nil {
                rowsByKey[key] = Row(name: name, statements: 1, quotes: 0, callsMade: 0, callsReceived: 0, speaks: false)
            }
            rowsByKey[key]!.callsReceived += 1
        }
    }

    /// Adds another set's figures to these.
    public mutating func merge(_ other: SpeakerSummary) {
        statements += other.statements
        quotes += other.quotes
        callsToAction += other.callsToAction
        for row in other.rowsByKey.values { add(row) }
    }

    private mutating func add(_ row: Row) {
        let key = Self.key(row.name)
        guard var existing = rowsByKey[key] else {
            rowsByKey[key] = row
            return
        }
        existing.statements += row.statements
        existing.quotes += row.quotes
        existing.callsMade += row.callsMade
        existing.callsReceived += row.callsReceived
        // A speaker's own name is kept over the form an addressee took.
        if row.speaks && !existing.speaks { existing.name = row.name }
        existing.speaks = existing.speaks || row.speaks
        rowsByKey[key] = existing
    }

    /// Most active first (quotes and calls made and received), then by name.
    public var rows: [Row] {
        rowsByKey.values.sorted { a, b in
            let activityA = a.quotes + a.callsMade + a.callsReceived, activityB = b.quotes + b.callsMade + b.callsReceived
            if activityA != activityB { return activityA > activityB }
            if a.name.lowercased() != b.name.lowercased() { return a.name.lowercased() < b.name.lowercased() }
            return a.name < b.name
        }
    }

    /// Runs of spaces and line breaks as one space.
    static func collapsed<Text: StringProtocol>(_ text: Text) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func key<Text: StringProtocol>(_ text: Text) -> String {
        let words = collapsed(text).lowercased()
        return words.hasPrefix("the ") ? String(words.dropFirst(4)) : words
    }
}

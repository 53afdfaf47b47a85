import StatementKit

/// Builds statements of any size from this project's own sample text and sentence patterns,
/// with a fixed seed, so every run measures the same text. Names, quote layouts and calls vary
/// throughout, so the analysis does real work everywhere (not one paragraph repeated).
struct StatementGenerator {
    private var random: SplitMix64

    init(seed: UInt64 = 2026) { random = SplitMix64(state: seed) }

    static let firstNames = ["Ingrid", "Tomas", "Amara", "Jonas", "Leila", "Marco", "Ana", "Pavel", "Sade", "Kenji", "Ruth", "Omar", "Elena", "Diego", "Freya", "Tariq"]
    static let lastNames = ["Salo", "Reyes", "Lindqvist", "Okafor", "Ionescu", "Haddad", "Ruiz", "Nakamura", "Brant", "Varga", "Lunde", "Mensah", "Costa", "Ahmadi", "Keller", "Novak"]
    static let roles = ["Council chair", "water minister", "spokeswoman", "foreign minister", "special envoy", "hydrologist", "mayor", "union leader"]
    static let organisations = ["Northern Rivers Council", "Water Board", "Harbour Authority", "Ministry of Fisheries", "Lakes Trust", "Port Police Department", "Coastal League", "Eastvale University"]
    static let addressees = ["both governments", "the provincial ministers", "all sides", "the fishing associations", "the regional authorities", "the dam operators"]
    static let actions = [
        "reopen talks on the dam", "publish the water-quality data they hold", "restore the seasonal flow agreement",
        "meet the fishing associations before the end of the month", "suspend the new quotas", "fund an independent survey of the river",
    ]
    static let claims = [
        "Every week of delay costs families along the river their livelihood.",
        "The flow at the lower gauge has fallen by a third since March.",
        "We will not reopen an agreement because one season was dry.",
        "The province has met every obligation it signed up to.",
        "At that level the spawning grounds dry out in weeks, not months.",
        "Nobody should have to argue about the numbers.",
    ]

    mutating func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }

    mutating func paragraph() -> String {
        let person = "\(pick(Self.firstNames)) \(pick(Self.lastNames))"
        let surname = person.split(separator: " ").last!
        let organisation = pick(Self.organisations)
        let claim = pick(Self.claims)
        let action = pick(Self.actions)
        let addressee = pick(Self.addressees)
        switch random.next() % 10 {
        case 0: return "The \(organisation) today urged \(addressee) to \(action), and \(pick(Self.actions))."
        case 1: return "“\(claim.dropLast()),” \(pick(Self.roles)) \(person) said. “We call on \(addressee) to \(action).”"
        case 2: return "“\(claim.dropLast()),” said \(person), the \(pick(Self.roles)) of the \(organisation)."
        case 3: return "\(person), a \(pick(Self.roles)), told reporters that the council had written twice. “\(claim)” she said."
        case 4: return "In a statement, the \(organisation) said that \(addressee) must \(action). “\(claim)” the statement said."
        case 5: return "\(surname) rejected the council’s call for new talks, saying the allocation was “fair and lawful.”"
        case 6: return "According to the \(organisation), it is time for \(addressee) to \(action)."
        case 7: return "\(person) said: “\(claim)\n\n“\(pick(Self.claims)) Let us not waste a drop,” \(surname) said."
        case 8: return "Mr. \(surname) (U.S.) noted 3.5 percent more rain. He added, \"\(claim)\""
        default: return SampleStatement.text.split(separator: "\n\n")[Int(random.next() % 9)].trimmingCharacters()
        }
    }

    /// A statement of about `bytes` bytes of UTF-8.
    mutating func statement(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 512)
        while text.utf8.count < bytes {
            text += paragraph()
            text += "\n\n"
        }
        return text
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var text = self
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}

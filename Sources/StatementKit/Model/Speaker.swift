/// Someone (or something: an organisation, a document, a website) that speaks in the text,
/// directly in quotes or indirectly in reported speech, or that makes a call to action.
public struct Speaker: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case person, organisation, document, group
    }

    public var name: String
    public var role: String?
    /// Other forms of the name found in the text (`Khalilzad`, `Ms Hutchison`, a full mention).
    public var aliases: [String]
    public var quoteCount: Int
    /// Stretches of reported speech ("she said that …") given to this speaker.
    public var reportedCount: Int
    /// Calls to action this speaker makes.
    public var callCount: Int
    public var kind: Kind

    public init(name: String, role: String?, aliases: [String], quoteCount: Int, reportedCount: Int = 0, callCount: Int = 0,
                kind: Kind) {
        self.name = name
        self.role = role
        self.aliases = aliases
        self.quoteCount = quoteCount
        self.reportedCount = reportedCount
        self.callCount = callCount
        self.kind = kind
    }
}

/// Someone asking someone else to do something: "NATO urged Afghan leaders to come together".
public struct CallToAction: Hashable, Sendable {
    /// How hard the call presses, from the cue that makes it.
    public enum Strength: String, Sendable {
        case demand, request, encouragement
    }

    public var paragraph: Int
    /// From the start of the cue (or of the addressee, when it comes first) to the end of the action.
    public var span: TextSpan
    /// The canonical name of who makes the call, or nil for an agentless passive.
    public var actor: String?
    /// The words that make it a call: "urged", "call on", "must", "It is time for".
    public var cue: String
    /// Who is asked, verbatim; nil when the call leaves it implicit. Like `action`, a view into
    /// the document's text rather than a copy.
    public var addressee: Substring?
    /// What is asked, verbatim.
    public var action: Substring
    public var strength: Strength

    public init(
        paragraph: Int, span: TextSpan, actor: String?, cue: String, addressee: Substring?,
        action: Substring, strength: Strength
    ) {
        self.paragraph = paragraph
        self.span = span
        self.actor = actor
        self.cue = cue
        self.addressee = addressee
        self.action = action
        self.strength = strength
    }
}

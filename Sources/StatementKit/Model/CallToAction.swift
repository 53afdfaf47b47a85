/// Someone asking someone else to do something: "NATO urged Afghan leaders to come together".
public struct CallToAction: Hashable, Sendable {
    /// How hard the call presses, from the cue that makes it. Advice ("should", "needs to", "has
    /// to", "let's", an invitation) leaves the choice to whom it asks: an arguable call, which
    /// the report keeps apart from the firm ones.
    public enum Strength: String, Sendable {
        case demand, request, encouragement, advice
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
    /// Where the cue's words stand.
    public var cueSpan: TextSpan
    /// Where the addressee's words stand, when the call names one (stored without an optional's
    /// padding: a long statement has a million calls).
    public var addresseeSpan: TextSpan? {
        get { storedAddresseeSpan == Self.noSpan ? nil : storedAddresseeSpan }
        set { storedAddresseeSpan = newValue ?? Self.noSpan }
    }
    private var storedAddresseeSpan: TextSpan
    /// Where the action's words stand.
    public var actionSpan: TextSpan
    /// The index in the document's calls of the first call of the group this one was split
    /// from: "urged leaders to come together, resolve their differences, and form a government"
    /// is three calls of one group, which share a cue, an actor and an addressee.
    public var group: Int {
        get { Int(storedGroup) }
        set { storedGroup = Int32(truncatingIfNeeded: newValue) }
    }
    private var storedGroup: Int32

    /// A demand, a request or an encouragement; not advice.
    public var isFirm: Bool { strength != .advice }

    /// Stands for no addressee: an offset no text reaches.
    private static var noSpan: TextSpan { TextSpan(start: TextSpan.maximumOffset, end: TextSpan.maximumOffset) }

    /// Without `cueSpan`, the cue is taken to stand empty at the start of `span`; without
    /// `actionSpan`, the action to take all of `span`; without `group`, the call is a group
    /// of its own (`-1` until the document gives it an index).
    public init(
        paragraph: Int, span: TextSpan, actor: String?, cue: String, addressee: Substring?,
        action: Substring, strength: Strength, cueSpan: TextSpan? = nil, addresseeSpan: TextSpan? = nil,
        actionSpan: TextSpan? = nil, group: Int = -1
    ) {
        self.paragraph = paragraph
        self.span = span
        self.actor = actor
        self.cue = cue
        self.addressee = addressee
        self.action = action
        self.strength = strength
        self.cueSpan = cueSpan ?? TextSpan(start: span.start, end: span.start)
        storedAddresseeSpan = addresseeSpan ?? Self.noSpan
        self.actionSpan = actionSpan ?? span
        storedGroup = Int32(truncatingIfNeeded: group)
    }
}

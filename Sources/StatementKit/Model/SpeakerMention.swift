/// Where the text refers to a speaker, as the analysis resolved it: a name or alias in the
/// narration, or the subject of a reporting clause ("the union said", "she added").
public struct SpeakerMention: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// A proper name or alias: "Khalilzad", "NATO".
        case name
        /// A description: "the union", "the ministry".
        case description
        case pronoun
    }

    public var span: TextSpan
    private var speakerIndex: Int32
    public var kind: Kind

    /// `speaker` indexes `Document.speakers`.
    public init(span: TextSpan, speaker: Int, kind: Kind) {
        self.span = span
        speakerIndex = Int32(truncatingIfNeeded: speaker)
        self.kind = kind
    }

    /// The index in `Document.speakers` of who is meant.
    public var speaker: Int { Int(speakerIndex) }
}

extension SpeakerMention.Kind {
    init(_ reference: Reference) {
        switch reference {
        case .name: self = .name
        case .description: self = .description
        case .pronoun: self = .pronoun
        }
    }
}

/// Where the text refers to a speaker, as the analysis resolved it: a name or alias in the
/// narration, or the subject of a reporting clause ("the union said", "she added"). Twelve
/// bytes: a long statement names its speakers millions of times.
public struct SpeakerMention: Hashable, Sendable {
    public enum Kind: UInt32, Sendable {
        /// A proper name or alias: "Khalilzad", "NATO".
        case name
        /// A description: "the union", "the ministry".
        case description
        case pronoun
    }

    public var span: TextSpan
    /// The speaker's index in the low 30 bits, the kind in the top two.
    private var packed: UInt32

    /// `speaker` indexes `Document.speakers`.
    public init(span: TextSpan, speaker: Int, kind: Kind) {
        self.span = span
        packed = UInt32(truncatingIfNeeded: speaker) & 0x3FFF_FFFF | kind.rawValue << 30
    }

    /// The index in `Document.speakers` of who is meant.
    public var speaker: Int { Int(packed & 0x3FFF_FFFF) }
    public var kind: Kind { Kind(rawValue: packed >> 30)! }
}

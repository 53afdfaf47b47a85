/// Where the text refers to a speaker, as the analysis resolved it: a name or alias in the
/// narration, or the description that is the subject of a reporting clause ("the union
/// said"). Eight bytes: a long statement names its speakers millions of times.
public struct SpeakerMention: Hashable, Sendable {
    public enum Kind: UInt16, Sendable {
        /// A proper name or alias: "Khalilzad", "NATO".
        case name
        /// A description: "the union", "the ministry".
        case description
    }

    /// Speakers past this number are not given mentions (no statement has that many).
    public static let speakerLimit = 1 << 15

    private var start: UInt32
    private var length: UInt16
    /// The speaker's number in the low fifteen bits, the kind in the top one.
    private var packed: UInt16

    /// `speaker` indexes `Document.speakers`; it must be under `speakerLimit`. A span longer
    /// than 65,535 scalars is cut to that.
    public init(span: TextSpan, speaker: Int, kind: Kind) {
        start = UInt32(truncatingIfNeeded: span.start)
        length = UInt16(clamping: span.length)
        packed = UInt16(truncatingIfNeeded: speaker) & 0x7FFF | kind.rawValue << 15
    }

    public var span: TextSpan { TextSpan(start: Int(start), end: Int(start) + Int(length)) }
    /// The index in `Document.speakers` of who is meant.
    public var speaker: Int { Int(packed & 0x7FFF) }
    public var kind: Kind { Kind(rawValue: packed >> 15)! }
}

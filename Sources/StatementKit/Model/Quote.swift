/// Words that stand between quotation marks, with who said them.
///
/// A quotation that runs over several paragraphs is one `Quote` per paragraph, each with the
/// same speaker, so that every quote lies inside its paragraph.
public struct Quote: Hashable, Sendable {
    /// Whether the marks hold words someone said, or a term nobody utters there.
    public enum Kind: String, Sendable {
        /// Words someone said or wrote.
        case speech
        /// A name, a title, a coined term or a scare quote ("so-called “reforms”"): no one
        /// says it in the text, so it has no speaker.
        case term
        /// What a reporting frame in the narration says was said, without quotation marks:
        /// "The statement noted that …", "According to the ministry, …".
        case reported
    }

    public var paragraph: Int
    /// Exactly what stands between the marks (or between a mark and the paragraph's edge).
    public var span: TextSpan
    /// A view into the document's text: quotes can be a third of a statement.
    public var text: Substring
    /// A canonical speaker name from the roster, or nil when the text does not say.
    public var speaker: String?
    /// A few quoted words inside a sentence of reported speech, not a whole utterance.
    public var partial: Bool
    public var kind: Kind
    /// The reporting verb or phrase of reported speech ("noted", "according to").
    public var cue: String?

    public init(paragraph: Int, span: TextSpan, text: Substring, speaker: String?, partial: Bool, kind: Kind = .speech,
                cue: String? = nil) {
        self.paragraph = paragraph
        self.span = span
        self.text = text
        self.speaker = speaker
        self.partial = partial
        self.kind = kind
        self.cue = cue
    }
}

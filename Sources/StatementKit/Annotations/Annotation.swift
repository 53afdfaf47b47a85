/// A highlight, with or without a note, on a stretch of a statement.
public struct Annotation: Hashable, Sendable, Codable, Identifiable {
    /// The five highlight colours; each has a name the reader can change.
    public static let colourCount = 5
    public static let defaultColourNames = ["important", "question", "disagree", "evidence", "follow-up"]

    public var id: String
    /// SHA-256 of the statement's text, in hex.
    public var document: String
    public var anchor: TextAnchor
    public var paragraph: Int
    /// 0 to 4.
    public var colour: Int
    /// Markdown; empty for a plain highlight.
    public var note: String
    /// ISO 8601, UTC.
    public var created: String
    public var updated: String
    public var state: AnchorState

    public init(id: String, document: String, anchor: TextAnchor, paragraph: Int, colour: Int, note: String,
                created: String, updated: String, state: AnchorState = .anchored)
    {
        self.id = id
        self.document = document
        self.anchor = anchor
        self.paragraph = paragraph
        self.colour = max(0, min(Annotation.colourCount - 1, colour))
        self.note = note
        self.created = created
        self.updated = updated
        self.state = state
    }

    /// `#words` in the note, without the `#`, in order, once each.
    public var tags: [String] { Annotation.tags(in: note) }

    public static func tags(in note: String) -> [String] {
        var tags: [String] = []
        var current: String? = nil
        var previous: Character = " "
        for character in note + " " {
            if var tag = current {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    tag.append(character)
                    current = tag
                } else {
                    if !tag.isEmpty && !tags.contains(tag) { tags.append(tag) }
                    current = nil
                }
            } else if character == "#" && !(previous.isLetter || previous.isNumber) {
                current = ""
            }
            previous = character
        }
        return tags
    }

    /// The first line of the note, for a one-line list.
    public var noteSummary: String {
        note.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    }
}

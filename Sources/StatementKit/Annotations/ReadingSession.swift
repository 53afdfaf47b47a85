/// Where a reader left a statement, so that opening it again resumes there.
public struct ReadingSession: Hashable, Sendable, Codable {
    public var document: String
    public var paragraph: Int
    /// Scalar offset of the first line on screen.
    public var offset: Int
    /// Names of the panes the reader had hidden.
    public var hiddenPanes: [String]
    public var theme: String?
    public var updated: String

    public init(document: String, paragraph: Int, offset: Int, hiddenPanes: [String], theme: String?, updated: String) {
        self.document = document
        self.paragraph = paragraph
        self.offset = offset
        self.hiddenPanes = hiddenPanes
        self.theme = theme
        self.updated = updated
    }
}

/// A block of the statement: text between blank lines, or a single line when the text has
/// no blank line at all.
public struct Paragraph: Hashable, Sendable {
    public var index: Int
    public var span: TextSpan
    /// A view into the document's text, not a copy: a statement is held once however it is cut.
    /// Its sentences are the document's (`Document.sentences(inParagraph:)`).
    public var text: Substring

    public init(index: Int, span: TextSpan, text: Substring) {
        self.index = index
        self.span = span
        self.text = text
    }
}

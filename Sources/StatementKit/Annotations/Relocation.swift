/// Annotations found again in a text as it is now, and how many were found each way: what the
/// reader, `export` and `import` all do with stored annotations before they use them.
public struct Relocation: Sendable {
    /// Each annotation with its anchor, paragraph and state as the text has them now, in the
    /// order given.
    public private(set) var annotations: [Annotation] = []
    public private(set) var counts: [AnchorState: Int] = [:]

    public init(_ stored: [Annotation], in scalars: StatementScalars, paragraphs: [Paragraph]) {
        for annotation in stored { add(annotation, in: scalars, paragraphs: paragraphs) }
    }

    public mutating func add(_ annotation: Annotation, in scalars: StatementScalars, paragraphs: [Paragraph]) {
        var annotation = annotation
        let result = Reanchoring.locate(annotation.anchor, in: scalars)
        if let span = result.span {
            annotation.anchor = TextAnchor(span: span, in: scalars)
            // The last paragraph that starts at or before the span (the first, before them all).
            annotation.paragraph = max(0, Bisection.firstIndex(in: paragraphs.count) { paragraphs[$0].span.start > span.start } - 1)
        }
        annotation.state = result.state
        counts[result.state, default: 0] += 1
        annotations.append(annotation)
    }

    /// `2 anchored, 1 moved`: the states in their order, those none ended in left out.
    public var summary: String {
        AnchorState.allCases.compactMap { state in counts[state].map { "\($0) \(state.rawValue)" } }.joined(separator: ", ")
    }
}

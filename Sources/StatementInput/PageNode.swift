/// One element or run of text of a parsed page, as the content finder reads it: tag names in
/// lower case, the attributes kept, and nothing that is never shown (scripts, styles,
/// comments).
final class PageNode {
    /// The tag in lower case; empty for text.
    let tag: String
    /// The text of a text node.
    let text: String
    let attributes: [(name: String, value: String)]
    private(set) var children: [PageNode] = []
    private(set) weak var parent: PageNode?

    /// The content finder's working figures, kept on the node it scores.
    var score = 0.0
    var isCandidate = false
    /// Chrome (navigation, share buttons, forms, a sidebar) that is never read.
    var isDropped = false

    init(tag: String, text: String = "", attributes: [(name: String, value: String)] = []) {
        self.tag = tag
        self.text = text
        self.attributes = attributes
    }

    var isText: Bool { tag.isEmpty }

    func append(_ child: PageNode) {
        child.parent = self
        children.append(child)
    }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `class` and `id` together, lower-cased, for the hints that name a block's purpose.
    lazy var hintWords: [Substring] = ContentHints.parts(((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased())

    /// All the text below this node, whitespace as written. Iterative: a page may nest deeply.
    var allText: String {
        var out = ""
        forEachDescendant { node in
            if node.isText { out += node.text }
            return true
        }
        return out
    }

    /// Visits the node and its descendants in document order; `visit` returns false to skip
    /// a node's children.
    func forEachDescendant(_ visit: (PageNode) -> Bool) {
        var stack: [PageNode] = [self]
        while let node = stack.popLast() {
            guard visit(node) else { continue }
            stack.append(contentsOf: node.children.reversed())
        }
    }

    /// Ancestors from the parent up.
    var ancestors: some Sequence<PageNode> {
        sequence(first: self) { $0.parent }.dropFirst()
    }

    func isInside(_ tags: Set<String>) -> Bool {
        ancestors.contains { tags.contains($0.tag) }
    }
}

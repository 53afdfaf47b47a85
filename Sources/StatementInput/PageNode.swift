/// One element or run of text of a parsed page, as the content finder reads it: its tag, the
/// attributes that say what it is for, and nothing that is never shown (scripts, styles,
/// comments).
final class PageNode {
    let tag: Tag
    /// The text of a text node.
    let text: String
    let attributes: [(name: String, value: String)]
    private(set) var children: [PageNode] = []
    private(set) unowned(unsafe) var parent: PageNode?

    /// Of a text node: characters other than whitespace, and commas. Of an element (once
    /// `ContentFinder` has summed them): the same below it, less dropped chrome, and how much
    /// of it lies in links.
    var visible = 0
    var commas = 0
    var linked = 0

    /// The content finder's working figures.
    var score = 0.0
    var isCandidate = false
    /// Chrome (navigation, share buttons, forms, a sidebar) that is never read.
    var isDropped = false

    init(tag: Tag, text: String = "", attributes: [(name: String, value: String)] = []) {
        self.tag = tag
        self.text = text
        self.attributes = attributes
        if tag == .text { (visible, commas) = Self.measure(text) }
    }

    var isText: Bool { tag == .text }

    func append(_ child: PageNode) {
        child.parent = self
        children.append(child)
    }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `class` and `id` split into words, for the hints that name a block's purpose.
    lazy var hintWords: [Substring] = {
        let words = (attribute("class") ?? "") + " " + (attribute("id") ?? "")
        return words.count > 1 ? ContentHints.parts(words.lowercased()) : []
    }()

    var linkDensity: Double { visible == 0 ? 0 : Double(linked) / Double(visible) }

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
            let children = node.children
            var index = children.count
            while index > 0 {
                index -= 1
                stack.append(children[index])
            }
        }
    }

    /// Ancestors from the parent up.
    var ancestors: some Sequence<PageNode> {
        sequence(first: self) { $0.parent }.dropFirst()
    }

    func isInside(_ tags: Set<Tag>) -> Bool {
        ancestors.contains { tags.contains($0.tag) }
    }

    /// Non-whitespace scalars and commas (`,` `，` `、`), read from the UTF-8.
    static func measure(_ text: String) -> (visible: Int, commas: Int) {
        var visible = 0, commas = 0
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            defer { beforePrevious = previous; previous = byte }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: continue
            case 0x2C: commas += 1; visible += 1
            case 0x80...0xBF:
                // A continuation byte: the scalar was counted at its lead, but U+00A0 (C2 A0)
                // is a space, and `，` (EF BC 8C) and `、` (E3 80 81) are commas.
                if previous == 0xC2 && byte == 0xA0 { visible -= 1 }
                if (beforePrevious == 0xEF && previous == 0xBC && byte == 0x8C) || (beforePrevious == 0xE3 && previous == 0x80 && byte == 0x81) {
                    commas += 1
                }
            default: visible += 1
            }
        }
        return (visible, commas)
    }
}

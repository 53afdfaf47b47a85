/// Finds a page's main content as Readability does: each paragraph-like block scores its
/// ancestors by its length and commas, each ancestor is weighed by its class and id hints and
/// by how much of its text is links, and the best one is the statement, with the siblings that
/// score nearly as well or read as paragraphs of it.
enum ContentFinder {
    /// Marks chrome as dropped, sums the text below each element, scores the blocks, and
    /// returns the nodes that hold the statement in document order; empty when there is no
    /// text worth reading.
    static func content(of root: PageNode) -> [PageNode] {
        let body = first(in: root) { $0.tag == .body } ?? root
        body.forEachDescendant { node in
            guard !node.isText else { return false }
            if node !== body, ContentHints.isChrome(node) {
                node.isDropped = true
                return false
            }
            return true
        }
        sumText(below: root)
        var candidates: [PageNode] = []
        body.forEachDescendant { node in
            guard !node.isText, !node.isDropped else { return false }
            if isParagraphLike(node) { score(paragraph: node, into: &candidates) }
            return true
        }
        for candidate in candidates { candidate.score *= 1 - candidate.linkDensity }
        guard var top = candidates.max(by: { $0.score < $1.score }) else {
            return body.visible > 0 ? [body] : []
        }
        // A lone paragraph that won stands for its container (a page of one long paragraph).
        if top.tag.isScored || top.tag == .span, let parent = top.parent, parent !== root { top = parent }
        // Several near-equal scores elsewhere under one ancestor: the ancestor holds them all.
        let winner = top
        let close = candidates.filter { candidate in
            candidate !== winner && candidate.score >= winner.score * 0.75
                && !winner.ancestors.contains { $0 === candidate } && !candidate.ancestors.contains { $0 === winner }
        }
        if close.count >= 2, let shared = top.ancestors.first(where: { ancestor in
            close.filter { $0.ancestors.contains { $0 === ancestor } }.count >= 2
        }), shared.tag != .html, shared !== root {
            top = shared
        }
        return withSiblings(of: top)
    }

    /// Each element's visible characters, commas and linked characters, summed from its
    /// children (dropped chrome counts nothing): children before parents, without recursion.
    static func sumText(below root: PageNode) {
        var order: [PageNode] = []
        root.forEachDescendant { node in
            order.append(node)
            return !node.isText && !node.isDropped
        }
        for node in order.reversed() where !node.isText {
            var visible = 0, commas = 0, linked = 0
            if !node.isDropped {
                for child in node.children where !child.isDropped {
                    visible += child.visible
                    commas += child.commas
                    linked += child.linked
                }
            }
            node.visible = visible
            node.commas = commas
            node.linked = node.tag == .a ? visible : linked
        }
    }

    /// A block whose own text makes it a paragraph: `p`, a table cell, a list item, or a
    /// `div` holding only inline content.
    static func isParagraphLike(_ node: PageNode) -> Bool {
        if node.tag.isScored { return true }
        guard node.tag == .div || node.tag == .section || node.tag == .article else { return false }
        return !node.children.contains { $0.tag.isBlock }
    }

    private static func score(paragraph: PageNode, into candidates: inout [PageNode]) {
        let length = paragraph.visible
        guard length >= 25 else { return }
        let points = 1.0 + Double(paragraph.commas) + min(Double(length / 100), 3)
        var level = 0
        for ancestor in paragraph.ancestors.prefix(5) where ancestor.tag != .document {
            if !ancestor.isCandidate {
                ancestor.isCandidate = true
                ancestor.score = initialScore(ancestor)
                candidates.append(ancestor)
            }
            let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
            ancestor.score += points / divider
            level += 1
        }
        // A paragraph that is itself a container of text (a `div` of inline content) counts too.
        if !paragraph.tag.isScored {
            if !paragraph.isCandidate {
                paragraph.isCandidate = true
                paragraph.score = initialScore(paragraph)
                candidates.append(paragraph)
            }
            paragraph.score += points
        }
    }

    private static func initialScore(_ node: PageNode) -> Double {
        var score: Double
        switch node.tag {
        case .div, .article, .main: score = 5
        case .pre, .td, .blockquote, .section: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        return score + ContentHints.weight(node)
    }

    /// The winner and those of its siblings that belong with it: scoring half as well, or
    /// reading as its paragraphs. (Readability takes a fifth, which brought in the prose of a
    /// side column named only by its layout.)
    private static func withSiblings(of top: PageNode) -> [PageNode] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, top.score * 0.5)
        var chosen: [PageNode] = []
        for sibling in parent.children {
            if sibling === top { chosen.append(sibling); continue }
            guard !sibling.isText, !sibling.isDropped else { continue }
            var bonus = 0.0
            if !top.hintWords.isEmpty, sibling.hintWords == top.hintWords { bonus += top.score * 0.2 }
            if sibling.isCandidate, sibling.score + bonus >= threshold {
                chosen.append(sibling)
            } else if sibling.tag == .p {
                let length = sibling.visible
                let density = sibling.linkDensity
                if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && sibling.allText.contains(".")) {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    static func first(in root: PageNode, where matches: (PageNode) -> Bool) -> PageNode? {
        var found: PageNode?
        root.forEachDescendant { node in
            if found != nil { return false }
            if matches(node) { found = node; return false }
            return true
        }
        return found
    }
}

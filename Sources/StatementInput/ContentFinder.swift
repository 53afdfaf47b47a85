/// Finds a page's main content as Readability does: each paragraph-like block scores its
/// ancestors by its length and commas, each ancestor is weighed by its class and id hints and
/// by how much of its text is links, and the best one is the statement, with the siblings that
/// score nearly as well or read as paragraphs of it.
enum ContentFinder {
    /// Tags whose presence makes an element a container rather than a paragraph.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
        "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "address", "header", "footer", "hr",
        "center", "fieldset", "details", "summary", "caption", "figure", "aside", "nav", "form", "body", "html",
    ]
    static let scoredTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "dd"]

    /// Marks chrome as dropped, scores the blocks, and returns the nodes that hold the
    /// statement in document order; empty when there is no text worth reading.
    static func content(of root: PageNode) -> [PageNode] {
        let body = first(in: root) { $0.tag == "body" } ?? root
        var candidates: [PageNode] = []
        body.forEachDescendant { node in
            guard !node.isText else { return false }
            if node !== body, ContentHints.isChrome(node) {
                node.isDropped = true
                return false
            }
            if isParagraphLike(node) { score(paragraph: node, into: &candidates) }
            return true
        }
        for candidate in candidates { candidate.score *= 1 - linkDensity(candidate) }
        guard var top = candidates.max(by: { $0.score < $1.score }) else {
            return textLength(body) > 0 ? [body] : []
        }
        // A lone paragraph that won stands for its container (a page of one long paragraph).
        if scoredTags.contains(top.tag) || top.tag == "span", let parent = top.parent, parent !== root { top = parent }
        // Several near-equal scores elsewhere under one ancestor: the ancestor holds them all.
        let winner = top
        let close = candidates.filter { candidate in
            candidate !== winner && candidate.score >= winner.score * 0.75
                && !winner.ancestors.contains { $0 === candidate } && !candidate.ancestors.contains { $0 === winner }
        }
        if close.count >= 2, let shared = top.ancestors.first(where: { ancestor in
            close.filter { $0.ancestors.contains { $0 === ancestor } }.count >= 2
        }), shared.tag != "html", shared !== root {
            top = shared
        }
        return withSiblings(of: top)
    }

    /// A block whose own text makes it a paragraph: `p`, a table cell, a list item, or a
    /// `div` holding only inline content.
    static func isParagraphLike(_ node: PageNode) -> Bool {
        if scoredTags.contains(node.tag) { return true }
        guard node.tag == "div" || node.tag == "section" || node.tag == "article" else { return false }
        return !node.children.contains { !$0.isText && blockTags.contains($0.tag) }
    }

    private static func score(paragraph: PageNode, into candidates: inout [PageNode]) {
        let text = paragraph.allText
        let length = visibleLength(text)
        guard length >= 25 else { return }
        let commas = text.reduce(0) { $0 + ($1 == "," || $1 == "，" || $1 == "、" ? 1 : 0) }
        let points = 1.0 + Double(commas) + min(Double(length / 100), 3)
        var level = 0
        for ancestor in paragraph.ancestors.prefix(5) where !ancestor.tag.isEmpty && ancestor.tag != "#document" {
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
        if paragraph.tag == "div" || paragraph.tag == "section" || paragraph.tag == "article" {
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
        case "div", "article", "main": score = 5
        case "pre", "td", "blockquote", "section": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + ContentHints.weight(node)
    }

    /// The winner and those of its siblings that belong with it.
    private static func withSiblings(of top: PageNode) -> [PageNode] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, top.score * 0.2)
        var chosen: [PageNode] = []
        for sibling in parent.children {
            if sibling === top { chosen.append(sibling); continue }
            guard !sibling.isText, !sibling.isDropped else { continue }
            var bonus = 0.0
            if !top.hintWords.isEmpty, sibling.hintWords == top.hintWords { bonus += top.score * 0.2 }
            if sibling.isCandidate, sibling.score + bonus >= threshold {
                chosen.append(sibling)
            } else if sibling.tag == "p" {
                let text = sibling.allText
                let length = visibleLength(text)
                let density = linkDensity(sibling)
                if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && text.contains(".")) {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    /// The share of a node's text that lies in links.
    static func linkDensity(_ node: PageNode) -> Double {
        var total = 0, linked = 0
        var stack: [(PageNode, Bool)] = [(node, false)]
        while let (current, inLink) = stack.popLast() {
            if current.isDropped { continue }
            if current.isText {
                let length = visibleLength(current.text)
                total += length
                if inLink { linked += length }
                continue
            }
            let link = inLink || current.tag == "a"
            for child in current.children { stack.append((child, link)) }
        }
        return total == 0 ? 0 : Double(linked) / Double(total)
    }

    static func textLength(_ node: PageNode) -> Int {
        var total = 0
        node.forEachDescendant { current in
            if current.isDropped { return false }
            if current.isText { total += visibleLength(current.text) }
            return true
        }
        return total
    }

    /// Characters other than whitespace.
    static func visibleLength(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (BlockWriter.isCollapsible($1) ? 0 : 1) }
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

/// Writes the content's blocks: chrome left out, headings marked, tables as rows, block
/// quotations with their marks, code verbatim.
struct ContentWriter {
    var blocks = BlockWriter()
    private var quotationDepth = 0
    /// Text is left out until this node (the headline) is reached.
    var skippingUntil: PageNode?

    mutating func write(_ node: PageNode, isContentRoot: Bool = false) {
        if let headline = skippingUntil {
            if node === headline { skippingUntil = nil } else if node.isText { return }
        }
        if node.isText {
            blocks.write(node.text)
            return
        }
        if node.isDropped || (!isContentRoot && isClutter(node)) { return }
        switch node.tag {
        case .br:
            blocks.lineBreak()
        case .hr:
            blocks.endBlock()
        case .h1, .h2, .h3, .h4, .h5, .h6:
            blocks.endBlock()
            writeChildren(of: node)
            blocks.endBlock(as: .heading(level: node.tag.headingLevel ?? 2))
        case .pre:
            writePreformatted(node)
        case .q:
            let (open, close) = quotationDepth % 2 == 0 ? ("“", "”") : ("‘", "’")
            quotationDepth += 1
            blocks.write(open)
            writeChildren(of: node)
            blocks.write(close)
            quotationDepth -= 1
        case .blockquote:
            blocks.endBlock()
            let implied = !isContentRoot && !blocks.opensQuotations && !Self.hasQuotationMarks(node.allText)
            if implied { blocks.opensQuotations = true }
            writeChildren(of: node)
            if implied {
                blocks.closeQuotation()
                blocks.opensQuotations = false
            }
            blocks.endBlock()
        case .tr:
            writeRow(node)
        default:
            let isBlock = node.tag.isBlock
            if isBlock { blocks.endBlock() }
            writeChildren(of: node)
            if isBlock { blocks.endBlock() }
        }
    }

    private mutating func writeChildren(of node: PageNode) {
        for child in node.children { write(child) }
    }

    /// Inside the content, lists and boxes that are mostly links or are named as chrome
    /// ("related", "share"), and a newsletter's "unsubscribe" lines, are left out, as
    /// Readability cleans them.
    private func isClutter(_ node: PageNode) -> Bool {
        guard node.tag.isBlock, !Self.keptBlocks.contains(node.tag) else { return false }
        let weight = ContentHints.weight(node)
        if weight < 0 { return true }
        let length = node.visible
        guard length > 0, length < 2_000 else { return false }
        let density = node.linkDensity
        let limit: Double
        switch node.tag {
        case .ul, .ol, .dl, .table: limit = weight >= 25 ? 0.5 : 0.2
        case .p, .td, .tr: limit = 0.8
        default: limit = 0.5
        }
        return density > limit || (length < 500 && node.linked > 0 && Self.hasMailingLink(node))
    }

    /// Blocks that are the statement's own whatever their links.
    private static let keptBlocks: Set<Tag> = [.h1, .h2, .h3, .h4, .h5, .h6, .li, .blockquote, .pre, .body, .html, .article, .main]

    private static let mailingWords = ["unsubscribe", "view this email", "view in browser", "view it in your browser",
                                       "update preferences", "email preferences"]

    /// A link to unsubscribe or to view the e-mail in a browser marks a newsletter's frame.
    private static func hasMailingLink(_ node: PageNode) -> Bool {
        var found = false
        node.forEachDescendant { current in
            if found { return false }
            if current.tag == .a {
                let text = current.allText.lowercased()
                found = mailingWords.contains { text.contains($0) }
                return false
            }
            return true
        }
        return found
    }

    /// A row of short cells is one line of text; a row whose cells hold blocks (a layout
    /// table) is read cell by cell.
    private mutating func writeRow(_ row: PageNode) {
        let cells = row.children.filter { $0.tag == .td || $0.tag == .th }
        let isData = cells.count >= 2 && cells.allSatisfy { cell in
            cell.visible < 200 && !cell.children.contains { child in
                var holdsBlock = false
                child.forEachDescendant { node in
                    if node.tag.isBlock { holdsBlock = true }
                    return !holdsBlock
                }
                return holdsBlock
            }
        }
        guard isData else {
            blocks.endBlock()
            writeChildren(of: row)
            blocks.endBlock()
            return
        }
        blocks.endBlock()
        var first = true
        for cell in cells where cell.visible > 0 && !cell.isDropped {
            if !first { blocks.write(" | ") }
            first = false
            writeChildren(of: cell)
        }
        blocks.endBlock()
    }

    /// `<pre><code>` is code, kept verbatim; other preformatted text is paragraphs whose
    /// lines are kept.
    private mutating func writePreformatted(_ node: PageNode) {
        let text = node.allText
        if node.children.contains(where: { $0.tag == .code }) || ContentHints.contains(node.hintWords, ["code"]) {
            blocks.writeVerbatim(text)
            return
        }
        blocks.endBlock()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                blocks.endBlock()
            } else {
                blocks.write(line)
                blocks.lineBreak()
            }
        }
        blocks.endBlock()
    }

    static func hasQuotationMarks(_ text: String) -> Bool {
        text.unicodeScalars.contains { "\"“”„«»".unicodeScalars.contains($0) }
    }
}

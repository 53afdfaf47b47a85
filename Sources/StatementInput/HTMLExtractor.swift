/// An HTML page's statement: parsed by libxml2, its main content found, written out as
/// paragraphs with its headline first, and its metadata read.
public enum HTMLExtractor {
    public static func extract<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ExtractedStatement {
        extract(page: Array(bytes))
    }

    static func extract(page bytes: [UInt8]) -> ExtractedStatement {
        let parsed = HTMLParser.parse(bytes)
        let content = ContentFinder.content(of: parsed.root)
        let metadata = PageMetadata.read(parsed.root, content: content)
        var writer = ContentWriter()
        if let headline = headline(in: parsed.root) {
            if content.contains(where: { root in headline === root || headline.ancestors.contains { $0 === root } }) {
                // A label or two before the headline ("Press release", a kicker) is left out.
                if textBefore(headline, in: content) < 200 { writer.skippingUntil = headline }
            } else {
                writer.write(headline)
            }
        }
        for block in content { writer.write(block, isContentRoot: true) }
        let (text, headings, verbatim) = writer.blocks.finished()
        var warnings: [String] = []
        if let unknown = parsed.unknownEncoding {
            warnings.append("unknown encoding \"\(unknown)\", read as \(parsed.encoding == "UTF-8" ? "UTF-8" : "Windows-1252")")
        }
        if parsed.stoppedEarly {
            warnings.append("the parser stopped part way through the page (markup nested over 256 deep, or over 10 MB of text in one run); the rest was left out")
        } else if parsed.errors > 0 {
            warnings.append("\(parsed.errors) markup error\(parsed.errors == 1 ? "" : "s") in the HTML, read as a browser would")
        }
        return ExtractedStatement(format: .html, text: text, title: metadata.title ?? firstHeading(text, headings), date: metadata.date,
                                  issuer: metadata.issuer, url: metadata.url, headings: headings, verbatim: verbatim, warnings: warnings)
    }

    /// The page's headline: its first `h1` in an `article` or `main`, else its first outside
    /// the chrome, else its first anywhere but in navigation, a sidebar, a form or a footer
    /// (a page header named as chrome may still hold the headline).
    static func headline(in root: PageNode) -> PageNode? {
        var inArticle: PageNode?, outsideChrome: PageNode?, anywhere: PageNode?
        var stack: [(PageNode, Bool)] = [(root, false)]
        while let (node, inChrome) = stack.popLast() {
            if [.nav, .aside, .form, .footer, .menu].contains(node.tag) { continue }
            let chrome = inChrome || node.isDropped
            if node.tag == .h1 {
                if anywhere == nil { anywhere = node }
                if !chrome, outsideChrome == nil { outsideChrome = node }
                if !chrome, inArticle == nil, node.isInside([.article, .main]) { inArticle = node }
                continue
            }
            for child in node.children.reversed() where !child.isText { stack.append((child, chrome)) }
        }
        return inArticle ?? outsideChrome ?? anywhere
    }

    /// How much text the content shows before `node`.
    static func textBefore(_ node: PageNode, in content: [PageNode]) -> Int {
        var before = 0
        var reached = false
        for root in content where !reached {
            root.forEachDescendant { current in
                if reached || current.isDropped { return false }
                if current === node { reached = true; return false }
                if current.isText { before += current.visible }
                return true
            }
        }
        return before
    }

    static func firstHeading(_ text: String, _ headings: [ExtractedStatement.Heading]) -> String? {
        guard headings.first?.block == 0 else { return nil }
        return text.split(separator: "\n", maxSplits: 1).first.map(String.init)
    }
}

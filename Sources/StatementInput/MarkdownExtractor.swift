import CMark

/// A Markdown statement read by cmark, the CommonMark reference parser: headings mark
/// headline parts, block quotes and list items are paragraphs, emphasis and links are their
/// text, and code blocks are kept verbatim.
public enum MarkdownExtractor {
    public static func extract<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ExtractedStatement {
        extract(file: Array(bytes))
    }

    static func extract(file all: [UInt8]) -> ExtractedStatement {
        let front = FrontMatter.read(all)
        let body = all[front.bodyStart...]
        var writer = BlockWriter()
        let parsed: OpaquePointer? = body.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT) }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
        if let document = parsed {
            defer { cmark_node_free(document) }
            write(document, into: &writer)
        }
        let (text, headings, verbatim) = writer.finished()
        let firstHeading = headings.first { $0.level == 1 }.flatMap { heading -> String? in
            heading.block == 0 ? text.split(separator: "\n", maxSplits: 1).first.map(String.init) : nil
        }
        return ExtractedStatement(
            format: .markdown, text: text, title: front.first("title") ?? firstHeading,
            date: front.first("date", "published", "published_at", "pubdate"),
            issuer: front.first("issuer", "publisher", "author", "site", "organisation", "organization"),
            url: front.first("canonical_url", "canonical", "url", "link", "source"),
            headings: headings, verbatim: verbatim)
    }

    /// One walk with cmark's iterator (no recursion, however deep the quotes and lists nest).
    private static func write(_ document: OpaquePointer, into writer: inout BlockWriter) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var skippingImage = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            if type == CMARK_NODE_IMAGE {
                skippingImage += entering ? 1 : -1
                continue
            }
            if skippingImage > 0 { continue }
            switch type {
            case CMARK_NODE_HEADING:
                writer.endBlock(as: entering ? .paragraph : .heading(level: Int(cmark_node_get_heading_level(node))))
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_THEMATIC_BREAK:
                writer.endBlock()
            case CMARK_NODE_CODE_BLOCK:
                writer.writeVerbatim(literal(of: node))
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                writer.write(literal(of: node))
            case CMARK_NODE_SOFTBREAK:
                writer.write(" ")
            case CMARK_NODE_LINEBREAK:
                writer.lineBreak()
            default:
                // Emphasis and links are their text; raw HTML is left out.
                break
            }
        }
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

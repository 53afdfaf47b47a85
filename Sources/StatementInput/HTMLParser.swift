#if canImport(Glibc)
import Glibc
#endif
import CLibXML2

/// libxml2's HTML parser, which reads markup as a browser does (unclosed tags, stray end
/// tags, entities), turned into a tree of `PageNode`s.
///
/// The parser is never asked to substitute entities from a document type or to lift its
/// size limits, so an entity bomb or a huge text node stays bounded.
enum HTMLParser {
    struct Parsed {
        var root: PageNode
        var errors: Int
        var encoding: String
        var unknownEncoding: String?
        /// The parser stopped before the end (markup nested past libxml2's depth limit).
        var stoppedEarly = false
    }

    /// Nodes deeper than this hang from their ancestor at this depth: what a reader sees is
    /// the same, and no walk over the tree goes deeper.
    static let maximumDepth = 200

    /// Elements whose content is never shown.
    static let unseen: Set<String> = ["script", "style", "noscript", "template", "object", "embed", "canvas", "svg", "math", "iframe"]

    static func parse(_ bytes: [UInt8]) -> Parsed {
        cq_silence_generic_errors()
        let choice = HTMLCharset.choose(for: bytes)
        let root = PageNode(tag: .document)
        guard let context = htmlNewParserCtxt() else { return Parsed(root: root, errors: 0, encoding: choice.encoding) }
        defer { htmlFreeParserCtxt(context) }
        cq_count_errors(context)
        // Errors go to the counting channel `cq_count_errors` set, not to stderr.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        // libxml2 takes a NUL for the end of the input; a browser reads past it. The page is
        // copied only when it has a byte-order mark or a NUL to mend.
        let hasNUL = !choice.encoding.hasPrefix("UTF-16") && bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        var mended: [UInt8]? = nil
        if hasNUL || choice.byteOrderMarkLength > 0 {
            var input = Array(bytes.dropFirst(choice.byteOrderMarkLength))
            if hasNUL { for index in input.indices where input[index] == 0 { input[index] = 0x20 } }
            mended = input
        }
        let read = { (buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    htmlCtxtReadMemory(context, pointer, Int32(clamping: buffer.count), nil, choice.encoding, options)
                }
            }
        }
        let document: htmlDocPtr?
        if let mended {
            document = mended.withUnsafeBufferPointer(read)
        } else {
            document = bytes.withUnsafeBufferPointer(read)
        }
        let errors = Int(cq_error_count(context))
        let stopped = cq_parsing_stopped(context) != 0
        guard let document else {
            return Parsed(root: root, errors: errors, encoding: choice.encoding, unknownEncoding: choice.unknown, stoppedEarly: stopped)
        }
        defer { xmlFreeDoc(document) }
        convert(from: document.pointee.children, into: root)
        return Parsed(root: root, errors: errors, encoding: choice.encoding, unknownEncoding: choice.unknown, stoppedEarly: stopped)
    }

    /// Copies libxml2's tree into `PageNode`s with a stack, never recursion.
    private static func convert(from first: xmlNodePtr?, into root: PageNode) {
        var stack: [(node: xmlNodePtr?, parent: PageNode, depth: Int)] = [(first, root, 0)]
        while let (start, parent, depth) = stack.popLast() {
            var current = start
            while let node = current {
                current = node.pointee.next
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard let content = node.pointee.content else { continue }
                    parent.append(PageNode(tag: .text, text: String(cString: content)))
                case XML_ELEMENT_NODE:
                    guard let name = node.pointee.name else { continue }
                    // libxml2's HTML parser gives tag and attribute names in lower case.
                    let tagName = String(cString: name)
                    if unseen.contains(tagName) { continue }
                    let element = PageNode(tag: Tag(name: tagName), attributes: attributes(of: node))
                    let deepEnough = depth >= maximumDepth
                    if !deepEnough { parent.append(element) }
                    if let children = node.pointee.children {
                        stack.append((current, parent, depth))
                        stack.append((children, deepEnough ? parent : element, deepEnough ? depth : depth + 1))
                        current = nil
                    }
                default:
                    continue
                }
            }
        }
    }

    /// The attributes that say what an element is for or carry metadata; the rest are never read.
    static let kept: Set<String> = ["class", "id", "role", "hidden", "aria-hidden", "style", "property", "name", "itemprop",
                                    "content", "rel", "href", "datetime"]

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var list: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let cName = current.pointee.name else { continue }
            let name = String(cString: cName)
            guard kept.contains(name) else { continue }
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if let content = part.pointee.content { value += String(cString: content) }
                child = part.pointee.next
            }
            list.append((name, value))
        }
        return list
    }
}

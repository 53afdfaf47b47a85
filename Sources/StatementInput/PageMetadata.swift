/// What a page says about itself in its head and markup: title, date, issuer and address.
struct PageMetadata: Equatable {
    var title: String?
    var date: String?
    var issuer: String?
    var url: String?

    /// Reads `<title>`, `<meta>` (Open Graph, `article:`, Dublin Core, `author`), `<link
    /// rel=canonical>` and the first `<time datetime>`, preferring one inside `content`.
    static func read(_ root: PageNode, content: [PageNode]) -> PageMetadata {
        var meta: [String: String] = [:]
        var titleText: String?
        var canonical: String?
        var firstTime: String?
        root.forEachDescendant { node in
            switch node.tag {
            case .title where titleText == nil:
                titleText = collapsed(node.allText)
            case .meta:
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
                if !key.isEmpty, let value = node.attribute("content"), meta[key] == nil, !collapsed(value).isEmpty {
                    meta[key] = collapsed(value)
                }
            case .link:
                let relations = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
                if canonical == nil, relations.contains("canonical"), let href = node.attribute("href"), !href.isEmpty {
                    canonical = collapsed(href)
                }
            case .time where firstTime == nil:
                firstTime = node.attribute("datetime").map(collapsed)
            default:
                break
            }
            return true
        }
        var contentTime: String?
        for block in content where contentTime == nil {
            if let time = ContentFinder.first(in: block, where: { $0.tag == .time && $0.attribute("datetime") != nil }) {
                contentTime = time.attribute("datetime").map(collapsed)
            }
        }
        func first(_ keys: String...) -> String? { keys.lazy.compactMap { meta[$0] }.first }
        return PageMetadata(
            title: first("og:title", "twitter:title", "dcterms.title", "dc.title") ?? titleText.flatMap { $0.isEmpty ? nil : $0 },
            date: first("article:published_time", "og:published_time", "dcterms.date", "dcterms.issued", "dcterms.created",
                        "dc.date", "dc.date.issued", "date", "pubdate", "publish-date", "datepublished")
                ?? contentTime ?? firstTime ?? first("article:modified_time", "dcterms.modified"),
            issuer: first("og:site_name", "dcterms.publisher", "dc.publisher", "author", "article:author", "dcterms.creator", "dc.creator"),
            url: canonical ?? first("og:url"))
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

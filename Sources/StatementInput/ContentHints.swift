/// What a page's markup says about a block's purpose: its tag, its role, and the words in its
/// `class` and `id`.
enum ContentHints {
    /// Words naming the statement's own text.
    static let positive = split(["article", "content", "main", "press-release", "pressrelease", "body-text", "bodytext", "story",
                           "entry", "post-body", "statement", "release", "text", "body", "news-item", "speech"])
    /// Words naming what surrounds it.
    static let negative = split(["nav", "footer", "sidebar", "share", "related", "cookie", "comment", "breadcrumb", "banner",
                           "menu", "social", "sponsor", "advert", "promo", "popup", "modal", "subscribe", "signup",
                           "newsletter-form", "pagination", "pager", "widget", "masthead", "skip", "utility", "toolbar",
                           "tags", "caption", "byline-share", "print", "disclaimer", "legal", "copyright", "more-stories",
                           "recommended", "trending", "outbrain", "taboola", "hidden", "visually-hidden", "sr-only",
                           "site-header", "site-footer", "header", "bio", "byline"])

    private static func split(_ words: [String]) -> [[Substring]] { words.map(parts) }

    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "search",
                                           "menu", "menubar", "toolbar", "alert", "alertdialog"]

    /// +25 for a purpose named as the statement's, −25 for chrome, as Readability weighs them.
    static func weight(_ node: PageNode) -> Double {
        let words = node.hintWords
        guard !words.isEmpty else { return 0 }
        var weight = 0.0
        if negative.contains(where: { contains(words, $0) }) { weight -= 25 }
        if positive.contains(where: { contains(words, $0) }) { weight += 25 }
        return weight
    }

    /// Whether the node is chrome that no reader of the statement wants. `header` and `footer`
    /// are the site's, except in an `article` or `main`, where they may hold the headline.
    static func isChrome(_ node: PageNode) -> Bool {
        if node.tag.isChrome { return true }
        if !node.attributes.isEmpty {
            if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
            if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
               style.contains("display:none") || style.contains("visibility:hidden") { return true }
            if let role = node.attribute("role")?.lowercased(), chromeRoles.contains(role) { return true }
        }
        if node.tag == .header || node.tag == .footer { return !node.isInside([.article, .main]) || weight(node) < 0 }
        switch node.tag {
        case .body, .html, .article, .main: return false
        default: break
        }
        let words = node.hintWords
        guard !words.isEmpty else { return false }
        return negative.contains { contains(words, $0) } && !positive.contains { contains(words, $0) }
    }

    /// `word`'s parts, in order, among a class list's: `share` matches `share-buttons` and
    /// `article__share` but not `shareholder`.
    static func contains(_ have: [Substring], _ want: [Substring]) -> Bool {
        guard !want.isEmpty, have.count >= want.count else { return false }
        for start in 0...(have.count - want.count) where have[start..<(start + want.count)].elementsEqual(want) { return true }
        return false
    }

    /// Words of a class list, split at anything but ASCII letters and digits (bytes past ASCII
    /// are kept as letters): read byte by byte, as every element with a class is.
    static func parts(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index? = nil
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                parts.append(text[first..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let first = start { parts.append(text[first...]) }
        return parts
    }
}

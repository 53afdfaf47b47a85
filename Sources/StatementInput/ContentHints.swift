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
                           "site-header", "site-footer", "header"])

    private static func split(_ words: [String]) -> [[Substring]] { words.map(parts) }

    /// Elements that are chrome wherever they stand.
    static let chromeTags: Set<String> = ["nav", "aside", "form", "button", "select", "input", "textarea", "label", "menu",
                                          "dialog", "figure", "figcaption", "picture", "img", "video", "audio", "map"]
    /// `header` and `footer` are chrome for the site, but the article's own may hold its headline.
    static let frameTags: Set<String> = ["header", "footer"]
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

    /// Whether the node is chrome that no reader of the statement wants.
    static func isChrome(_ node: PageNode) -> Bool {
        if chromeTags.contains(node.tag) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = node.attribute("role")?.lowercased(), chromeRoles.contains(role) { return true }
        if frameTags.contains(node.tag) { return !node.isInside(["article", "main"]) || weight(node) < 0 }
        guard node.tag != "body", node.tag != "html", node.tag != "article", node.tag != "main" else { return false }
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

    static func parts(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}

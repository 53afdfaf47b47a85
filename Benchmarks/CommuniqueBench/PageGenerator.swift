import StatementInput

/// Web pages and Markdown files around generated statements, for the extraction benchmark:
/// a news site's chrome (navigation, a sidebar of links, share buttons, related stories, a
/// footer, scripts and styles) around the statement's paragraphs, to the size asked for.
struct PageGenerator {
    var statements = StatementGenerator()

    mutating func html(bytes: Int) -> String {
        let chrome = (0..<40).map { "<li><a href=\"/section/\($0)\">Section \($0)</a></li>" }.joined()
        var page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Statement - Newsroom</title>
            <meta property="og:title" content="Statement"><meta property="og:site_name" content="Newsroom">
            <meta property="article:published_time" content="2026-12-03T09:00:00Z"><link rel="canonical" href="https://newsroom.example/s">
            <script>var config = {"quote": "\\"We call on\\" nobody", "n": 1 < 2};</script><style>p { margin: 0 }</style></head>
            <body><header class="site-header"><nav><ul>\(chrome)</ul></nav></header>
            <main><article><h1>Statement on the talks</h1><div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>
            <div class="article-body">

            """
        let footer = """
            </div></article></main><aside class="sidebar"><h2>Most read</h2><ul>\(chrome)</ul></aside>
            <footer class="site-footer"><p>&copy; Newsroom</p><ul>\(chrome)</ul></footer></body></html>
            """
        let room = max(0, bytes - page.utf8.count - footer.utf8.count)
        var written = 0
        var index = 0
        let text = statements.statement(bytes: room)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let escaped = htmlEscaped(paragraph)
            let block = index % 9 == 8
                ? "<div class=\"related-stories\"><a href=\"/r\(index)\">Related: talks resume</a></div>\n<p>\(escaped)</p>\n"
                : "<p>\(escaped)</p>\n"
            if written + block.utf8.count > room { break }
            page += block
            written += block.utf8.count
            index += 1
        }
        return page + footer
    }

    mutating func markdown(bytes: Int) -> String {
        var page = "---\ntitle: Statement\ndate: 2026-12-03\n---\n\n# Statement on the talks\n\n"
        let text = statements.statement(bytes: bytes)
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let block = index % 7 == 6 ? "> \(paragraph)\n\n" : index % 11 == 10 ? "## Part \(index)\n\n\(paragraph)\n\n" : "\(paragraph)\n\n"
            if page.utf8.count + block.utf8.count > bytes { break }
            page += block
        }
        return page
    }
}

/// `&` and `<` written as entities.
func htmlEscaped(_ text: Substring) -> String {
    var out = ""
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        default: out.append(character)
        }
    }
    return out
}

/// Extraction of a page's statement: milliseconds per page, median of runs.
func extraction(sizes: [Int]) {
    print("Extraction (release; median of runs): page bytes to statement text")
    print("size      input      ms/page    paragraphs")
    for size in sizes {
        var generator = PageGenerator()
        let html = Array(generator.html(bytes: size).utf8)
        let markdown = Array(generator.markdown(bytes: size).utf8)
        let runs = size >= 10_000_000 ? 3 : 21
        for (name, bytes, format) in [("html", html, InputFormat.html), ("markdown", markdown, .markdown)] {
            var text = ""
            let seconds = median(runs: runs) {
                text = StatementExtractor.extract(bytes, as: format)?.text ?? ""
            }
            let paragraphs = text.utf8.indices.filter { text.utf8[$0] == 0x0A }.count / 2 + 1
            print("\(label(bytes.count).padding(9)) \(name.padding(10)) \(format3(seconds * 1000).padding(10)) \(paragraphs)")
        }
    }
}

import StatementInput
import StatementKit

/// The lines a text report of a page or a Markdown file opens with: what it was read as, and
/// its title, date, issuer and address where it gives them.
enum PageHeader {
    static func render(_ page: ExtractedStatement) -> String {
        var lines = ["Read as \(page.format == .html ? "an HTML page" : "Markdown")"]
        if let title = page.title { lines.append("Title: \(title)") }
        if let date = page.date { lines.append("Date: \(date)") }
        if let issuer = page.issuer { lines.append("Issuer: \(issuer)") }
        if let url = page.url { lines.append("URL: \(url)") }
        return lines.map { $0.visibleInTerminal }.joined(separator: "\n") + "\n\n"
    }
}

import ArgumentParser
import StatementKit

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text, markdown

    func render(_ document: Document) -> String {
        switch self {
        case .json: return JSONReport.render(document)
        case .text: return TextReport.render(document)
        case .markdown: return MarkdownReport.render(document)
        }
    }
}

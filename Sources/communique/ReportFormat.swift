import ArgumentParser
import StatementKit

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text, markdown

    func render(_ document: Document) -> String {
        switch self {
        case .json: return JSONReport.render(document)
        case .jsonl: return JSONReport.render(document, pretty: false)
        case .text: return TextReport.render(document)
        case .markdown: return MarkdownReport.render(document)
        }
    }
}

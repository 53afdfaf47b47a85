#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import StatementKit

@main
struct Communique: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communique",
        abstract: "Read a statement: who said what, and who is asking whom to do what.",
        discussion: """
            With no file and a terminal on standard input, the built-in sample statement is used.
            Offsets in the JSON output count Unicode scalars from the start of the text.
            """,
        subcommands: [Report.self, Analyze.self],
        defaultSubcommand: Report.self
    )

    /// ArgumentParser exits 64 on a usage error; this tool promises 2, like most Unix tools.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Self.exit(withError: ExitCode(2))
            }
            if let failure = error as? LoadedStatement.Failure {
                Console.error(failure.description)
                Self.exit(withError: ExitCode.failure)
            }
            Self.exit(withError: error)
        }
    }
}

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

/// Loads, analyses and prints, with warnings on stderr.
func printReport(of argument: String?, format: ReportFormat) throws {
    let statement = try LoadedStatement.load(argument)
    for warning in statement.warnings { Console.error(warning) }
    let document = Analyzer.analyze(statement.source.text, source: statement.name)
    Console.out(format.render(document))
}

extension Communique {
    /// Until the curses reader lands, `communique FILE` prints the readable report.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "Show a statement paragraph by paragraph with its quotes, speakers and calls to action.")

        @Argument(help: "The statement: a file, or - for standard input. Default: the sample, or a pipe.")
        var file: String?

        func run() throws { try printReport(of: file, format: .text) }
    }

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the analysis of a statement as JSON, text or Markdown.")

        @Argument(help: "The statement: a file, or - for standard input. Default: the sample, or a pipe.")
        var file: String?

        @Option(name: .shortAndLong, help: "json, text or markdown.")
        var format: ReportFormat = .text

        func run() throws { try printReport(of: file, format: format) }
    }
}

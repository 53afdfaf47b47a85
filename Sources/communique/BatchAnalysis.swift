import Foundation
import StatementInput
import StatementKit

/// `communique analyze` over many statements: each is read, analysed and rendered on one of
/// `jobs` threads, and written here in input order (or as finished, when `ordered` is off).
/// A statement that cannot be read gives one error line and the run goes on.
struct BatchAnalysis {
    var inputs: [BatchInputs.Input]
    var format: ReportFormat
    /// `--input`: how every statement is read (nil: by each file's extension and first bytes).
    var input: InputFormat?
    /// `--extract-only`: each statement's text as taken out of its page, in place of the report.
    var extractOnly: Bool
    var jobs: Int
    var ordered: Bool
    var summary: Bool

    /// What a worker hands back for one statement: its rendering (or its summary), the
    /// warnings to print, or the line saying why it could not be read.
    struct Outcome: Sendable {
        var output = ""
        var summary: SpeakerSummary?
        var warnings: [String] = []
        var failure: String?
    }

    /// The cores this process may run on (its affinity and CPU quota counted): the default
    /// number of statements analysed at once.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs the batch; returns whether every statement was read.
    func run() -> Bool {
        let inputs = self.inputs, format = self.format, summary = self.summary, input = self.input, extractOnly = self.extractOnly
        let runner = BatchRunner<Outcome>(count: inputs.count, jobs: jobs, ordered: ordered) { index in
            Self.analyse(inputs[index], format: format, input: input, extractOnly: extractOnly, summary: summary)
        }
        var progress = BatchProgress(files: inputs.count, bytes: inputs.reduce(0) { $0 + $1.bytes })
        var allRead = true
        var written = 0
        var total = SpeakerSummary()
        if format == .json && !summary { Console.out("[") }
        runner.run(deliver: { index, outcome in
            if !outcome.warnings.isEmpty || outcome.failure != nil { progress.clear() }
            for warning in outcome.warnings { Console.error(warning) }
            if let failure = outcome.failure {
                Console.error(failure)
                allRead = false
            } else if let tally = outcome.summary {
                total.merge(tally)
            } else {
                Console.out(Self.separator(before: written, format: format) + outcome.output)
                written += 1
            }
            progress.finished(bytes: inputs[index].bytes)
        }, idle: { progress.draw() })
        progress.clear()
        if format == .json && !summary { Console.out(written == 0 ? "]\n" : "\n]\n") }
        if summary { Console.out(Self.render(total, format: format)) }
        return allRead
    }

    /// Between documents: a comma in a JSON array, a blank line between reports.
    private static func separator(before index: Int, format: ReportFormat) -> String {
        switch format {
        case .json: return index == 0 ? "\n" : ",\n"
        case .jsonl: return ""
        case .text, .markdown: return index == 0 ? "" : "\n"
        }
    }

    private static func analyse(_ item: BatchInputs.Input, format: ReportFormat, input: InputFormat?, extractOnly: Bool,
                                summary: Bool) -> Outcome {
        var outcome = Outcome()
        let statement: LoadedStatement
        do {
            statement = try LoadedStatement.load(item.path, input: input)
        } catch {
            outcome.failure = "\(error)"
            return outcome
        }
        outcome.warnings = statement.warnings
        if extractOnly && !summary {
            outcome.output = statement.text.hasSuffix("\n") ? statement.text : statement.text + "\n"
            return outcome
        }
        let document = statement.analyzed()
        if summary {
            outcome.summary = SpeakerSummary(document: document)
            return outcome
        }
        switch format {
        case .jsonl:
            JSONReport.write(document, pretty: false, path: statement.name) { outcome.output += $0 }
        case .json:
            JSONReport.write(document) { outcome.output += $0 }
            if outcome.output.hasSuffix("\n") { outcome.output.removeLast() }
        case .text, .markdown:
            outcome.output = format.render(document)
        }
        return outcome
    }

    private static func render(_ summary: SpeakerSummary, format: ReportFormat) -> String {
        switch format {
        case .text: return SummaryReport.text(summary)
        case .markdown: return SummaryReport.markdown(summary)
        case .json: return SummaryReport.json(summary)
        case .jsonl: return SummaryReport.jsonLines(summary)
        }
    }
}

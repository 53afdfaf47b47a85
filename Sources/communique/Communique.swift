#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AnnotationStore
import ArgumentParser
import CursesTerminal
import ReaderUI
import StatementInput
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
        version: CommuniqueVersion.current,
        subcommands: [Read.self, Analyze.self, Export.self, Import.self, Themes.self],
        defaultSubcommand: Read.self
    )

    /// ArgumentParser exits 64 on a usage error; this tool promises 2, like most Unix tools.
    static func main() {
        MemoryTuning.apply()
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
            if let failure = error as? BatchInputs.Failure {
                Console.error(failure.description)
                Self.exit(withError: ExitCode.failure)
            }
            if let failure = error as? ThemeCatalog.Failure {
                Console.error(failure.description)
                Self.exit(withError: ExitCode(2))
            }
            if let failure = error as? Settings.Failure {
                Console.error(failure.description)
                Self.exit(withError: ExitCode(2))
            }
            if let failure = error as? Terminal.Failure {
                Console.error(failure.description)
                Self.exit(withError: ExitCode.failure)
            }
            Self.exit(withError: error)
        }
    }
}

extension InputFormat: ExpressibleByArgument {}

let inputHelp = ArgumentHelp("text, html or markdown (default: by the file's extension, else by its first bytes).")

/// Loads, analyses and prints, with warnings on stderr. A page's text report opens with what
/// the page says about itself; `extractOnly` prints the extracted text alone, for pipelines.
func printReport(of argument: String?, format: ReportFormat, input: InputFormat? = nil, extractOnly: Bool = false) throws {
    let statement = try LoadedStatement.load(argument, input: input)
    for warning in statement.warnings { Console.error(warning) }
    if extractOnly {
        Console.out(statement.text.hasSuffix("\n") ? statement.text : statement.text + "\n")
        return
    }
    let document = statement.analyzed(mentions: false)
    if format == .text, let page = statement.extracted { Console.out(PageHeader.render(page)) }
    if format == .json {
        // Written as it is made: a long statement's report is never held whole.
        JSONReport.write(document) { Console.out($0) }
    } else {
        Console.out(format.render(document))
    }
}

extension Communique {
    /// `communique [FILE|-]`: the full-screen reader on a terminal, the text report otherwise.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "Read a statement full-screen, with panes for its quotes, speakers and calls to action.",
            discussion: "When standard output is not a terminal, the text report is printed instead.")

        @Argument(help: "The statement: a file, or - for standard input. Default: the sample, or a pipe.", completion: .file())
        var file: String?

        @Option(help: "A theme name (see `communique themes`) or the path of a theme file.")
        var theme: String?

        @Flag(help: "Let the mouse wheel scroll and a click select (off: terminal text selection keeps working).")
        var mouse = false

        @Option(help: "Where annotations and reading sessions are kept (default: $COMMUNIQUE_DATA_DIR, else $XDG_DATA_HOME/communique).")
        var dataDir: String?

        @Option(help: inputHelp)
        var input: InputFormat?

        @Flag(help: .hidden)
        var debugTrap = false

        func run() throws {
            // A bad theme is reported whether or not the screen is drawn.
            let chosen = try resolveTheme(theme)
            let statement = try LoadedStatement.load(file, input: input)
            for warning in statement.warnings { Console.error(warning) }
            guard isatty(STDOUT_FILENO) == 1 else {
                if let page = statement.extracted { Console.out(PageHeader.render(page)) }
                Console.out(TextReport.render(statement.analyzed(mentions: false)))
                return
            }
            let settings = try Settings.load()
            try ReaderLoop(text: statement.source.text, sourceName: statement.name, page: statement.extracted, theme: chosen,
                           themeName: theme, mouse: mouse, debugTrap: debugTrap, dataDirectory: Edge.dataDirectory(dataDir),
                           colourNames: settings.highlightNames).run()
        }
    }

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the analysis of statements as JSON, JSON Lines, text or Markdown.",
            discussion: """
                Folders are read recursively for .txt, .html, .htm, .md and .markdown files. With more than one statement, the \
                statements are analysed on --jobs threads and printed in input order: json as one \
                array, jsonl as one object a line with its "path", text and markdown one after \
                another. A statement that cannot be read gets one error line, the others go on, \
                and the exit status is 1.
                """)

        @Argument(help: "Statements and folders; - for standard input. Default: the sample, or a pipe.", completion: .file())
        var files: [String] = []

        @Option(name: .shortAndLong, help: "json, jsonl, text or markdown.")
        var format: ReportFormat = .text

        @Option(help: inputHelp)
        var input: InputFormat?

        @Flag(help: "Print only the statement's text as taken out of a page or Markdown file, for pipelines.")
        var extractOnly = false

        @Option(name: .shortAndLong, help: "Statements analysed at once (default: the number of cores).")
        var jobs: Int?

        @Option(help: ArgumentHelp("Also read the paths listed in LIST, one a line (- for standard input).", valueName: "LIST"),
                completion: .file())
        var filesFrom: String?

        @Flag(name: [.customShort("0"), .customLong("null")], help: "The --files-from list is separated by NUL bytes.")
        var nulSeparated = false

        @Flag(help: "Print each statement as soon as it is analysed, not in input order.")
        var unordered = false

        @Flag(help: "Print per-speaker totals over all the statements: quotes, calls made, calls received.")
        var summary = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let batch = try BatchInputs.collect(arguments: files, filesFrom: filesFrom, nulSeparated: nulSeparated)
            let single = filesFrom == nil && files.count <= 1 && batch.inputs.count == 1 && batch.problems.isEmpty
            // One statement prints as it always has: JSON streamed, failures fatal.
            if single && files.first.map(BatchInputs.isFolder) != true && format != .jsonl && !summary {
                return try printReport(of: files.first, format: format, input: input, extractOnly: extractOnly)
            }
            for problem in batch.problems { Console.error(problem) }
            let analysis = BatchAnalysis(inputs: batch.inputs, format: format, input: input, extractOnly: extractOnly,
                                         jobs: jobs ?? BatchAnalysis.defaultJobs, ordered: !unordered, summary: summary)
            if !analysis.run() || !batch.problems.isEmpty { throw ExitCode.failure }
        }
    }

    struct Themes: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the themes: shipped, and your own.")

        func run() throws {
            let catalog = ThemeCatalog()
            for theme in catalog.available() {
                Console.out("\(theme.name)\t\(theme.origin)\n")
            }
            if let directory = catalog.userDirectory { Console.out("(your themes go in \(directory))\n") }
        }
    }
}

/// `--theme` if given; else `mono` when NO_COLOR is set; else `default`.
func resolveTheme(_ argument: String?) throws -> Theme {
    let catalog = ThemeCatalog()
    if let argument { return try catalog.load(argument) }
    if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return try catalog.load("mono") }
    return try catalog.load("default")
}

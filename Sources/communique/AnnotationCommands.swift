import AnnotationStore
import ArgumentParser
import Foundation
import StatementInput
import StatementKit

extension AnnotationExport.Format: ExpressibleByArgument {}

/// Opens the store for a command line (not the reader): unavailable is an error here.
func openStore(_ option: String?) throws -> AnnotationDatabase {
    let directory = Edge.dataDirectory(option)
    switch AnnotationDatabase.open(directory: directory, now: Edge.now()) {
    case .ready(let database, let notice):
        if let notice { Console.error(notice) }
        return database
    case .readOnly(let database, let notice):
        Console.error(notice)
        return database
    case .unavailable(let reason):
        throw LoadedStatement.Failure.unreadable(path: directory, reason: reason)
    }
}

/// The statement's annotations, found again in its text as it is now.
func locatedAnnotations(of statement: LoadedStatement, store: AnnotationDatabase) throws -> (Document, [Annotation]) {
    let document = statement.analyzed()
    let scalars = StatementScalars(statement.source.text)
    let stored = try store.annotations(for: SHA256.hex(statement.source.text), path: Edge.absolutePath(statement.name))
    return (document, Relocation(stored, in: scalars, paragraphs: document.paragraphs).annotations)
}

extension Communique {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a statement's highlights and notes.",
            discussion: "W3C positions count Unicode scalars from the start of the text.")

        @Argument(help: "The statement the notes were made on.")
        var file: String

        @Option(name: .shortAndLong, help: "markdown, json, w3c or csv (Readwise's import form).")
        var format: AnnotationExport.Format = .markdown

        @Option(name: .shortAndLong, help: "Write here instead of standard output.")
        var output: String?

        @Option(help: "Where annotations are kept.")
        var dataDir: String?

        @Option(help: inputHelp)
        var input: InputFormat?

        func run() throws {
            let statement = try LoadedStatement.load(file, input: input)
            let store = try openStore(dataDir)
            let (document, annotations) = try locatedAnnotations(of: statement, store: store)
            let export = AnnotationExport(document: document, title: Edge.title(of: statement.name, document: document, page: statement.extracted),
                                          sourceURI: Edge.sourceURI(statement.name, page: statement.extracted), exportedAt: Edge.now(), annotations: annotations,
                                          colourNames: try Settings.load().highlightNames)
            let text = export.render(format)
            if let output {
                do { try text.write(toFile: output, atomically: true, encoding: .utf8) }
                catch { throw LoadedStatement.Failure.unreadable(path: output, reason: "cannot write: \(error.localizedDescription)") }
                Console.error("\(annotations.count) annotation\(annotations.count == 1 ? "" : "s") written to \(output)")
            } else {
                Console.out(text)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import W3C Web Annotation JSON-LD onto a statement, anchoring each annotation in its text.")

        @Argument(help: "The statement.")
        var file: String

        @Argument(help: "A W3C annotation, an array of them, or an AnnotationCollection.")
        var annotations: String

        @Option(help: "Where annotations are kept.")
        var dataDir: String?

        @Option(help: inputHelp)
        var input: InputFormat?

        func run() throws {
            let statement = try LoadedStatement.load(file, input: input)
            guard let data = FileManager.default.contents(atPath: annotations) else {
                throw LoadedStatement.Failure.unreadable(path: annotations, reason: "cannot be read")
            }
            let items: [[String: Any]]
            do { items = try W3CReader.items(in: data) }
            catch { throw LoadedStatement.Failure.unreadable(path: annotations, reason: "\(error)") }
            let store = try openStore(dataDir)
            let text = statement.source.text
            let scalars = StatementScalars(text)
            let document = statement.analyzed()
            try store.remember(document: SHA256.hex(text), path: Edge.absolutePath(statement.name),
                               title: Edge.title(of: statement.name, document: document, page: statement.extracted), openedAt: Edge.now())
            let read = items.compactMap { W3CReader.annotation(from: $0, document: SHA256.hex(text), now: Edge.now()) }
            let relocation = Relocation(read, in: scalars, paragraphs: document.paragraphs)
            for annotation in relocation.annotations { try store.save(annotation) }
            let total = relocation.annotations.count
            let summary = relocation.summary
            Console.out("Imported \(total) annotation\(total == 1 ? "" : "s")" + (summary.isEmpty ? "" : ": " + summary) + "\n")
        }
    }
}

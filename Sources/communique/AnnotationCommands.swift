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
    let located = try store.annotations(for: SHA256.hex(statement.source.text), path: Edge.absolutePath(statement.name)).map { annotation -> Annotation in
        var annotation = annotation
        let result = Reanchoring.locate(annotation.anchor, in: scalars)
        if let span = result.span { annotation.anchor = TextAnchor(span: span, in: scalars) }
        annotation.state = result.state
        return annotation
    }
    return (document, located)
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
            var counts: [AnchorState: Int] = [:]
            for item in items {
                guard var annotation = W3CReader.annotation(from: item, document: SHA256.hex(text), now: Edge.now()) else { continue }
                let result = Reanchoring.locate(annotation.anchor, in: scalars)
                if let span = result.span {
                    annotation.anchor = TextAnchor(span: span, in: scalars)
                    annotation.paragraph = document.paragraphs.lastIndex { $0.span.start <= span.start } ?? 0
                }
                annotation.state = result.state
                counts[result.state, default: 0] += 1
                try store.save(annotation)
            }
            let total = counts.values.reduce(0, +)
            let parts = AnchorState.allCases.compactMap { state in counts[state].map { "\($0) \(state.rawValue)" } }
            Console.out("Imported \(total) annotation\(total == 1 ? "" : "s")" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")) + "\n")
        }
    }
}

/// Reads W3C Web Annotation JSON-LD as `communique export --format w3c` writes it (and as
/// other tools write the same model).
enum W3CReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func items(in data: Data) throws -> [[String: Any]] {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) }
        catch { throw Failure(description: "not JSON") }
        if let array = root as? [[String: Any]] { return array }
        guard let object = root as? [String: Any] else { throw Failure(description: "not a W3C annotation") }
        if let first = object["first"] as? [String: Any], let items = first["items"] as? [[String: Any]] { return items }
        if let items = object["items"] as? [[String: Any]] { return items }
        if object["target"] != nil { return [object] }
        throw Failure(description: "no annotations in it")
    }

    static func annotation(from item: [String: Any], document: String, now: String) -> Annotation? {
        let target = (item["target"] as? [String: Any]) ?? ((item["target"] as? [[String: Any]])?.first)
        let selectors = (target?["selector"] as? [[String: Any]]) ?? ((target?["selector"] as? [String: Any]).map { [$0] } ?? [])
        guard let quote = selectors.first(where: { $0["type"] as? String == "TextQuoteSelector" }),
              let exact = quote["exact"] as? String else { return nil }
        let position = selectors.first { $0["type"] as? String == "TextPositionSelector" }
        let start = position?["start"] as? Int ?? 0
        let end = position?["end"] as? Int ?? start + exact.unicodeScalars.count
        let bodies = (item["body"] as? [[String: Any]]) ?? ((item["body"] as? [String: Any]).map { [$0] } ?? [])
        let note = bodies.first { ($0["purpose"] as? String ?? "commenting") == "commenting" && $0["value"] is String }?["value"] as? String ?? ""
        var colour = item["communique:colour"] as? Int
        if colour == nil, let name = bodies.first(where: { $0["purpose"] as? String == "classifying" })?["value"] as? String {
            colour = ((try? Settings.load().highlightNames) ?? Annotation.defaultColourNames).firstIndex(of: name)
                ?? Annotation.defaultColourNames.firstIndex(of: name)
        }
        var id = item["id"] as? String ?? Edge.newIdentifier()
        if id.hasPrefix("urn:uuid:") { id = String(id.dropFirst("urn:uuid:".count)) }
        let created = item["created"] as? String ?? now
        return Annotation(
            id: id, document: document,
            anchor: TextAnchor(exact: exact, prefix: quote["prefix"] as? String ?? "", suffix: quote["suffix"] as? String ?? "", start: start, end: end),
            paragraph: 0, colour: colour ?? 0, note: note, created: created, updated: item["modified"] as? String ?? created)
    }
}

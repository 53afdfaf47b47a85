/// Annotations written out for other tools: Markdown for notes, W3C Web Annotation JSON-LD,
/// CSV in Readwise's import form, and this project's own JSON.
public struct AnnotationExport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, json, w3c, csv
    }

    public var document: Document
    /// The statement's title (its first words, or the file name).
    public var title: String
    /// `file:///…` of the statement, for W3C `source` and Readwise `URL`.
    public var sourceURI: String
    /// ISO 8601 time of the export.
    public var exportedAt: String
    public var annotations: [Annotation]
    public var colourNames: [String]

    public init(document: Document, title: String, sourceURI: String, exportedAt: String,
                annotations: [Annotation], colourNames: [String] = Annotation.defaultColourNames)
    {
        self.document = document
        self.title = title
        self.sourceURI = sourceURI
        self.exportedAt = exportedAt
        self.annotations = annotations.sorted { ($0.state == .orphaned ? 1 : 0, $0.anchor.start) < ($1.state == .orphaned ? 1 : 0, $1.anchor.start) }
        self.colourNames = colourNames
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .markdown: return markdown()
        case .json: return JSONValue.array(annotations.map(Self.json)).serialized(indent: 2) + "\n"
        case .w3c: return w3c().serialized(indent: 2) + "\n"
        case .csv: return csv()
        }
    }

    /// The speaker of the quote an annotation lies in, if it lies in one.
    public func speaker(of annotation: Annotation) -> String? {
        guard annotation.state != .orphaned else { return nil }
        return document.quotes.first { $0.span.start <= annotation.anchor.start && annotation.anchor.start < $0.span.end }?.speaker
    }

    /// The reported speech an annotation lies in, when it lies in no quotation.
    public func reportedSpeech(of annotation: Annotation) -> Quote? {
        guard annotation.state != .orphaned else { return nil }
        let start = annotation.anchor.start
        guard !document.quotes.contains(where: { $0.span.start <= start && start < $0.span.end }) else { return nil }
        return document.reportedSpeech.first { $0.span.start <= start && start < $0.span.end }
    }

    func colourName(_ annotation: Annotation) -> String {
        annotation.colour < colourNames.count ? colourNames[annotation.colour] : "colour \(annotation.colour + 1)"
    }

    // MARK: Markdown

    func markdown() -> String {
        var out = "# \(MarkdownReport.escape(title))\n\n"
        out += "Source: \(sourceURI)  \nExported: \(exportedAt)  \n"
        out += "\(annotations.count) annotation\(annotations.count == 1 ? "" : "s")\n"
        var inOrphans = false
        for annotation in annotations {
            if annotation.state == .orphaned && !inOrphans {
                out += "\n## Orphaned notes\n\nThese no longer match the text; they are kept as they were.\n"
                inOrphans = true
            }
            var heading = annotation.state == .orphaned ? "was ¶\(annotation.paragraph + 1)" : "¶\(annotation.paragraph + 1)"
            let report = reportedSpeech(of: annotation)
            if let speaker = speaker(of: annotation) ?? report?.speaker { heading += " — \(speaker)" }
            if report != nil { heading += " (reported)" }
            out += "\n### \(MarkdownReport.escape(heading))\n\n"
            if let report {
                // Reported speech is cited as said, not as a quotation.
                let exact = MarkdownReport.escape(annotation.anchor.exact)
                let who = report.speaker.map(MarkdownReport.escape) ?? "Someone"
                if report.cue?.lowercased() == "according to" {
                    out += "According to \(who), \(exact)\n"
                } else {
                    out += "\(who) said that \(exact)\n"
                }
            } else {
                for line in annotation.anchor.exact.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += "> \(MarkdownReport.escape(String(line)))\n"
                }
            }
            if !annotation.note.isEmpty { out += "\n\(annotation.note.visibleInTerminal)\n" }
            var facts = ["Colour: \(colourName(annotation))"]
            if !annotation.tags.isEmpty { facts.append("Tags: " + annotation.tags.map { "#\($0)" }.joined(separator: " ")) }
            facts.append("Created: \(annotation.created)")
            if annotation.updated != annotation.created { facts.append("Updated: \(annotation.updated)") }
            if annotation.state != .anchored { facts.append("State: \(annotation.state.rawValue)") }
            out += "\n" + facts.joined(separator: " · ") + "\n"
        }
        return out
    }

    // MARK: JSON

    static func json(_ annotation: Annotation) -> JSONValue {
        .object([
            ("id", .string(annotation.id)),
            ("document", .string(annotation.document)),
            ("exact", .string(annotation.anchor.exact)),
            ("prefix", .string(annotation.anchor.prefix)),
            ("suffix", .string(annotation.anchor.suffix)),
            ("start", .int(annotation.anchor.start)),
            ("end", .int(annotation.anchor.end)),
            ("paragraph", .int(annotation.paragraph)),
            ("colour", .int(annotation.colour)),
            ("note", .string(annotation.note)),
            ("tags", .array(annotation.tags.map(JSONValue.string))),
            ("created", .string(annotation.created)),
            ("updated", .string(annotation.updated)),
            ("state", .string(annotation.state.rawValue)),
        ])
    }

    // MARK: W3C Web Annotation

    /// An AnnotationCollection; positions count Unicode scalars, as TextPositionSelector asks.
    func w3c() -> JSONValue {
        .object([
            ("@context", .string("http://www.w3.org/ns/anno.jsonld")),
            ("type", .string("AnnotationCollection")),
            ("label", .string(title)),
            ("total", .int(annotations.count)),
            ("first", .object([
                ("type", .string("AnnotationPage")),
                ("items", .array(annotations.map(w3c))),
            ])),
        ])
    }

    func w3c(_ annotation: Annotation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string("urn:uuid:\(annotation.id)")),
            ("type", .string("Annotation")),
            ("motivation", .string(annotation.note.isEmpty ? "highlighting" : "commenting")),
            ("created", .string(annotation.created)),
            ("modified", .string(annotation.updated)),
        ]
        var bodies: [JSONValue] = []
        if !annotation.note.isEmpty {
            bodies.append(.object([
                ("type", .string("TextualBody")), ("value", .string(annotation.note)),
                ("format", .string("text/markdown")), ("purpose", .string("commenting")),
            ]))
        }
        for tag in annotation.tags {
            bodies.append(.object([("type", .string("TextualBody")), ("value", .string(tag)), ("purpose", .string("tagging"))]))
        }
        bodies.append(.object([
            ("type", .string("TextualBody")), ("value", .string(colourName(annotation))), ("purpose", .string("classifying")),
        ]))
        members.append(("body", .array(bodies)))
        members.append(("target", .object([
            ("source", .string(sourceURI)),
            ("selector", .array([
                .object([
                    ("type", .string("TextQuoteSelector")), ("exact", .string(annotation.anchor.exact)),
                    ("prefix", .string(annotation.anchor.prefix)), ("suffix", .string(annotation.anchor.suffix)),
                ]),
                .object([
                    ("type", .string("TextPositionSelector")), ("start", .int(annotation.anchor.start)),
                    ("end", .int(annotation.anchor.end)),
                ]),
            ])),
        ])))
        members.append(("communique:colour", .int(annotation.colour)))
        return .object(members)
    }

    // MARK: CSV (Readwise)

    func csv() -> String {
        var out = "Highlight,Title,Author,URL,Note,Location,Date\n"
        for annotation in annotations {
            let fields = [
                annotation.anchor.exact, title, speaker(of: annotation) ?? "", sourceURI, annotation.note,
                String(annotation.paragraph + 1), annotation.created,
            ]
            out += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}

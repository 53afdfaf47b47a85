@testable import ReaderUI
import StatementKit

/// A press release with its structure set by hand, so the reader's header, folds and issuer
/// are tested whatever the analysis finds: paragraph 0 a release line, 1 a contact, 2 the
/// headline, 3 a body paragraph opened by a dateline, 4 body, 5 boilerplate, 6 an end mark,
/// 7 a trail.
enum Release {
    static let paragraphs = [
        "FOR IMMEDIATE RELEASE",
        "Contact: Jane Roe, 202-555-0100\njane.roe@agency.example",
        "Agency Welcomes Ceasefire Agreement",
        "WASHINGTON, June 3, 2021 – The Agency welcomed the ceasefire. “This is a good day for the region,” said Director Ana Ruiz.",
        "The Agency urged both parties to keep to the agreement and to open the crossings.",
        "About the Agency: The Agency is an independent body that monitors agreements between parties in conflict and reports on them to the public, to donors and to the parties themselves.",
        "###",
        "To unsubscribe, send a message to unsubscribe@agency.example.",
    ]
    static let text = paragraphs.joined(separator: "\n\n")
    static let folded = [1, 5, 6, 7]

    /// The analysis of the text, with the structure a release like it has. `issuerIsSpeaker`
    /// makes the issuer the Agency among the speakers; otherwise it is "NOAA", who is not one.
    static func document(issuerIsSpeaker: Bool = true) -> Document {
        var document = Analyzer.analyze(text, source: "release.txt")
        let dateline = "WASHINGTON, June 3, 2021 –"
        let start = document.paragraphs[3].span.start
        let agency = document.speakers.firstIndex { $0.name.contains("Agency") }
        document.structure = StatementStructure(
            title: "Agency Welcomes Ceasefire Agreement", date: "2021-06-03", place: "WASHINGTON",
            issuer: issuerIsSpeaker ? "the Agency" : "NOAA", issuerSpeaker: issuerIsSpeaker ? agency : nil,
            parts: [
                StatementPart(paragraph: 0, kind: .release), StatementPart(paragraph: 1, kind: .contact),
                StatementPart(paragraph: 2, kind: .headline), StatementPart(paragraph: 5, kind: .boilerplate),
                StatementPart(paragraph: 6, kind: .endMark), StatementPart(paragraph: 7, kind: .trail),
            ],
            datelines: [ParagraphDateline(paragraph: 3, span: TextSpan(start: start, end: start + dateline.unicodeScalars.count))])
        return document
    }

    static func reader(issuerIsSpeaker: Bool = true, width: Int = 120, height: Int = 40) -> AppState {
        state(document(issuerIsSpeaker: issuerIsSpeaker), width: width, height: height)
    }
}

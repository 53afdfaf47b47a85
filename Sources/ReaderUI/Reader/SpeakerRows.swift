import StatementKit

/// The rows of the Speakers pane: the statement's issuer first, marked as the issuer (a row of
/// its own when the issuer is not one of the speakers), then the speakers in the analysis's
/// order. Worked out from three numbers rather than kept as a list.
public struct SpeakerRows: Equatable, Sendable {
    public enum Row: Equatable, Sendable {
        /// Speaker `index` of `Document.speakers`; `isIssuer` for the issuer's row.
        case speaker(Int, isIssuer: Bool)
        /// An issuer who is not among the speakers.
        case issuer(String)
    }

    let speakers: Int
    let issuer: String?
    let issuerSpeaker: Int?

    public init(_ document: Document) {
        speakers = document.speakers.count
        issuerSpeaker = document.structure.issuerSpeaker.flatMap { $0 >= 0 && $0 < document.speakers.count ? $0 : nil }
        issuer = issuerSpeaker == nil ? document.structure.issuer : nil
    }

    public var count: Int { speakers + (issuer == nil ? 0 : 1) }

    public subscript(row: Int) -> Row {
        if let issuer {
            return row == 0 ? .issuer(issuer) : .speaker(row - 1, isIssuer: false)
        }
        guard let first = issuerSpeaker else { return .speaker(row, isIssuer: false) }
        if row == 0 { return .speaker(first, isIssuer: true) }
        // The issuer moved to the top: the speakers before it move down a row.
        return .speaker(row - 1 < first ? row - 1 : row, isIssuer: false)
    }
}

import Foundation
import StatementKit

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

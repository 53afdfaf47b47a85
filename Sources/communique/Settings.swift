import Foundation
import StatementKit
import TOMLKit

/// The user's settings file, `$XDG_CONFIG_HOME/communique/config.toml`
/// (`~/.config/communique/config.toml`). Today it names the five highlight colours:
///
/// ```toml
/// highlight-names = ["important", "question", "disagree", "evidence", "follow-up"]
/// ```
struct Settings {
    var highlightNames = Annotation.defaultColourNames

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/communique/config.toml" }
        return NSHomeDirectory() + "/.config/communique/config.toml"
    }

    /// The settings; a missing file is the defaults, a broken one an error naming file and key.
    static func load(from path: String = Settings.path) throws -> Settings {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return Settings() }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw Failure(description: "\(path):\(error.source.begin.line): not valid TOML")
        }
        var settings = Settings()
        if let value = table["highlight-names"] {
            guard let names = value.array?.compactMap({ $0.string }), names.count == Annotation.colourCount,
                  names.allSatisfy({ !$0.isEmpty })
            else {
                throw Failure(description: "\(path): highlight-names: expected \(Annotation.colourCount) names, like \(Annotation.defaultColourNames)")
            }
            settings.highlightNames = names
        }
        return settings
    }
}

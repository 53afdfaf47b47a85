import TOMLKit

/// Roles mapped to styles, read from a TOML file: one table per role, each with `fg`, `bg`
/// and the attributes `bold`, `dim`, `italic`, `underline`, `reverse`.
///
/// ```toml
/// [quote]
/// fg = "#e5c07b"
/// italic = true
/// ```
/// Roles a theme leaves out keep the built-in styles, so a user theme can change one thing.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public subscript(role: Role) -> Style { styles[role] ?? Theme.fallback.styles[role] ?? Style() }

    public struct LoadError: Error, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var key: String?
        public var reason: String

        public var description: String {
            var text = file
            if let line { text += ":\(line)" }
            if let key { text += ": \(key)" }
            return text + ": " + reason
        }
    }

    /// Parses a theme; `file` only names the source in errors.
    public static func parse(_ source: String, name: String, file: String) throws(LoadError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw LoadError(file: file, line: Int(error.source.begin.line), key: nil, reason: "not valid TOML: \(error.description)")
        } catch {
            throw LoadError(file: file, line: nil, key: nil, reason: "not valid TOML")
        }
        var styles = fallback.styles
        // `[call-to-action]` styles every strength of call at once; a strength's own table wins.
        var allCalls: Style?
        for (key, value) in table {
            let role = Role(rawValue: key)
            guard role != nil || key == Self.allCallsKey else {
                if key == "name" || key == "description" || key == "colour" { continue }
                throw LoadError(file: file, line: line(of: "[\(key)]", in: source) ?? line(of: key, in: source), key: key,
                                reason: "unknown role (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let roleTable = value.table else {
                throw LoadError(file: file, line: line(of: key, in: source), key: key, reason: "expected a table of fg, bg and attributes")
            }
            var style = Style()
            for (attribute, setting) in roleTable {
                let path = "\(key).\(attribute)"
                let where_ = keyLine(table: key, key: attribute, in: source)
                switch attribute {
                case "fg", "bg":
                    guard let text = setting.string ?? setting.int.map(String.init), let color = Color(name: text) else {
                        throw LoadError(file: file, line: where_, key: path,
                                        reason: "not a colour (use default, an ANSI name, 0-255 or #rrggbb)")
                    }
                    if attribute == "fg" { style.foreground = color } else { style.background = color }
                case "bold", "dim", "italic", "underline", "reverse":
                    guard let flag = setting.bool else {
                        throw LoadError(file: file, line: where_, key: path, reason: "expected true or false")
                    }
                    switch attribute {
                    case "bold": style.bold = flag
                    case "dim": style.dim = flag
                    case "italic": style.italic = flag
                    case "underline": style.underline = flag
                    default: style.reverse = flag
                    }
                default:
                    throw LoadError(file: file, line: where_, key: path,
                                    reason: "unknown key (known: fg, bg, bold, dim, italic, underline, reverse)")
                }
            }
            if let role { styles[role] = style } else { allCalls = style }
        }
        if let allCalls {
            for strength in [Role.callDemand, .callRequest, .callEncouragement, .callAdvice] where table[strength.rawValue] == nil {
                styles[strength] = allCalls
            }
        }
        let theme = Theme(name: table["name"]?.string ?? name, styles: styles)
        // `colour = false`: attributes only, whatever the built-in styles would colour.
        return table["colour"]?.bool == false ? theme.withoutColour : theme
    }

    /// The table that styles the four strengths of call together.
    static let allCallsKey = "call-to-action"

    /// A theme with no colour at all: meaning by attributes only (`NO_COLOR`, `--theme mono`).
    public var withoutColour: Theme {
        var copy = self
        for (role, style) in styles {
            copy.styles[role] = Style(bold: style.bold, dim: style.dim, italic: style.italic, underline: style.underline, reverse: style.reverse)
        }
        return copy
    }

    private static func line(of needle: String, in source: String) -> Int? {
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmedSpaces.hasPrefix(needle) {
            return number + 1
        }
        return nil
    }

    /// The line of `key` inside `[table]`, for error messages.
    private static func keyLine(table: String, key: String, in source: String) -> Int? {
        var inside = false
        for (number, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmedSpaces
            if line.hasPrefix("[") { inside = line == "[\(table)]" || line.hasPrefix("[\(table)]") ; continue }
            if inside, line.hasPrefix(key), line.dropFirst(key.count).trimmedSpaces.hasPrefix("=") {
                return number + 1
            }
        }
        return line(of: key, in: source)
    }

    /// The built-in styles every theme starts from: the terminal's own colours, with meaning in
    /// attributes so that it reads without colour too.
    public static let fallback = Theme(name: "fallback", styles: [
        .text: Style(),
        .quote: Style(foreground: .indexed(6)),
        .quoteDimmed: Style(dim: true),
        .quoteCurrent: Style(foreground: .indexed(6), bold: true, underline: true),
        .speakerTag: Style(dim: true, italic: true),
        .speaker: Style(bold: true),
        .term: Style(italic: true),
        .reported: Style(foreground: .indexed(5)),
        .callDemand: Style(foreground: .indexed(2), bold: true),
        .callRequest: Style(foreground: .indexed(2)),
        .callEncouragement: Style(foreground: .indexed(2), dim: true, italic: true),
        .callAdvice: Style(dim: true, italic: true),
        .cue: Style(foreground: .indexed(2), bold: true, underline: true),
        .highlight1: Style(foreground: .indexed(0), background: .indexed(11), underline: true),
        .highlight2: Style(foreground: .indexed(0), background: .indexed(14), underline: true),
        .highlight3: Style(foreground: .indexed(0), background: .indexed(9), underline: true),
        .highlight4: Style(foreground: .indexed(0), background: .indexed(10), underline: true),
        .highlight5: Style(foreground: .indexed(0), background: .indexed(13), underline: true),
        .cursor: Style(reverse: true),
        .selection: Style(bold: true, reverse: true),
        .noteMark: Style(bold: true),
        .searchMatch: Style(reverse: true),
        .currentMatch: Style(bold: true, underline: true, reverse: true),
        .gutter: Style(dim: true),
        .gutterFocus: Style(bold: true),
        .paneTitle: Style(bold: true),
        .paneTitleFocused: Style(bold: true, reverse: true),
        .paneItem: Style(),
        .paneSelection: Style(reverse: true),
        .paneDetail: Style(dim: true),
        .border: Style(dim: true),
        .status: Style(reverse: true),
        .statusAccent: Style(bold: true, reverse: true),
        .message: Style(bold: true),
        .help: Style(),
        .helpKey: Style(bold: true),
        .notice: Style(bold: true),
        .headline: Style(bold: true),
        .dateline: Style(bold: true, italic: true),
        .fold: Style(dim: true),
    ])
}

extension StringProtocol {
    var trimmedSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}

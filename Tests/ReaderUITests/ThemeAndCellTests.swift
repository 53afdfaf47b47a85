import Foundation
import Testing
@testable import ReaderUI

@Suite("Themes")
struct ThemeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyShippedThemeParsesAndEveryRequiredOneExists() throws {
        let names = ShippedThemes.all.map(\.name)
        for required in ["default", "dark", "light", "high-contrast", "mono"] { #expect(names.contains(required)) }
        for theme in ShippedThemes.all {
            _ = try Theme.parse(theme.source, name: theme.name, file: theme.name)
        }
    }

    @Test func theEmbeddedThemesAreTheFilesInThemes() throws {
        for theme in ShippedThemes.all {
            let file = Self.root.appendingPathComponent("themes/\(theme.name).toml")
            let source = try String(contentsOf: file, encoding: .utf8)
            #expect(source == theme.source + "\n" || source == theme.source, "run scripts/embed-themes after editing themes/")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("themes").path)
        #expect(files.filter { $0.hasSuffix(".toml") }.count == ShippedThemes.all.count)
    }

    @Test func monoUsesNoColourButStillMarksMeaning() throws {
        let mono = try Theme.parse(ShippedThemes.all.first { $0.name == "mono" }!.source, name: "mono", file: "mono")
        for role in Role.allCases {
            #expect(mono[role].foreground == .terminalDefault && mono[role].background == .terminalDefault, "\(role)")
        }
        #expect(mono[.quote] != mono[.text])
        #expect(mono[.cue] != mono[.text])
        #expect(mono[.searchMatch] != mono[.text])
    }

    /// The roles that paint the analysis in the text: a theme that left one out would show
    /// terms as speech or every call alike.
    static let analysisRoles: [Role] = [.quote, .term, .reported, .speaker, .speakerTag, .cue, .callDemand, .callRequest, .callEncouragement, .callAdvice]

    @Test(arguments: ShippedThemes.all.map(\.name))
    func everyShippedThemeSetsTheRolesOfTheAnalysisEachApart(_ name: String) throws {
        let source = try #require(ShippedThemes.all.first { $0.name == name }).source
        for role in Self.analysisRoles { #expect(source.contains("\n[\(role.rawValue)]\n"), "\(name) leaves out \(role.rawValue)") }
        let theme = try Theme.parse(source, name: name, file: name)
        let apart: [Role] = [.text, .quote, .term, .reported, .cue, .callDemand, .callRequest, .callEncouragement, .callAdvice]
        for (index, role) in apart.enumerated() {
            for other in apart[(index + 1)...] { #expect(theme[role] != theme[other], "\(name): \(role.rawValue) looks like \(other.rawValue)") }
        }
    }

    @Test func aCallToActionTableStylesEveryStrengthThatHasNoTableOfItsOwn() throws {
        let theme = try Theme.parse("[call-demand]\nbold = true\n\n[call-to-action]\nfg = \"red\"\n", name: "calls", file: "calls.toml")
        #expect(theme[.callRequest] == Style(foreground: Color(name: "red")!))
        #expect(theme[.callEncouragement] == theme[.callRequest])
        #expect(theme[.callAdvice] == theme[.callRequest])
        #expect(theme[.callDemand] == Style(bold: true))
    }

    @Test(arguments: [
        ("[quote]\nfg = \"purpel\"\n", 2, "quote.fg"),
        ("[quote]\nbold = \"yes\"\n", 2, "quote.bold"),
        ("[quote]\nsparkle = true\n", 2, "quote.sparkle"),
        ("name = \"x\"\n\n[qoute]\nfg = \"red\"\n", 3, "qoute"),
    ])
    func aBadThemeNamesTheFileLineAndKey(_ source: String, _ line: Int, _ key: String) {
        #expect(throws: Theme.LoadError.self) { try Theme.parse(source, name: "bad", file: "bad.toml") }
        do {
            _ = try Theme.parse(source, name: "bad", file: "bad.toml")
        } catch {
            #expect(error.file == "bad.toml")
            #expect(error.line == line)
            #expect(error.key == key)
            #expect(error.description.hasPrefix("bad.toml:\(line): \(key): "))
        }
    }

    @Test func aTOMLSyntaxErrorNamesItsLine() {
        do {
            _ = try Theme.parse("[quote]\nfg = \"red\nbold = true\n", name: "bad", file: "bad.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func coloursMapToTheNearestTheTerminalHas() {
        #expect(Color(name: "#ff0000")?.terminalIndex(colors: 256) == 196)
        #expect(Color(name: "#ff0000")?.terminalIndex(colors: 8) == 1)
        #expect(Color(name: "bright-blue")?.terminalIndex(colors: 16) == 12)
        #expect(Color(name: "bright-blue")?.terminalIndex(colors: 8) == 4)
        #expect(Color(name: "default")?.terminalIndex(colors: 256) == -1)
        #expect(Color(name: "300") == nil)
    }
}

@Suite("Cells and widths")
struct CellTests {
    @Test func controlCharactersAndEscapesBecomeVisible() {
        let cells = Cell.cells(of: "a\u{1B}[31m\u{7}\u{9B}b")
        let text = cells.map(\.text).joined()
        #expect(text == "a␛[31m␇<U+9B>b")
    }

    @Test func tabsExpandToTheNextStop() {
        #expect(Cell.cells(of: "ab\tc").map(\.text).joined() == "ab  c")
    }

    @Test func combiningMarksJoinTheirBaseAndWideGlyphsTakeTwoColumns() {
        let cells = Cell.cells(of: "e\u{301}日")
        #expect(cells.count == 2)
        #expect(cells[0].text == "e\u{301}" && cells[0].width == 1)
        #expect(cells[1].width == 2)
    }

    @Test func aWideGlyphNeverLandsInTheLastColumn() {
        var grid = Grid(width: 5, height: 1)
        grid.write("abcd日", x: 0, y: 0, role: .text)
        #expect(grid.lines == ["abcd "])
        #expect(grid[4, 0].width == 1)
    }

    /// The generated table must agree with the C library that ncursesw uses.
    @Test func theWidthTableAgreesWithLiveWcwidth() throws {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return }
        // glibc declares wcwidth only under _XOPEN_SOURCE, so Swift reaches it by name.
        typealias WidthFunction = @convention(c) (wchar_t) -> Int32
        let symbol = try #require(dlsym(nil, "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
        var mismatches: [UInt32] = []
        var value: UInt32 = 0xA0
        while value < 0x110000 {
            if !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) {
                let live = Int(wcwidth(wchar_t(bitPattern: value)))
                if live != DisplayWidth.of(scalar) { mismatches.append(value) }
            }
            value += value < 0x30000 ? 1 : 97
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(5).map { String($0, radix: 16) })")
    }
}

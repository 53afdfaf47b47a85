import PropertyBased
import Testing
@testable import ReaderUI
import StatementKit

/// Invariants of the screen under any keys and any size.
@Suite("Reader properties")
struct ReaderPropertyTests {
    static let keys: [Key] = [
        .character("j"), .character("k"), .character("}"), .character("{"), .character(" "), .character("b"),
        .character("d"), .character("u"), .character("g"), .character("G"), .character("]"), .character("["),
        .character("q"), .character("c"), .character("s"), .character("n"), .character("N"), .character("/"),
        .character("e"), .character("<"), .character(">"), .character("1"), .character("2"), .character("3"),
        .character("z"), .character("h"), .character(":"), .character("5"), .tab, .backTab, .enter, .escape,
        .up, .down, .pageUp, .pageDown, .home, .end, .backspace,
    ]
    /// Mostly keys, one in four a resize between 20×5 and 250×80.
    static let events = Gen.int(in: 0...1_000_000).map { n -> Event in
        n % 4 == 3 ? .resize(width: 20 + n % 231, height: 5 + (n / 231) % 76) : .key(keys[n % keys.count])
    }.array(of: 0...60)

    /// A document with wide glyphs and combining marks, so that splitting them would show.
    static let wideDocument = Analyzer.analyze("""
        東京の会議で “我们呼吁各方保持克制,” 外交部 said. Café 👩‍👩‍👧 naïve.

        The Council urged 日本 to act. “Ünïcödé is fine,” said Ana Ruiz.
        """ + "\n\n" + SampleStatement.text, source: "wide")

    @Test func screensStayConsistentUnderRandomKeysAndSizes() async {
        await propertyCheck(count: 120, input: Self.events, Gen.int(in: 20...200), Gen.int(in: 5...60)) { events, width, height in
            var reader = AppState(document: Self.wideDocument, width: width, height: height)
            for event in events {
                reader.send(Message(event))
                if reader.quitRequested { break }
                Self.checkInvariants(reader)
            }
        }
    }

    /// Over a million scalars: re-wrapped off the loop, so that the old lines stand while the
    /// frame has another width.
    static let longDocument = Analyzer.outline(
        (0..<(AppState.backgroundLayoutThreshold / 400 + 10)).map { "Part \($0). 東京 " + String(repeating: "word ", count: 78) }
            .joined(separator: "\n\n"), source: "long")

    /// The same invariants while new lines are wrapped off the loop: keys and resizes work on
    /// the old lines, and lines that come in (now and then, as from the loop's thread) take over.
    @Test func screensStayConsistentWhileALongStatementIsReWrapped() async {
        await propertyCheck(count: 6, input: Self.events, Gen.int(in: 20...200), Gen.int(in: 5...60)) { events, width, height in
            var reader = AppState(document: Self.longDocument, width: width, height: height, wrapsInBackground: true)
            var asked: AppState.LayoutRequest?
            for (index, event) in events.enumerated() {
                for case .layOut(let request) in reader.update(Message(event)) { asked = request }
                if reader.quitRequested { break }
                if index % 25 == 24, let request = asked { reader.send(.layoutFinished(request.makeLayout(), for: request)) }
                Self.checkInvariants(reader)
            }
        }
    }

    static func checkInvariants(_ reader: AppState) {
        #expect(reader.top >= 0)
        #expect(reader.top <= max(0, reader.layout.lines.count - reader.textRows))
        #expect(reader.focusParagraph >= 0 && reader.focusParagraph < max(1, reader.document.paragraphs.count))
        let grid = Screen.render(reader)
        #expect(grid.width == reader.width && grid.height == reader.height)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.width == 2 {
                    // Never split, never in the last column.
                    #expect(x + 1 < grid.width)
                    if x + 1 < grid.width { #expect(grid[x + 1, y].width == 0) }
                }
                if cell.width == 0 { #expect(x > 0 && grid[x - 1, y].width == 2) }
                #expect(cell.text.unicodeScalars.count <= 5)
                #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
            }
        }
        // The statement never draws into the panes: with panes beside it, a border separates them.
        if !reader.frame.tooSmall, reader.frame.tabs == nil, let pane = reader.frame.panes.values.first, reader.mode == .normal {
            let borderX = pane.x - 1
            for y in 0..<reader.frame.statement.height { #expect(grid[borderX, reader.frame.statement.y + y].text == "│") }
        }
    }

    @Test func wrappedLinesFitTheirWidth() async {
        await propertyCheck(count: 60, input: Gen.int(in: 1...150)) { width in
            let scalars = StatementScalars(Self.wideDocument.text)
            let layout = StatementLayout(document: Self.wideDocument, scalars: scalars, width: width,
                                         highlights: Highlights(document: Self.wideDocument, scalars: scalars))
            for line in layout.lines {
                let columns = line.cells.reduce(0) { $0 + $1.width }
                #expect(columns <= max(width, 2))
            }
        }
    }
}

@Suite("Reader regressions")
struct ReaderRegressionTests {
    /// The help overlay's fill split a wide glyph under its edge (property test, shrunk: 86×10).
    @Test func theHelpOverlayNeverSplitsAWideGlyph() {
        var reader = AppState(document: ReaderPropertyTests.wideDocument, width: 86, height: 10)
        reader.type("h")
        ReaderPropertyTests.checkInvariants(reader)
    }

    /// Escape in a search restored a scroll position a resize had made impossible.
    @Test func escapingASearchAfterAResizeKeepsTheScrollInRange() {
        var reader = AppState(document: ReaderPropertyTests.wideDocument, width: 40, height: 10)
        for event: Event in [.key(.character("j")), .key(.character("/")), .resize(width: 241, height: 31), .key(.character("j"))] {
            reader.send(Message(event))
        }
        ReaderPropertyTests.checkInvariants(reader)
    }
}

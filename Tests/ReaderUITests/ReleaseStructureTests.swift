import PropertyBased
import Testing
@testable import ReaderUI
import StatementKit

/// A release's structure in the reader: the header line, folded paragraphs, the roles of
/// headlines and datelines, and the issuer in the Speakers pane.
@Suite("Release structure in the reader")
struct ReleaseStructureTests {
    static func row(_ screen: String, _ index: Int) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false)[index])
    }

    /// The text of a layout line, tags and fold labels included.
    static func text(_ line: StatementLayout.Line) -> String { line.cells.map(\.text).joined() }

    // MARK: Header line

    @Test func theHeaderLineGivesTitleDatePlaceAndIssuer() {
        let reader = Release.reader()
        #expect(reader.frame.header == Rect(x: 0, y: 0, width: 120, height: 1))
        #expect(reader.frame.statement.y == 1)
        #expect(reader.frame.panes.values.allSatisfy { $0.y >= 1 })
        let top = Self.row(reader.screen, 0)
        #expect(top.contains("Agency Welcomes Ceasefire Agreement"))
        #expect(top.contains("WASHINGTON, 2021-06-03 · by the Agency"))
        let grid = Screen.render(reader)
        #expect(grid[1, 0].role == .headline)
        #expect(Self.row(reader.screen, 1).hasPrefix("   1▌FOR IMMEDIATE RELEASE"))
    }

    @Test func aNarrowHeaderCutsTheTitleBeforeTheDetails() {
        let reader = Release.reader(width: 66, height: 20)
        let top = Self.row(reader.screen, 0)
        #expect(top.contains("WASHINGTON, 2021-06-03 · by the Agency"))
        #expect(top.hasPrefix(" Agency Welcomes Ceasef…"))
        #expect(DisplayWidth.of(top) == 66)
    }

    /// Nothing above the text when the structure names nothing, and none for a statement that
    /// is all body whose issuer was found in its text: plain statements look as before.
    @Test func aStatementThatNamesNothingHasNoHeader() {
        #expect(state().frame.header == nil)
        #expect(state().frame.statement.y == 0)
        var document = Release.document()
        document.structure.title = nil
        document.structure.date = nil
        document.structure.place = nil
        document.structure.issuer = nil
        document.structure.issuerSpeaker = nil
        #expect(HeaderLine.shows(document.structure))
        document.structure.parts = []
        document.structure.datelines = []
        #expect(!HeaderLine.shows(document.structure))
        document.structure.issuer = "the Agency"
        document.structure.issuerSpeaker = 0
        let reader = state(document)
        #expect(reader.frame.header == nil)
        #expect(Self.row(reader.screen, 0).hasPrefix("   1▌FOR IMMEDIATE RELEASE"))
        #expect(reader.screen.contains("issuer: Agency"))
    }

    @Test func theHeaderComesWithTheAnalysis() {
        var reader = AppState(document: Analyzer.outline(Release.text, source: "release.txt"), width: 100, height: 30, analysing: true)
        #expect(reader.frame.header == nil)
        let rows = reader.textRows
        reader.send(.analysisFinished(AppState.AnalysedView(document: Release.document(), scalars: reader.scalars, width: reader.frame.textWidth)))
        #expect(reader.frame.header != nil)
        #expect(reader.textRows == rows - 1)
        #expect(Self.row(reader.screen, 0).contains("Agency Welcomes"))
        #expect(Release.folded.allSatisfy(reader.isFolded))
    }

    // MARK: Roles

    @Test func headlinesAndDatelinesHaveTheirRoles() {
        let document = Release.document()
        let scalars = StatementScalars(document.text)
        let highlights = Highlights(document: document, scalars: scalars)
        let (headline, _) = ParagraphCells.cells(of: document.paragraphs[2], scalars: scalars, highlights: highlights)
        #expect(headline.allSatisfy { $0.role == .headline })
        let (body, offsets) = ParagraphCells.cells(of: document.paragraphs[3], scalars: scalars, highlights: highlights)
        let dateline = document.structure.dateline(ofParagraph: 3)!
        for (cell, offset) in zip(body, offsets) where offset >= 0 {
            if offset < dateline.end { #expect(cell.role == .dateline) } else { #expect(cell.role != .dateline && cell.role != .headline) }
        }
        var datedParagraph = document
        datedParagraph.structure.parts.insert(StatementPart(paragraph: 4, kind: .dateline), at: 3)
        let (date, _) = ParagraphCells.cells(of: document.paragraphs[4], scalars: scalars,
                                             highlights: Highlights(document: datedParagraph, scalars: scalars))
        #expect(date.contains { $0.role == .dateline } && !date.contains { $0.role == .text })
    }

    @Test(arguments: ShippedThemes.all.map(\.name))
    func everyShippedThemeSetsTheStructureRoles(_ name: String) throws {
        let source = try #require(ShippedThemes.all.first { $0.name == name }).source
        let theme = try Theme.parse(source, name: name, file: name)
        let roles: [Role] = [.headline, .dateline, .fold]
        for role in roles {
            #expect(source.contains("\n[\(role.rawValue)]\n"), "\(name) leaves out \(role.rawValue)")
            #expect(theme[role] != theme[.text], "\(name): \(role.rawValue) looks like text")
        }
        #expect(theme[.headline] != theme[.dateline] && theme[.dateline] != theme[.fold] && theme[.headline] != theme[.fold])
    }

    // MARK: Folds in the layout

    @Test func aFoldIsOneLineWithItsKindAndTheStartOfItsText() {
        let reader = Release.reader(width: 80, height: 24)
        let layout = reader.layout
        for paragraph in Release.folded {
            let first = layout.firstLine[paragraph]
            let end = paragraph + 1 < layout.firstLine.count ? layout.firstLine[paragraph + 1] - 1 : layout.lines.count
            #expect(end - first == 1, "paragraph \(paragraph + 1) takes \(end - first) lines")
            let line = layout.lines[first]
            #expect(line.cells.allSatisfy { $0.role == .fold })
            #expect(line.cells.reduce(0) { $0 + $1.width } <= layout.width)
            #expect(line.start >= reader.document.paragraphs[paragraph].span.start)
        }
        // The text's own "Contact:" is left out, the line break is a space.
        #expect(Self.text(layout.lines[layout.firstLine[1]]) == "⋯ contact: Jane Roe, 202-555-0100 jane.roe@agency.example")
        #expect(Self.text(layout.lines[layout.firstLine[6]]) == "⋯ end mark: ###")
        let boilerplate = Self.text(layout.lines[layout.firstLine[5]])
        #expect(boilerplate.hasPrefix("⋯ boilerplate: About the Agency: The Agency is"))
        #expect(boilerplate.hasSuffix("…") && DisplayWidth.of(boilerplate) == layout.width)
        // Offsets still point into the original text.
        for paragraph in Release.folded {
            let line = layout.lines[layout.firstLine[paragraph]]
            for (cell, offset) in zip(line.cells, line.offsets) where offset >= 0 {
                let scalar = reader.scalars[offset]
                #expect(cell.text == String(scalar) || (cell.text == " " && scalar.properties.isWhitespace))
                #expect(reader.document.paragraphs[paragraph].span.contains(TextSpan(start: offset, end: offset + 1)))
            }
        }
        #expect(layout.line(containing: reader.document.paragraphs[5].span.end - 1) == layout.firstLine[5])
    }

    @Test func theReaderDrawsFoldsDimUnderTheirNumbers() {
        let reader = Release.reader(width: 80, height: 24)
        let screen = reader.screen
        #expect(screen.contains("\n   2 ⋯ contact: Jane Roe, 202-555-0100"))
        #expect(screen.contains("\n   6 ⋯ boilerplate: About the Agency"))
        #expect(Screen.render(reader)[5, reader.frame.statement.y + 2].role == .fold)
    }

    /// Opening and closing folds re-lays only their paragraphs, and gives the lines a layout
    /// made afresh with those folds gives, from whatever folds it starts.
    @Test func refoldingGivesTheLinesOfAFreshLayout() {
        let document = Release.document()
        let scalars = StatementScalars(document.text)
        let highlights = Highlights(document: document, scalars: scalars)
        var choices: [Folds] = []
        for mask in 0..<(1 << Release.folded.count) {
            var folds = Folds()
            for (bit, paragraph) in Release.folded.enumerated() where mask & (1 << bit) != 0 { folds.toggle(paragraph) }
            choices.append(folds)
        }
        var all = Folds()
        all.toggleAll(in: document.structure)
        choices.append(all)
        for width in [1, 12, 40, 80] {
            for from in choices {
                let start = StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights, folds: from)
                for to in choices {
                    let fresh = StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights, folds: to)
                    let refolded = start.refolded(to, document: document, scalars: scalars, highlights: highlights)
                    #expect(refolded == fresh)
                    #expect(refolded.lines.map(\.cells) == fresh.lines.map(\.cells))
                }
            }
        }
    }

    static let kind = Gen.oneOf(Gen.always(StatementPart.Kind.body), Gen.always(.contact), Gen.always(.trail), Gen.always(.headline),
                                Gen.always(.endMark), Gen.always(.dateline), Gen.always(.boilerplate))

    /// Under any folds the measuring pass agrees with the cells shown, a fold is one line, and
    /// opening every fold gives the lines of a layout with none.
    @Test func foldsKeepTheLayoutConsistent() async {
        await propertyCheck(count: 100, input: LayoutTests.statement, Self.kind.array(of: 0...12), Gen.int(in: 1...90)) { text, kinds, width in
            var document = Analyzer.analyze(text)
            let parts = kinds.prefix(document.paragraphs.count).enumerated().compactMap { index, kind in
                kind == .body ? nil : StatementPart(paragraph: index, kind: kind)
            }
            document.structure = StatementStructure(parts: parts)
            let scalars = StatementScalars(document.text)
            let highlights = Highlights(document: document, scalars: scalars)
            let source = ParagraphCells(document: document, scalars: scalars, highlights: highlights, width: width)
            var measure = Measure()
            for paragraph in document.paragraphs {
                source.measure(paragraph, into: &measure)
                let laid = source.cells(ofParagraph: paragraph.index)
                #expect(measure.cells.map { Int($0.width) } == laid.cells.map(\.width))
                #expect(measure.cells.map { Int($0.offset) } == laid.offsets)
            }
            let layout = StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights)
            for part in parts where part.kind.isFolded {
                let end = part.paragraph + 1 < layout.firstLine.count ? layout.firstLine[part.paragraph + 1] - 1 : layout.lines.count
                #expect(end - layout.firstLine[part.paragraph] == 1)
            }
            var open = Folds()
            open.toggleAll(in: document.structure)
            let opened = layout.refolded(open, document: document, scalars: scalars, highlights: highlights)
            let unfolded = StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights, folds: open)
            #expect(opened == unfolded)
            #expect(opened.lines.map(\.cells) == unfolded.lines.map(\.cells))
        }
    }

    /// An e-mailed release's lines, broken inside a paragraph, show joined and wrap anew.
    @Test func aHardWrappedParagraphShowsJoined() {
        let text = "The Agency welcomed the agreement reached\nthis morning and urged both parties\nto keep to it."
        let whole = TextSpan(start: 0, end: text.unicodeScalars.count)
        let document = Document(source: "mail.txt", text: text, paragraphs: [Paragraph(index: 0, span: whole, text: text[...])],
                                quotes: [], speakers: [], callsToAction: [])
        let reader = state(document, width: 120, height: 20)
        let first = Self.text(reader.layout.lines[0])
        #expect(first.hasPrefix("The Agency welcomed the agreement reached this morning and urged"))
        #expect(reader.layout.lines.count == 2)
        #expect(reader.layout.lines[0].offsets[41] == 41)
    }

    // MARK: Keys

    @Test func oOpensEveryFoldThenClosesThemAll() {
        var reader = Release.reader()
        let folded = reader.layout.lines.count
        reader.type("o")
        #expect(Release.folded.allSatisfy { !reader.isFolded($0) })
        #expect(reader.layout.lines.count > folded)
        #expect(reader.message == "Folds open")
        #expect(reader.screen.contains("   2 Contact: Jane Roe, 202-555-0100 jane.roe@agency.example"))
        reader.type("o")
        #expect(Release.folded.allSatisfy(reader.isFolded))
        #expect(reader.layout.lines.count == folded)
        #expect(reader.message == "Folds closed")
        // With one fold open, `o` opens the rest.
        reader.type(":2")
        reader.press(.enter, .enter)
        reader.type("o")
        #expect(Release.folded.allSatisfy { !reader.isFolded($0) })
    }

    @Test func oSaysSoWhenThereIsNothingToFold() {
        var reader = state()
        let lines = reader.layout
        reader.type("o")
        #expect(reader.message == "No folds in this statement")
        #expect(reader.layout == lines)
    }

    @Test func enterOnAFoldOpensItAndEnterAgainClosesIt() {
        var reader = Release.reader()
        reader.type("}")
        #expect(reader.focusParagraph == 1)
        reader.press(.enter)
        #expect(!reader.isFolded(1))
        #expect(reader.isFolded(5))
        #expect(reader.screen.contains("   2▌Contact: Jane Roe"))
        reader.press(.enter)
        #expect(reader.isFolded(1))
        // Enter on a body paragraph does nothing.
        reader.type("}}}")
        let before = reader.layout
        reader.press(.enter)
        #expect(reader.layout == before)
    }

    /// A jump to a paragraph lands on its fold line and leaves it folded; the paragraph keeps
    /// its number.
    @Test func aJumpToAFoldedParagraphLandsOnTheFoldLine() {
        var reader = Release.reader(width: 80, height: 14)
        reader.type(":7")
        reader.press(.enter)
        #expect(reader.focusParagraph == 6)
        #expect(reader.isFolded(6))
        #expect(reader.screen.contains("   7▌⋯ end mark: ###"))
        #expect(reader.screen.contains("¶ 7/8"))
        reader.type("G")
        #expect(reader.focusParagraph == 7)
        #expect(reader.isFolded(7))
        // The cursor moving into a fold opens it.
        reader.type("g")
        #expect(reader.isFolded(1))
        reader.type("www")
        #expect(reader.focusParagraph == 1)
        #expect(!reader.isFolded(1))
    }

    /// A search that finds its match inside a fold opens it when it is kept (Enter, `n`), so the
    /// match is seen; the matches of a query being typed open nothing.
    @Test func aSearchMatchInsideAFoldOpensIt() {
        var reader = Release.reader()
        reader.type("/parties themselves")
        #expect(Release.folded.allSatisfy(reader.isFolded))
        reader.press(.enter)
        #expect(!reader.isFolded(5))
        #expect(reader.isFolded(1))
        let match = try! #require(reader.search?.currentMatch)
        let grid = Screen.render(reader)
        #expect((0..<grid.height).contains { y in (0..<grid.width).contains { grid[$0, y].role == .currentMatch } })
        #expect(reader.focusParagraph == 5 && reader.document.paragraphs[5].span.contains(TextSpan(start: match.start, end: match.start + 1)))
        reader.type("/jane")
        #expect(reader.isFolded(1))
        reader.press(.enter)
        #expect(!reader.isFolded(1))
        reader.type("oo")
        #expect(reader.isFolded(1))
        reader.type("n")
        #expect(!reader.isFolded(1))
    }

    @Test func aClickOnAFoldOpensIt() {
        var reader = Release.reader()
        let y = reader.frame.statement.y + reader.layout.firstLine[1] - reader.top
        reader.send(.mouse(MouseEvent(kind: .click, x: 10, y: y)))
        #expect(reader.focusParagraph == 1)
        #expect(!reader.isFolded(1))
    }

    /// Quotes and calls are never in folded parts, so `]q` and `]c` step over folds.
    @Test func quoteAndCallStepsKeepTheirParagraphNumbers() {
        var reader = Release.reader()
        reader.type("]q")
        #expect(reader.focusParagraph == 3)
        reader.type("]c")
        #expect(reader.focusParagraph == 4)
        #expect(reader.screen.contains("¶ 5/8"))
    }

    // MARK: The issuer in the Speakers pane

    @Test func theIssuerHeadsTheSpeakersPaneMarked() throws {
        var reader = Release.reader()
        let agency = try #require(reader.document.structure.issuerSpeaker)
        #expect(reader.itemCount(.speakers) == reader.document.speakers.count)
        #expect(reader.speakerRows[0] == .speaker(agency, isIssuer: true))
        let rows = (0..<reader.speakerRows.count).map { reader.speakerRows[$0] }
        #expect(Set(rows.map { if case .speaker(let index, _) = $0 { index } else { -1 } }) == Set(reader.document.speakers.indices))
        #expect(reader.screen.contains("issuer: Agency (1 reported, 2 calls)"))
        reader.press(.tab, .tab)
        #expect(reader.speakerFilter == "Agency")
    }

    @Test func anIssuerWhoIsNoSpeakerHasARowOfItsOwn() {
        var reader = Release.reader(issuerIsSpeaker: false)
        #expect(reader.itemCount(.speakers) == reader.document.speakers.count + 1)
        #expect(reader.speakerRows[0] == .issuer("NOAA"))
        #expect(reader.speakerRows[1] == .speaker(0, isIssuer: false))
        let screen = reader.screen
        #expect(screen.contains("Speakers 3"))
        #expect(screen.contains("issuer: NOAA"))
        reader.press(.tab, .tab)
        #expect(reader.focus == .pane(.speakers))
        #expect(reader.speakerFilter == nil)
        reader.press(.enter)
        #expect(reader.message == "NOAA issues the statement and is not quoted")
        reader.type("jj")
        #expect(reader.speakerFilter == reader.document.speakers[1].name)
        reader.press(.enter)
        #expect(reader.currentQuote != nil)
    }

    @Test func aPlainStatementListsItsSpeakersAsBefore() {
        let reader = state()
        #expect(reader.itemCount(.speakers) == reader.document.speakers.count)
        #expect((0..<reader.document.speakers.count).allSatisfy { reader.speakerRows[$0] == .speaker($0, isIssuer: false) })
        #expect(!reader.screen.contains("issuer:"))
    }

    // MARK: Under any keys

    /// Random keys (`o` and Enter among them), clicks and sizes on a release: the screen keeps
    /// its invariants, and the lines are always those of a layout made afresh with the folds.
    @Test func foldsStayConsistentUnderRandomKeysAndSizes() async {
        let keys = ReaderPropertyTests.keys + [.character("o"), .character("o"), .enter, .enter, .character("w")]
        let events = Gen.int(in: 0...1_000_000).map { n -> Message in
            switch n % 6 {
            case 5: return .resize(width: 20 + n % 231, height: 5 + (n / 231) % 76)
            case 4: return .mouse(MouseEvent(kind: .click, x: n % 40, y: (n / 40) % 30))
            default: return .key(keys[n % keys.count])
            }
        }.array(of: 0...40)
        let document = Release.document()
        await propertyCheck(count: 40, input: events, Gen.int(in: 20...200), Gen.int(in: 5...60)) { messages, width, height in
            var reader = AppState(document: document, width: width, height: height)
            for message in messages {
                reader.send(message)
                if reader.quitRequested { break }
                ReaderPropertyTests.checkInvariants(reader)
                let fresh = StatementLayout(document: document, scalars: reader.scalars, width: reader.layout.width,
                                            highlights: Highlights(document: document, scalars: reader.scalars), folds: reader.folds)
                #expect(reader.layout == fresh)
            }
        }
    }
}

import PropertyBased
import Testing
@testable import ReaderUI
import StatementKit

@Suite("Lazy layout and the analysis arriving")
struct LayoutTests {
    /// Paragraph text of the kinds that make cells differ from scalars: tabs, C0 and C1
    /// controls, combining marks (alone, after a tag, six in a row), wide glyphs, line breaks,
    /// and quotes that get a `[Speaker]` tag.
    static let piece = Gen.oneOf(
        Gen.always("word "), Gen.always("\t"), Gen.always("\u{1B}[31m"), Gen.always("\u{85}"), Gen.always("\u{9B}"),
        Gen.always("e\u{301}"), Gen.always("\u{301}"), Gen.always("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"),
        Gen.always("日本"), Gen.always("👩‍👩‍👧"), Gen.always("\n"), Gen.always(" "), Gen.always("\u{0}"),
        Gen.always("“We must act,” said Ana Ruiz. "), Gen.always("NATO urged leaders to meet. "),
        Gen.always("\u{FFFF}"), Gen.always("\u{7F}"), Gen.letterOrNumber.string(of: 1...12)
    )
    static let statement = piece.array(of: 0...40).map { $0.joined() }

    /// The layout measures a paragraph without making its cells, then makes the cells of the
    /// lines it shows: both must agree cell for cell, or lines would be cut in the wrong place.
    @Test func measuringAgreesWithTheCellsShown() async {
        await propertyCheck(count: 200, input: Self.statement) { text in
            let document = Analyzer.analyze(text)
            let scalars = StatementScalars(document.text)
            let source = ParagraphCells(document: document, scalars: scalars, highlights: Highlights(document: document, scalars: scalars))
            var measure = Measure()
            for paragraph in document.paragraphs {
                source.measure(paragraph, into: &measure)
                let laid = source.cells(ofParagraph: paragraph.index)
                #expect(measure.cells.map { Int($0.width) } == laid.cells.map(\.width))
                #expect(measure.cells.map(\.isSpace) == laid.cells.map { $0.text == " " })
                #expect(measure.cells.map { Int($0.offset) } == laid.offsets)
            }
        }
    }

    /// Lines made on demand are the lines an eager wrap of every paragraph's cells gives.
    @Test func linesAreTheWrapOfEachParagraphsCells() async {
        await propertyCheck(count: 100, input: Self.statement, Gen.int(in: 1...90)) { text, width in
            let document = Analyzer.analyze(text)
            let scalars = StatementScalars(document.text)
            let highlights = Highlights(document: document, scalars: scalars)
            // Every fold open: a folded paragraph is one fold line, not the wrap of its cells.
            var folds = Folds()
            folds.toggleAll(in: document.structure)
            let layout = StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights, folds: folds)
            var expected: [[Cell]] = []
            // Each line's paragraph, whether it is the blank line after one, and its first offset.
            var places: [(paragraph: Int, separator: Bool, start: Int)] = []
            for paragraph in document.paragraphs {
                if paragraph.index > 0 {
                    expected.append([])
                    places.append((paragraph.index - 1, true, paragraph.span.start))
                }
                let (cells, offsets) = ParagraphCells.cells(of: paragraph, scalars: scalars, highlights: highlights)
                let ranges = StatementLayout.wrap(cells, width: max(1, width))
                expected += ranges.isEmpty ? [[]] : ranges.map { Array(cells[$0]) }
                for range in ranges.isEmpty ? [0..<0] : ranges {
                    places.append((paragraph.index, false, offsets[range].first { $0 >= 0 } ?? paragraph.span.start))
                }
            }
            #expect(layout.lines.map(\.cells) == expected)
            #expect(layout.lines.count == places.count)
            for (index, place) in places.enumerated() {
                #expect(layout.paragraph(ofLine: index) == place.paragraph)
                #expect(layout.isSeparator(index) == place.separator && layout.lines[index].isSeparator == place.separator)
                #expect(layout.start(ofLine: index) == place.start)
                #expect(layout.firstLine[place.paragraph] <= index)
            }
            // The line holding an offset is the last that starts at or before it.
            for offset in 0...document.text.unicodeScalars.count {
                #expect(layout.line(containing: offset) == (places.lastIndex { $0.start <= offset } ?? 0))
            }
        }
    }

    /// The reader's scalars by offset are the text's scalars, read from its UTF-8 through a
    /// table of every 32nd scalar: at every offset, in every slice, for ASCII text (no table),
    /// for ASCII runs beside wide ones (blocks that step and blocks that do not), and for a last
    /// block that is short.
    @Test func scalarsByOffsetAreTheTextsScalars() async {
        let wideText = Gen.oneOf(Gen.always("日本語の文章"), Gen.always("Привет"), Gen.always("a"), Gen.always("😀"),
                                 Gen.always(String(repeating: "plain ascii ", count: 6)))
            .array(of: 0...30).map { $0.joined() }
        @Sendable func check(_ text: String) {
            let scalars = StatementScalars(text)
            let expected = Array(text.unicodeScalars)
            #expect(Array(scalars) == expected)
            #expect(scalars.indices.map { scalars[$0] } == expected)
            #expect(String(scalars: scalars) == text)
            for start in stride(from: 0, to: expected.count, by: 7) {
                let end = min(expected.count, start + 40)
                #expect(Array(scalars[start..<end]) == Array(expected[start..<end]))
                #expect(scalars[start..<end].startIndex == start)
            }
            if scalars.count > 2 {
                #expect(scalars.matches(Array(expected[1..<3]), at: 1))
            }
        }
        await propertyCheck(count: 150, input: Self.statement, perform: check)
        await propertyCheck(count: 150, input: wideText, perform: check)
        await propertyCheck(count: 150, input: Gen.letterOrNumber.string(of: 0...100), perform: check)
        #expect(Array(StatementScalars("ÿ “x” \u{FF}\u{FE}")) == Array("ÿ “x” \u{FF}\u{FE}".unicodeScalars))
    }

    /// A long statement is shown as an outline while it is analysed; when the analysis arrives
    /// the panes fill and the reader stays where it was.
    @Test func theAnalysisArrivesWithoutMovingTheReader() {
        let text = (0..<30).map { "Paragraph \($0). " + SampleStatement.text }.joined(separator: "\n\n")
        var reader = AppState(document: Analyzer.outline(text, source: "long"), width: 100, height: 30, analysing: true)
        #expect(reader.document.quotes.isEmpty)
        #expect(reader.analysing == 0)
        for _ in 0..<40 { reader.type("j") }
        reader.send(.analysisProgressed(0.42))
        reader.type("]q")
        #expect(reader.message?.hasPrefix("Still analysing (42%)") == true)
        reader.type("]c")
        #expect(reader.message?.hasPrefix("Still analysing (42%)") == true)
        let screen = Screen.render(reader).text
        #expect(screen.contains("analysing 42%"))
        #expect(screen.contains("Analysing… 42%"))
        let offset = reader.viewOffset
        let focus = reader.focusParagraph

        let analysed = Analyzer.analyze(text, source: "long")
        reader.send(.analysisFinished(AppState.AnalysedView(document: analysed, scalars: reader.scalars, width: reader.frame.textWidth)))
        #expect(reader.analysing == nil)
        #expect(reader.document.quotes.count == 30 * Analyzer.analyze(SampleStatement.text).quotes.count)
        #expect(reader.viewOffset == offset)
        #expect(reader.focusParagraph == focus)
        let after = Screen.render(reader).text
        #expect(!after.contains("nalysing"))
        reader.type("]q")
        #expect(reader.currentQuote != nil)
    }

    /// The analysis arriving while a search is typed: the prompt, the query and the match stay,
    /// and typing goes on from where it was.
    @Test func theAnalysisArrivingMidSearchKeepsTheSearch() throws {
        let text = (0..<30).map { "Paragraph \($0). " + SampleStatement.text }.joined(separator: "\n\n")
        var reader = AppState(document: Analyzer.outline(text, source: "long"), width: 100, height: 30, analysing: true)
        reader.type("}}/Coun")
        let match = try #require(reader.search?.currentMatch)
        let analysed = Analyzer.analyze(text, source: "long")
        reader.send(.analysisFinished(AppState.AnalysedView(document: analysed, scalars: reader.scalars, width: reader.frame.textWidth)))
        #expect(!reader.document.quotes.isEmpty)
        guard case .searching(let query, true, _, _) = reader.mode else { Issue.record("the search prompt closed"); return }
        #expect(query == "Coun")
        #expect(reader.search?.currentMatch == match)
        reader.type("cil")
        reader.press(.enter)
        #expect(reader.mode == .normal)
        #expect(reader.search?.query == "Council")
        #expect(reader.search?.currentMatch?.start == match.start)
        reader.type("n")
        #expect(try #require(reader.search?.currentMatch).start > match.start)
    }

    /// The analysis arriving while text is selected: the selection stays, and `m` highlights it.
    @Test func theAnalysisArrivingMidSelectionKeepsTheSelection() throws {
        let text = (0..<30).map { "Paragraph \($0). " + SampleStatement.text }.joined(separator: "\n\n")
        var reader = AppState(document: Analyzer.outline(text, source: "long"), width: 100, height: 30, analysing: true)
        reader.type("}}vwww")
        let selected = try #require(reader.selectedSpan)
        let analysed = Analyzer.analyze(text, source: "long")
        reader.send(.analysisFinished(AppState.AnalysedView(document: analysed, scalars: reader.scalars, width: reader.frame.textWidth)))
        #expect(reader.analysing == nil)
        #expect(reader.selectedSpan == selected)
        let effects = reader.type("m")
        guard case .saveAnnotation(let annotation) = try #require(effects.first) else { Issue.record("no save"); return }
        #expect(annotation.anchor.span == selected)
        #expect(reader.selectionAnchor == nil)
    }

    /// A long statement whose owner wraps off the loop keeps its lines when the width changes,
    /// says it is re-wrapping, and takes the new lines when they come, in the same place; lines
    /// for a width no longer wanted, or made before the analysis came in, are dropped.
    @Test func aLongStatementIsReWrappedOffTheLoop() throws {
        let paragraph = (0..<12).map { "Sentence \($0) of a long paragraph about the river." }.joined(separator: " ")
        let count = AppState.backgroundLayoutThreshold / paragraph.unicodeScalars.count + 20
        let text = (0..<count).map { "Part \($0). " + paragraph }.joined(separator: "\n\n")
        var reader = AppState(document: Analyzer.outline(text, source: "long"), width: 120, height: 30, analysing: true, wrapsInBackground: true)
        reader.type(":3000")
        reader.press(.enter)
        let oldWidth = reader.layout.width

        let asked = reader.type("z")  // the panes hidden: the text is wider
        let request = try #require(reader.layoutRequest)
        #expect(asked == [.layOut(request)])
        #expect(reader.pendingLayoutWidth == request.width && request.width > oldWidth)
        #expect(reader.layout.width == oldWidth)
        #expect(Screen.render(reader).text.contains("re-wrapping…"))
        reader.type("j")  // keys work on the old lines meanwhile
        let moved = reader.viewOffset

        // Lines for a width no longer wanted are dropped.
        reader.type("z")
        #expect(reader.pendingLayoutWidth == nil && reader.layoutRequest == nil)
        reader.send(.layoutFinished(request.makeLayout(), for: request))
        #expect(reader.layout.width == oldWidth)

        reader.type("z")
        let again = try #require(reader.layoutRequest)
        reader.send(.layoutFinished(again.makeLayout(), for: again))
        #expect(reader.layout.width == again.width && reader.pendingLayoutWidth == nil)
        #expect(reader.viewOffset <= moved && reader.layout.line(containing: moved) == reader.top)
        #expect(!Screen.render(reader).text.contains("re-wrapping"))
        #expect(reader.layout == StatementLayout(document: reader.document, scalars: reader.scalars, width: again.width,
                                                  highlights: Highlights(document: reader.document, scalars: reader.scalars)))

        // Lines made for the outline are not brought in after the analysis.
        let wide = reader.layout.width
        reader.type("z")
        let forOutline = try #require(reader.layoutRequest)
        let analysed = Analyzer.analyze(outline: reader.document) { _ in }
        reader.send(.analysisFinished(AppState.AnalysedView(document: analysed, scalars: reader.scalars, width: wide)))
        let forAnalysis = try #require(reader.layoutRequest)
        #expect(forAnalysis != forOutline && forAnalysis.width == forOutline.width)
        reader.send(.layoutFinished(forOutline.makeLayout(), for: forOutline))
        #expect(reader.layout.width == wide && reader.pendingLayoutWidth == forAnalysis.width)
        reader.send(.layoutFinished(forAnalysis.makeLayout(), for: forAnalysis))
        #expect(reader.layout.width == forAnalysis.width && reader.pendingLayoutWidth == nil)
    }

    /// Paragraph numbers of five digits and more were cut to their first four ("1491" for
    /// paragraph 1491321): the gutter widens to the longest number.
    @Test func longStatementsNumberEveryParagraphInFull() {
        let text = (1...12_000).map { "Paragraph \($0) says little." }.joined(separator: "\n\n")
        var reader = AppState(document: Analyzer.outline(text, source: "long"), width: 80, height: 12)
        #expect(reader.frame.gutterWidth == 6)
        reader.type("G")
        let screen = reader.screen
        #expect(screen.contains("12000▌Paragraph 12000 says little."))
        #expect(screen.contains("\n11999 Paragraph 11999 says little."))
    }

    /// The Calls pane's groups, made on demand from where each starts: one cue, actor and
    /// addressee in one paragraph is one group with all its actions; a cursor inside a group
    /// finds it.
    @Test func callGroupsGatherTheActionsOfOneCall() {
        func call(_ paragraph: Int, _ start: Int, _ cue: String, _ addressee: Substring?, _ action: Substring, group: Int) -> CallToAction {
            CallToAction(paragraph: paragraph, span: TextSpan(start: start, end: start + 10), actor: "NATO", cue: cue,
                         addressee: addressee, action: action, strength: .request, group: group)
        }
        let groups = CallGroups([
            call(0, 0, "urged", "the mayor", "resign", group: 0), call(0, 12, "urged", "the mayor", "apologise", group: 0),
            call(0, 30, "asked", "members", "vote", group: 2), call(1, 50, "urged", "the mayor", "resign", group: 3),
        ])
        #expect(groups.map(\.actions) == [["resign", "apologise"], ["vote"], ["resign"]])
        #expect(groups.map(\.span) == [TextSpan(start: 0, end: 22), TextSpan(start: 30, end: 40), TextSpan(start: 50, end: 60)])
        #expect(groups.map { $0.summary } == ["NATO → the mayor: resign; apologise", "NATO → members: vote", "NATO → the mayor: resign"])
        #expect((0..<3).map(groups.paragraph(of:)) == [0, 0, 1])
        #expect(groups.index(containing: 15) == 0)
        #expect(groups.index(containing: 35) == 1)
        #expect(groups.index(containing: 25) == nil)
        #expect(groups.index(containing: -1) == nil)
    }

    /// A note repaints the lines it touches without measuring the statement again: the lines
    /// must be those of a layout made afresh with the same notes.
    @Test func aNoteRepaintsTheSameLines() {
        var reader = AppState(document: sampleDocument, width: 100, height: 30)
        reader.type("]q")
        ReducerTests.saveHighlight(&reader)
        #expect(!reader.annotations.isEmpty)
        let fresh = StatementLayout(document: reader.document, scalars: reader.scalars, width: reader.layout.width,
                                    highlights: Highlights(document: reader.document, scalars: reader.scalars, annotations: reader.annotations))
        #expect(reader.layout == fresh)
        #expect(Array(reader.layout.lines) == Array(fresh.lines))
        #expect(reader.layout.lines.contains { $0.cells.contains { $0.role == .highlight1 } })
    }
}

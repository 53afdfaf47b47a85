import StatementKit

/// The statement on screen: the analysis and the lines arriving, scrolling, the focused
/// paragraph, a new size, and the place kept across all of them.
extension AppState {
    // MARK: The analysis arriving

    /// What to say to a key that needs the analysis while it runs ("no quotes" would be untrue).
    var stillAnalysing: String? {
        analysing.map { Self.stillAnalysingPrefix + "(\(Int($0 * 100))%): quotes, speakers and calls come when it is done" }
    }

    static let stillAnalysingPrefix = "Still analysing "

    mutating func analysisProgressed(_ fraction: Double) {
        guard analysing != nil else { return }
        analysing = min(1, max(0, fraction))
    }

    /// What bringing in an analysis needs besides the document: its highlights (without notes)
    /// and its lines at a width. Made on the analysis's own thread: on a long statement they
    /// take a fair part of the analysis's time, which the reader would otherwise stand still for.
    public struct AnalysedView: Sendable {
        public let document: Document
        let highlights: Highlights
        let layout: StatementLayout

        public init(document: Document, scalars: StatementScalars, width: Int) {
            self.document = document
            highlights = Highlights(document: document, scalars: scalars)
            layout = StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights)
        }
    }

    /// The analysed statement replaces its outline: the same text and paragraphs, now with
    /// quotes, speakers and calls. The place on screen, the cursor, the selection, a search
    /// under way and the notes stay.
    mutating func analysisFinished(_ view: AnalysedView) {
        let analysed = view.document
        guard analysed.text == document.text else { return }
        let anchor = viewOffset
        document = analysed
        analysing = nil
        callGroups = CallGroups(analysed.callsToAction)
        quotesByKind = QuotesByKind(analysed.quotes)
        if message?.hasPrefix(Self.stillAnalysingPrefix) == true { message = "Analysis done: \(quotesByKind.speech.count) quotes" }
        speakerFilter = nil
        listQuotes()
        currentQuoteRef = nil
        currentCall = nil
        speakerRows = SpeakerRows(analysed)
        for pane in PaneKind.allCases where pane != .notes { selection[pane] = nil; listScroll[pane] = nil }
        // The header line comes with the structure; the text keeps its width.
        frame = makeFrame()
        folds = view.layout.folds
        highlights = view.highlights.replacingAnnotations(annotations, in: analysed)
        layoutGeneration += 1
        pendingLayoutWidth = nil
        if view.layout.width == frame.textWidth || rewrapsOffTheLoop {
            layout = view.layout.repainted(document: analysed, scalars: scalars, highlights: highlights)
            // Resized while the analysis ran: these lines until the new ones come.
            if view.layout.width != frame.textWidth { pendingLayoutWidth = frame.textWidth }
        } else {
            layout = StatementLayout(document: analysed, scalars: scalars, width: frame.textWidth, highlights: highlights, folds: folds)
        }
        top = min(layout.line(containing: anchor), max(0, layout.lines.count - textRows))
    }

    // MARK: Re-wrapping off the loop

    /// What re-wrapping a long statement needs, for a thread of its owner's.
    public struct LayoutRequest: Sendable, Hashable {
        public let width: Int
        let generation: Int
        let document: Document
        let scalars: StatementScalars
        let highlights: Highlights
        let folds: Folds

        public func makeLayout() -> StatementLayout {
            StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights, folds: folds)
        }

        public static func == (lhs: LayoutRequest, rhs: LayoutRequest) -> Bool {
            lhs.width == rhs.width && lhs.generation == rhs.generation
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(width)
            hasher.combine(generation)
        }
    }

    /// The lines wanted, while a long statement waits for them.
    public var layoutRequest: LayoutRequest? {
        pendingLayoutWidth.map { LayoutRequest(width: $0, generation: layoutGeneration, document: document, scalars: scalars, highlights: highlights,
                                                   folds: folds) }
    }

    /// The lines made for `request` replace the old ones, keeping the place on screen; lines
    /// no longer wanted (the width changed again, or the analysis came in) are dropped.
    mutating func layoutFinished(_ made: StatementLayout, for request: LayoutRequest) {
        guard request.generation == layoutGeneration, request.width == pendingLayoutWidth, made.width == request.width else { return }
        let anchor = viewOffset
        // Notes made meanwhile change only how cells are painted; folds opened meanwhile, a few paragraphs.
        layout = made.repainted(document: document, scalars: scalars, highlights: highlights)
        if layout.folds != folds { layout = layout.refolded(folds, document: document, scalars: scalars, highlights: highlights) }
        pendingLayoutWidth = nil
        top = min(layout.line(containing: anchor), max(0, layout.lines.count - textRows))
        ensureFocusVisible()
    }

    // MARK: Size and mouse

    mutating func resize(width newWidth: Int, height newHeight: Int) {
        // Keep the place: the text at the top of the screen and the focused paragraph.
        let anchor = viewOffset
        width = max(1, newWidth)
        height = max(1, newHeight)
        relayout()
        top = min(layout.line(containing: anchor), max(0, layout.lines.count - textRows))
        ensureFocusVisible()
    }

    /// Recomputes the frame, and re-wraps the statement only when its width or its annotations
    /// changed: a pane switch, a quote step or a filter never re-wraps a long statement.
    mutating func relayout(annotationsChanged: Bool = false) {
        let anchor = viewOffset
        frame = makeFrame()
        let widthChanged = frame.textWidth != layout.width
        if annotationsChanged {
            // Notes change how cells are painted, never where lines break.
            highlights = highlights.replacingAnnotations(annotations, in: document)
            layout = layout.repainted(document: document, scalars: scalars, highlights: highlights)
        }
        if !widthChanged {
            // Back at the width the lines have, if another was waited for.
            pendingLayoutWidth = nil
        } else if rewrapsOffTheLoop {
            pendingLayoutWidth = frame.textWidth
        } else {
            layout = StatementLayout(document: document, scalars: scalars, width: frame.textWidth, highlights: highlights, folds: folds)
            pendingLayoutWidth = nil
            top = layout.line(containing: anchor)
        }
        top = min(top, max(0, layout.lines.count - textRows))
    }

    func makeFrame() -> Frame {
        Frame(width: width, height: height, visiblePanes: visiblePanes, activeTab: activeTab, paneShare: paneShare,
              paragraphs: document.paragraphs.count, header: HeaderLine.shows(document.structure))
    }

    var pageSize: Int {
        switch focus {
        case .statement: return textRows
        case .pane(let pane): return max(1, (frame.panes[pane]?.height ?? 2) - 1)
        }
    }

    mutating func move(by lines: Int) {
        switch focus {
        case .statement:
            scroll(to: top + lines)
        case .pane(let pane):
            select(pane, (selection[pane] ?? 0) + lines)
        }
    }

    mutating func moveToEnd(start: Bool) {
        switch focus {
        case .statement:
            scroll(to: start ? 0 : Int.max)
            focusParagraph = start ? 0 : max(0, document.paragraphs.count - 1)
            if !start { ensureFocusVisible() }
        case .pane(let pane):
            select(pane, start ? 0 : itemCount(pane) - 1)
        }
    }

    /// Scrolls the text; the focus moves with it when its paragraph leaves the screen.
    mutating func scroll(to line: Int) {
        let maximum = max(0, layout.lines.count - textRows)
        top = min(max(0, line), maximum)
        guard !layout.lines.isEmpty else { return }
        let first = layout.paragraph(ofLine: top)
        let lastLine = min(layout.lines.count - 1, top + textRows - 1)
        let last = layout.paragraph(ofLine: lastLine)
        if focusParagraph < first || focusParagraph > last {
            focusParagraph = focusParagraph < first ? paragraphStarting(atOrAfter: top) : last
        }
        keepCursorOnScreen()
    }

    func paragraphStarting(atOrAfter line: Int) -> Int {
        let paragraph = Bisection.firstIndex(in: layout.firstLine.count) { layout.firstLine[$0] >= line }
        return paragraph < layout.firstLine.count ? paragraph : max(0, document.paragraphs.count - 1)
    }

    /// Focuses a paragraph and brings it on screen.
    mutating func focus(paragraph: Int) {
        guard !document.paragraphs.isEmpty else { return }
        focusParagraph = min(max(0, paragraph), document.paragraphs.count - 1)
        cursor = document.paragraphs[focusParagraph].span.start
        ensureFocusVisible()
    }

    mutating func ensureFocusVisible() {
        guard focusParagraph < layout.firstLine.count else { return }
        let first = layout.firstLine[focusParagraph]
        let end = focusParagraph + 1 < layout.firstLine.count ? layout.firstLine[focusParagraph + 1] - 1 : layout.lines.count
        if first < top || end > top + textRows {
            top = min(max(0, first), max(0, layout.lines.count - textRows))
            if first < top { top = first }
        }
    }

    mutating func typeParagraphNumber(_ action: Action, digits: String) {
        switch action {
        case .typeCharacter(let c) where c.isNumber:
            mode = .goingTo(digits + String(c))
        case .eraseBackward:
            mode = digits.isEmpty ? .normal : .goingTo(String(digits.dropLast()))
        case .submit:
            mode = .normal
            guard let number = Int(digits), number >= 1, number <= document.paragraphs.count else {
                message = digits.isEmpty ? "" : "No paragraph \(digits): the statement has \(document.paragraphs.count)"
                return
            }
            focus(paragraph: number - 1)
            top = min(layout.firstLine[number - 1], max(0, layout.lines.count - textRows))
        default:
            mode = .normal
        }
    }

    /// Back where the reader left this statement.
    mutating func resume(from session: ReadingSession) {
        hiddenPanes = Set(session.hiddenPanes.compactMap(PaneKind.init(rawValue:)))
        relayout()
        focusParagraph = min(max(0, session.paragraph), max(0, document.paragraphs.count - 1))
        scroll(to: layout.line(containing: session.offset))
        if !layout.lines.isEmpty, focusParagraph < document.paragraphs.count {
            cursor = max(layout.start(ofLine: top), document.paragraphs[focusParagraph].span.start)
        }
        ensureFocusVisible()
    }

    /// Where the reader is, for the next time.
    public var sessionPosition: (paragraph: Int, offset: Int, hiddenPanes: [String]) {
        let offset = top < layout.lines.count ? layout.start(ofLine: top) : 0
        return (focusParagraph, offset, hiddenPanes.map(\.rawValue).sorted())
    }
}

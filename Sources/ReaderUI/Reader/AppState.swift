import StatementKit

/// Everything the reader shows, as a value. `apply` is the only place it changes (as in
/// Bubble Tea's update function); `Screen.render` draws it.
public struct AppState: Sendable {
    public enum Mode: Equatable, Sendable {
        case normal
        /// Typing a search; `origin` is where to return on Esc.
        case searching(query: String, forward: Bool, origin: Int, originFocus: Int)
        /// Typing a paragraph number after `:`.
        case goingTo(String)
        case help(scroll: Int)
        /// Writing a note in the status line.
        case editingNote(NoteEditor)
    }

    /// The statement; for a long one, at first its paragraphs alone (see `analysing`).
    public internal(set) var document: Document
    /// How far the analysis has got, 0 to 1, while `document` holds the paragraphs alone; nil
    /// once it is analysed. A long statement is shown at once and its panes filled later.
    public internal(set) var analysing: Double?
    public let keyMap: KeyMap
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var frame: Frame
    /// The statement's lines. While a long statement is re-wrapped off the loop
    /// (`pendingLayoutWidth`), the lines of the width before.
    public internal(set) var layout: StatementLayout
    /// The width a long statement is being re-wrapped to, when its owner wraps off the loop
    /// (`wrapsInBackground`): until the lines come (`layoutFinished`), the old ones are shown,
    /// cut at the edge. Measuring takes about 9 ns a character: a second on 100 MB, which a
    /// resize or a pane shown or hidden would otherwise stand still for.
    public internal(set) var pendingLayoutWidth: Int?
    /// Set by a run loop that can wrap a long statement on a thread of its own; a state left to
    /// itself (tests, short statements) wraps at once.
    public var wrapsInBackground = false
    /// Counts the documents lines can be made for, so that lines made for an outline are not
    /// brought in once the analysis has replaced it.
    private(set) var layoutGeneration = 0
    /// Statements of more scalars than this are re-wrapped off the loop (about 9 ms below it).
    public static let backgroundLayoutThreshold = 1_000_000
    private var rewrapsOffTheLoop: Bool { wrapsInBackground && scalars.count > Self.backgroundLayoutThreshold }
    /// What the statement paints; rebuilt only when annotations change.
    var highlights: Highlights
    public internal(set) var callGroups: CallGroups
    public internal(set) var quotesByKind: QuotesByKind
    /// The statement's text as scalars (positions everywhere count scalars) and its identity.
    public let scalars: StatementScalars
    /// The SHA-256 of the text. Empty until `identified(as:)` when the reader chose to draw its
    /// first screen before hashing a long statement.
    public private(set) var documentID: String

    // Annotations: located in the text as it is now, in reading order, orphans last.
    public internal(set) var annotations: [Annotation] = []
    /// The text cursor, a scalar offset; `selectionAnchor` is the other end of a selection.
    public internal(set) var cursor = 0
    public internal(set) var selectionAnchor: Int?
    /// The colour the next highlight gets.
    public internal(set) var colour = 0
    public var colourNames = Annotation.defaultColourNames
    /// Said in the status line after the file's name: `html` or `md` (and the page's date)
    /// for a statement taken out of a page or a Markdown file.
    public var formatLabel: String?
    var effects: [Effect] = []
    var undoSteps: [UndoStep] = []
    var undoing: Set<String> = []

    /// First statement line on screen.
    public internal(set) var top = 0
    public internal(set) var focusParagraph = 0
    /// Index into `document.quotes` of the quote the reader is on.
    public internal(set) var currentQuote: Int?
    public internal(set) var currentCall: Int?
    public internal(set) var speakerFilter: String?
    /// Whether the Quotes pane lists terms beside speech (`T`).
    public internal(set) var showsTerms = false
    /// Whether `]c` and `[c` pass over encouragements (`W`).
    public internal(set) var skipsWeakCalls = false

    public internal(set) var focus: Focus = .statement
    public internal(set) var hiddenPanes: Set<PaneKind> = []
    public internal(set) var zen = false
    public internal(set) var paneShare = 40
    public internal(set) var activeTab: PaneKind = .quotes
    public internal(set) var selection: [PaneKind: Int] = [:]
    public internal(set) var listScroll: [PaneKind: Int] = [:]

    public internal(set) var mode: Mode = .normal
    public internal(set) var search: Search?
    public internal(set) var message: String?
    public internal(set) var pendingKeys: [Key] = []
    public internal(set) var quitRequested = false

    /// `analysing`: `document` is an outline (`Analyzer.outline`) whose analysis is under way;
    /// `analysisFinished` brings it in.
    public init(document: Document, width: Int, height: Int, keyMap: KeyMap = .standard, analysing: Bool = false, identify: Bool = true) {
        self.document = document
        self.analysing = analysing ? 0 : nil
        self.keyMap = keyMap
        self.width = width
        self.height = height
        callGroups = CallGroups(document.callsToAction)
        quotesByKind = QuotesByKind(document.quotes)
        let scalars = StatementScalars(document.text)
        self.scalars = scalars
        documentID = identify ? SHA256.hex(document.text) : ""
        cursor = document.paragraphs.first?.span.start ?? 0
        listedQuotes = quotesByKind.speech
        let frame = Frame(width: width, height: height, visiblePanes: PaneKind.allCases, activeTab: .quotes, paneShare: 40,
                          paragraphs: document.paragraphs.count)
        self.frame = frame
        let highlights = Highlights(document: document, scalars: scalars)
        self.highlights = highlights
        layout = StatementLayout(document: document, scalars: scalars, width: frame.textWidth, highlights: highlights)
    }

    public mutating func identified(as documentID: String) { self.documentID = documentID }

    // MARK: The analysis arriving

    /// What to say to a key that needs the analysis while it runs ("no quotes" would be untrue).
    var stillAnalysing: String? {
        analysing.map { Self.stillAnalysingPrefix + "(\(Int($0 * 100))%): quotes, speakers and calls come when it is done" }
    }
    static let stillAnalysingPrefix = "Still analysing "

    public mutating func analysisProgressed(_ fraction: Double) {
        guard analysing != nil else { return }
        analysing = min(1, max(0, fraction))
    }

    /// What bringing in an analysis needs besides the document: its highlights (without notes)
    /// and its lines at a width. Made on the analysis's own thread, because on a long statement
    /// they take as long as a third of the analysis (0.4 s on 10 MB), which the reader would
    /// otherwise stand still for.
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
    /// quotes, speakers and calls. The place on screen, the cursor and the notes stay.
    public mutating func analysisFinished(_ analysed: Document) {
        analysisFinished(AnalysedView(document: analysed, scalars: scalars, width: frame.textWidth))
    }

    public mutating func analysisFinished(_ view: AnalysedView) {
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
        currentQuote = nil
        currentCall = nil
        for pane in PaneKind.allCases where pane != .notes { selection[pane] = nil; listScroll[pane] = nil }
        highlights = view.highlights.replacingAnnotations(annotations, in: analysed)
        layoutGeneration += 1
        pendingLayoutWidth = nil
        if view.layout.width == frame.textWidth || rewrapsOffTheLoop {
            layout = view.layout.repainted(document: analysed, scalars: scalars, highlights: highlights)
            // Resized while the analysis ran: these lines until the new ones come.
            if view.layout.width != frame.textWidth { pendingLayoutWidth = frame.textWidth }
        } else {
            layout = StatementLayout(document: analysed, scalars: scalars, width: frame.textWidth, highlights: highlights)
        }
        top = min(layout.line(containing: anchor), max(0, layout.lines.count - textRows))
    }

    // MARK: Re-wrapping off the loop

    /// What re-wrapping a long statement needs, for a thread of its owner's.
    public struct LayoutRequest: Sendable, Equatable {
        public let width: Int
        let generation: Int
        let document: Document
        let scalars: StatementScalars
        let highlights: Highlights

        public func makeLayout() -> StatementLayout {
            StatementLayout(document: document, scalars: scalars, width: width, highlights: highlights)
        }

        public static func == (lhs: LayoutRequest, rhs: LayoutRequest) -> Bool {
            lhs.width == rhs.width && lhs.generation == rhs.generation
        }
    }

    /// The lines wanted, while a long statement waits for them.
    public var layoutRequest: LayoutRequest? {
        pendingLayoutWidth.map { LayoutRequest(width: $0, generation: layoutGeneration, document: document, scalars: scalars, highlights: highlights) }
    }

    /// The lines made for `request` replace the old ones, keeping the place on screen; lines
    /// no longer wanted (the width changed again, or the analysis came in) are dropped.
    public mutating func layoutFinished(_ made: StatementLayout, for request: LayoutRequest) {
        guard request.generation == layoutGeneration, request.width == pendingLayoutWidth, made.width == request.width else { return }
        let anchor = viewOffset
        // Notes made meanwhile change only how cells are painted.
        layout = made.repainted(document: document, scalars: scalars, highlights: highlights)
        pendingLayoutWidth = nil
        top = min(layout.line(containing: anchor), max(0, layout.lines.count - textRows))
        ensureFocusVisible()
    }

    // MARK: Derived

    public var visiblePanes: [PaneKind] { zen ? [] : PaneKind.allCases.filter { !hiddenPanes.contains($0) } }

    /// The speaker of the quote at `offset` (quotes are in order: a binary search).
    func speaker(at offset: Int) -> String? {
        let quotes = document.quotes
        var low = 0, high = quotes.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if quotes[middle].span.end <= offset { low = middle + 1 }
            else if quotes[middle].span.start > offset { high = middle - 1 }
            else { return quotes[middle].speaker }
        }
        return nil
    }

    /// Rows the statement pane shows.
    public var textRows: Int { max(1, frame.statement.height) }

    /// The quotes the Quotes pane lists: speech (and terms, with `showsTerms`), or the filtered
    /// speaker's. Kept, not derived, because every frame asks for it and a long statement has
    /// tens of thousands.
    public internal(set) var listedQuotes: [Int] = []

    private mutating func listQuotes() {
        let quotes = document.quotes
        if let name = speakerFilter {
            listedQuotes = quotes.indices.filter { quotes[$0].speaker == name && (showsTerms || quotes[$0].kind == .speech) }
        } else {
            listedQuotes = showsTerms ? Array(quotes.indices) : quotesByKind.speech
        }
    }

    public func itemCount(_ pane: PaneKind) -> Int {
        switch pane {
        case .quotes: return listedQuotes.count
        case .speakers: return document.speakers.count
        case .calls: return callGroups.count
        case .notes: return annotations.count
        }
    }

    /// Percentage of the statement read: the last line on screen over all lines.
    public var percentRead: Int {
        guard layout.lines.count > textRows else { return 100 }
        return min(100, (top + textRows) * 100 / layout.lines.count)
    }

    // MARK: Events

    public mutating func apply(_ event: Event) {
        switch event {
        case .resize(let newWidth, let newHeight):
            resize(width: newWidth, height: newHeight)
        case .mouse(let mouse):
            message = nil
            click(mouse)
        case .key(let key):
            message = nil
            press(key)
        }
    }

    private mutating func press(_ key: Key) {
        switch mode {
        case .help(let scroll):
            switch key {
            case .character("j"), .down: mode = .help(scroll: scroll + 1)
            case .character("k"), .up: mode = .help(scroll: max(0, scroll - 1))
            case .control("c"): quitRequested = true
            default: mode = .normal
            }
        case .editingNote(let editor):
            typeNote(key, editor: editor)
        case .searching(let query, let forward, let origin, let originFocus):
            typeSearch(key, query: query, forward: forward, origin: origin, originFocus: originFocus)
        case .goingTo(let digits):
            typeParagraphNumber(key, digits: digits)
        case .normal:
            if frame.tooSmall {
                if key == .character("q") || key == .control("c") { quitRequested = true }
                return
            }
            // While selecting, `b` moves back a word, as in vi.
            if selectionAnchor != nil, pendingKeys.isEmpty, key == .character("b") {
                apply(.wordBackward)
                return
            }
            pendingKeys.append(key)
            if let action = keyMap.action(for: pendingKeys) {
                pendingKeys = []
                apply(action)
            } else if keyMap.isPrefix(pendingKeys) {
                return
            } else {
                let retry = pendingKeys.count > 1
                pendingKeys = []
                if retry { press(key) }
            }
        }
    }

    // MARK: Actions

    public mutating func apply(_ action: Action) {
        switch action {
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .pageDown: move(by: max(1, pageSize - 2))
        case .pageUp: move(by: -max(1, pageSize - 2))
        case .halfPageDown: move(by: max(1, pageSize / 2))
        case .halfPageUp: move(by: -max(1, pageSize / 2))
        case .top: moveToEnd(start: true)
        case .bottom: moveToEnd(start: false)
        case .nextParagraph: focus(paragraph: focusParagraph + 1)
        case .previousParagraph: focus(paragraph: focusParagraph - 1)
        case .goToParagraph: mode = .goingTo("")
        case .nextQuote: stepQuote(.speech, forward: true, sameSpeaker: false)
        case .previousQuote: stepQuote(.speech, forward: false, sameSpeaker: false)
        case .nextTerm: stepQuote(.term, forward: true, sameSpeaker: false)
        case .previousTerm: stepQuote(.term, forward: false, sameSpeaker: false)
        case .nextQuoteBySameSpeaker: stepQuote(.speech, forward: true, sameSpeaker: true)
        case .previousQuoteBySameSpeaker: stepQuote(.speech, forward: false, sameSpeaker: true)
        case .nextCall: stepCall(forward: true)
        case .previousCall: stepCall(forward: false)
        case .toggleTermsInQuotes: toggleTermsInQuotes()
        case .toggleWeakCalls:
            skipsWeakCalls.toggle()
            // Short: the status line of a 60-column window has room for about 24 characters.
            message = skipsWeakCalls ? "]c skips weak calls" : "]c stops at every call"
        case .focusNextPane: cycleFocus(by: 1)
        case .focusPreviousPane: cycleFocus(by: -1)
        case .activate: activate()
        case .widenPanes: setShare(paneShare + 5)
        case .narrowPanes: setShare(paneShare - 5)
        case .togglePane(let pane): togglePane(pane)
        case .toggleZen:
            zen.toggle()
            if zen { focus = .statement }
            relayout()
        case .searchForward: beginSearch(forward: true)
        case .searchBackward: beginSearch(forward: false)
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .cancel:
            selectionAnchor = nil
            if speakerFilter != nil || search != nil || currentQuote != nil {
                speakerFilter = nil
                listQuotes()
                search = nil
                currentQuote = nil
                relayout()
            }
        case .toggleHelp: mode = .help(scroll: 0)
        case .quit: quitRequested = true
        case .wordForward, .wordEnd, .wordBackward, .sentenceForward, .sentenceBackward, .lineStart, .lineEnd,
             .visualSelection, .visualParagraph, .highlight, .nextColour, .annotate, .annotateInEditor,
             .deleteAnnotation, .undo, .copyCitation, .exportNotes, .refreshNotes:
            applyAnnotationAction(action)
        }
    }

    private var pageSize: Int {
        switch focus {
        case .statement: return textRows
        case .pane(let pane): return max(1, (frame.panes[pane]?.height ?? 2) - 1)
        }
    }

    private mutating func move(by lines: Int) {
        switch focus {
        case .statement:
            scroll(to: top + lines)
        case .pane(let pane):
            select(pane, (selection[pane] ?? 0) + lines)
        }
    }

    private mutating func moveToEnd(start: Bool) {
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

    private func paragraphStarting(atOrAfter line: Int) -> Int {
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

    mutating func select(_ pane: PaneKind, _ index: Int) {
        let count = itemCount(pane)
        guard count > 0 else { return }
        let clamped = min(max(0, index), count - 1)
        selection[pane] = clamped
        let rows = max(1, (frame.panes[pane]?.height ?? 2) - 1)
        var scroll = listScroll[pane] ?? 0
        if clamped < scroll { scroll = clamped }
        if clamped >= scroll + rows { scroll = clamped - rows + 1 }
        listScroll[pane] = max(0, scroll)
        if pane == .speakers { setFilter(document.speakers[clamped].name) }
    }

    private mutating func setFilter(_ name: String?) {
        guard speakerFilter != name else { return }
        speakerFilter = name
        listQuotes()
        selection[.quotes] = 0
        listScroll[.quotes] = 0
        relayout()
    }

    /// `]q` and `]s` step through speech, `]t` through terms, from the current quote of either
    /// kind or else from the focused paragraph.
    private mutating func stepQuote(_ kind: Quote.Kind, forward: Bool, sameSpeaker: Bool) {
        let quotes = document.quotes
        let noun = kind == .term ? "terms" : "quotes"
        let ofKind = quotesByKind[kind]
        guard !ofKind.isEmpty else { message = stillAnalysing ?? "No \(noun) in this statement"; return }
        if sameSpeaker && (currentQuote.map { quotes[$0].kind != .speech } ?? true) { message = "Not on a quote: use ]q first"; return }
        let speaker = currentQuote.map { quotes[$0].speaker } ?? nil
        let candidates = sameSpeaker ? ofKind.filter { quotes[$0].speaker == speaker } : ofKind
        let next: Int?
        if let current = currentQuote {
            next = forward ? candidates.first { $0 > current } : candidates.last { $0 < current }
        } else {
            // From the focused paragraph onwards.
            next = forward ? candidates.first { quotes[$0].paragraph >= focusParagraph } : candidates.last { quotes[$0].paragraph <= focusParagraph }
        }
        guard let index = next else {
            message = forward ? "No more \(noun) below" : "No more \(noun) above"
            return
        }
        goToQuote(index)
    }

    private mutating func goToQuote(_ index: Int) {
        currentQuote = index
        focus(paragraph: document.quotes[index].paragraph)
        cursor = document.quotes[index].span.start
        relayout()
        if let row = listedQuotes.firstIndex(of: index) { select(.quotes, row) }
    }

    private mutating func stepCall(forward: Bool) {
        guard !callGroups.isEmpty else { message = stillAnalysing ?? "No calls to action in this statement"; return }
        let groups = callGroups
        let skipsWeak = skipsWeakCalls
        let stops: (Int) -> Bool = { !skipsWeak || groups.strength(of: $0) != .encouragement }
        let next: Int?
        if let current = currentCall {
            next = forward ? (current + 1..<groups.count).first(where: stops) : (0..<current).last(where: stops)
        } else {
            next = forward ? groups.indices.first { groups.paragraph(of: $0) >= focusParagraph && stops($0) }
                : groups.indices.last { groups.paragraph(of: $0) <= focusParagraph && stops($0) }
        }
        guard let index = next else {
            let calls = skipsWeak ? "strong calls" : "calls to action"
            message = forward ? "No more \(calls) below" : "No more \(calls) above"
            return
        }
        currentCall = index
        focus(paragraph: callGroups.paragraph(of: index))
        select(.calls, index)
    }

    private mutating func cycleFocus(by step: Int) {
        let order: [Focus] = [.statement] + visiblePanes.map { Focus.pane($0) }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + step + order.count) % order.count]
        if case .pane(let pane) = focus {
            activeTab = pane
            relayout()
            if selection[pane] == nil { select(pane, 0) }
        }
    }

    private mutating func activate() {
        guard case .pane(let pane) = focus, let row = selection[pane] else { return }
        switch pane {
        case .quotes:
            let listed = listedQuotes
            if row < listed.count { goToQuote(listed[row]) }
        case .speakers:
            guard row < document.speakers.count else { return }
            let name = document.speakers[row].name
            setFilter(name)
            if let first = document.quotes.firstIndex(where: { $0.speaker == name }) {
                goToQuote(first)
            } else {
                message = "\(name) is reported, not quoted"
            }
        case .calls:
            guard row < callGroups.count else { return }
            currentCall = row
            focus(paragraph: callGroups.paragraph(of: row))
        case .notes:
            guard row < annotations.count else { return }
            goTo(annotations[row])
        }
    }

    /// Lists terms in the Quotes pane or stops listing them, keeping the selected quote selected
    /// when it is still listed.
    private mutating func toggleTermsInQuotes() {
        showsTerms.toggle()
        let selected = selection[.quotes].flatMap { $0 < listedQuotes.count ? listedQuotes[$0] : nil }
        listQuotes()
        message = showsTerms ? "Terms shown in Quotes" : "Terms hidden from Quotes"
        guard !listedQuotes.isEmpty else { selection[.quotes] = nil; listScroll[.quotes] = 0; return }
        guard let selected else { return }
        // The first row at or after the quote that was selected.
        let listed = listedQuotes
        select(.quotes, min(Bisection.firstIndex(in: listed.count) { listed[$0] >= selected }, listed.count - 1))
    }

    private mutating func setShare(_ share: Int) {
        paneShare = min(60, max(25, share))
        relayout()
    }

    private mutating func togglePane(_ pane: PaneKind) {
        if hiddenPanes.contains(pane) { hiddenPanes.remove(pane) } else { hiddenPanes.insert(pane) }
        zen = false
        if focus == .pane(pane) && hiddenPanes.contains(pane) { focus = .statement }
        if !hiddenPanes.contains(pane) { activeTab = pane }
        relayout()
    }

    // MARK: Search and paragraph numbers

    var viewOffset: Int {
        guard top < layout.lines.count else { return 0 }
        return layout.start(ofLine: top)
    }

    private mutating func beginSearch(forward: Bool) {
        mode = .searching(query: "", forward: forward, origin: top, originFocus: focusParagraph)
    }

    private mutating func typeSearch(_ key: Key, query: String, forward: Bool, origin: Int, originFocus: Int) {
        var query = query
        switch key {
        case .escape, .control("c"):
            mode = .normal
            search = nil
            focusParagraph = originFocus
            relayout()
            scroll(to: origin)
            return
        case .enter:
            mode = .normal
            if query.isEmpty, let previous = search { search = previous; stepMatch(forward: forward); return }
            if search?.currentMatch == nil { message = "Pattern not found: \(query)" }
            return
        case .backspace, .delete:
            if query.isEmpty { typeSearch(.escape, query: query, forward: forward, origin: origin, originFocus: originFocus); return }
            query.removeLast()
        case .control("u"):
            query = ""
        case .character(let c):
            query.append(c)
        default:
            return
        }
        mode = .searching(query: query, forward: forward, origin: origin, originFocus: originFocus)
        // Incremental: every keystroke searches again from where the search began.
        let from = origin < layout.lines.count ? layout.start(ofLine: origin) : 0
        if query.isEmpty {
            search = nil
        } else if let previous = search {
            search = previous.extended(to: query, forward: forward, in: scalars, from: from)
        } else {
            search = Search(query: query, forward: forward, in: scalars, from: from)
        }
        focusParagraph = originFocus
        scroll(to: origin)
        showCurrentMatch()
    }

    private mutating func stepMatch(forward: Bool) {
        guard let search, let (next, wrapped) = search.stepped(forward: forward, in: scalars) else {
            message = search == nil ? "No search yet: press / to search" : "Pattern not found: \(search!.query)"
            return
        }
        if wrapped {
            // Stepping in the search's own direction moves towards the end of the text.
            message = search.forward == forward
                ? "Search hit the end, continuing at the top" : "Search hit the top, continuing at the end"
        }
        self.search = next
        showCurrentMatch()
    }

    private mutating func showCurrentMatch() {
        guard let match = search?.currentMatch else { return }
        let line = layout.line(containing: match.start)
        if line < top || line >= top + textRows { scroll(to: line - textRows / 3) }
        focusParagraph = layout.paragraph(ofLine: line)
    }

    private mutating func typeParagraphNumber(_ key: Key, digits: String) {
        switch key {
        case .character(let c) where c.isNumber:
            mode = .goingTo(digits + String(c))
        case .backspace, .delete:
            mode = digits.isEmpty ? .normal : .goingTo(String(digits.dropLast()))
        case .enter:
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

    // MARK: Size and mouse

    private mutating func resize(width newWidth: Int, height newHeight: Int) {
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
        frame = Frame(width: width, height: height, visiblePanes: visiblePanes, activeTab: activeTab, paneShare: paneShare,
                      paragraphs: document.paragraphs.count)
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
            layout = StatementLayout(document: document, scalars: scalars, width: frame.textWidth, highlights: highlights)
            pendingLayoutWidth = nil
            top = layout.line(containing: anchor)
        }
        top = min(top, max(0, layout.lines.count - textRows))
    }

    private mutating func click(_ mouse: MouseEvent) {
        guard !frame.tooSmall, mode == .normal else { return }
        if frame.statement.contains(x: mouse.x, y: mouse.y) {
            switch mouse.kind {
            case .wheelUp: scroll(to: top - 3)
            case .wheelDown: scroll(to: top + 3)
            case .click:
                focus = .statement
                let line = top + mouse.y - frame.statement.y
                if line < layout.lines.count { focusParagraph = layout.paragraph(ofLine: line) }
            }
            return
        }
        for (pane, rect) in frame.panes where rect.contains(x: mouse.x, y: mouse.y) {
            switch mouse.kind {
            case .wheelUp: select(pane, (selection[pane] ?? 0) - 3)
            case .wheelDown: select(pane, (selection[pane] ?? 0) + 3)
            case .click:
                focus = .pane(pane)
                let row = mouse.y - rect.y - 1
                if row >= 0 { select(pane, (listScroll[pane] ?? 0) + row) }
            }
            return
        }
        if let tabs = frame.tabs, tabs.contains(x: mouse.x, y: mouse.y), mouse.kind == .click {
            var x = 0
            for pane in visiblePanes {
                let label = " \(pane.rawValue) "
                if mouse.x >= x && mouse.x < x + label.count { focus = .pane(pane); activeTab = pane; relayout() }
                x += label.count + 1
            }
        }
    }
}

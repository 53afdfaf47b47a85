import StatementKit

/// Everything the reader shows, as a value. `update` is the only place it changes: every key,
/// size, background result and answer from the store arrives as a `Message`, and what the world
/// must do comes back as `Effect`s (as in Elm or Bubble Tea). `Screen.render` draws it.
///
/// Its parts by concern are in extensions: the statement on screen (`+DocumentView`), the
/// panes, search, the cursor and selection, and notes.
public struct AppState: Sendable {
    public indirect enum Mode: Equatable, Sendable {
        case normal
        /// Typing a search; `origin` is where to return on Esc.
        case searching(query: String, forward: Bool, origin: Int, originFocus: Int)
        /// Typing a paragraph number after `:`.
        case goingTo(String)
        /// The help for the mode under it, to which any other key returns.
        case help(scroll: Int, over: Mode)
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
    /// cut at the edge. Measuring every character of a long statement is slow enough that a
    /// resize or a pane shown or hidden would otherwise stand still for it.
    public internal(set) var pendingLayoutWidth: Int?
    /// Whether the owner can wrap a long statement on a thread of its own (a run loop that
    /// performs `Effect.layOut`); a state left to itself (tests, short statements) wraps at once.
    public let wrapsInBackground: Bool
    /// Counts the documents lines can be made for, so that lines made for an outline are not
    /// brought in once the analysis has replaced it.
    var layoutGeneration = 0
    /// Statements of more scalars than this are re-wrapped off the loop; below it, a re-wrap
    /// fits in a frame (`communique-bench frames` prints what a resize costs).
    public static let backgroundLayoutThreshold = 1_000_000
    var rewrapsOffTheLoop: Bool { wrapsInBackground && scalars.count > Self.backgroundLayoutThreshold }
    /// What the statement paints; rebuilt only when annotations change.
    var highlights: Highlights
    public internal(set) var callGroups: CallGroups
    public internal(set) var quotesByKind: QuotesByKind
    /// The statement's text as scalars (positions everywhere count scalars) and its identity.
    public let scalars: StatementScalars
    /// The SHA-256 of the text. Empty until `Message.identified` when the reader chose to draw
    /// its first screen before hashing a long statement.
    public internal(set) var documentID: String

    // Annotations: located in the text as it is now, in reading order, orphans last.
    public internal(set) var annotations: [Annotation] = []
    /// The text cursor, a scalar offset; `selectionAnchor` is the other end of a selection.
    public internal(set) var cursor = 0
    public internal(set) var selectionAnchor: Int?
    /// The colour the next highlight gets.
    public internal(set) var colour = 0
    public let colourNames: [String]
    /// Said in the status line after the file's name: `html` or `md` (and the page's date)
    /// for a statement taken out of a page or a Markdown file.
    public let formatLabel: String?
    /// The effects asked for while one message is handled; `update` returns them, so this is
    /// empty between messages.
    var effects: [Effect] = []
    var undoSteps: [UndoStep] = []
    var undoing: Set<String> = []

    /// First statement line on screen.
    public internal(set) var top = 0
    public internal(set) var focusParagraph = 0
    /// The quote the reader is on: direct (or a term), or reported speech.
    public internal(set) var currentQuoteRef: QuoteRef?
    /// Index into `document.quotes` of the direct quote or term the reader is on.
    public var currentQuote: Int? { currentQuoteRef.flatMap { $0.isReported ? nil : $0.index } }
    /// Index into `document.reportedSpeech` of the reported speech the reader is on.
    public var currentReported: Int? { currentQuoteRef.flatMap { $0.isReported ? $0.index : nil } }
    public internal(set) var currentCall: Int?
    public internal(set) var speakerFilter: String?
    /// Whether the Quotes pane lists terms beside speech (`T`).
    public internal(set) var showsTerms = false
    /// Whether the Quotes pane lists direct quotes, reported speech or both (`r`).
    public internal(set) var listedKinds: QuoteKinds = .direct
    /// Whether `]c` and `[c` pass over encouragements and advice (`W`).
    public internal(set) var skipsWeakCalls = false
    /// Which contacts, boilerplate, end marks and trails are folded into a line (all, at first).
    public internal(set) var folds = Folds()
    /// The Speakers pane's rows: the issuer first, then the speakers.
    public internal(set) var speakerRows: SpeakerRows

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
    /// `Message.analysisFinished` brings it in. `identify: false` leaves hashing the text to the
    /// owner, who answers with `Message.identified`.
    public init(document: Document, width: Int, height: Int, keyMap: KeyMap = .standard, analysing: Bool = false, identify: Bool = true,
                wrapsInBackground: Bool = false, colourNames: [String] = Annotation.defaultColourNames, formatLabel: String? = nil) {
        self.document = document
        self.wrapsInBackground = wrapsInBackground
        self.colourNames = colourNames
        self.formatLabel = formatLabel
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
        speakerRows = SpeakerRows(document)
        let frame = Frame(width: width, height: height, visiblePanes: PaneKind.allCases, activeTab: .quotes, paneShare: 40,
                          paragraphs: document.paragraphs.count, header: HeaderLine.shows(document.structure))
        self.frame = frame
        let highlights = Highlights(document: document, scalars: scalars)
        self.highlights = highlights
        layout = StatementLayout(document: document, scalars: scalars, width: frame.textWidth, highlights: highlights)
    }

    // MARK: Derived

    public var visiblePanes: [PaneKind] { zen ? [] : PaneKind.allCases.filter { !hiddenPanes.contains($0) } }

    /// The speaker of the quote at `offset` (quotes are in order: a binary search).
    func speaker(at offset: Int) -> String? {
        let quotes = document.quotes
        let index = Bisection.firstIndex(in: quotes.count) { quotes[$0].span.end > offset }
        return index < quotes.count && quotes[index].span.start <= offset ? quotes[index].speaker : nil
    }

    /// The speaker of the reported speech at `offset`, found as `speaker(at:)` finds a quote's.
    func reportedSpeaker(at offset: Int) -> String? {
        let reported = document.reportedSpeech
        let index = Bisection.firstIndex(in: reported.count) { reported[$0].span.end > offset }
        return index < reported.count && reported[index].span.start <= offset ? reported[index].speaker : nil
    }

    /// Rows the statement pane shows.
    public var textRows: Int { max(1, frame.statement.height) }

    /// The quotes the Quotes pane lists: speech (and terms, with `showsTerms`), reported speech
    /// or both (`listedKinds`), or the filtered speaker's. Kept, not derived, because every frame
    /// asks for it and a long statement has tens of thousands.
    public internal(set) var listedQuotes: [QuoteRef] = []

    public func itemCount(_ pane: PaneKind) -> Int {
        switch pane {
        case .quotes: return listedQuotes.count
        case .speakers: return speakerRows.count
        case .calls: return callGroups.count
        case .notes: return annotations.count
        }
    }

    /// The tabs, when the panes sit below the text.
    public var tabBar: TabBar? {
        frame.tabs.map { TabBar(panes: visiblePanes, x: $0.x, count: itemCount) }
    }

    /// Percentage of the statement read: the last line on screen over all lines.
    public var percentRead: Int {
        guard layout.lines.count > textRows else { return 100 }
        return min(100, (top + textRows) * 100 / layout.lines.count)
    }

    // MARK: Messages

    /// Handles one message and returns what the world must do: the only way the state changes.
    public mutating func update(_ incoming: Message) -> [Effect] {
        effects = []
        switch incoming {
        case .key(let key):
            message = nil
            press(key)
        case .mouse(let mouse):
            message = nil
            click(mouse)
        case .resize(let newWidth, let newHeight):
            resize(width: newWidth, height: newHeight)
        case .analysisProgressed(let fraction):
            analysisProgressed(fraction)
        case .analysisFinished(let view):
            analysisFinished(view)
        case .layoutFinished(let made, let request):
            layoutFinished(made, for: request)
        case .identified(let id):
            documentID = id
        case .sessionFound(let session):
            resume(from: session)
        case .annotationsLoaded(let stored, let announce):
            annotationsLoaded(stored, announce: announce)
        case .annotationSaved(let annotation):
            annotationSaved(annotation)
        case .notice(let text):
            message = text
        }
        // Lines still wanted at another width: asked for after every message, as the request
        // may have changed; the owner wraps only the latest.
        if let request = layoutRequest { effects.append(.layOut(request)) }
        defer { effects = [] }
        return effects
    }

    /// What keys mean now.
    public var keyMode: KeyMode { keyMode(for: mode) }

    func keyMode(for mode: Mode) -> KeyMode {
        switch mode {
        case .normal: return selectionAnchor == nil ? .reading : .selecting
        case .searching: return .search
        case .goingTo: return .paragraphNumber
        case .editingNote: return .note
        case .help: return .help
        }
    }

    /// A key through the key map of the mode the reader is in; a key that begins a longer
    /// binding (`]`) waits for the next.
    private mutating func press(_ key: Key) {
        let keyMode = self.keyMode
        if frame.tooSmall, keyMode == .reading || keyMode == .selecting {
            if key == .character("q") || key == .control("c") { quitRequested = true }
            return
        }
        pendingKeys.append(key)
        if let action = keyMap.action(for: pendingKeys, in: keyMode) {
            pendingKeys = []
            perform(action)
        } else if keyMap.isPrefix(pendingKeys, in: keyMode) {
            return
        } else {
            let retry = pendingKeys.count > 1
            pendingKeys = []
            if retry { press(key) }
        }
    }

    // MARK: Actions

    mutating func perform(_ action: Action) {
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
        case .toggleFolds: toggleAllFolds()
        case .nextQuote: stepQuote(.speech, forward: true, sameSpeaker: false)
        case .previousQuote: stepQuote(.speech, forward: false, sameSpeaker: false)
        case .nextTerm: stepQuote(.term, forward: true, sameSpeaker: false)
        case .previousTerm: stepQuote(.term, forward: false, sameSpeaker: false)
        case .nextQuoteBySameSpeaker: stepQuote(.speech, forward: true, sameSpeaker: true)
        case .previousQuoteBySameSpeaker: stepQuote(.speech, forward: false, sameSpeaker: true)
        case .nextReported: stepQuote(.reported, forward: true, sameSpeaker: false)
        case .previousReported: stepQuote(.reported, forward: false, sameSpeaker: false)
        case .nextCall: stepCall(forward: true)
        case .previousCall: stepCall(forward: false)
        case .toggleTermsInQuotes: toggleTermsInQuotes()
        case .cycleQuoteKinds: cycleQuoteKinds()
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
            if speakerFilter != nil || search != nil || currentQuoteRef != nil {
                speakerFilter = nil
                listQuotes()
                search = nil
                currentQuoteRef = nil
                relayout()
            }
        case .toggleHelp: mode = .help(scroll: 0, over: mode)
        case .scrollHelpDown, .scrollHelpUp, .closeHelp:
            guard case .help(let scroll, let over) = mode else { return }
            switch action {
            case .scrollHelpDown: mode = .help(scroll: scroll + 1, over: over)
            case .scrollHelpUp: mode = .help(scroll: max(0, scroll - 1), over: over)
            default: mode = over
            }
        case .typeCharacter, .eraseBackward, .eraseForward, .eraseToStart, .caretLeft, .caretRight, .caretHome, .caretEnd, .submit, .abandon:
            switch mode {
            case .searching(let query, let forward, let origin, let originFocus):
                typeSearch(action, query: query, forward: forward, origin: origin, originFocus: originFocus)
            case .goingTo(let digits): typeParagraphNumber(action, digits: digits)
            case .editingNote(let editor): typeNote(action, editor: editor)
            case .normal, .help: break
            }
        case .quit: quitRequested = true
        case .wordForward, .wordEnd, .wordBackward, .sentenceForward, .sentenceBackward, .lineStart, .lineEnd,
             .visualSelection, .visualParagraph, .highlight, .nextColour, .annotate, .annotateInEditor,
             .deleteAnnotation, .undo, .copyCitation, .exportNotes, .refreshNotes:
            applyAnnotationAction(action)
        }
    }

    // MARK: Search and paragraph numbers

    var viewOffset: Int {
        guard top < layout.lines.count else { return 0 }
        return layout.start(ofLine: top)
    }
}

import AnnotationStore
import CursesTerminal
import Foundation
import ReaderUI
import StatementInput
import StatementKit

/// The run loop: an event from the terminal, `AppState.apply`, the effects it asks for (the
/// store, the clipboard, an editor, an export), a frame drawn; until quit, when the reading
/// session is saved.
final class ReaderLoop {
    let text: String
    private var analysis: BackgroundAnalysis?
    private let rewrapping = BackgroundLayout()
    let sourceName: String
    /// What a page or a Markdown file said about itself; nil for plain text.
    let page: ExtractedStatement?
    let theme: Theme
    let themeName: String?
    let mouse: Bool
    /// Hidden: `!` traps, to test that a crash leaves the terminal as it was.
    let debugTrap: Bool
    let dataDirectory: String
    let colourNames: [String]
    private var store: AnnotationDatabase?
    private var terminal: Terminal?

    /// Statements longer than this are shown before they are analysed: the analysis runs at
    /// about 16 MB/s, and a first screen should come within a fraction of a second.
    static let backgroundThreshold = 256 * 1024

    init(text: String, sourceName: String, page: ExtractedStatement? = nil, theme: Theme, themeName: String?, mouse: Bool,
         debugTrap: Bool, dataDirectory: String, colourNames: [String]) {
        self.colourNames = colourNames
        self.text = text
        self.sourceName = sourceName
        self.page = page
        self.theme = theme
        self.themeName = themeName
        self.mouse = mouse
        self.debugTrap = debugTrap
        self.dataDirectory = dataDirectory
    }

    func run() throws {
        let terminal = try Terminal(theme: theme, mouse: mouse)
        self.terminal = terminal
        defer { terminal.restore() }
        var state = openingState(size: terminal.size)
        // The first frame before the database: opening it (WAL, migrations) is the slowest part
        // of starting on a short statement, and nothing on the first screen needs it.
        terminal.draw(Screen.render(state))
        openNotes(into: &state)
        terminal.draw(Screen.render(state))
        while !state.quitRequested {
            // While the analysis runs, the loop wakes five times a second to show its progress;
            // while a long statement is re-wrapped, ten times, to bring the lines in.
            let rewrappingNow = state.pendingLayoutWidth != nil || rewrapping.isBusy
            let waiting: Int? = rewrappingNow ? 100 : (analysis == nil ? nil : 200)
            let event = terminal.nextEvent(waitingAtMost: waiting)
            if let analysis {
                let (progress, result) = analysis.status
                if let result {
                    state.analysisFinished(result)
                    self.analysis = nil
                } else {
                    state.analysisProgressed(progress)
                }
            }
            if let (layout, request) = rewrapping.takeMade() { state.layoutFinished(layout, for: request) }
            if let event {
                if debugTrap, event == .key(.character("!")) { fatalError("--debug-trap: deliberate crash") }
                state.apply(event)
                perform(&state)
            }
            if let request = state.layoutRequest { rewrapping.request(request) }
            terminal.draw(Screen.render(state))
        }
        saveSession(state)
    }

    /// The state the reader opens on: the analysed statement, or for a long one its outline,
    /// with the analysis started beside the loop (from then on the state holds the document).
    private func openingState(size: (width: Int, height: Int)) -> AppState {
        let opening: Document
        if text.utf8.count > Self.backgroundThreshold {
            opening = Analyzer.outline(text, source: sourceName)
            analysis = BackgroundAnalysis(outline: opening, verbatim: page?.verbatim ?? [])
        } else {
            opening = Analyzer.analyze(text, source: sourceName, verbatim: page?.verbatim ?? [])
        }
        // The text is hashed after the first frame, with the notes: 40 ms on 10 MB.
        var state = AppState(document: opening, width: size.width, height: size.height, analysing: analysis != nil, identify: false)
        state.colourNames = colourNames
        state.formatLabel = page.flatMap { page in page.format.label.map { [$0, page.shortDate].compactMap { $0 }.joined(separator: " ") } }
        state.wrapsInBackground = true
        // What the analysis's thread needs to lay the result out, so that bringing it in is quick.
        analysis?.provide(scalars: state.scalars, width: state.frame.textWidth)
        return state
    }

    /// Opens the store, resumes the reading session and loads the notes, re-anchored.
    private func openNotes(into state: inout AppState) {
        state.identified(as: SHA256.hex(state.document.text))
        var notice: String?
        switch AnnotationDatabase.open(directory: dataDirectory, now: Edge.now()) {
        case .ready(let database, let message): store = database; notice = message
        case .readOnly(let database, let message): store = database; notice = message
        case .unavailable(let reason): notice = "Annotations are unavailable: \(reason)"
        }
        let path = Edge.absolutePath(sourceName)
        // A statement that changed since it was annotated is found by its path.
        let earlier = ((try? store?.documents(atPath: path)) ?? []).filter { $0 != state.documentID }
        if let store, !store.isReadOnly {
            try? store.remember(document: state.documentID, path: path, title: Edge.title(of: sourceName, document: state.document, page: page), openedAt: Edge.now())
        }
        if let session = (try? store?.session(for: state.documentID)) ?? earlier.lazy.compactMap({ try? self.store?.session(for: $0) }).first {
            state.resume(from: session)
        }
        if let store { state.annotationsLoaded((try? store.annotations(for: state.documentID, path: path)) ?? [], announce: true) }
        perform(&state)
        if let notice { state.show(message: notice) }
    }

    private func saveSession(_ state: AppState) {
        guard let store, !store.isReadOnly else { return }
        let position = state.sessionPosition
        try? store.save(ReadingSession(
            document: state.documentID, paragraph: position.paragraph, offset: position.offset,
            hiddenPanes: position.hiddenPanes, theme: themeName, updated: Edge.now()))
    }

    /// Runs what the state asked for and tells it how it went.
    private func perform(_ state: inout AppState) {
        for effect in state.takeEffects() {
            switch effect {
            case .saveAnnotation(var annotation):
                let now = Edge.now()
                if annotation.id.isEmpty {
                    annotation.id = Edge.newIdentifier()
                    annotation.created = now
                }
                annotation.updated = now
                if annotation.state != .orphaned { annotation.state = .anchored }
                if write({ try $0.save(annotation) }, state: &state) || store == nil || store!.isReadOnly {
                    state.annotationSaved(annotation)
                }
            case .relocateAnnotation(let annotation):
                _ = write({ try $0.save(annotation) }, state: &state)
            case .deleteAnnotation(let id):
                _ = write({ try $0.deleteAnnotation(id: id) }, state: &state)
            case .copyToClipboard(let text):
                terminal?.send("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{7}")
            case .editNote(let annotation):
                editInEditor(annotation, state: &state)
            case .exportNotes:
                export(state: &state)
            case .reloadAnnotations:
                if let store {
                    state.annotationsLoaded((try? store.annotations(for: state.documentID, path: Edge.absolutePath(sourceName))) ?? state.annotations, announce: true)
                    perform(&state)
                } else {
                    state.show(message: "Annotations are unavailable")
                }
            }
        }
    }

    /// Writes through the store; a failure is said in the status line, once per failure.
    private func write(_ change: (AnnotationDatabase) throws -> Void, state: inout AppState) -> Bool {
        guard let store else { return false }
        do {
            try change(store)
            return true
        } catch {
            state.show(message: "Not saved: \(error)")
            return false
        }
    }

    private func editInEditor(_ annotation: Annotation, state: inout AppState) {
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("communique-note-\(Edge.newIdentifier()).md")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try annotation.note.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            state.show(message: "Cannot write a temporary file: \(error.localizedDescription)")
            return
        }
        terminal?.suspend()
        let outcome = runEditor(editor, file: file.path)
        terminal?.resume()
        guard outcome == .exited(0), let text = try? String(contentsOf: file, encoding: .utf8) else {
            state.show(message: "\(outcome); the note is unchanged")
            return
        }
        var edited = annotation
        edited.note = text.hasSuffix("\n") ? String(text.dropLast()) : text
        guard edited.note != annotation.note || annotation.id.isEmpty else { state.show(message: "Note unchanged"); return }
        state.show(message: "Note saved")
        var pending = edited
        let now = Edge.now()
        if pending.id.isEmpty { pending.id = Edge.newIdentifier(); pending.created = now }
        pending.updated = now
        if write({ try $0.save(pending) }, state: &state) || store == nil { state.annotationSaved(pending) }
    }

    /// How the editor ended, worded for the status line.
    enum EditorOutcome: Equatable, CustomStringConvertible {
        case exited(Int32)
        case killed(signal: Int32)
        case notStarted(String)

        var description: String {
            switch self {
            case .exited(let status): return "The editor exited with status \(status)"
            case .killed(let signal): return "The editor was ended by signal \(signal)"
            case .notStarted(let reason): return "The editor could not be started: \(reason)"
            }
        }
    }

    /// `$EDITOR` may carry arguments ("code -w"); run it through the shell with the file quoted.
    ///
    /// Spawned and waited for directly, with a clean signal mask and default handlers: through
    /// Foundation's `Process`, a reader started from a process that blocks signals (a test
    /// runner, through tmux) was told status 1 whatever the editor returned, and now and then
    /// for an editor that had succeeded.
    private func runEditor(_ editor: String, file: String) -> EditorOutcome {
        let quoted = "'" + file.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let words: [String] = ["/bin/sh", "-c", "\(editor) \(quoted) < /dev/tty > /dev/tty"]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        defer { arguments.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var child = pid_t()
        let spawned = posix_spawn(&child, "/bin/sh", nil, &attributes, arguments + [nil], environ)
        guard spawned == 0 else { return .notStarted(String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 {
            guard errno == EINTR else { return .notStarted(String(cString: strerror(errno))) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal: signal)
    }

    private func export(state: inout AppState) {
        let exportDirectory = dataDirectory + "/exports"
        let document = state.document
        let base = (Edge.title(of: sourceName, document: document) as NSString).deletingPathExtension
            .map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
        let stamp = Edge.now().filter { $0.isNumber }
        let path = exportDirectory + "/\(String(base).prefix(40))-\(stamp).md"
        let export = AnnotationExport(document: document, title: Edge.title(of: sourceName, document: document, page: page),
                                      sourceURI: Edge.sourceURI(sourceName, page: page), exportedAt: Edge.now(),
                                      annotations: state.annotations, colourNames: state.colourNames)
        do {
            try FileManager.default.createDirectory(atPath: exportDirectory, withIntermediateDirectories: true)
            try export.render(.markdown).write(toFile: path, atomically: true, encoding: .utf8)
            state.show(message: "Notes exported to \(path)")
        } catch {
            state.show(message: "Export failed: \(error.localizedDescription)")
        }
    }
}

/// The analysis of a long statement, run on a thread of its own while the reader shows the
/// paragraphs; the loop polls it. Once analysed, the same thread lays the result out for the
/// reader (highlights and lines), with the scalars and width the loop provides. A condition
/// guards what the threads share.
final class BackgroundAnalysis: @unchecked Sendable {
    private let condition = NSCondition()
    private var progress = 0.0
    private var result: AppState.AnalysedView?
    private var layoutInputs: (scalars: StatementScalars, width: Int)?

    init(outline: Document, verbatim: [Range<Int>] = []) {
        let thread = Thread { [self] in
            let document = Analyzer.analyze(outline: outline, verbatim: verbatim) { fraction in
                self.condition.withLock { self.progress = fraction }
            }
            condition.lock()
            while layoutInputs == nil { condition.wait() }
            let (scalars, width) = layoutInputs!
            condition.unlock()
            let view = AppState.AnalysedView(document: document, scalars: scalars, width: width)
            condition.withLock { self.result = view }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func provide(scalars: StatementScalars, width: Int) {
        condition.withLock {
            layoutInputs = (scalars, width)
            condition.signal()
        }
    }

    var status: (progress: Double, result: AppState.AnalysedView?) {
        condition.withLock { (progress, result) }
    }
}

/// Re-wraps a long statement beside the run loop when its width changes: one thread that
/// always wraps the latest width asked for, so that dragging a window's edge queues nothing.
/// `NSCondition` guards what the threads share.
final class BackgroundLayout: @unchecked Sendable {
    private let condition = NSCondition()
    private var wanted: AppState.LayoutRequest?
    private var made: (layout: StatementLayout, request: AppState.LayoutRequest)?
    private var running = false

    /// Asks for lines at `request`'s width; a request being made, or made and not yet taken,
    /// is not made again.
    func request(_ request: AppState.LayoutRequest) {
        condition.withLock {
            guard wanted != request, made?.request != request else { return }
            wanted = request
            guard !running else { return }
            running = true
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func work() {
        while true {
            guard let request = condition.withLock({ () -> AppState.LayoutRequest? in
                if wanted == nil { running = false }
                return wanted
            }) else { return }
            let layout = request.makeLayout()
            condition.withLock {
                made = (layout, request)
                if wanted == request { wanted = nil }
            }
        }
    }

    /// The lines last made, once: the loop brings them in if they are still wanted.
    func takeMade() -> (layout: StatementLayout, request: AppState.LayoutRequest)? {
        condition.withLock {
            defer { made = nil }
            return made
        }
    }

    var isBusy: Bool { condition.withLock { running || made != nil } }
}

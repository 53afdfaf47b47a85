import AnnotationStore
import CursesTerminal
import Foundation
import ReaderUI
import StatementInput
import StatementKit

/// The run loop: it turns the world into messages (the terminal's events, the background
/// threads' results, the store's answers), hands each to `AppState.update`, performs the effects
/// it returns (the store, the clipboard, an editor, an export, a layout thread), and draws a
/// frame; until quit, when the reading session is saved. It never changes the state itself.
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

    /// Statements longer than this are shown before they are analysed, so that the first
    /// screen never waits for an analysis of more than a fraction of a second.
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
                    send(.analysisFinished(result), to: &state)
                    self.analysis = nil
                } else {
                    send(.analysisProgressed(progress), to: &state)
                }
            }
            if let (layout, request) = rewrapping.takeMade() { send(.layoutFinished(layout, for: request), to: &state) }
            if let event {
                if debugTrap, event == .key(.character("!")) { fatalError("--debug-trap: deliberate crash") }
                send(Message(event), to: &state)
            }
            terminal.draw(Screen.render(state))
        }
        saveSession(state)
    }

    /// Hands a message to the state, performs the effects it returns, and hands on the messages
    /// their outcomes make, in order, until none is left.
    private func send(_ message: Message, to state: inout AppState) {
        var inbox = [message]
        while !inbox.isEmpty {
            for effect in state.update(inbox.removeFirst()) { inbox += perform(effect, for: state) }
        }
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
        // The text is hashed after the first frame, with the notes: on a long statement it
        // would delay the first screen.
        let state = AppState(document: opening, width: size.width, height: size.height, analysing: analysis != nil, identify: false,
                             wrapsInBackground: true, colourNames: colourNames,
                             formatLabel: page.flatMap { page in page.format.label.map { [$0, page.shortDate].compactMap { $0 }.joined(separator: " ") } })
        // What the analysis's thread needs to lay the result out, so that bringing it in is quick.
        analysis?.provide(scalars: state.scalars, width: state.frame.textWidth)
        return state
    }

    /// Opens the store, resumes the reading session and loads the notes, re-anchored.
    private func openNotes(into state: inout AppState) {
        send(.identified(SHA256.hex(state.document.text)), to: &state)
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
            send(.sessionFound(session), to: &state)
        }
        if let store { send(.annotationsLoaded((try? store.annotations(for: state.documentID, path: path)) ?? [], announce: true), to: &state) }
        if let notice { send(.notice(notice), to: &state) }
    }

    private func saveSession(_ state: AppState) {
        guard let store, !store.isReadOnly else { return }
        let position = state.sessionPosition
        try? store.save(ReadingSession(
            document: state.documentID, paragraph: position.paragraph, offset: position.offset,
            hiddenPanes: position.hiddenPanes, theme: themeName, updated: Edge.now()))
    }

    /// Does what the state asked for; the messages say how it went.
    private func perform(_ effect: Effect, for state: AppState) -> [Message] {
        switch effect {
        case .saveAnnotation(let annotation):
            return save(annotation)
        case .relocateAnnotation(let annotation):
            return write { try $0.save(annotation) }.map { [$0] } ?? []
        case .deleteAnnotation(let id):
            return write { try $0.deleteAnnotation(id: id) }.map { [$0] } ?? []
        case .copyToClipboard(let text):
            terminal?.send("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{7}")
            return []
        case .editNote(let annotation):
            return editInEditor(annotation)
        case .exportNotes:
            return [export(state)]
        case .reloadAnnotations:
            guard let store else { return [.notice("Annotations are unavailable")] }
            let stored = (try? store.annotations(for: state.documentID, path: Edge.absolutePath(sourceName))) ?? state.annotations
            return [.annotationsLoaded(stored, announce: true)]
        case .layOut(let request):
            rewrapping.request(request)
            return []
        }
    }

    /// Stamps an edited annotation (a new one gets its id; the clock and ids live here) and saves
    /// it. Without a store, or with a read-only one, the note stays for this session.
    private func save(_ annotation: Annotation) -> [Message] {
        var annotation = annotation
        let now = Edge.now()
        if annotation.id.isEmpty {
            annotation.id = Edge.newIdentifier()
            annotation.created = now
        }
        annotation.updated = now
        if annotation.state != .orphaned { annotation.state = .anchored }
        guard let store else { return [.annotationSaved(annotation)] }
        if let failure = write({ try $0.save(annotation) }) {
            return store.isReadOnly ? [failure, .annotationSaved(annotation)] : [failure]
        }
        return [.annotationSaved(annotation)]
    }

    /// Writes through the store; a failure comes back as a notice for the status line.
    private func write(_ change: (AnnotationDatabase) throws -> Void) -> Message? {
        guard let store else { return nil }
        do {
            try change(store)
            return nil
        } catch {
            return .notice("Not saved: \(error)")
        }
    }

    private func editInEditor(_ annotation: Annotation) -> [Message] {
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("communique-note-\(Edge.newIdentifier()).md")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try annotation.note.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            return [.notice("Cannot write a temporary file: \(error.localizedDescription)")]
        }
        terminal?.suspend()
        let outcome = runEditor(editor, file: file.path)
        terminal?.resume()
        guard outcome == .exited(0), let text = try? String(contentsOf: file, encoding: .utf8) else {
            return [.notice("\(outcome); the note is unchanged")]
        }
        var edited = annotation
        edited.note = text.hasSuffix("\n") ? String(text.dropLast()) : text
        guard edited.note != annotation.note || annotation.id.isEmpty else { return [.notice("Note unchanged")] }
        return [.notice("Note saved")] + save(edited)
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

    private func export(_ state: AppState) -> Message {
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
            return .notice("Notes exported to \(path)")
        } catch {
            return .notice("Export failed: \(error.localizedDescription)")
        }
    }
}

import StatementKit

/// Everything that changes the reader, from wherever it comes: the terminal (a key, a click, a
/// new size), the threads beside the run loop (the analysis's progress and result, the lines at
/// a new width), and the store's answers (the document's identity, the reading session, notes
/// loaded or saved, a notice of how an effect went). `AppState.update` takes them one at a time.
public enum Message: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// How far the analysis of a long statement has got, 0 to 1.
    case analysisProgressed(Double)
    /// The analysed statement, laid out on the analysis's thread, to replace its outline.
    case analysisFinished(AppState.AnalysedView)
    /// Lines made on the layout thread for a request the state made (`Effect.layOut`).
    case layoutFinished(StatementLayout, for: AppState.LayoutRequest)
    /// The SHA-256 of the text, when the owner hashed it after the first frame.
    case identified(String)
    /// Where the reader left this statement last time.
    case sessionFound(ReadingSession)
    /// Annotations read from the store, to be found again in the text; `announce` says how.
    case annotationsLoaded([Annotation], announce: Bool)
    /// A save went through, with its id and times filled in.
    case annotationSaved(Annotation)
    /// A line for the status line: how an effect went (an export, a failed write).
    case notice(String)

    /// A terminal event as a message.
    public init(_ event: Event) {
        switch event {
        case .key(let key): self = .key(key)
        case .mouse(let mouse): self = .mouse(mouse)
        case .resize(let width, let height): self = .resize(width: width, height: height)
        }
    }
}

import Foundation
import ReaderUI
import StatementKit

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

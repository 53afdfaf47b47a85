import Foundation
import ReaderUI

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

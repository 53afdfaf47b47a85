import Foundation

/// Runs one piece of work per index on `jobs` threads and hands each outcome to the calling
/// thread, in index order or as they finish. At most `jobs` pieces are worked on at once (one
/// a thread), and a worker starts another only while fewer than `jobs` outcomes wait to be
/// handed over, so however long one piece takes, what is held stays bounded; the waiting
/// room lets workers go on while the calling thread writes. `NSCondition` guards what the
/// threads share.
final class BatchRunner<Outcome: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let jobs: Int
    private let ordered: Bool
    private let work: @Sendable (Int) -> Outcome
    private var nextToStart = 0
    private var finished: [Int: Outcome] = [:]

    init(count: Int, jobs: Int, ordered: Bool, work: @escaping @Sendable (Int) -> Outcome) {
        self.count = count
        self.jobs = max(1, jobs)
        self.ordered = ordered
        self.work = work
    }

    /// Calls `deliver` on this thread with every outcome, and `idle` whenever a fifth of a
    /// second passes without one; returns when all are delivered.
    func run(deliver: (Int, Outcome) -> Void, idle: () -> Void = {}) {
        guard count > 0 else { return }
        for _ in 0..<min(jobs, count) {
            let thread = Thread { [self] in workLoop() }
            // The analysis recurses over nested clauses; the main thread's stack size, not
            // the smaller default of a secondary thread.
            thread.stackSize = 8 << 20
            thread.start()
        }
        var nextToDeliver = 0
        var delivered = 0
        condition.lock()
        while delivered < count {
            var ready: (Int, Outcome)?
            if ordered {
                if let outcome = finished.removeValue(forKey: nextToDeliver) { ready = (nextToDeliver, outcome) }
            } else if let first = finished.first {
                finished.removeValue(forKey: first.key)
                ready = (first.key, first.value)
            }
            guard let (index, outcome) = ready else {
                if !condition.wait(until: Date(timeIntervalSinceNow: 0.2)) {
                    condition.unlock()
                    idle()
                    condition.lock()
                }
                continue
            }
            if ordered { nextToDeliver += 1 }
            condition.broadcast()
            condition.unlock()
            deliver(index, outcome)
            condition.lock()
            delivered += 1
        }
        condition.unlock()
    }

    private func workLoop() {
        condition.lock()
        while true {
            while finished.count >= jobs && nextToStart < count { condition.wait() }
            guard nextToStart < count else { break }
            let index = nextToStart
            nextToStart += 1
            condition.unlock()
            let outcome = work(index)
            condition.lock()
            finished[index] = outcome
            condition.broadcast()
        }
        condition.unlock()
    }
}

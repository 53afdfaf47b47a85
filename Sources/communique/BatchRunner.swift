import Foundation

/// Runs one piece of work per index on `jobs` threads and hands each outcome to the calling
/// thread, in index order or as they finish. A worker starts a piece only while fewer than
/// `jobs` are in hand (being worked on, or done and waiting their turn), so however long one
/// piece takes, no more than `jobs` are held at once, besides the one being handed over.
/// `NSCondition` guards what the threads share.
final class BatchRunner<Outcome: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let jobs: Int
    private let ordered: Bool
    private let work: @Sendable (Int) -> Outcome
    private var nextToStart = 0
    private var inHand = 0
    private var finished: [Int: Outcome] = [:]
    /// The most pieces in hand at once, for the tests of the bound.
    private(set) var mostInHand = 0

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
            // Taken: a worker may start another while this one is handed over.
            inHand -= 1
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
            while inHand >= jobs && nextToStart < count { condition.wait() }
            guard nextToStart < count else { break }
            let index = nextToStart
            nextToStart += 1
            inHand += 1
            mostInHand = max(mostInHand, inHand)
            condition.unlock()
            let outcome = work(index)
            condition.lock()
            finished[index] = outcome
            condition.broadcast()
        }
        condition.unlock()
    }
}

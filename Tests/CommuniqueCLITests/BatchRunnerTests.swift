import Foundation
import Testing
@testable import communique

/// The pool under `analyze`: order, and how much it holds at once.
@Suite("BatchRunner")
struct BatchRunnerTests {
    /// Work of uneven length: outcomes still arrive in index order, and no more than `jobs`
    /// pieces are in hand at once (worked on, or done and waiting while an earlier one is slow).
    @Test(arguments: [1, 2, 4])
    func ordersOutcomesAndHoldsNoMoreThanJobs(jobs: Int) {
        let count = 40
        let load = Locked((working: 0, mostWorking: 0))
        let runner = BatchRunner<Int>(count: count, jobs: jobs, ordered: true) { index in
            load.update { $0.working += 1; $0.mostWorking = max($0.mostWorking, $0.working) }
            // Every fifth piece is slow, so later ones finish first and must wait.
            usleep(index % 5 == 0 ? 20_000 : 1_000)
            load.update { $0.working -= 1 }
            return index * index
        }
        var delivered: [Int] = []
        runner.run(deliver: { index, outcome in
            #expect(outcome == index * index)
            delivered.append(index)
        })
        #expect(delivered == Array(0..<count))
        #expect(load.value.mostWorking <= jobs)
        #expect(runner.mostInHand <= jobs)
        if jobs > 1 { #expect(load.value.mostWorking > 1) }
    }

    @Test func unorderedDeliversEveryOutcomeOnce() {
        let runner = BatchRunner<Int>(count: 30, jobs: 3, ordered: false) { index in
            usleep(useconds_t((30 - index) * 300))
            return index
        }
        var delivered: [Int] = []
        runner.run(deliver: { index, outcome in
            #expect(index == outcome)
            delivered.append(index)
        })
        #expect(delivered.sorted() == Array(0..<30))
    }

    @Test func nothingToDoReturnsAtOnce() {
        let runner = BatchRunner<Int>(count: 0, jobs: 2, ordered: true) { $0 }
        var calls = 0
        runner.run(deliver: { _, _ in calls += 1 })
        #expect(calls == 0)
    }
}

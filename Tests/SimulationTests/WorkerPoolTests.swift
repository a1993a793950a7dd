import Synchronization
import Testing
@testable import Simulation

/// The worker pool hands every index to exactly one worker, whatever the count, the grain and
/// the number of threads (blocks that do not divide evenly, more workers than indexes).
@Suite("Worker pool")
struct WorkerPoolTests {
    /// How often each index was run.
    final class Tally: Sendable {
        let counts: Mutex<[Int]>
        init(count: Int) { counts = Mutex(Array(repeating: 0, count: count)) }
        func add(_ index: Int) { counts.withLock { $0[index] += 1 } }
    }

    @Test("forEach runs every index once", arguments: [1, 2, 3, 5])
    func everyIndexOnce(threads: Int) {
        let pool = WorkerPool(threads: threads)
        defer { pool.stop() }
        for count in [0, 1, 2, 7, 64, 65] {
            for grain in [1, 2, 4] {
                // Several jobs in a row: each starts its blocks afresh.
                for _ in 0..<3 {
                    let tally = Tally(count: count)
                    pool.forEach(count, grain: grain) { worker, index in
                        #expect((0..<threads).contains(worker))
                        tally.add(index)
                    }
                    #expect(tally.counts.withLock { $0 } == Array(repeating: 1, count: count),
                            "threads \(threads), count \(count), grain \(grain)")
                }
            }
        }
    }

    @Test("run gives each worker its number once")
    func runGivesEachWorkerOnce() {
        let pool = WorkerPool(threads: 3)
        defer { pool.stop() }
        let tally = Tally(count: 3)
        pool.run { tally.add($0) }
        #expect(tally.counts.withLock { $0 } == [1, 1, 1])
    }
}

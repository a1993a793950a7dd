import Foundation
import Synchronization

/// Threads that run one job on every worker at once, job after job, for the length of a run.
///
/// A run does ten thousand minutes, each a few microseconds of work per thread at the smaller
/// sizes; waking a sleeping thread (as `DispatchQueue.concurrentPerform` does) costs about as
/// much as the minute itself, so two threads were no faster than one. Here the workers stay
/// awake between jobs: they spin on a generation counter for a while, and only sleep (on a
/// semaphore) when no job has come for a long time — between phases, or while the world is
/// written.
///
/// The caller's thread is worker 0; `threads - 1` others are started by `init` and stopped by
/// `stop()`. `@unchecked Sendable`: the job is handed over through the generation counter's
/// release/acquire ordering and is read only while `run` waits for it to finish.
final class WorkerPool: @unchecked Sendable {
    /// Workers, the caller's thread included.
    let threads: Int
    /// Bumped by `run` to publish a job (or, when `isStopping`, to end the workers).
    private let generation = Atomic<Int>(0)
    /// Workers other than the caller that finished the current job.
    private let finished = Atomic<Int>(0)
    /// The next index of each worker's block that `forEach` hands out.
    private let claims: [Claim]
    /// One per worker (index 0, the caller, unused): whether it is asleep, or about to be,
    /// and what wakes it. One semaphore each, so a wake-up meant for one worker is never taken
    /// by another that is going back to sleep.
    private let sleepers: [Sleeper]
    private let stopped = DispatchSemaphore(value: 0)
    private var job: ((Int) -> Void)?
    private var isStopping = false

    /// Spins on the generation counter before sleeping: long enough to cover the serial part
    /// between two minutes, short enough not to burn a core through a long pause.
    private static let spinsBeforeSleeping = 50_000

    /// A pool of `threads` workers (at least 1; with 1 the caller does everything).
    init(threads: Int) {
        self.threads = max(1, threads)
        sleepers = (0..<self.threads).map { _ in Sleeper() }
        claims = (0..<self.threads).map { _ in Claim() }
        for worker in 1..<self.threads {
            let thread = Thread { [self] in work(as: worker) }
            thread.name = "apoa-sim-\(worker)"
            thread.start()
        }
    }

    /// Runs `body(worker)` for every worker in `0..<threads` at once (worker 0 on the calling
    /// thread) and returns when all of them have.
    func run(_ body: (Int) -> Void) {
        guard threads > 1 else {
            body(0)
            return
        }
        withoutActuallyEscaping(body) { body in
            job = body
            finished.store(0, ordering: .relaxed)
            publish()
            body(0)
            var spins = 0
            while finished.load(ordering: .acquiring) < threads - 1 {
                spins += 1
                if spins > Self.spinsBeforeSleeping { sched_yield() }
            }
            job = nil
        }
    }

    /// Runs `body(worker, index)` for every index in `0..<count` and returns when all are done. Each
    /// worker owns a block of the indexes and takes from it first, `grain` at a time, so an
    /// index tends to run on the same thread minute after minute, its partition's data still
    /// in that core's cache; a worker done with its block helps with what is left of the
    /// others' (a fixed share alone left one thread waiting whenever its share happened to
    /// hold more of the minute's work).
    func forEach(_ count: Int, grain: Int, _ body: (_ worker: Int, _ index: Int) -> Void) {
        guard threads > 1 else {
            for index in 0..<count { body(0, index) }
            return
        }
        for worker in 0..<threads { claims[worker].next.store(blockStart(worker, of: count), ordering: .relaxed) }
        run { worker in
            for offset in 0..<threads {
                let owner = (worker + offset) % threads
                let end = blockStart(owner + 1, of: count)
                while true {
                    let first = claims[owner].next.wrappingAdd(grain, ordering: .relaxed).oldValue
                    guard first < end else { break }
                    for index in first..<min(first + grain, end) { body(worker, index) }
                }
            }
        }
    }

    /// Where worker `worker`'s block of `0..<count` begins (and the one before it ends).
    @inline(__always)
    private func blockStart(_ worker: Int, of count: Int) -> Int { worker * count / threads }

    /// Ends the workers; the pool cannot run jobs afterwards.
    func stop() {
        guard threads > 1, !isStopping else { return }
        isStopping = true
        publish()
        for _ in 1..<threads { stopped.wait() }
    }

    /// Makes the next generation visible to the workers, waking those asleep.
    private func publish() {
        generation.wrappingAdd(1, ordering: .sequentiallyConsistent)
        for worker in 1..<threads where sleepers[worker].isAsleep.load(ordering: .sequentiallyConsistent) {
            sleepers[worker].wake.signal()
        }
    }

    private func work(as worker: Int) {
        var seen = 0
        while true {
            seen = awaitGeneration(after: seen, worker: worker)
            if isStopping {
                stopped.signal()
                return
            }
            job?(worker)
            finished.wrappingAdd(1, ordering: .releasing)
        }
    }

    /// Waits until the generation moves past `seen`; returns the new one.
    private func awaitGeneration(after seen: Int, worker: Int) -> Int {
        var spins = 0
        while true {
            let current = generation.load(ordering: .acquiring)
            if current != seen { return current }
            spins += 1
            guard spins > Self.spinsBeforeSleeping else { continue }
            // Announce the sleep before checking once more, so `publish` either sees the
            // sleeper (and signals) or the sleeper sees the new generation (and does not wait).
            let sleeper = sleepers[worker]
            sleeper.isAsleep.store(true, ordering: .sequentiallyConsistent)
            if generation.load(ordering: .sequentiallyConsistent) == seen { sleeper.wake.wait() }
            sleeper.isAsleep.store(false, ordering: .sequentiallyConsistent)
            spins = 0
        }
    }
}

/// A worker's sleep: whether it is asleep (or about to be), and the semaphore that wakes it.
private final class Sleeper: Sendable {
    let isAsleep = Atomic<Bool>(false)
    let wake = DispatchSemaphore(value: 0)
}

/// A worker's next index in its block, alone on its cache line: the padding keeps the other
/// workers' counters (and anything else written often) off it.
private final class Claim: Sendable {
    private let before: (Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0)
    let next = Atomic<Int>(0)
    private let after: (Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0)
}

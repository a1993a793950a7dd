import Dispatch
import Portal
import Synchronization
import World

/// Writes the world on threads of its own while the run goes on: the event log minute by
/// minute, then, at the end, the final state on two threads at once (`finalState`), part of it
/// into a part of the world that `wait` copies in. At most a few minutes' events wait in line,
/// so memory stays flat however long the run.
///
/// `@unchecked Sendable`: the builder is touched only by blocks on `queue`, the part only by
/// blocks on `partQueue`, and both by `wait` and `cancel` once the queues are idle.
final class WorldWriter: @unchecked Sendable {
    private let builder: WorldBuilder
    private let queue = DispatchQueue(label: "apoa.world-writer")
    private let partQueue = DispatchQueue(label: "apoa.world-writer.part")
    private var part: WorldPart?
    /// Set by `append`, on the run's thread, before `finalState` reads it there.
    private var hasEvents = false
    private let slots = DispatchSemaphore(value: 8)
    private let failure = Mutex<(any Error)?>(nil)
    private let cancelled = Atomic<Bool>(false)

    init(builder: WorldBuilder) {
        self.builder = builder
    }

    /// Queues a minute's events, waiting while too many are queued already.
    func append(_ events: [Event]) {
        guard !events.isEmpty else { return }
        hasEvents = true
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            write { for event in events { try builder.appendEvent(event) } }
        }
    }

    /// Queues everything known only at the end of the run, on two threads at once: the run's
    /// activity always goes into a part on the second; the accounts go into the part too when
    /// the first has the event log to index, and straight into the world otherwise, whose
    /// indexes are then mostly theirs. Either way the two threads' work overlaps.
    func finalState(plan: SimulationPlan, partitions: [Partition], tickets: [(id: Int64, ticket: PendingTicket)],
                    metrics: MetricTable, queue queueMetrics: (waiting: [Double], meanWaitMinutes: [Double]),
                    overload: [(component: Component, start: Instant, end: Instant)], digest: String) {
        let state = FinalState(plan: plan, partitions: partitions, tickets: tickets, metrics: metrics, queueMetrics: queueMetrics,
                               overload: overload)
        let accountsInPart = hasEvents
        partQueue.async { [self] in
            write {
                let part = try builder.makePart(named: "final-state")
                self.part = part
                if accountsInPart { try state.accounts.write(to: part) }
                try state.activity.write(to: part)
                try part.finish()
            }
        }
        queue.async { [self] in
            write {
                if !accountsInPart { try state.accounts.write(to: builder) }
                try builder.setMeta("digest", digest)
                try builder.setClock(plan.scenario.end)
                try builder.buildIndexes()
            }
        }
    }

    /// Waits for every queued write, copies the final state in, and throws the first failure.
    func wait() throws {
        queue.sync {}
        partQueue.sync {}
        if let error = failure.withLock({ $0 }) { throw error }
        if let part { try builder.absorb(part) }
    }

    /// Drops what is still queued, and the part.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        queue.sync {}
        partQueue.sync {}
        part?.abandon()
    }

    private func write(_ body: () throws -> Void) {
        guard !cancelled.load(ordering: .relaxed), failure.withLock({ $0 == nil }) else { return }
        do {
            try body()
        } catch {
            failure.withLock { $0 = error }
        }
    }
}

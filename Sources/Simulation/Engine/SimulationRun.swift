import Dispatch
import Portal
import Synchronization
import World

/// Runs a scenario: the plan, the partitions minute by minute on the worker threads, the merge
/// of what they share between minutes, and the world written as it goes.
///
/// Determinism: every random draw comes from a stream of a person, attack or component; each
/// partition runs its minute alone, reading only the minute's shared context; what partitions
/// share is merged between minutes in partition order. So the run, and its digest, are the
/// same for any number of threads.
public enum SimulationRun {
    /// Who published the scenario's own notices (its announced maintenance), as the world says.
    public static let scenarioPublisher = "scenario"

    /// Runs `scenario` and builds its world at `path` (replacing what is there only at the end).
    public static func run(_ scenario: Scenario, options: SimulationOptions, world path: String) throws -> SimulationSummary {
        var scenario = scenario
        if let seed = options.seed { scenario.seed = seed }
        if let users = options.users { scenario.population.users = users }
        if let duration = options.duration { scenario.duration = duration }
        let continuation = options.continuation
        let plan = SimulationPlan(scenario: scenario, continuation: continuation)
        let keepsEvents = options.record == .all
        var meta = [
            ("scenario", scenario.name), ("seed", String(scenario.seed)), ("users", String(plan.users)),
            ("record", options.record.rawValue), ("scenario_json", options.scenarioText ?? ""),
            ("run_end", String(scenario.end.millisecondsSince1970)),
            ("handover", String((continuation?.handover ?? scenario.end).millisecondsSince1970)),
        ]
        if let continuation { meta.append(("continued_from", String(continuation.previousEnd.millisecondsSince1970))) }
        let builder = try WorldBuilder(path: path, policy: scenario.policy, now: scenario.start, zone: scenario.zone, meta: meta)
        let writer = WorldWriter(builder: builder)
        do {
            let pool = WorkerPool(threads: options.threads)
            defer { pool.stop() }
            let partitions = makePartitions(plan: plan, pool: pool, keepsEvents: keepsEvents)
            // The workers and the merge get the partitions unretained; `partitions` keeps them
            // alive, said here rather than left to its later uses.
            let handles = partitions.map { Unmanaged.passUnretained($0) }
            let tallies = (0..<pool.threads).map { _ in MinuteTally() }
            var shared = SharedState(plan: plan)
            withExtendedLifetime(partitions) {
                for minute in 0..<plan.minutes {
                    let context = shared.context(minute: minute)
                    runMinute(handles, minute: minute, context: context, pool: pool, tallies: tallies)
                    shared.merge(tallies, handles, context: context)
                    if keepsEvents { writer.append(mergedEvents(partitions)) }
                    if let progress = options.progress, minute % 60 == 59 || minute == plan.minutes - 1 {
                        progress(SimulationProgress(phase: .simulating, minutesDone: minute + 1, minutesTotal: plan.minutes,
                                                    sessions: partitions.reduce(0) { $0 + $1.recorder.metrics.total(.sessionsStarted) }))
                    }
                }
            }
            pool.stop()
            shared.closeOverload(at: scenario.end)
            options.progress?(SimulationProgress(phase: .writing, minutesDone: plan.minutes, minutesTotal: plan.minutes,
                                                 sessions: partitions.reduce(0) { $0 + $1.recorder.metrics.total(.sessionsStarted) }))
            let summary = finish(plan: plan, partitions: partitions, shared: shared, writer: writer)
            try writer.wait()
            if let continuation { try builder.carryDeskRecords(from: continuation.worldPath) }
            _ = try builder.finish()
            return summary
        } catch {
            writer.cancel()
            builder.abandon()
            throw error
        }
    }

    private static func makePartitions(plan: SimulationPlan, pool: WorkerPool, keepsEvents: Bool) -> [Partition] {
        let slots = PartitionSlots(count: SimulationPlan.partitionCount)
        pool.run { worker in
            for index in stride(from: worker, to: SimulationPlan.partitionCount, by: pool.threads) {
                slots.set(index, Partition(index: index, plan: plan, keepsEvents: keepsEvents))
            }
        }
        return slots.all
    }

    /// Runs every partition's minute on the pool, each worker adding what the merge needs of
    /// a partition to its tally right after running it. Through unretained handles: the array
    /// kept them alive, and retaining and releasing each of 64 partitions every minute was a
    /// retain and release per partition-minute, half the instructions of an empty minute
    /// (26 M of 343 M at 1,000 people).
    private static func runMinute(_ partitions: [Unmanaged<Partition>], minute: Int, context: SliceContext, pool: WorkerPool,
                                  tallies: [MinuteTally]) {
        pool.forEach(partitions.count, grain: 2) { worker, index in
            partitions[index]._withUnsafeGuaranteedRef { partition in
                partition.run(minute: minute, context: context)
                tallies[worker].add(partition, index: index)
            }
        }
    }

    /// The minute's events of every partition in the log's order: by time, then partition,
    /// then the order each partition made them.
    private static func mergedEvents(_ partitions: [Partition]) -> [Event] {
        var keyed: [(at: Int64, partition: Int, order: Int)] = []
        var total = 0
        for partition in partitions { total += partition.recorder.buffer.count }
        guard total > 0 else { return [] }
        keyed.reserveCapacity(total)
        for (number, partition) in partitions.enumerated() {
            for (order, event) in partition.recorder.buffer.enumerated() {
                keyed.append((event.at.millisecondsSince1970, number, order))
            }
        }
        keyed.sort { ($0.at, $0.partition, $0.order) < ($1.at, $1.partition, $1.order) }
        let events = keyed.map { partitions[$0.partition].recorder.buffer[$0.order] }
        for partition in partitions { partition.recorder.buffer.removeAll(keepingCapacity: true) }
        return events
    }

    /// The run's digest: SHA-256 over a header and each partition's digest in partition order
    /// (each partition hashes its own events, in its own order, as it makes them — in
    /// parallel, and the same whatever thread ran it).
    /// The sum of `metrics`' series, hour by hour.
    private static func perHour(_ metrics: MetricTable, _ plan: SimulationPlan, _ series: [Metric]) -> [Double] {
        (0..<plan.hours).map { hour in Double(series.reduce(Int64(0)) { $0 + metrics.value($1, hour: hour) }) }
    }

    static func digest(plan: SimulationPlan, partitions: [Partition]) -> String {
        var digest = SHA256()
        digest.update("apoa-digest-1")
        digest.update(plan.scenario.name)
        digest.update(plan.scenario.seed)
        digest.update(UInt64(plan.users))
        digest.update(plan.scenario.start.millisecondsSince1970)
        digest.update(plan.scenario.duration.milliseconds)
        for partition in partitions {
            digest.update(partition.recorder.finalDigest().bytes)
        }
        return digest.finalize().description
    }

    private static func finish(plan: SimulationPlan, partitions: [Partition], shared: SharedState, writer: WorldWriter)
        -> SimulationSummary {
        var metrics = shared.metrics
        for partition in partitions { metrics.merge(partition.recorder.metrics.table) }
        let tickets = TicketQueue.number(partitions.flatMap(\.tickets), plan: plan)
        let queueMetrics = TicketQueue.metrics(tickets, plan: plan)
        let digest = digest(plan: plan, partitions: partitions)
        writer.finalState(plan: plan, partitions: partitions, tickets: tickets, metrics: metrics, queue: queueMetrics,
                          overload: shared.overloadPeriods, digest: digest)
        return SimulationSummary(
            scenario: plan.scenario.name, seed: plan.scenario.seed, users: plan.users, start: plan.scenario.start,
            end: plan.scenario.end, sessions: metrics.total(.sessionsStarted), attempts: metrics.total(.loginsAttempted),
            attackAttempts: metrics.total(.attackAttempts),
            successes: metrics.total(.loginsSucceeded), lockouts: metrics.total(.lockoutsOwner) + metrics.total(.lockoutsAttack),
            otpSent: metrics.total(.otpSent), resets: metrics.total(.resetsCompleted), tickets: Int64(tickets.count),
            applications: ApplicationCounts(
                opened: metrics.total(.applicationsOpened), submitted: metrics.total(.applicationsSubmitted),
                neededAction: metrics.total(.applicationsNeedingAction), approved: metrics.total(.applicationsApproved),
                rejected: metrics.total(.applicationsRejected), documentsUploaded: metrics.total(.documentsUploaded),
                documentsFailed: metrics.total(.documentsFailed), appointmentsBooked: metrics.total(.appointmentsBooked),
                appointmentsMissed: metrics.total(.appointmentsMissed)),
            events: partitions.reduce(0) { $0 + $1.recorder.eventCount }, digest: digest,
            hourly: HourlySeries(
                logins: Self.perHour(metrics, plan, [.loginsAttempted]),
                tickets: Self.perHour(metrics, plan, Metric.allCases.filter { $0.series.hasPrefix("tickets.") }),
                lockouts: Self.perHour(metrics, plan, [.lockoutsOwner, .lockoutsAttack]),
                otpUndelivered: Self.perHour(metrics, plan, [.otpUndelivered]),
                queueWaiting: queueMetrics.waiting, waitMinutes: queueMetrics.meanWaitMinutes))
    }
}

/// Partitions made on several threads, collected in order.
private final class PartitionSlots: Sendable {
    private let slots: Mutex<[Partition?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ partition: Partition) {
        slots.withLock { $0[index] = partition }
    }

    var all: [Partition] {
        slots.withLock { $0.compactMap { $0 } }
    }
}

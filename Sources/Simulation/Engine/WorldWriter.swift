import Dispatch
import Portal
import Synchronization
import World

/// Writes the world on threads of its own while the run goes on: the event log minute by
/// minute, then, at the end, the accounts, final state, tickets and series into a part of the
/// world on a second thread while the first indexes the event log; `wait` copies the part in.
/// At most a few minutes' events wait in line, so memory stays flat however long the run.
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

    /// Queues everything known only at the end of the run. With an event log to index, the
    /// final state goes into a part on a second thread at once, overlapping the index; without
    /// one there is nothing to overlap, and copying a part in would only cost time.
    func finalState(plan: SimulationPlan, partitions: [Partition], tickets: [(id: Int64, ticket: PendingTicket)],
                    metrics: MetricTable, queue queueMetrics: (waiting: [Double], meanWaitMinutes: [Double]),
                    overload: [(component: Component, start: Instant, end: Instant)], digest: String) {
        let state = FinalState(plan: plan, partitions: partitions, tickets: tickets, metrics: metrics, queueMetrics: queueMetrics,
                               overload: overload)
        let usesPart = hasEvents
        if usesPart {
            partQueue.async { [self] in
                write {
                    let part = try builder.makePart(named: "final-state")
                    self.part = part
                    try state.write(to: part)
                    try part.finish()
                }
            }
        }
        queue.async { [self] in
            write {
                if !usesPart { try state.write(to: builder) }
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

/// The end of a run, as the world keeps it.
///
/// `@unchecked Sendable`: it is handed to the writer's queue once, when the partitions have
/// stopped, and read only there.
private struct FinalState: @unchecked Sendable {
    let plan: SimulationPlan
    let partitions: [Partition]
    let tickets: [(id: Int64, ticket: PendingTicket)]
    let metrics: MetricTable
    let queueMetrics: (waiting: [Double], meanWaitMinutes: [Double])
    let overload: [(component: Component, start: Instant, end: Instant)]

    func write(to part: WorldRows) throws {
        let end = plan.scenario.end
        let start = plan.scenario.start
        for person in 0..<plan.accounts {
            let (partition, local) = SimulationPlan.place(person)
            let state = partitions[partition].people[local]
            let id = SimulationPlan.accountID(person)
            if person < plan.users {
                let traits = PersonTraits(index: person, seed: plan.scenario.seed, spec: plan.scenario.population)
                try part.addGeneratedAccount(traits.generatedAccount(id: id, createdAt: start, state: state))
            } else if let account = partitions[partition].account(UInt32(local)) {
                try part.addAccount(account, lastLoginAt: state.lastLoginAt == .min ? nil : Instant(millisecondsSince1970: state.lastLoginAt),
                                       isStepUpDue: state.has(.stepUpDue))
            }
            let force = state.bruteForce
            if force != BruteForceState() { try part.setBruteForce(force, of: id) }
        }
        for partition in partitions {
            for (_, session) in partition.sessions.sorted(by: { $0.key < $1.key })
            where session.isActive(at: end, policy: plan.scenario.policy.session) {
                try part.addSession(session)
            }
        }
        for partition in partitions {
            try partition.writeApplications(to: part, zone: plan.scenario.zone)
        }
        for (id, ticket) in tickets {
            try part.addTicket(TicketRecord(
                id: id, openedAt: Instant(millisecondsSince1970: ticket.openedAt), account: SimulationPlan.accountID(ticket.person),
                channel: ticket.channel.rawValue, says: ticket.says, messageSeen: ticket.messageSeen, category: ticket.category,
                trueCause: ticket.trueCause, priority: ticket.priority))
        }
        for component in Component.allCases {
            for period in plan.timeline.periods[component.index] {
                try part.addComponentStatus(component, from: period.start, to: period.end, status: period.status,
                                               cause: period.cause.rawValue)
            }
        }
        for period in overload {
            try part.addComponentStatus(period.component, from: period.start, to: period.end, status: .partialOutage,
                                           cause: ComponentTimeline.Cause.overload.rawValue)
        }
        var notices: Int64 = 0
        for (number, window) in plan.scenario.maintenance.enumerated() {
            try part.addMaintenance(
                id: Int64(number + 1), from: window.starts, to: window.starts + window.duration, components: window.components,
                announcedAt: window.announce.map { window.starts - $0 },
                notice: window.notice.map { ($0.indonesian, $0.english) }, seenBy: window.seenBy)
            // An announced window was a notice the desk published: the status page and the
            // desk's own logins read it like one published by hand.
            if let announce = window.announce, let text = window.notice {
                notices += 1
                let draft = MaintenanceSpec.draft(text, starts: window.starts, duration: window.duration, components: window.components)
                guard let notice = try? Notice.publish(draft, id: notices, at: window.starts - announce, by: SimulationRun.scenarioPublisher) else {
                    preconditionFailure("the scenario decoder publishes every announced window's notice once already")
                }
                try part.addNotice(notice)
            }
        }
        for hour in 0..<plan.hours {
            let bucket = start + .hours(hour)
            for metric in Metric.allCases {
                let value = metrics.value(metric, hour: hour)
                if value != 0 { try part.setMetric(metric.series, at: bucket, value: Double(value)) }
            }
            try part.setMetric("queue.waiting", at: bucket, value: queueMetrics.waiting[hour])
            try part.setMetric("queue.wait-minutes", at: bucket, value: queueMetrics.meanWaitMinutes[hour])
        }
    }
}

import Portal
import World

/// The end of a run, as the world keeps it.
///
/// `@unchecked Sendable`: it is made when the partitions have stopped and handed to the
/// writer's queue once, to be written there; other threads only help make its rows (`help`).
struct FinalState: @unchecked Sendable {
    let plan: SimulationPlan
    let partitions: [Partition]
    let tickets: [(id: Int64, ticket: PendingTicket)]
    let metrics: MetricTable
    let queueMetrics: (waiting: [Double], meanWaitMinutes: [Double])
    let overload: [(component: Component, start: Instant, end: Instant)]
    /// The people's and the applications' rows, made by the threads that help while `write`
    /// writes them.
    private let people: ChunkPipeline<PeopleRows>
    private let applications: ChunkPipeline<ApplicationRows>

    init(plan: SimulationPlan, partitions: [Partition], tickets: [(id: Int64, ticket: PendingTicket)], metrics: MetricTable,
         queueMetrics: (waiting: [Double], meanWaitMinutes: [Double]), overload: [(component: Component, start: Instant, end: Instant)]) {
        self.plan = plan
        self.partitions = partitions
        self.tickets = tickets
        self.metrics = metrics
        self.queueMetrics = queueMetrics
        self.overload = overload
        people = PeopleRows.chunks(plan: plan, partitions: partitions)
        applications = ApplicationRows.chunks(plan: plan, partitions: partitions)
    }

    /// Makes rows on this thread, beside `write` and any other helpers, in the order `write`
    /// takes them, until none are left.
    func help() {
        people.help()
        applications.help()
    }

    /// Stops helpers making rows, whether or not `write` ran: they return.
    func close() {
        people.close()
        applications.close()
    }

    func write(to part: WorldRows) throws {
        let end = plan.scenario.end
        let start = plan.scenario.start
        try people.forEach { rows in
            try part.addGeneratedAccounts(rows.accounts)
            for (id, force) in rows.bruteForce { try part.setBruteForce(force, of: id) }
        }
        for person in plan.users..<plan.accounts {
            let (partition, local) = SimulationPlan.place(person)
            let state = partitions[partition].people[local]
            if let account = partitions[partition].account(UInt32(local)) {
                try part.addAccount(account, lastLoginAt: state.lastLoginAt == .min ? nil : Instant(millisecondsSince1970: state.lastLoginAt),
                                       isStepUpDue: state.has(.stepUpDue))
            }
        }
        for partition in partitions {
            for (_, session) in partition.sessions.sorted(by: { $0.key < $1.key })
            where session.isActive(at: end, policy: plan.scenario.policy.session) {
                try part.addSession(session)
            }
        }
        try applications.forEach { rows in
            try part.addApplications(rows.applications)
            try part.addDocuments(rows.documents)
            try part.addAppointments(rows.appointments)
            try part.addNotifications(rows.notifications)
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

import Portal
import World

/// The end of a run, as the world keeps it, in two halves that two threads can write at once,
/// into two files: the accounts, whose indexes take longest to build, and the rest. It is made
/// when the partitions have stopped, and both halves only read them.
struct FinalState: Sendable {
    let accounts: Accounts
    let activity: Activity

    init(plan: SimulationPlan, partitions: [Partition], tickets: [(id: Int64, ticket: PendingTicket)], metrics: MetricTable,
         queueMetrics: (waiting: [Double], meanWaitMinutes: [Double]),
         overload: [(component: Component, start: Instant, end: Instant)]) {
        accounts = Accounts(plan: plan, partitions: partitions)
        activity = Activity(plan: plan, partitions: partitions, tickets: tickets, metrics: metrics, queueMetrics: queueMetrics,
                            overload: overload)
    }

    /// Everyone's account, identity document and brute-force record.
    struct Accounts: Sendable {
        let plan: SimulationPlan
        let partitions: [Partition]

        func write(to rows: WorldRows) throws {
            for first in stride(from: 0, to: plan.accounts, by: PeopleRows.size) {
                let chunk = PeopleRows(plan: plan, partitions: partitions,
                                       people: first..<min(first + PeopleRows.size, plan.accounts))
                try rows.addGeneratedAccounts(chunk.accounts)
                for (id, force) in chunk.bruteForce { try rows.setBruteForce(force, of: id) }
            }
            for person in plan.users..<plan.accounts {
                let (partition, local) = SimulationPlan.place(person)
                let state = partitions[partition].people[local]
                if let account = partitions[partition].account(UInt32(local)) {
                    let lastLogin = Instant(storedMilliseconds: state.lastLoginAt)
                    try rows.addAccount(account, lastLoginAt: lastLogin, isStepUpDue: state.has(.stepUpDue))
                }
            }
        }
    }

    /// Everything else: open sessions, applications, tickets, the components' history,
    /// maintenance and its notices, the hourly series.
    struct Activity: Sendable {
        let plan: SimulationPlan
        let partitions: [Partition]
        let tickets: [(id: Int64, ticket: PendingTicket)]
        let metrics: MetricTable
        let queueMetrics: (waiting: [Double], meanWaitMinutes: [Double])
        let overload: [(component: Component, start: Instant, end: Instant)]

        func write(to rows: WorldRows) throws {
            let end = plan.scenario.end
            let start = plan.scenario.start
            for partition in partitions {
                for (_, session) in partition.sessions.sorted(by: { $0.key < $1.key })
                where session.isActive(at: end, policy: plan.scenario.policy.session) {
                    try rows.addSession(session)
                }
            }
            for partition in partitions {
                let chunk = partition.applicationRows(zone: plan.scenario.zone)
                try rows.addApplications(chunk.applications)
                try rows.addDocuments(chunk.documents)
                try rows.addAppointments(chunk.appointments)
                try rows.addNotifications(chunk.notifications)
            }
            try rows.addTickets(tickets.map { id, ticket in
                TicketRecord(
                    id: id, openedAt: Instant(millisecondsSince1970: ticket.openedAt), account: SimulationPlan.accountID(ticket.person),
                    channel: ticket.channel.rawValue, says: ticket.says, messageSeen: ticket.messageSeen, category: ticket.category,
                    trueCause: ticket.trueCause, priority: ticket.priority)
            })
            for component in Component.allCases {
                for period in plan.timeline.periods[component.index] {
                    try rows.addComponentStatus(component, from: period.start, to: period.end, status: period.status,
                                                   cause: period.cause.rawValue)
                }
            }
            for period in overload {
                try rows.addComponentStatus(period.component, from: period.start, to: period.end, status: .partialOutage,
                                               cause: ComponentTimeline.Cause.overload.rawValue)
            }
            var notices: Int64 = 0
            for (number, window) in plan.scenario.maintenance.enumerated() {
                try rows.addMaintenance(
                    id: Int64(number + 1), from: window.starts, to: window.starts + window.duration, components: window.components,
                    announcedAt: window.announce.map { window.starts - $0 },
                    notice: window.notice.map { ($0.indonesian, $0.english) }, seenBy: window.seenBy)
                // An announced window was a notice the desk published: the status page and the
                // desk's own logins read it like one published by hand.
                if let announce = window.announce, let text = window.notice {
                    notices += 1
                    let draft = MaintenanceSpec.draft(text, starts: window.starts, duration: window.duration,
                                                      components: window.components)
                    guard let notice = try? Notice.publish(draft, id: notices, at: window.starts - announce,
                                                           by: SimulationRun.scenarioPublisher) else {
                        preconditionFailure("the scenario decoder publishes every announced window's notice once already")
                    }
                    try rows.addNotice(notice)
                }
            }
            for hour in 0..<plan.hours {
                let bucket = start + .hours(hour)
                for metric in Metric.allCases {
                    let value = metrics.value(metric, hour: hour)
                    if value != 0 { try rows.setMetric(metric.series, at: bucket, value: Double(value)) }
                }
                try rows.setMetric("queue.waiting", at: bucket, value: queueMetrics.waiting[hour])
                try rows.setMetric("queue.wait-minutes", at: bucket, value: queueMetrics.meanWaitMinutes[hour])
            }
        }
    }
}

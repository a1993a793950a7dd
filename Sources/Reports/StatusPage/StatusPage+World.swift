import Portal
import World

extension StatusPage.Input {
    /// How many days of history the page shows.
    public static let historyDays = 30

    /// The status page of `world` at its clock, in `language`: every component's status now
    /// (the world's record and the notices in force, the worst winning) and its last 30 days;
    /// maintenance in progress or still to come; incidents of the last 30 days, or still open,
    /// with their updates. The only part of `Reports` that reads a world.
    public init(world: WorldStore, language: StatusPage.Language, otherLanguageURL: String? = nil) throws {
        let now = try world.now()
        let zone = world.zone
        let since = try world.createdAt()
        let from = max(since, now - .days(Self.historyDays))
        let periods = try world.componentHistory(from: from, to: now).map {
            StatusPeriod(component: $0.component, starts: $0.starts, ends: $0.ends, status: $0.status)
        }
        let board = try world.componentStatuses(at: now)
        let components = Component.allCases.map { component in
            StatusPage.ComponentState(component: component, status: board[component].status,
                                      uptime: UptimeDay.history(of: component, periods: periods, lastDays: Self.historyDays,
                                                                endingAt: now, in: zone, recordSince: since))
        }
        let words = language == .indonesian ? Language.indonesian : Language.english
        var maintenance: [StatusPage.Maintenance] = []
        var incidents: [StatusPage.Incident] = []
        for notice in try world.allNotices() {
            let status = notice.status(at: now)
            switch notice.kind {
            case .maintenance:
                guard status == .scheduled || status == .inProgress,
                      let window = notice.windowInForce(at: now) ?? notice.nextWindow(after: now), let ends = window.ends
                else { continue }
                maintenance.append(StatusPage.Maintenance(
                    id: String(notice.id), title: notice.title.text(in: words), body: notice.body?.text(in: words) ?? "",
                    components: notice.components.map(\.component), starts: window.starts, ends: ends,
                    status: status == .inProgress ? .inProgress : .scheduled,
                    recurrence: notice.schedule.recurrence.map { RecurrenceWords.text($0, window: window, in: words, zone: zone) },
                    updated: notice.updates.last?.at ?? notice.publishedAt))
            case .incident:
                let started = notice.schedule.starts
                guard status != .cancelled, status != .resolved || started >= now - .days(Self.historyDays) else { continue }
                incidents.append(StatusPage.Incident(
                    id: String(notice.id), title: notice.title.text(in: words), components: notice.components.map(\.component),
                    started: started, updates: Self.updates(of: notice, now: now, in: words)))
            }
        }
        self.init(portalName: "APOA", language: language, generated: now, zone: zone, otherLanguageURL: otherLanguageURL,
                  components: components, maintenance: maintenance, incidents: incidents)
    }

    /// An incident's updates as the page lists them: its opening words (`investigating`, at its
    /// start), the desk's updates, and `resolved` at its end when the clock, not an update, ended it.
    private static func updates(of notice: Notice, now: Instant, in words: Language) -> [StatusPage.IncidentUpdate] {
        var updates = [StatusPage.IncidentUpdate(status: .investigating, message: (notice.body ?? notice.title).text(in: words),
                                                 at: notice.schedule.starts)]
        for update in notice.updates {
            guard let status = StatusPage.IncidentStatus(rawValue: update.status.rawValue) else { continue }
            updates.append(StatusPage.IncidentUpdate(status: status, message: update.message.text(in: words), at: update.at))
        }
        if notice.status(at: now) == .resolved, !notice.updates.contains(where: { $0.status == .resolved }),
           let end = notice.schedule.end {
            updates.append(StatusPage.IncidentUpdate(status: .resolved, message: "", at: end))
        }
        return updates
    }
}

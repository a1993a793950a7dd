import Portal

extension StatusPage.Incident {
    /// The updates newest first; updates posted at the same instant keep their given order
    /// reversed, so the later-given one counts as the newer.
    var updatesNewestFirst: [StatusPage.IncidentUpdate] {
        updates.enumerated()
            .sorted { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }
            .map(\.element)
    }

    /// The status of the newest update; investigating before the first update.
    var status: StatusPage.IncidentStatus {
        updatesNewestFirst.first?.status ?? .investigating
    }

    /// Whether the incident is still going on.
    var isOpen: Bool { status != .resolved }

    /// When it was resolved: the newest update, when that says resolved.
    var resolved: Instant? {
        guard let newest = updatesNewestFirst.first, newest.status == .resolved else { return nil }
        return newest.at
    }
}

extension StatusPage.Input {
    /// Incidents still going on, the most recently started first (ties by identifier).
    var openIncidents: [StatusPage.Incident] {
        incidents.filter(\.isOpen).sorted(by: StatusPage.Incident.isNewer)
    }

    /// Incidents resolved, the most recently started first.
    var pastIncidents: [StatusPage.Incident] {
        incidents.filter { !$0.isOpen }.sorted(by: StatusPage.Incident.isNewer)
    }

    /// Maintenance in progress first, then scheduled; each by start, then identifier.
    var maintenanceInOrder: [StatusPage.Maintenance] {
        maintenance.sorted {
            let rank0 = $0.status == .inProgress ? 0 : 1, rank1 = $1.status == .inProgress ? 0 : 1
            return (rank0, $0.starts, $0.id) < (rank1, $1.starts, $1.id)
        }
    }

    /// The worst status of any component now, operational when there are none.
    var overallStatus: ComponentStatus {
        components.map(\.status).max { $0.severity < $1.severity } ?? .operational
    }
}

extension StatusPage.Incident {
    /// Orders incidents newest start first; identifiers break ties so the order is total.
    static func isNewer(_ lhs: Self, _ rhs: Self) -> Bool {
        (lhs.started, rhs.id) > (rhs.started, lhs.id)
    }
}

extension ComponentStatus {
    /// How bad a status is for the page's "worst" and overall status: operational, under
    /// maintenance, degraded, partial outage, major outage.
    ///
    /// Maintenance ranks below unplanned trouble although it turns every request away: it was
    /// announced, so a day with both is marked for the trouble people did not expect.
    var severity: Int {
        switch self {
        case .operational: 0
        case .underMaintenance: 1
        case .degraded: 2
        case .partialOutage: 3
        case .majorOutage: 4
        }
    }
}

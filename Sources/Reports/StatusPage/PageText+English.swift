import Portal

extension PageText {
    /// English.
    static let english = PageText(
        skipLink: "Skip to main content",
        pageTitle: { "\($0) status" },
        lastUpdated: "Last updated",
        timesIn: { "All times are in \($0) (\($1))." },
        otherLanguage: "Bahasa Indonesia",
        overall: { status in
            switch status {
            case .operational: "All systems operational"
            case .degraded: "Some services are slower than usual"
            case .partialOutage: "Partial service outage"
            case .majorOutage: "Major service outage"
            case .underMaintenance: "Maintenance in progress"
            }
        },
        currentIncidents: "Current incidents",
        maintenance: "Maintenance",
        noMaintenance: "No maintenance in progress or scheduled.",
        components: "Components",
        pastIncidents: "Past incidents",
        noPastIncidents: "No incidents reported.",
        affects: "Affected components",
        starts: "Starts",
        ends: "Ends",
        repeats: "Repeats",
        started: "Started",
        resolved: "Resolved",
        status: { status in
            switch status {
            case .operational: "Operational"
            case .degraded: "Degraded performance"
            case .partialOutage: "Partial outage"
            case .majorOutage: "Major outage"
            case .underMaintenance: "Under maintenance"
            }
        },
        maintenanceStatus: { status in
            switch status {
            case .scheduled: "Scheduled"
            case .inProgress: "In progress"
            }
        },
        incidentStatus: { status in
            switch status {
            case .investigating: "Investigating"
            case .identified: "Identified"
            case .monitoring: "Monitoring"
            case .resolved: "Resolved"
            }
        },
        component: { component in
            switch component {
            case .auth: "Login (GO ID)"
            case .captcha: "CAPTCHA"
            case .smsGateway: "SMS delivery"
            case .email: "E-mail delivery"
            case .applications: "Applications"
            case .documents: "Document uploads"
            case .payments: "Payments"
            }
        },
        uptimeSummary: { "\($0) operational over the last \($1) days" },
        uptimeNoData: "No data yet",
        dayLabel: { "\($0): \($1) operational, worst: \($2)" },
        dayWithoutData: { "\($0): no data" },
        daysAgo: { "\($0) days ago" },
        today: "Today",
        troubleDays: "Days not fully operational",
        noTroubleDays: "Operational every day.",
        legend: "Colour key",
        noData: "No data",
        subscribe: "Follow the Atom feed",
        json: "Status as JSON",
        madeBy: "Made by APOA Desk.",
        decimalSeparator: ".")
}

extension RunReport {
    /// The series a report knows by name, in groups: each group is one CSV file and, mostly, one
    /// section. A series of the world that no group knows goes to `other.csv` by name, so a new
    /// series of the simulator is never lost.
    enum SeriesGroup: String, CaseIterable, Sendable {
        case logins, failures, lockouts, otp, resets, tickets, requests, applications

        /// The group's CSV file.
        var file: String { rawValue + ".csv" }

        /// The series the group knows, in column order, with the words the report uses for them.
        var known: [(series: String, words: String)] {
            switch self {
            case .logins:
                [("logins.attempted", "attempts (all)"), ("logins.succeeded", "succeeded"), ("logins.failed", "failed (all)"),
                 ("attacks.attempts", "attempts by attackers"), ("sessions.started", "sessions started"), ("visits", "visits"),
                 ("visits.postponed-by-notice", "visits put off by a notice")]
            case .failures:
                [("failures.wrong-password", "wrong password"), ("failures.unknown-user", "unknown username"),
                 ("failures.locked", "account locked"), ("failures.captcha", "CAPTCHA failed or down"),
                 ("failures.service-outage", "login service down"), ("failures.maintenance", "maintenance"),
                 ("failures.unverified", "identity not verified"), ("failures.throttled", "address throttled")]
            case .lockouts:
                [("lockouts.owner", "by own failures"), ("lockouts.attack", "by an attack")]
            case .otp:
                [("otp.sent", "sent"), ("otp.undelivered", "undelivered"), ("otp.verified", "verified"), ("otp.failed", "wrong codes")]
            case .resets:
                [("resets.requested", "requested"), ("resets.completed", "completed")]
            case .tickets:
                [("tickets.otp", "one-time code"), ("tickets.login", "login"), ("tickets.password-reset", "password reset"),
                 ("tickets.locked", "locked account"), ("tickets.verification", "verification"), ("tickets.outage", "outage"),
                 ("tickets.security", "security"), ("tickets.application", "application"),
                 ("queue.waiting", "waiting at the hour's end"), ("queue.wait-minutes", "mean wait (min)")]
            case .requests:
                [("requests.auth", "login service"), ("requests.captcha", "CAPTCHA"), ("requests.sms-gateway", "SMS gateway"),
                 ("requests.email", "e-mail")]
            case .applications:
                [("applications.opened", "opened"), ("applications.submitted", "submitted"),
                 ("applications.needs-action", "sent back for action"), ("applications.approved", "approved"),
                 ("applications.rejected", "rejected"), ("applications.refused", "steps refused"),
                 ("documents.uploaded", "documents uploaded"), ("documents.failed-check", "documents that failed a check"),
                 ("appointments.booked", "office visits booked"), ("appointments.missed", "office visits missed")]
            }
        }

        /// The name prefixes of series that belong here though the group does not know them.
        var prefixes: [String] {
            switch self {
            case .logins: ["logins.", "attacks.", "sessions.", "visits."]
            case .failures: ["failures."]
            case .lockouts: ["lockouts."]
            case .otp: ["otp."]
            case .resets: ["resets."]
            case .tickets: ["tickets.", "queue."]
            case .requests: ["requests."]
            case .applications: ["applications.", "documents.", "appointments."]
            }
        }

        /// The group's series in `input`: the known ones, then others of its prefixes by name.
        func series(in input: Input) -> [String] {
            let known = self.known.map(\.series)
            let others = input.series.keys.filter { name in
                !known.contains(name) && prefixes.contains { name.hasPrefix($0) }
            }.sorted()
            return known + others
        }

        /// The report's words for `series`: the known words, else the name after its prefix.
        func words(for series: String) -> String {
            if let entry = known.first(where: { $0.series == series }) { return entry.words }
            return series.split(separator: ".", maxSplits: 1).last.map(String.init) ?? series
        }
    }

    /// Series of `input` that no group takes, by name.
    static func ungroupedSeries(in input: Input) -> [String] {
        let grouped = Set(SeriesGroup.allCases.flatMap { $0.series(in: input) })
        return input.series.keys.filter { !grouped.contains($0) }.sorted()
    }

    /// The ticket categories of `input` in the order the report lists them: the known ones, then
    /// others by name.
    static func ticketCategories(in input: Input) -> [String] {
        SeriesGroup.tickets.series(in: input).filter { $0.hasPrefix("tickets.") }
    }

    /// Tickets opened in each hour, every category together.
    static func ticketsPerHour(_ input: Input) -> [Double] {
        var totals = [Double](repeating: 0, count: input.hours)
        for category in ticketCategories(in: input) {
            for (hour, value) in input.values(category).enumerated() { totals[hour] += value }
        }
        return totals
    }

    /// What the desk needed in each hour to meet `input.target`, by Erlang C with every ticket
    /// a contact of `support.handleTime`: nil for an hour without tickets.
    static func staffingPerHour(_ input: Input) -> [Staffing?] {
        let handle = Double(input.support.handleTime.milliseconds) / 1000
        return ticketsPerHour(input).map { tickets in
            guard tickets > 0, handle > 0 else { return nil }
            return Staffing.plan(callsPerHour: tickets, handleTime: handle, target: input.target)
        }
    }
}

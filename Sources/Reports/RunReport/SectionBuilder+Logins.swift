import Portal

extension SectionBuilder {
    /// The run's parameters: what was simulated, with which seed and people, when, and its digest.
    func run() -> ReportSection {
        let abbreviation = input.zone.abbreviation(at: input.start)
        var rows: [[String]] = [["scenario", input.scenario]]
        if !input.title.isEmpty { rows.append(["title", input.title]) }
        rows += [
            ["seed", String(input.seed)],
            ["people", Self.count(Double(input.people))],
            ["period", "\(input.start.display(in: input.zone)) to \(input.end.display(in: input.zone)) (\(input.end - input.start))"],
            ["time zone", "\(input.zone.identifier) (\(abbreviation))"],
            ["record", input.record == "summary" ? "summary: no per-attempt event log" : input.record == "all" ? "all: every event" : input.record],
            ["digest", input.digest],
            ["support desk", "\(input.support.agents) agent\(input.support.agents == 1 ? "" : "s"), \(input.support.handleTime) a ticket"],
            ["staffing target", "\(NumberText.plain(input.target.share * 100, maxPlaces: 1))% of tickets taken up within "
                + "\(Self.seconds(input.target.seconds)) (Erlang C)"],
        ]
        let cut = periods.isDaily
            ? "The tables show each day; the charts and the CSV files show each hour."
            : "The tables, the charts and the CSV files show each hour."
        return ReportSection(id: "run", title: "The run", blocks: [
            .table(ReportTable(caption: "The run's parameters", header: ["parameter", "value"], alignments: [.left, .left], rows: rows)),
            .paragraph("Times are in \(input.zone.identifier) (\(abbreviation)). " + cut),
        ])
    }

    /// A few lines with the run's totals, and where to look.
    func glance() -> ReportSection {
        var items: [String] = []
        let people = peopleAttempts()
        let succeeded = input.total("logins.succeeded")
        items.append("Logins: \(Self.count(people.reduce(0, +))) attempts by people, \(Self.count(succeeded)) succeeded "
            + "(\(Self.share(succeeded, of: people.reduce(0, +)))); \(Self.count(input.total("attacks.attempts"))) attempts by attackers.")
        let failures = RunReport.SeriesGroup.failures
        let reasons = failures.series(in: input).map { (failures.words(for: $0), input.total($0)) }
        if let worst = reasons.max(by: { $0.1 < $1.1 }), worst.1 > 0 {
            items.append("Failures: \(Self.count(input.total("logins.failed"))) attempts failed, the attackers' included; "
                + "most for \(worst.0) (\(Self.count(worst.1))).")
        }
        let owner = input.total("lockouts.owner"), attack = input.total("lockouts.attack")
        items.append("Lockouts: \(Self.count(owner + attack)), \(Self.count(owner)) by the owners' own failures and "
            + "\(Self.count(attack)) by attacks.")
        let sent = input.total("otp.sent"), undelivered = input.total("otp.undelivered")
        items.append("One-time codes: \(Self.count(sent)) sent, \(Self.count(undelivered)) of them undelivered "
            + "(\(Self.share(undelivered, of: sent))).")
        items.append("Password resets: \(Self.count(input.total("resets.requested"))) requested, "
            + "\(Self.count(input.total("resets.completed"))) completed.")
        let tickets = RunReport.ticketsPerHour(input)
        var ticketLine = "Tickets: \(Self.count(tickets.reduce(0, +)))"
        if let peak = busiest(tickets) { ticketLine += "; \(Self.count(peak.value)) in the busiest hour (\(peak.label))" }
        if let queue = busiest(input.values("queue.waiting")) {
            ticketLine += ", and at most \(Self.count(queue.value)) waiting at an hour's end (\(queue.label))"
        }
        items.append(ticketLine + ".")
        let needed = RunReport.staffingPerHour(input).map { Double($0?.agents ?? 0) }
        if let peak = busiest(needed) {
            items.append("Agents: the busiest hour (\(peak.label)) needed \(Self.count(peak.value)) on duty to take up "
                + "\(NumberText.plain(input.target.share * 100, maxPlaces: 1))% of tickets within \(Self.seconds(input.target.seconds)); "
                + "the desk had \(input.support.agents).")
        }
        let shown = input.outages.prefix(5).map { outage in
            "\(outage.component.rawValue) \(Self.words(outage.status)) \(time(outage.starts))–\(time(outage.ends))"
        }
        let more = input.outages.count - shown.count
        items.append(input.outages.isEmpty
            ? "Components: all operational throughout."
            : "Components: " + shown.joined(separator: ", ") + (more > 0 ? " and \(more) more." : "."))
        let applications = input.applicationStates.reduce(0) { $0 + $1.count }
        let needingAction = input.applicationStates.first { $0.state == .needsAction }?.count ?? 0
        items.append("Applications: \(Self.count(Double(applications))) at the end, \(Self.count(Double(needingAction))) "
            + "of them needing action from the person.")
        return ReportSection(id: "summary", title: "At a glance", blocks: [.list(items)])
    }

    /// Attempts, successes and the success rate of people's logins, and the attackers' attempts.
    func logins() -> ReportSection {
        let people = peopleAttempts()
        let succeeded = input.values("logins.succeeded")
        let failed = input.values("logins.failed")
        let attackers = input.values("attacks.attempts")
        let rates: [Double?] = zip(succeeded, people).map { $1 > 0 ? $0 / $1 : nil }
        var rows: [[String]] = []
        for period in periods.rows {
            let tried = sum(people, period), won = sum(succeeded, period)
            rows.append([period.label, Self.count(tried), Self.count(won), Self.share(won, of: tried), Self.count(sum(failed, period)),
                         Self.count(sum(attackers, period))])
        }
        let tried = people.reduce(0, +), won = succeeded.reduce(0, +)
        let table = ReportTable(
            caption: perPeriod("Logins"),
            header: [periods.heading, "attempts by people", "succeeded", "success", "failed (all)", "attempts by attackers"],
            rows: rows,
            footer: ["total", Self.count(tried), Self.count(won), Self.share(won, of: tried), Self.count(failed.reduce(0, +)),
                     Self.count(attackers.reduce(0, +))])
        return ReportSection(id: "logins", title: "Logins", blocks: [
            .paragraph("Attempts by people leave out the attackers' attempts, which are counted on their own. Success is the "
                + "share of people's attempts that logged in; failed attempts include the attackers'."),
            .chart(.line(LineChart(title: "Login attempts per hour", axis: axis, series: [
                ChartSeries("attempts by people", people.map { $0 }, colour: Palette.series(0)),
                ChartSeries("succeeded", succeeded.map { $0 }, colour: Palette.series(2)),
                ChartSeries("attempts by attackers", attackers.map { $0 }, colour: Palette.series(1)),
            ]))),
            .chart(.line(LineChart(title: "Share of people's login attempts that succeeded, per hour", axis: axis,
                                   series: [ChartSeries("success", rates, colour: Palette.series(0))],
                                   format: .percent, minimumTop: 1))),
            .table(table),
        ])
    }

    /// Failed attempts by their reason: totals, shares and each reason's busiest hour.
    func failures() -> ReportSection {
        let group = RunReport.SeriesGroup.failures
        let names = group.series(in: input)
        let total = input.total("logins.failed")
        let rows = names.map { name -> [String] in
            let values = input.values(name)
            let peak = busiest(values)
            return [group.words(for: name), Self.count(values.reduce(0, +)), Self.share(values.reduce(0, +), of: total),
                    peak?.label ?? Self.none, peak.map { Self.count($0.value) } ?? Self.none]
        }
        let present = names.filter { input.total($0) > 0 }
        return ReportSection(id: "failures", title: "Failures by reason", blocks: [
            .paragraph("Every refused login attempt by the reason the portal recorded, the attackers' included. The person "
                + "sees the same words for an unknown user, a wrong password and a locked account; the reasons are the log's."),
            .chart(.horizontalBars(HorizontalBarChart(title: "Failed login attempts by reason",
                                                      bars: names.map { (group.words(for: $0), input.total($0)) },
                                                      colour: Palette.series(1)))),
            .chart(.bars(BarChart(title: "Failed login attempts per hour, by reason", axis: axis,
                                  series: present.enumerated().map { index, name in
                                      ChartSeries(group.words(for: name), input.values(name).map { $0 }, colour: Palette.series(index))
                                  }))),
            .table(ReportTable(caption: "Failed attempts by reason", header: ["reason", "failures", "share", "busiest hour", "in that hour"],
                               alignments: [.left, .right, .right, .left, .right],
                               rows: rows, footer: ["total", Self.count(total), Self.share(total, of: total), Self.none, Self.none])),
        ])
    }

    /// Attempts by people in each hour: all attempts less the attackers'.
    func peopleAttempts() -> [Double] {
        zip(input.values("logins.attempted"), input.values("attacks.attempts")).map { max(0, $0 - $1) }
    }

    /// Seconds as a duration: `60` → `1m`, `20` → `20s`.
    static func seconds(_ value: Double) -> String {
        TimeSpan.milliseconds(Int64((value * 1000).rounded())).description
    }
}

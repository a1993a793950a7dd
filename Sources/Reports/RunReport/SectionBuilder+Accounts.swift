extension SectionBuilder {
    /// Locks set by the owners' own failures and by attacks.
    func lockouts() -> ReportSection {
        let owner = input.values("lockouts.owner"), attack = input.values("lockouts.attack")
        let table = countTable(perPeriod("Lockouts"), columns: [("by own failures", owner), ("by an attack", attack),
                                                                ("total", zip(owner, attack).map(+))], skippingEmpty: true)
        let total = owner.reduce(0, +) + attack.reduce(0, +)
        let tally = total == 0 ? "No account was locked."
            : "\(Self.count(total)) locks in all: \(Self.count(owner.reduce(0, +))) by owners, \(Self.count(attack.reduce(0, +))) by attacks."
        var blocks: [ReportSection.Block] = [
            .paragraph("An account is locked by its owner's own failures (typos, a forgotten or old password) or by someone "
                + "else's: an attack's. " + tally),
        ]
        guard total > 0 else { return ReportSection(id: "lockouts", title: "Lockouts", blocks: blocks) }
        blocks.append(.chart(.bars(BarChart(title: "Lockouts per hour, by whose failures", axis: axis, series: [
            ChartSeries("by own failures", owner.map { $0 }, colour: Palette.series(0)),
            ChartSeries("by an attack", attack.map { $0 }, colour: Palette.series(1)),
        ]))))
        if let note = skippedNote(table, what: "a lockout") { blocks.append(.paragraph(note)) }
        blocks.append(.table(table))
        return ReportSection(id: "lockouts", title: "Lockouts", blocks: blocks)
    }

    /// One-time codes sent, the undelivered among them, and how they were used.
    func codes() -> ReportSection {
        let sent = input.values("otp.sent"), undelivered = input.values("otp.undelivered")
        let verified = input.values("otp.verified"), wrong = input.values("otp.failed")
        var rows: [[String]] = []
        for period in periods.rows {
            let out = sum(sent, period), lost = sum(undelivered, period)
            rows.append([period.label, Self.count(out), Self.count(lost), Self.share(lost, of: out), Self.count(sum(verified, period)),
                         Self.count(sum(wrong, period))])
        }
        let out = sent.reduce(0, +), lost = undelivered.reduce(0, +)
        let table = ReportTable(
            caption: perPeriod("One-time codes"),
            header: [periods.heading, "sent", "undelivered", "undelivered share", "verified", "wrong codes"], rows: rows,
            footer: ["total", Self.count(out), Self.count(lost), Self.share(lost, of: out), Self.count(verified.reduce(0, +)),
                     Self.count(wrong.reduce(0, +))])
        return ReportSection(id: "codes", title: "One-time codes", blocks: [
            .paragraph("Codes sent by SMS or e-mail for a second factor. An undelivered code was sent while its gateway could "
                + "not deliver it: the person waits for a code that never comes, and often calls the desk. Wrong codes are "
                + "tries with a code that did not match."),
            .chart(.line(LineChart(title: "One-time codes per hour", axis: axis, series: [
                ChartSeries("sent", sent.map { $0 }, colour: Palette.series(0)),
                ChartSeries("undelivered", undelivered.map { $0 }, colour: Palette.series(1)),
                ChartSeries("verified", verified.map { $0 }, colour: Palette.series(2)),
            ]))),
            .table(table),
        ])
    }

    /// Password resets requested and completed.
    func resets() -> ReportSection {
        let requested = input.values("resets.requested"), completed = input.values("resets.completed")
        let table = countTable(perPeriod("Password resets"), columns: [("requested", requested), ("completed", completed)],
                               skippingEmpty: true)
        let asked = requested.reduce(0, +), done = completed.reduce(0, +)
        var blocks: [ReportSection.Block] = [
            .paragraph(asked == 0 && done == 0 ? "Nobody asked for a password reset."
                : "\(Self.count(asked)) resets requested by e-mail link or SMS code, \(Self.count(done)) completed "
                + "(\(Self.share(done, of: asked)) of the requests). A reset ends the account's sessions and clears a "
                + "temporary lock."),
        ]
        guard asked > 0 || done > 0 else { return ReportSection(id: "resets", title: "Password resets", blocks: blocks) }
        blocks.append(.chart(.line(LineChart(title: "Password resets per hour", axis: axis, series: [
            ChartSeries("requested", requested.map { $0 }, colour: Palette.series(0)),
            ChartSeries("completed", completed.map { $0 }, colour: Palette.series(2)),
        ]))))
        if let note = skippedNote(table, what: "a reset") { blocks.append(.paragraph(note)) }
        blocks.append(.table(table))
        return ReportSection(id: "resets", title: "Password resets", blocks: blocks)
    }
}

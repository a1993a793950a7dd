import Portal
import Testing

@Suite("Notice lifecycle on the clock")
struct NoticeLifecycleTests {
    typealias F = NoticeFixtures

    @Test("maintenance: scheduled, in progress during its window, completed after, by the clock alone", arguments: [
        ("2026-12-01T08:00:00+07:00", NoticeStatus.scheduled, false),
        ("2026-12-02T00:59:59+07:00", .scheduled, false),
        ("2026-12-02T01:00:00+07:00", .inProgress, true),
        ("2026-12-02T03:59:59.999+07:00", .inProgress, true),
        ("2026-12-02T04:00:00+07:00", .completed, false),
        ("2027-06-01T00:00:00+07:00", .completed, false),
    ])
    func maintenance(at: String, status: NoticeStatus, imposes: Bool) throws {
        let notice = try F.publish(F.draft(starts: "2026-12-02T01:00:00+07:00"), now: "2026-12-01T08:00:00+07:00")
        #expect(notice.status(at: F.t(at)) == status)
        #expect(notice.componentStatuses(at: F.t(at)) == (imposes ? [AffectedComponent(.auth, .underMaintenance)] : []))
    }

    @Test("maintenance completed early by an update ends its window there")
    func completedEarly() throws {
        var notice = try F.publish(F.draft(starts: "2026-12-02T01:00:00+07:00"), now: "2026-12-01T08:00:00+07:00")
        notice = try notice.posting(F.update(.completed, at: "2026-12-02T02:15:00+07:00"))
        #expect(notice.status(at: F.t("2026-12-02T02:14:00+07:00")) == .inProgress)
        #expect(notice.status(at: F.t("2026-12-02T02:15:00+07:00")) == .completed)
        #expect(notice.componentStatuses(at: F.t("2026-12-02T02:30:00+07:00")).isEmpty)
        #expect(notice.inForceUntil == F.t("2026-12-02T02:15:00+07:00"))
    }

    @Test("a recurring maintenance is in progress in each window, scheduled between, completed after the last")
    func recurring() throws {
        // Thursday 3 December, then Mondays and Thursdays: three windows of 2h at 02:00 WITA.
        let rule = Recurrence(.weekly([.monday, .thursday]), in: F.zone("Asia/Makassar"), count: 3)
        let notice = try F.publish(F.draft(starts: "2026-12-03T02:00:00+08:00", end: .after(.hours(2)), recurrence: rule),
                                   now: "2026-12-01T08:00:00+07:00")
        let expected: [(String, NoticeStatus)] = [
            ("2026-12-03T01:59:00+08:00", .scheduled), ("2026-12-03T02:00:00+08:00", .inProgress),
            ("2026-12-03T04:00:00+08:00", .scheduled), ("2026-12-07T03:00:00+08:00", .inProgress),
            ("2026-12-08T03:00:00+08:00", .scheduled), ("2026-12-10T03:59:00+08:00", .inProgress),
            ("2026-12-10T04:00:00+08:00", .completed), ("2026-12-14T03:00:00+08:00", .completed),
        ]
        for (at, status) in expected {
            #expect(notice.status(at: F.t(at)) == status, "at \(at)")
        }
        #expect(notice.inForceUntil == F.t("2026-12-10T04:00:00+08:00"))
        // Completing one window early leaves the next as scheduled.
        let early = try notice.posting(F.update(.completed, at: "2026-12-03T03:00:00+08:00"))
        #expect(early.status(at: F.t("2026-12-03T03:30:00+08:00")) == .scheduled)
        #expect(early.status(at: F.t("2026-12-07T02:30:00+08:00")) == .inProgress)
    }

    @Test("the windows a recurring maintenance imposed: cut short where completed early, none after a cancellation")
    func imposedWindows() throws {
        let rule = Recurrence(.daily, in: .jakarta)
        var notice = try F.publish(F.draft(starts: "2026-12-02T01:00:00+07:00", end: .after(.hours(2)), recurrence: rule),
                                   now: "2026-12-01T08:00:00+07:00")
        notice = try notice.posting(F.update(.completed, at: "2026-12-03T01:30:00+07:00"))
        notice = try notice.cancelling(at: F.t("2026-12-04T02:00:00+07:00"), by: "admin", reason: "done for good")
        #expect(notice.imposedWindows(from: F.t("2026-12-01T00:00:00+07:00"), to: F.t("2026-12-08T00:00:00+07:00")) == [
            NoticeWindow(starts: F.t("2026-12-02T01:00:00+07:00"), ends: F.t("2026-12-02T03:00:00+07:00")),
            NoticeWindow(starts: F.t("2026-12-03T01:00:00+07:00"), ends: F.t("2026-12-03T01:30:00+07:00")),
            NoticeWindow(starts: F.t("2026-12-04T01:00:00+07:00"), ends: F.t("2026-12-04T02:00:00+07:00")),
        ])
        #expect(notice.inForceUntil == F.t("2026-12-04T02:00:00+07:00"))
    }

    @Test("an incident moves by its timed updates and holds its components until monitoring")
    func incident() throws {
        var notice = try F.incident(starts: "2026-12-01T08:00:00+07:00")
        notice = try notice.posting(F.update(.identified, at: "2026-12-01T08:30:00+07:00"))
        notice = try notice.posting(F.update(.monitoring, at: "2026-12-01T10:00:00+07:00"))
        notice = try notice.posting(F.update(.resolved, at: "2026-12-01T11:00:00+07:00"))
        let expected: [(String, NoticeStatus, Bool)] = [
            ("2026-12-01T08:00:00+07:00", .investigating, true), ("2026-12-01T08:29:00+07:00", .investigating, true),
            ("2026-12-01T08:30:00+07:00", .identified, true), ("2026-12-01T09:59:00+07:00", .identified, true),
            ("2026-12-01T10:00:00+07:00", .monitoring, false), ("2026-12-01T11:00:00+07:00", .resolved, false),
        ]
        for (at, status, imposes) in expected {
            #expect(notice.status(at: F.t(at)) == status, "at \(at)")
            #expect(notice.componentStatuses(at: F.t(at)) == (imposes ? [AffectedComponent(.smsGateway, .majorOutage)] : []))
        }
        #expect(notice.inForceUntil == F.t("2026-12-01T11:00:00+07:00"))
        #expect(notice.imposedWindows(from: F.t("2026-12-01T00:00:00+07:00"), to: F.t("2026-12-02T00:00:00+07:00"))
            == [NoticeWindow(starts: F.t("2026-12-01T08:00:00+07:00"), ends: F.t("2026-12-01T10:00:00+07:00"))])
    }

    @Test("an incident may go back from monitoring when the fix does not hold; it holds its components again")
    func incidentBack() throws {
        var notice = try F.incident(starts: "2026-12-01T08:00:00+07:00")
        notice = try notice.posting(F.update(.monitoring, at: "2026-12-01T09:00:00+07:00"))
        notice = try notice.posting(F.update(.identified, at: "2026-12-01T09:30:00+07:00"))
        #expect(notice.status(at: F.t("2026-12-01T09:45:00+07:00")) == .identified)
        #expect(notice.componentStatuses(at: F.t("2026-12-01T09:45:00+07:00")).count == 1)
        #expect(notice.imposedWindows(from: F.t("2026-12-01T00:00:00+07:00"), to: F.t("2026-12-01T12:00:00+07:00")) == [
            NoticeWindow(starts: F.t("2026-12-01T08:00:00+07:00"), ends: F.t("2026-12-01T09:00:00+07:00")),
            NoticeWindow(starts: F.t("2026-12-01T09:30:00+07:00"), ends: F.t("2026-12-01T12:00:00+07:00")),
        ])
        #expect(notice.inForceUntil == nil)
    }

    @Test("an incident published with an end resolves by the clock")
    func incidentWithEnd() throws {
        let notice = try F.incident(starts: "2026-12-01T08:00:00+07:00", end: .after(.hours(2)))
        #expect(notice.status(at: F.t("2026-12-01T09:59:00+07:00")) == .investigating)
        #expect(notice.status(at: F.t("2026-12-01T10:00:00+07:00")) == .resolved)
        #expect(notice.componentStatuses(at: F.t("2026-12-01T10:00:00+07:00")).isEmpty)
    }

    @Test("a cancelled notice is cancelled from then on and imposes nothing; before, it was what it was")
    func cancelled() throws {
        let published = try F.publish(F.draft(starts: "2026-12-02T01:00:00+07:00"), now: "2026-12-01T08:00:00+07:00")
        let notice = try published.cancelling(at: F.t("2026-12-02T02:00:00+07:00"), by: "admin", reason: "  the work moved  ")
        #expect(notice.cancellation?.reason == "the work moved")
        #expect(notice.status(at: F.t("2026-12-02T01:30:00+07:00")) == .inProgress)
        #expect(notice.status(at: F.t("2026-12-02T02:00:00+07:00")) == .cancelled)
        #expect(notice.componentStatuses(at: F.t("2026-12-02T02:30:00+07:00")).isEmpty)
        #expect(notice.inForceUntil == F.t("2026-12-02T02:00:00+07:00"))
        #expect(notice.nextWindow(after: F.t("2026-12-02T02:30:00+07:00")) == nil)
    }

    @Test("the board: the worst status wins, the notice that set it is named, and only full outages stop requests")
    func board() throws {
        let incident = try F.incident(starts: "2026-12-01T08:00:00+07:00")
        let maintenance = try F.publish(
            F.draft(starts: "2026-12-01T08:00:00+07:00", components: [AffectedComponent.Request(.smsGateway), AffectedComponent.Request(.email, .degraded)]),
            id: 2, now: "2026-12-01T08:00:00+07:00")
        var board = ComponentStatusBoard()
        board.record(.partialOutage, for: .email)
        board.record(.partialOutage, for: .auth)
        board.impose(maintenance, at: F.t("2026-12-01T09:00:00+07:00"))
        board.impose(incident, at: F.t("2026-12-01T09:00:00+07:00"))
        #expect(board[.smsGateway].status == .majorOutage)
        #expect(board[.smsGateway].leadingNotice?.id == 1)
        #expect(board[.smsGateway].notices.map(\.status) == [.underMaintenance, .majorOutage])
        #expect(board[.email].status == .partialOutage)
        #expect(board[.email].leadingNotice == nil)
        #expect(board[.captcha].status == .operational)
        #expect(board.conditions.outage(of: .smsGateway) == .majorOutage)
        #expect(board.conditions.outage(of: .auth) == nil)
        #expect(ComponentStatus.allCases.sorted { $0.severity < $1.severity }
            == [.operational, .degraded, .partialOutage, .underMaintenance, .majorOutage])
    }
}

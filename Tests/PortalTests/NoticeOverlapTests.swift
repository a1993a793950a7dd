import Portal
import Testing

@Suite("Overlapping maintenance")
struct NoticeOverlapTests {
    typealias F = NoticeFixtures
    static let now = "2026-12-01T08:00:00+07:00"

    private func maintenance(_ id: Int64, starts: String, length: TimeSpan = .hours(3), components: [Component] = [.auth],
                             recurrence: Recurrence? = nil) throws -> Notice {
        try F.publish(F.draft(starts: starts, end: .after(length), components: components.map { AffectedComponent.Request($0) },
                              recurrence: recurrence), id: id, now: Self.now)
    }

    @Test("two windows on one component overlap; touching windows and other components do not")
    func oneOff() throws {
        let first = try maintenance(1, starts: "2026-12-02T01:00:00+07:00")
        let overlapping = try maintenance(2, starts: "2026-12-02T03:00:00+07:00", components: [.captcha, .auth])
        let touching = try maintenance(3, starts: "2026-12-02T04:00:00+07:00")
        let elsewhere = try maintenance(4, starts: "2026-12-02T01:00:00+07:00", components: [.payments])
        let found = overlapping.overlaps(with: [first, elsewhere], from: F.t(Self.now))
        #expect(found == [NoticeOverlap(
            other: 1, components: [.auth],
            window: NoticeWindow(starts: F.t("2026-12-02T03:00:00+07:00"), ends: F.t("2026-12-02T06:00:00+07:00")),
            otherWindow: NoticeWindow(starts: F.t("2026-12-02T01:00:00+07:00"), ends: F.t("2026-12-02T04:00:00+07:00")))])
        #expect(first.overlaps(with: [touching, elsewhere], from: F.t(Self.now)).isEmpty)
    }

    @Test("a recurring window is found where it meets a one-off weeks later, in another zone")
    func recurring() throws {
        // Mondays 02:00-04:00 WITA (01:00-03:00 WIB); a one-off on Monday 21 December 02:30 WIB.
        let weekly = try maintenance(1, starts: "2026-12-07T02:00:00+08:00", length: .hours(2),
                                     recurrence: Recurrence(.weekly([.monday]), in: F.zone("Asia/Makassar")))
        let oneOff = try maintenance(2, starts: "2026-12-21T02:30:00+07:00", length: .hours(1))
        let later = try maintenance(3, starts: "2026-12-22T02:30:00+07:00", length: .hours(1))
        let found = oneOff.overlaps(with: [weekly, later], from: F.t(Self.now))
        #expect(found.map(\.other) == [1])
        #expect(found.first?.otherWindow.starts == F.t("2026-12-21T02:00:00+08:00"))
        #expect(weekly.overlaps(with: [oneOff, later], from: F.t(Self.now)).map(\.other) == [2])
    }

    @Test("cancelled, finished and incident notices are not flagged")
    func notFlagged() throws {
        let first = try maintenance(1, starts: "2026-12-02T01:00:00+07:00")
        let cancelled = try maintenance(2, starts: "2026-12-02T02:00:00+07:00")
            .cancelling(at: F.t(Self.now), by: "admin", reason: "moved")
        let incident = try F.incident(id: 3, starts: Self.now)
        #expect(first.overlaps(with: [cancelled, incident], from: F.t(Self.now)).isEmpty)
        #expect(incident.overlaps(with: [first], from: F.t(Self.now)).isEmpty)
    }
}

import Foundation
import Portal
import SQLiteDB
import Testing
@testable import World

@Suite("Notices in the world file")
struct NoticeStoreTests {
    /// The instant an ISO 8601 text names.
    static func t(_ text: String) throws -> Instant { try Instant(iso8601: text) }

    static let title = UserMessage(id: "Pemeliharaan GO ID", en: "GO ID maintenance")

    /// Weekly maintenance of auth and captcha, Mondays and Thursdays 02:00-04:00 WITA, 3 times,
    /// with a body; the world clock is 2026-12-01 07:00 WIB.
    static func weekly() throws -> NoticeDraft {
        NoticeDraft(kind: .maintenance, title: title, body: UserMessage(id: "Login tidak tersedia.", en: "Login is unavailable."),
                    components: [AffectedComponent.Request(.captcha), AffectedComponent.Request(.auth, .degraded)],
                    starts: try t("2026-12-03T02:00:00+08:00"), end: .after(.hours(2)),
                    recurrence: Recurrence(.weekly([.monday, .thursday]), in: try #require(Zone(identifier: "Asia/Makassar")), count: 3))
    }

    static func incident(_ starts: Instant) -> NoticeDraft {
        NoticeDraft(kind: .incident, title: UserMessage(id: "Gangguan SMS", en: "SMS gateway down"),
                    components: [AffectedComponent.Request(.smsGateway, .majorOutage)], starts: starts, end: .open)
    }

    @Test("a published notice reads back as it was made: texts, components in order, recurrence and zone")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        let published = try world.publishNotice(try Self.weekly(), by: "admin")
        #expect(published.notice.id == 1)
        #expect(published.overlaps.isEmpty)
        let reopened = try WorldStore.open(at: directory.file("world.sqlite"))
        #expect(try reopened.notice(1) == published.notice)
        #expect(try reopened.notice(1).schedule.lastWindow?.starts == (try Self.t("2026-12-10T02:00:00+08:00")))
        #expect(try reopened.connection.scalar("SELECT recurrence || ' ' || recurrence_zone FROM notices") == .text("weekly:mon,thu Asia/Makassar"))
        #expect(throws: WorldError.unknownNotice(2)) { try world.notice(2) }
    }

    @Test("updates and cancellations are stored at the clock; a refusal stores nothing")
    func updates() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        let incident = try world.publishNotice(Self.incident(Fixtures.start), by: "admin").notice
        try world.advanceClock(by: .minutes(30))
        let message = UserMessage(id: "Penyebab ditemukan.", en: "The cause was found.")
        let identified = try world.postNoticeUpdate(incident.id, status: .identified, message: message, by: "rina")
        #expect(identified.updates == [NoticeUpdate(at: Fixtures.start + .minutes(30), status: .identified, message: message, by: "rina")])
        try world.advanceClock(by: .minutes(30))
        _ = try world.postNoticeUpdate(incident.id, status: .resolved, message: message, by: "rina")
        #expect(try world.connection.scalar("SELECT in_force_until FROM notices WHERE id = 1")
            == .integer((Fixtures.start + .hours(1)).millisecondsSince1970))
        #expect(throws: WorldError.refused(.noticeRefused(.finished(1, .resolved)))) {
            try world.postNoticeUpdate(incident.id, status: .monitoring, message: message, by: "rina")
        }
        #expect(try world.notice(1).updates.count == 2)

        let maintenance = try world.publishNotice(try Self.weekly(), by: "admin").notice
        let cancelled = try world.cancelNotice(maintenance.id, reason: "the vendor moved the work", by: "admin")
        #expect(cancelled.cancellation == NoticeCancellation(at: Fixtures.start + .hours(1), by: "admin", reason: "the vendor moved the work"))
        #expect(try world.notice(2) == cancelled)
        #expect(throws: WorldError.refused(.noticeRefused(.cancelled(2, at: Fixtures.start + .hours(1))))) {
            try world.cancelNotice(maintenance.id, reason: "again", by: "admin")
        }
        #expect(try world.notices().map(\.id).isEmpty)
        #expect(try world.notices(includingFinished: true).map(\.id) == [2, 1])
        #expect(try world.allNotices().map(\.id) == [1, 2])
    }

    @Test("publishing flags maintenance in force on a shared component at the same time, and publishes anyway")
    func overlaps() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        _ = try world.publishNotice(try Self.weekly(), by: "admin")
        var oneOff = try Self.weekly()
        oneOff.recurrence = nil
        oneOff.components = [AffectedComponent.Request(.auth)]
        oneOff.starts = try Self.t("2026-12-07T03:00:00+08:00")
        let published = try world.publishNotice(oneOff, by: "admin")
        #expect(published.overlaps.map(\.other) == [1])
        #expect(published.overlaps.first?.components == [.auth])
        #expect(try world.notices().count == 2)
    }

    @Test("component statuses: the record and the notices together, the worst winning; the history of both")
    func board() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        let start = Fixtures.start
        try world.connection.run("""
            INSERT INTO component_status (component, starts_at, ends_at, status, cause) VALUES
              ('sms-gateway', ?, ?, 'partial-outage', 'overload'), ('email', ?, ?, 'major-outage', 'incident')
            """, [start.millisecondsSince1970, (start + .hours(2)).millisecondsSince1970,
                  start.millisecondsSince1970, (start + .hours(2)).millisecondsSince1970])
        _ = try world.publishNotice(Self.incident(start), by: "admin")
        var maintenance = try Self.weekly()
        maintenance.recurrence = nil
        maintenance.components = [AffectedComponent.Request(.email)]
        maintenance.starts = start
        _ = try world.publishNotice(maintenance, by: "admin")
        let board = try world.componentStatuses(at: start + .minutes(10))
        #expect(board[.smsGateway].status == .majorOutage)
        #expect(board[.smsGateway].recorded == .partialOutage)
        #expect(board[.smsGateway].leadingNotice?.id == 1)
        #expect(board[.email].status == .majorOutage)
        #expect(board[.email].leadingNotice == nil)
        #expect(board[.auth].status == .operational)
        #expect(board.conditions.outage(of: .smsGateway) == .majorOutage)
        #expect(try world.componentStatuses(at: start + .hours(3))[.smsGateway].status == .majorOutage)
        #expect(try world.componentStatuses(at: start + .hours(3))[.email].status == .operational)

        let history = try world.componentHistory(from: start - .hours(1), to: start + .hours(4))
        #expect(history.filter { $0.notice == nil }.count == 2)
        #expect(history.filter { $0.notice == 1 }.map(\.ends) == [start + .hours(4)])
        #expect(history.filter { $0.notice == 2 }.map { ($0.component, $0.status, $0.ends) }.first! == (.email, .underMaintenance, start + .hours(2)))
    }

    @Test("a version 4 world gains the notice tables when opened")
    func migrates() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("world.sqlite")
        let world = try Fixtures.world(in: directory)
        try world.connection.execute("DROP TABLE notice_updates; DROP TABLE notice_components; DROP TABLE notices; PRAGMA user_version = 4")
        let reopened = try WorldStore.open(at: path)
        #expect(try reopened.connection.userVersion() == 5)
        #expect(try reopened.notices(includingFinished: true).isEmpty)
    }
}

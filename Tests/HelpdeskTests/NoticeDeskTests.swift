import Foundation
import Portal
import Testing
import World
@testable import Helpdesk

@Suite("Notices at the desk")
struct NoticeDeskTests {
    static let start = Instant(millisecondsSince1970: 1_796_083_200_000)  // 2026-12-01T07:00:00+07:00

    /// A new world at `start` with an agent `rina` and a supervisor `sari`.
    private static func world() throws -> (WorldStore, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-notices-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let world = try WorldStore.create(at: "\(directory)/world.sqlite", policy: .standard, start: start, zone: .jakarta)
        _ = try world.addOperator("rina", role: .agent)
        _ = try world.addOperator("sari", role: .supervisor)
        return (world, directory)
    }

    private static func draft(starts: Instant = start + .hours(18)) -> NoticeDraft {
        NoticeDraft(kind: .maintenance, title: UserMessage(id: "Pemeliharaan GO ID", en: "GO ID maintenance"),
                    components: [AffectedComponent.Request(.auth)], starts: starts, end: .after(.hours(3)))
    }

    @Test("a supervisor publishes, updates and cancels, each one audit line naming the notice")
    func supervisor() throws {
        let (world, directory) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let desk = try Desk(world: world, operatorName: "sari", action: "test")
        let published = try desk.publishNotice(Self.draft())
        let message = UserMessage(id: "Tetap sesuai jadwal.", en: "Still on schedule.")
        _ = try desk.updateNotice(published.notice.id, status: .scheduled, message: message)
        _ = try desk.cancelNotice(published.notice.id, reason: "moved to next week")
        let audit = try world.auditEntries()
        #expect(audit.map(\.action) == ["notice-publish", "notice-update", "notice-cancel"])
        #expect(audit.map(\.target) == ["notice 1", "notice 1", "notice 1"])
        #expect(audit[0].detail == "published maintenance 'GO ID maintenance' for auth (under-maintenance): 2026-12-02T01:00:00+07:00 for 3h")
        #expect(audit[1].detail == "scheduled: Still on schedule.")
        #expect(audit[2].detail == "cancelled (was scheduled): moved to next week")
    }

    @Test("an agent is refused and audited; bad input is thrown before anything is audited")
    func refusals() throws {
        let (world, directory) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let agent = try Desk(world: world, operatorName: "rina", action: "test")
        #expect(throws: HelpdeskError.notPermitted(operator: "rina", role: .agent, action: "notice-publish", needs: .publishNotices)) {
            try agent.publishNotice(Self.draft())
        }
        #expect(try world.auditEntries().last?.outcome == .refused)
        let supervisor = try Desk(world: world, operatorName: "sari", action: "test")
        let count = try world.auditEntries().count
        #expect(throws: PortalError.noticeRefused(.endNotAfterStart(starts: Self.start, ends: Self.start))) {
            var draft = Self.draft(starts: Self.start)
            draft.end = .after(.zero)
            return try supervisor.publishNotice(draft)
        }
        #expect(try world.auditEntries().count == count)
        #expect(try world.notices(includingFinished: true).isEmpty)

        // The notice says no: refused in the world's words and zone, audited.
        let notice = try supervisor.publishNotice(Self.draft()).notice
        let message = UserMessage(id: "Dimulai.", en: "Started.")
        #expect(throws: HelpdeskError.refused("maintenance #1 is scheduled (the clock moves it on at 2026-12-02 01:00 WIB): the clock moves "
                                              + "maintenance, so an update may say scheduled, not in-progress")) {
            try supervisor.updateNotice(notice.id, status: .inProgress, message: message)
        }
        #expect(try world.auditEntries().last?.outcome == .refused)
        #expect(try world.notice(1).updates.isEmpty)
    }
}

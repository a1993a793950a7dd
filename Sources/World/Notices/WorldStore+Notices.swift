import Portal
import SQLiteDB

/// Reading notices: one, the list, the ones in force at an instant. A notice comes back with
/// its components and updates; its status is the notice rules' to say at any instant.
extension WorldStore {
    /// Notice `id`, or `unknownNotice`.
    public func notice(_ id: Int64) throws -> Notice {
        try read { _ in try loadNotice(id) }
    }

    /// The notices not finished at the world clock (scheduled, in progress, or an incident not
    /// resolved), or every notice with `includingFinished`; newest first.
    public func notices(includingFinished: Bool = false) throws -> [Notice] {
        try read { now in
            let notices = try loadNotices("ORDER BY id DESC")
            return includingFinished ? notices : notices.filter { !$0.status(at: now).isFinal }
        }
    }

    /// Every notice with its updates, oldest first: what a status page and its feed are made from.
    public func allNotices() throws -> [Notice] {
        try read { _ in try loadNotices("ORDER BY id") }
    }

    /// `notice(_:)` inside a transaction.
    func loadNotice(_ id: Int64) throws -> Notice {
        guard let notice = try loadNotices("WHERE id = ?", [id]).first else { throw WorldError.unknownNotice(id) }
        return notice
    }

    /// The notices that may be in force at `instant` — begun by then and not over for good
    /// before it — by id. Inside a transaction.
    func loadNotices(inForceAt instant: Instant) throws -> [Notice] {
        try loadNotices("WHERE starts_at <= ? AND (in_force_until IS NULL OR in_force_until > ?) ORDER BY id",
                        [instant.millisecondsSince1970, instant.millisecondsSince1970])
    }

    /// The notices not over for good at `instant` (including those yet to begin), by id.
    func loadNotices(notOverAt instant: Instant) throws -> [Notice] {
        try loadNotices("WHERE in_force_until IS NULL OR in_force_until > ? ORDER BY id", [instant.millisecondsSince1970])
    }

    /// The notices `clause` selects, each with its components and updates.
    func loadNotices(_ clause: String, _ values: [any SQLBindable] = []) throws -> [Notice] {
        try connection.query("SELECT * FROM notices \(clause)", values).map(notice)
    }

    private func notice(_ row: Row) throws -> Notice {
        guard let id = row.int("id"), let kind = row.text("kind").flatMap(NoticeKind.init(rawValue:)),
              let titleID = row.text("title_id"), let titleEN = row.text("title_en"), let starts = row.int("starts_at"),
              let published = row.int("published_at"), let publishedBy = row.text("published_by") else {
            throw damaged("a notice row lacks a field apoa always writes")
        }
        let start = Instant(millisecondsSince1970: starts)
        let body = row.text("body_id").flatMap { id in row.text("body_en").map { UserMessage(id: id, en: $0) } }
        let schedule = NoticeSchedule(starts: start, length: row.int("ends_at").map { Instant(millisecondsSince1970: $0) - start },
                                      recurrence: try recurrence(row, notice: id))
        let cancellation = row.int("cancelled_at").map { at in
            NoticeCancellation(at: Instant(millisecondsSince1970: at), by: row.text("cancelled_by") ?? "", reason: row.text("cancel_reason") ?? "")
        }
        return Notice(
            id: id, kind: kind, title: UserMessage(id: titleID, en: titleEN), body: body,
            components: try noticeComponents(id), schedule: schedule, publishedAt: Instant(millisecondsSince1970: published),
            publishedBy: publishedBy, updates: try noticeUpdates(id), cancellation: cancellation)
    }

    private func recurrence(_ row: Row, notice id: Int64) throws -> Recurrence? {
        guard let rule = row.text("recurrence") else { return nil }
        guard let frequency = try? Recurrence.Frequency(parsing: rule) else {
            throw damaged("notice #\(id) has the recurrence '\(rule)'")
        }
        let zoneName = row.text("recurrence_zone") ?? ""
        guard let zone = Zone(identifier: zoneName) else { throw damaged("notice #\(id) names the unknown time zone '\(zoneName)'") }
        return Recurrence(frequency, in: zone, until: row.int("recur_until").map { Instant(millisecondsSince1970: $0) },
                          count: row.int("recur_count").map { Int($0) })
    }

    private func noticeComponents(_ id: Int64) throws -> [AffectedComponent] {
        try connection.query("SELECT component, status FROM notice_components WHERE notice_id = ? ORDER BY position", [id]).map { row in
            guard let component = row.text("component").flatMap(Component.init(rawValue:)),
                  let status = row.text("status").flatMap(ComponentStatus.init(rawValue:)) else {
                throw damaged("notice #\(id) names a component or status apoa does not know")
            }
            return AffectedComponent(component, status)
        }
    }

    private func noticeUpdates(_ id: Int64) throws -> [NoticeUpdate] {
        try connection.query("SELECT * FROM notice_updates WHERE notice_id = ? ORDER BY at, id", [id]).map { row in
            guard let at = row.int("at"), let status = row.text("status").flatMap(NoticeStatus.init(rawValue:)),
                  let messageID = row.text("message_id"), let messageEN = row.text("message_en") else {
                throw damaged("an update of notice #\(id) lacks a field apoa always writes")
            }
            return NoticeUpdate(at: Instant(millisecondsSince1970: at), status: status,
                                message: UserMessage(id: messageID, en: messageEN), by: row.text("posted_by") ?? "")
        }
    }

    private func damaged(_ why: String) -> WorldError {
        .notAWorld(path: path, why: "it is damaged: \(why)")
    }
}

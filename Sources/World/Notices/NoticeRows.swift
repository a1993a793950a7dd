import Portal
import SQLiteDB

/// A notice as rows of `notices` and `notice_components`: written by the desk when it
/// publishes, and by a simulation for its scenario's announced maintenance.
enum NoticeRows {
    static func insert(_ notice: Notice, into connection: Connection) throws {
        let schedule = notice.schedule
        let recurrence = schedule.recurrence
        try connection.run("""
            INSERT INTO notices (id, kind, title_id, title_en, body_id, body_en, starts_at, ends_at, recurrence, recurrence_zone,
                                 recur_until, recur_count, in_force_until, published_at, published_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [notice.id, notice.kind.rawValue, notice.title.indonesian, notice.title.english, notice.body?.indonesian,
                  notice.body?.english, schedule.starts.millisecondsSince1970,
                  schedule.length.map { (schedule.starts + $0).millisecondsSince1970 }, recurrence?.frequency.rule,
                  recurrence?.zone.identifier, recurrence?.until?.millisecondsSince1970, recurrence?.count.map(Int64.init),
                  notice.inForceUntil?.millisecondsSince1970, notice.publishedAt.millisecondsSince1970, notice.publishedBy])
        for (position, affected) in notice.components.enumerated() {
            try connection.run("INSERT INTO notice_components (notice_id, position, component, status) VALUES (?, ?, ?, ?)",
                               [notice.id, Int64(position), affected.component.rawValue, affected.status.rawValue])
        }
    }
}

import Portal
import SQLiteDB

/// Publishing, updating and cancelling notices at the world clock, each one transaction (or a
/// part of the desk action's, inside `audited`). The notice rules decide; a refusal is
/// `WorldError.refused(.noticeRefused(…))` and changes nothing.
extension WorldStore {
    /// Publishes `draft` by operator `name` at the world clock, and says which maintenance in
    /// force it overlaps on a component.
    public func publishNotice(_ draft: NoticeDraft, by name: String) throws -> PublishedNotice {
        try transaction { now in
            let id = try nextID(in: "notices")
            let notice = try refusedByRules { () throws(PortalError) in try Notice.publish(draft, id: id, at: now, by: name) }
            let overlaps = notice.overlaps(with: try loadNotices(notOverAt: now), from: now)
            try NoticeRows.insert(notice, into: connection)
            return PublishedNotice(notice: notice, overlaps: overlaps)
        }
    }

    /// Posts an update with `status` and `message` to notice `id`, by operator `name`, at the world clock.
    public func postNoticeUpdate(_ id: Int64, status: NoticeStatus, message: UserMessage, by name: String) throws -> Notice {
        try transaction { now in
            let before = try loadNotice(id)
            let after = try refusedByRules { () throws(PortalError) in
                try before.posting(NoticeUpdate(at: now, status: status, message: message, by: name))
            }
            guard let update = after.updates.last else { preconditionFailure("posting adds an update") }
            try connection.run("""
                INSERT INTO notice_updates (notice_id, at, status, message_id, message_en, posted_by) VALUES (?, ?, ?, ?, ?, ?)
                """, [id, now.millisecondsSince1970, update.status.rawValue, update.message.indonesian, update.message.english, name])
            try connection.run("UPDATE notices SET in_force_until = ? WHERE id = ?", [after.inForceUntil?.millisecondsSince1970, id])
            return after
        }
    }

    /// Cancels notice `id` for `reason`, by operator `name`, at the world clock.
    public func cancelNotice(_ id: Int64, reason: String, by name: String) throws -> Notice {
        try transaction { now in
            let before = try loadNotice(id)
            let after = try refusedByRules { () throws(PortalError) in try before.cancelling(at: now, by: name, reason: reason) }
            guard let cancellation = after.cancellation else { preconditionFailure("cancelling sets the cancellation") }
            try connection.run("""
                UPDATE notices SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, in_force_until = ? WHERE id = ?
                """, [now.millisecondsSince1970, name, cancellation.reason, after.inForceUntil?.millisecondsSince1970, id])
            return after
        }
    }

    /// `body`'s result, a refusal by the portal's rules becoming this module's error.
    private func refusedByRules<T>(_ body: () throws(PortalError) -> T) throws(WorldError) -> T {
        do {
            return try body()
        } catch {
            throw .refused(error)
        }
    }
}

import Portal
import World

/// Publishing, updating and cancelling notices: supervisors and admins (`publishNotices`).
///
/// Input no notice could take — an end before the start, a title in one language, an unknown
/// component — is thrown as the `PortalError` it is, before anything is attempted or audited,
/// so the command line can name the option. What the notice as it stands refuses (an update
/// to a cancelled or finished notice, a status of the other kind, maintenance asked to be where
/// the clock says it is not) is a refusal: `HelpdeskError.refused`, audited, nothing changed.
extension Desk {
    /// Publishes `draft` at the world clock. Overlapping maintenance on a component is returned
    /// as a warning and named in the audit line; the notice is published all the same.
    public func publishNotice(_ draft: NoticeDraft) throws -> PublishedNotice {
        try Notice.check(draft, at: try world.now())
        return try perform("notice-publish", target: nil, needs: [.publishNotices]) { audit in
            let published = try refusedByNoticeRules { try world.publishNotice(draft, by: actor.name) }
            let notice = published.notice
            audit.target = Notice.auditTarget(notice.id)
            audit.detail = "published \(notice.kind.rawValue) '\(notice.title.english)' for "
                + notice.components.map { "\($0.component.rawValue) (\($0.status.rawValue))" }.joined(separator: ", ")
                + ": " + scheduleText(notice.schedule)
                + (published.overlaps.isEmpty ? "" : "; overlaps " + published.overlaps.map {
                    "notice \($0.other) on \($0.components.map(\.rawValue).joined(separator: ", "))"
                }.joined(separator: ", "))
            return published
        }
    }

    /// Posts an update with `status` and `message` (both languages) to notice `id`.
    public func updateNotice(_ id: Int64, status: NoticeStatus, message: UserMessage) throws -> Notice {
        try Notice.checkText(message, as: .message)
        return try perform("notice-update", target: Notice.auditTarget(id), needs: [.publishNotices]) { audit in
            let before = try world.notice(id)
            let after = try refusedByNoticeRules { try world.postNoticeUpdate(id, status: status, message: message, by: actor.name) }
            let was = after.updates.last.map { before.status(at: $0.at) } ?? status
            audit.detail = "\(status.rawValue)" + (was == status ? "" : " (was \(was.rawValue))")
                + ": \(after.updates.last?.message.english ?? message.english)"
            return after
        }
    }

    /// Cancels notice `id` for `reason`: from now on it is `cancelled` and imposes nothing.
    public func cancelNotice(_ id: Int64, reason: String) throws -> Notice {
        let reason = try Notice.checkReason(reason)
        return try perform("notice-cancel", target: Notice.auditTarget(id), needs: [.publishNotices]) { audit in
            let before = try world.notice(id)
            let after = try refusedByNoticeRules { try world.cancelNotice(id, reason: reason, by: actor.name) }
            let was = after.cancellation.map { before.status(at: $0.at) }
            audit.detail = "cancelled" + (was.map { " (was \($0.rawValue))" } ?? "") + ": \(reason)"
            return after
        }
    }

    /// `2026-12-02T01:00:00+07:00 for 3h, weekly:mon,thu in Asia/Makassar, at most 3 windows`, for the audit line.
    private func scheduleText(_ schedule: NoticeSchedule) -> String {
        var text = schedule.starts.iso8601(in: world.zone) + (schedule.length.map { " for \($0)" } ?? ", open-ended")
        if let recurrence = schedule.recurrence {
            text += ", \(recurrence.frequency.rule) in \(recurrence.zone.identifier)"
                + (recurrence.until.map { " until \($0.iso8601(in: world.zone))" } ?? "")
                + (recurrence.count.map { ", at most \($0) windows" } ?? "")
        }
        return text
    }

    /// `body`'s result, a refusal by the notice rules told in the world's zone.
    private func refusedByNoticeRules<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch WorldError.refused(.noticeRefused(let problem)) {
            throw HelpdeskError.refused(problem.describe(in: world.zone))
        }
    }
}

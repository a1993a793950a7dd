/// Updates and cancellation: what the desk may still say about a published notice.
///
/// An incident moves by its updates in any order until it is resolved: a fix that does not
/// hold sends `monitoring` back to `identified`, and the notice should say so rather than
/// pretend. Maintenance moves by the clock; an update repeats the status the clock gives (a
/// message, "still on schedule") or completes a window in progress early. A cancelled or
/// finished (completed, resolved) notice takes nothing more.
extension Notice {
    /// This notice with `update` posted, or the rule that refuses it.
    public func posting(_ update: NoticeUpdate) throws(PortalError) -> Notice {
        try Self.checkText(update.message, as: .message)
        try checkOpen(at: update.at)
        guard update.status.kind == kind else { throw .noticeRefused(.statusNotForKind(update.status, kind: kind)) }
        let latest = max(publishedAt, updates.last?.at ?? publishedAt)
        guard update.at >= latest else { throw .noticeRefused(.updateOutOfOrder(id, at: update.at, latest: latest)) }
        if kind == .maintenance {
            let current = status(at: update.at)
            guard update.status == current || (update.status == .completed && current == .inProgress) else {
                let next = windowInForce(at: update.at)?.ends ?? nextWindow(after: update.at)?.starts
                throw .noticeRefused(.maintenanceFollowsClock(id, current: current, asked: update.status, next: next))
            }
        }
        var posted = self
        posted.updates.append(NoticeUpdate(at: update.at, status: update.status, message: Self.trimmed(update.message), by: update.by))
        return posted
    }

    /// This notice cancelled at `at` by `name` for `reason`, or the rule that refuses it.
    public func cancelling(at instant: Instant, by name: String, reason: String) throws(PortalError) -> Notice {
        let reason = try Self.checkReason(reason)
        try checkOpen(at: instant)
        var cancelled = self
        cancelled.cancellation = NoticeCancellation(at: instant, by: name, reason: reason)
        return cancelled
    }

    /// `reason` without white space at either end, or `reasonRequired` when that leaves nothing
    /// or more than `reasonLimit` characters.
    public static func checkReason(_ reason: String) throws(PortalError) -> String {
        let text = trimmed(reason)
        guard !text.isEmpty, text.count <= reasonLimit else { throw .noticeRefused(.reasonRequired) }
        return text
    }

    /// Refuses a notice that is cancelled or finished at `instant`.
    private func checkOpen(at instant: Instant) throws(PortalError) {
        if let cancellation { throw .noticeRefused(.cancelled(id, at: cancellation.at)) }
        let current = status(at: instant)
        guard !current.isFinal else { throw .noticeRefused(.finished(id, current)) }
    }
}

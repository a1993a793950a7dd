import Portal

/// Notices for the notice tests: times written as people write them, notices made the way the
/// desk makes them (`Notice.publish`), so each test starts from a notice the rules accepted.
enum NoticeFixtures {
    /// The instant an ISO 8601 text names (the tests write only valid ones).
    static func t(_ text: String) -> Instant {
        do { return try Instant(iso8601: text) } catch { preconditionFailure("bad test time \(text): \(error)") }
    }

    /// An IANA zone the tz database has.
    static func zone(_ identifier: String) -> Zone {
        guard let zone = Zone(identifier: identifier) else { preconditionFailure("no zone \(identifier)") }
        return zone
    }

    static let title = UserMessage(id: "Pemeliharaan GO ID", en: "GO ID maintenance")
    static let message = UserMessage(id: "Penyebab ditemukan.", en: "The cause was found.")

    /// A draft: maintenance of auth from `starts` for `length` unless told otherwise.
    static func draft(
        _ kind: NoticeKind = .maintenance, starts: String, end: NoticeDraft.End = .after(.hours(3)),
        components: [AffectedComponent.Request] = [AffectedComponent.Request(.auth)], recurrence: Recurrence? = nil
    ) -> NoticeDraft {
        NoticeDraft(kind: kind, title: title, components: components, starts: t(starts), end: end, recurrence: recurrence)
    }

    /// The draft published as notice `id` at `now`.
    static func publish(_ draft: NoticeDraft, id: Int64 = 1, now: String) throws -> Notice {
        try Notice.publish(draft, id: id, at: t(now), by: "admin")
    }

    /// Incident `id` on the SMS gateway (major outage), started at `starts`, published then.
    static func incident(id: Int64 = 1, starts: String, end: NoticeDraft.End = .open) throws -> Notice {
        try publish(draft(.incident, starts: starts, end: end, components: [AffectedComponent.Request(.smsGateway, .majorOutage)]),
                    id: id, now: starts)
    }

    /// An update at `at`.
    static func update(_ status: NoticeStatus, at: String) -> NoticeUpdate {
        NoticeUpdate(at: t(at), status: status, message: message, by: "admin")
    }
}

/// Publishing: every check a new notice must pass, at the world clock.
extension Notice {
    /// The longest title, in characters, in each language.
    public static let titleLimit = 120
    /// The longest body or update message, in characters, in each language.
    public static let textLimit = 2_000
    /// The longest cancellation reason, in characters.
    public static let reasonLimit = 1_000
    /// The longest window: a year and a day.
    public static let maximumLength = TimeSpan.days(366)

    /// Checks `draft` as published at `now` and makes notice `id` from it.
    ///
    /// The first problem found is thrown, in this order: the title, the body, the components
    /// (an incident names each one's status; `operational` is never imposed, `under-maintenance`
    /// only by maintenance), the end (after the start, at most `maximumLength`; only an incident
    /// may be open-ended), the recurrence (maintenance only; windows shorter than the gap between
    /// them; at least one window), an incident starting after `now`, maintenance already over.
    public static func publish(_ draft: NoticeDraft, id: Int64, at now: Instant, by name: String) throws(PortalError) -> Notice {
        let (components, schedule) = try checked(draft, at: now)
        return Notice(
            id: id, kind: draft.kind, title: trimmed(draft.title), body: draft.body.map(trimmed), components: components,
            schedule: schedule, publishedAt: now, publishedBy: name)
    }

    /// The checks of `publish` alone: throws the first problem with `draft` at `now`.
    public static func check(_ draft: NoticeDraft, at now: Instant) throws(PortalError) {
        _ = try checked(draft, at: now)
    }

    /// Checks that `message` has text in both languages, within `textLimit`.
    public static func checkText(_ message: UserMessage, as part: NoticeText) throws(PortalError) {
        let limit = part == .title ? titleLimit : textLimit
        for language in Language.allCases {
            let text = trimmed(message.text(in: language))
            guard !text.isEmpty else { throw .noticeRefused(.missingLanguage(part, language)) }
            guard text.count <= limit else { throw .noticeRefused(.textTooLong(part, language, maximum: limit)) }
            if part == .title, text.contains(where: \.isNewline) { throw .noticeRefused(.lineBreakInTitle(language)) }
        }
    }

    private static func checked(_ draft: NoticeDraft, at now: Instant) throws(PortalError) -> ([AffectedComponent], NoticeSchedule) {
        try checkText(draft.title, as: .title)
        if let body = draft.body { try checkText(body, as: .body) }
        let components = try affected(draft.components, kind: draft.kind)
        let length = try length(of: draft)
        if let recurrence = draft.recurrence { try check(recurrence, kind: draft.kind, length: length) }
        let schedule = NoticeSchedule(starts: draft.starts, length: length, recurrence: draft.recurrence)
        // A count of at least one always leaves a window: only `until` can leave none.
        if let recurrence = draft.recurrence, let until = recurrence.until, !schedule.hasWindows {
            let first = NoticeSchedule(starts: draft.starts, length: length,
                                       recurrence: Recurrence(recurrence.frequency, in: recurrence.zone)).firstWindow?.starts
            throw .noticeRefused(.recurrenceNeverOccurs(first: first ?? draft.starts, until: until))
        }
        switch draft.kind {
        case .incident:
            guard draft.starts <= now else { throw .noticeRefused(.incidentInFuture(starts: draft.starts, now: now)) }
        case .maintenance:
            if let end = schedule.end, end <= now { throw .noticeRefused(.alreadyOver(ended: end, now: now)) }
        }
        return (components, schedule)
    }

    /// The components with their statuses, the kind's default where none was asked for.
    private static func affected(_ requests: [AffectedComponent.Request], kind: NoticeKind) throws(PortalError) -> [AffectedComponent] {
        guard !requests.isEmpty else { throw .noticeRefused(.noComponents) }
        var components: [AffectedComponent] = []
        for request in requests {
            guard !components.contains(where: { $0.component == request.component }) else {
                throw .noticeRefused(.duplicateComponent(request.component))
            }
            guard let status = request.status ?? kind.defaultComponentStatus else {
                throw .noticeRefused(.componentStatusRequired(request.component))
            }
            guard kind.componentStatuses.contains(status) else {
                throw .noticeRefused(.componentStatusNotAllowed(request.component, status, kind: kind))
            }
            components.append(AffectedComponent(request.component, status))
        }
        return components
    }

    /// The length of each window, or nil for an open-ended incident.
    private static func length(of draft: NoticeDraft) throws(PortalError) -> TimeSpan? {
        let length: TimeSpan
        switch draft.end {
        case .open:
            guard draft.kind == .incident else { throw .noticeRefused(.openEndedMaintenance) }
            guard draft.recurrence == nil else { throw .noticeRefused(.recurrenceWithoutLength) }
            return nil
        case .after(let span):
            guard span > .zero else { throw .noticeRefused(.endNotAfterStart(starts: draft.starts, ends: draft.starts + span)) }
            length = span
        case .at(let end):
            guard end > draft.starts else { throw .noticeRefused(.endNotAfterStart(starts: draft.starts, ends: end)) }
            length = end - draft.starts
        }
        guard length <= maximumLength else { throw .noticeRefused(.windowTooLong(length, maximum: maximumLength)) }
        return length
    }

    private static func check(_ recurrence: Recurrence, kind: NoticeKind, length: TimeSpan?) throws(PortalError) {
        guard kind == .maintenance else { throw .noticeRefused(.recurringIncident) }
        guard let length else { throw .noticeRefused(.recurrenceWithoutLength) }
        if let count = recurrence.count, !(1...Recurrence.maximumCount).contains(count) {
            throw .noticeRefused(.countOutOfRange(count))
        }
        let gap = recurrence.frequency.shortestGapInDays
        guard length < .days(gap) else { throw .noticeRefused(.windowsOverlapEachOther(length: length, gapInDays: gap)) }
    }

    /// The texts without white space at either end.
    static func trimmed(_ message: UserMessage) -> UserMessage {
        UserMessage(id: trimmed(message.indonesian), en: trimmed(message.english))
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

import Portal
import Testing

@Suite("Notice checks")
struct NoticeValidationTests {
    typealias F = NoticeFixtures
    static let now = "2026-12-01T08:00:00+07:00"

    /// The problem `Notice.publish` finds with `draft`, or nil when it accepts it.
    private func problem(_ draft: NoticeDraft, now: String = Self.now) -> NoticeProblem? {
        do {
            _ = try Notice.publish(draft, id: 1, at: F.t(now), by: "admin")
            return nil
        } catch {
            guard case .noticeRefused(let problem) = error else { return nil }
            return problem
        }
    }

    @Test("a text missing in either language is refused, blanks counting as missing")
    func languages() {
        var draft = F.draft(starts: "2026-12-02T01:00:00+07:00")
        draft.title = UserMessage(id: "Pemeliharaan", en: "  ")
        #expect(problem(draft) == .missingLanguage(.title, .english))
        draft.title = UserMessage(id: "", en: "Maintenance")
        #expect(problem(draft) == .missingLanguage(.title, .indonesian))
        draft.title = F.title
        draft.body = UserMessage(id: "Sistem tidak dapat diakses.", en: "")
        #expect(problem(draft) == .missingLanguage(.body, .english))
        draft.body = nil
        draft.title = UserMessage(id: "Baris\nkedua", en: "Maintenance")
        #expect(problem(draft) == .lineBreakInTitle(.indonesian))
        draft.title = UserMessage(id: String(repeating: "a", count: 121), en: "Maintenance")
        #expect(problem(draft) == .textTooLong(.title, .indonesian, maximum: 120))
    }

    @Test("component lists: unknown names and statuses, repeats and empty entries are refused", arguments: [
        ("auth,smsgateway", NoticeProblem.unknownComponent("smsgateway")),
        ("auth:down", .unknownComponentStatus("down", component: .auth)),
        ("auth,auth:degraded", .duplicateComponent(.auth)),
        ("auth,", .noComponents),
        ("", .noComponents),
    ])
    func componentLists(text: String, expected: NoticeProblem) {
        #expect(throws: PortalError.noticeRefused(expected)) { try AffectedComponent.parseList(text) }
    }

    @Test("components: an incident says each status; operational is never imposed, maintenance only by maintenance")
    func componentStatuses() throws {
        #expect(try AffectedComponent.parseList(" auth , sms-gateway:major-outage")
            == [AffectedComponent.Request(.auth), AffectedComponent.Request(.smsGateway, .majorOutage)])
        #expect(problem(F.draft(.incident, starts: Self.now, end: .open, components: [AffectedComponent.Request(.smsGateway)]))
            == .componentStatusRequired(.smsGateway))
        #expect(problem(F.draft(starts: "2026-12-02T01:00:00+07:00", components: [AffectedComponent.Request(.auth, .operational)]))
            == .componentStatusNotAllowed(.auth, .operational, kind: .maintenance))
        #expect(problem(F.draft(.incident, starts: Self.now, end: .open, components: [AffectedComponent.Request(.auth, .underMaintenance)]))
            == .componentStatusNotAllowed(.auth, .underMaintenance, kind: .incident))
        #expect(problem(F.draft(starts: "2026-12-02T01:00:00+07:00", components: [])) == .noComponents)
    }

    @Test("the end must come after the start, within a year; only an incident is open-ended")
    func ends() {
        let starts = "2026-12-02T01:00:00+07:00"
        #expect(problem(F.draft(starts: starts, end: .at(F.t("2026-12-02T00:00:00+07:00"))))
            == .endNotAfterStart(starts: F.t(starts), ends: F.t("2026-12-02T00:00:00+07:00")))
        #expect(problem(F.draft(starts: starts, end: .at(F.t(starts)))) == .endNotAfterStart(starts: F.t(starts), ends: F.t(starts)))
        #expect(problem(F.draft(starts: starts, end: .after(.zero))) == .endNotAfterStart(starts: F.t(starts), ends: F.t(starts)))
        #expect(problem(F.draft(starts: starts, end: .after(.days(367)))) == .windowTooLong(.days(367), maximum: .days(366)))
        #expect(problem(F.draft(starts: starts, end: .open)) == .openEndedMaintenance)
        #expect(problem(F.draft(starts: starts, end: .at(F.t("2026-12-02T04:00:00+07:00")))) == nil)
    }

    @Test("an incident has happened; maintenance that is already over tells nobody anything")
    func times() {
        #expect(problem(F.draft(.incident, starts: "2026-12-01T09:00:00+07:00", end: .open,
                                components: [AffectedComponent.Request(.auth, .degraded)]))
            == .incidentInFuture(starts: F.t("2026-12-01T09:00:00+07:00"), now: F.t(Self.now)))
        #expect(problem(F.draft(starts: "2026-12-01T04:00:00+07:00"))
            == .alreadyOver(ended: F.t("2026-12-01T07:00:00+07:00"), now: F.t(Self.now)))
        // Still running: accepted, and in progress at once.
        #expect(problem(F.draft(starts: "2026-12-01T06:00:00+07:00")) == nil)
    }

    @Test("recurrences: maintenance only, with a length shorter than the gap, bounded to at least one window")
    func recurrences() {
        let jakarta = Zone.jakarta
        let starts = "2026-12-02T01:00:00+07:00"
        #expect(problem(F.draft(.incident, starts: Self.now, end: .after(.hours(1)),
                                components: [AffectedComponent.Request(.auth, .degraded)], recurrence: Recurrence(.daily, in: jakarta)))
            == .recurringIncident)
        #expect(problem(F.draft(starts: starts, end: .after(.days(1)), recurrence: Recurrence(.daily, in: jakarta)))
            == .windowsOverlapEachOther(length: .days(1), gapInDays: 1))
        #expect(problem(F.draft(starts: starts, end: .after(.days(3)), recurrence: Recurrence(.weekly([.monday, .wednesday]), in: jakarta)))
            == .windowsOverlapEachOther(length: .days(3), gapInDays: 2))
        #expect(problem(F.draft(starts: starts, recurrence: Recurrence(.daily, in: jakarta, count: 0))) == .countOutOfRange(0))
        #expect(problem(F.draft(starts: starts, recurrence: Recurrence(.daily, in: jakarta, count: 1_001))) == .countOutOfRange(1_001))
        // Monthly on the 31st from 1 February until 28 February: March 31 would be the first.
        let never = Recurrence(.monthly(day: 31), in: jakarta, until: F.t("2027-02-28T00:00:00+07:00"))
        #expect(problem(F.draft(starts: "2027-02-01T01:00:00+07:00", recurrence: never))
            == .recurrenceNeverOccurs(first: F.t("2027-03-31T01:00:00+07:00"), until: F.t("2027-02-28T00:00:00+07:00")))
        #expect(problem(F.draft(starts: starts, recurrence: Recurrence(.daily, in: jakarta, until: F.t("2026-12-01T23:00:00+07:00"))))
            == .recurrenceNeverOccurs(first: F.t(starts), until: F.t("2026-12-01T23:00:00+07:00")))
    }

    @Test("a time without a zone offset is refused where it is read")
    func offset() {
        #expect(throws: PortalError.timeWithoutOffset("2026-12-02T01:00:00")) { try Instant(iso8601: "2026-12-02T01:00:00") }
    }

    @Test("updates: nothing after a cancellation or the end; statuses of the kind; maintenance follows the clock")
    func updates() throws {
        let maintenance = try F.publish(F.draft(starts: "2026-12-02T01:00:00+07:00"), now: Self.now)
        let cancelled = try maintenance.cancelling(at: F.t("2026-12-01T09:00:00+07:00"), by: "admin", reason: "moved")
        #expect(throws: PortalError.noticeRefused(.cancelled(1, at: F.t("2026-12-01T09:00:00+07:00")))) {
            try cancelled.posting(F.update(.scheduled, at: "2026-12-01T10:00:00+07:00"))
        }
        #expect(throws: PortalError.noticeRefused(.cancelled(1, at: F.t("2026-12-01T09:00:00+07:00")))) {
            try cancelled.cancelling(at: F.t("2026-12-01T10:00:00+07:00"), by: "admin", reason: "again")
        }
        #expect(throws: PortalError.noticeRefused(.finished(1, .completed))) {
            try maintenance.posting(F.update(.completed, at: "2026-12-02T05:00:00+07:00"))
        }
        #expect(throws: PortalError.noticeRefused(.statusNotForKind(.identified, kind: .maintenance))) {
            try maintenance.posting(F.update(.identified, at: "2026-12-01T09:00:00+07:00"))
        }
        #expect(throws: PortalError.noticeRefused(.maintenanceFollowsClock(
            1, current: .scheduled, asked: .inProgress, next: F.t("2026-12-02T01:00:00+07:00")))) {
            try maintenance.posting(F.update(.inProgress, at: "2026-12-01T09:00:00+07:00"))
        }
        #expect(throws: PortalError.noticeRefused(.maintenanceFollowsClock(
            1, current: .scheduled, asked: .completed, next: F.t("2026-12-02T01:00:00+07:00")))) {
            try maintenance.posting(F.update(.completed, at: "2026-12-01T09:00:00+07:00"))
        }
        #expect(try maintenance.posting(F.update(.scheduled, at: "2026-12-01T09:00:00+07:00")).updates.count == 1)
        #expect(throws: PortalError.noticeRefused(.missingLanguage(.message, .english))) {
            try maintenance.posting(NoticeUpdate(at: F.t("2026-12-01T09:00:00+07:00"), status: .scheduled,
                                                 message: UserMessage(id: "Tetap sesuai jadwal.", en: ""), by: "admin"))
        }
        #expect(throws: PortalError.noticeRefused(.reasonRequired)) {
            try maintenance.cancelling(at: F.t("2026-12-01T09:00:00+07:00"), by: "admin", reason: " ")
        }

        let incident = try F.incident(starts: Self.now)
        let resolved = try incident.posting(F.update(.resolved, at: "2026-12-01T09:00:00+07:00"))
        #expect(throws: PortalError.noticeRefused(.finished(1, .resolved))) {
            try resolved.posting(F.update(.monitoring, at: "2026-12-01T10:00:00+07:00"))
        }
        #expect(throws: PortalError.noticeRefused(.statusNotForKind(.cancelled, kind: .incident))) {
            try incident.posting(F.update(.cancelled, at: "2026-12-01T09:00:00+07:00"))
        }
        let identified = try incident.posting(F.update(.identified, at: "2026-12-01T09:00:00+07:00"))
        #expect(throws: PortalError.noticeRefused(.updateOutOfOrder(1, at: F.t("2026-12-01T08:30:00+07:00"), latest: F.t("2026-12-01T09:00:00+07:00")))) {
            try identified.posting(F.update(.monitoring, at: "2026-12-01T08:30:00+07:00"))
        }
    }

    @Test("problems read in the zone they are shown in")
    func wording() {
        let problem = NoticeProblem.endNotAfterStart(starts: F.t("2026-12-02T01:00:00+07:00"), ends: F.t("2026-12-02T00:00:00+07:00"))
        #expect(problem.describe(in: F.zone("Asia/Makassar"))
            == "the end 2026-12-02 01:00 WITA is not after the start 2026-12-02 02:00 WITA")
        #expect(PortalError.noticeRefused(.missingLanguage(.title, .english)).description
            == "the title is needed in English too: a notice speaks Indonesian and English")
    }
}

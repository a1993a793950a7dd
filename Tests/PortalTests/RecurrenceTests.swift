import Portal
import Testing

@Suite("Recurring maintenance")
struct RecurrenceTests {
    typealias F = NoticeFixtures

    /// The starts of `notice`'s windows within `from..<to`, in `zone`'s local time.
    private func starts(_ notice: Notice, from: String, to: String, in zone: Zone) -> [String] {
        notice.schedule.windows(from: F.t(from), to: F.t(to)).map { $0.starts.iso8601(in: zone) }
    }

    private func notice(_ rule: String, starts: String, zone: String, length: TimeSpan = .hours(1),
                        until: String? = nil, count: Int? = nil) throws -> Notice {
        let recurrence = Recurrence(try Recurrence.Frequency(parsing: rule), in: F.zone(zone), until: until.map(F.t), count: count)
        return try F.publish(F.draft(starts: starts, end: .after(length), recurrence: recurrence), now: "2026-01-01T00:00:00Z")
    }

    @Test("rules read and print back", arguments: [
        ("daily", "daily", "daily"), ("weekly:thu,mon,MON", "weekly:mon,thu", "weekly on Monday and Thursday"),
        ("weekly:sunday", "weekly:sun", "weekly on Sunday"), ("monthly:15", "monthly:15", "monthly on day 15"),
        ("monthly:31", "monthly:31", "monthly on day 31 (months without one are skipped)"),
    ])
    func parsing(text: String, rule: String, summary: String) throws {
        let frequency = try Recurrence.Frequency(parsing: text)
        #expect(frequency.rule == rule)
        #expect(frequency.summary == summary)
    }

    @Test("malformed rules are refused with what was expected", arguments: [
        "hourly", "weekly", "weekly:", "weekly:mon,funday", "monthly:0", "monthly:32", "monthly:+5", "daily:2", "",
    ])
    func malformed(text: String) {
        #expect {
            try Recurrence.Frequency(parsing: text)
        } throws: { error in
            guard case PortalError.noticeRefused(.malformedRecurrence(let found, _)) = error else { return false }
            return found == text
        }
    }

    @Test("daily across a month boundary: the window that runs past midnight is found from the next month")
    func monthBoundary() throws {
        let notice = try notice("daily", starts: "2026-11-29T23:30:00+07:00", zone: "Asia/Jakarta")
        #expect(starts(notice, from: "2026-11-29T00:00:00+07:00", to: "2026-12-02T00:00:00+07:00", in: .jakarta)
            == ["2026-11-29T23:30:00+07:00", "2026-11-30T23:30:00+07:00", "2026-12-01T23:30:00+07:00"])
        let window = notice.schedule.window(at: F.t("2026-12-01T00:15:00+07:00"))
        #expect(window?.starts == F.t("2026-11-30T23:30:00+07:00"))
        #expect(notice.status(at: F.t("2026-12-01T00:15:00+07:00")) == .inProgress)
        #expect(notice.status(at: F.t("2026-12-01T00:30:00+07:00")) == .scheduled)
    }

    @Test("a 02:00 window stays at 02:00 local across Amsterdam's changes; the skipped hour moves forward")
    func amsterdam() throws {
        let amsterdam = F.zone("Europe/Amsterdam")
        let notice = try notice("daily", starts: "2027-03-26T02:00:00+01:00", zone: "Europe/Amsterdam")
        #expect(starts(notice, from: "2027-03-26T00:00:00Z", to: "2027-03-30T12:00:00Z", in: amsterdam) == [
            "2027-03-26T02:00:00+01:00", "2027-03-27T02:00:00+01:00",
            "2027-03-28T03:00:00+02:00",  // 02:00 does not exist that night
            "2027-03-29T02:00:00+02:00", "2027-03-30T02:00:00+02:00",
        ])
        // In the autumn 02:30 happens twice: the first (summer time) is the window's.
        let autumn = try self.notice("daily", starts: "2027-10-29T02:30:00+02:00", zone: "Europe/Amsterdam")
        #expect(starts(autumn, from: "2027-10-29T00:00:00Z", to: "2027-11-02T00:00:00Z", in: amsterdam) == [
            "2027-10-29T02:30:00+02:00", "2027-10-30T02:30:00+02:00", "2027-10-31T02:30:00+02:00",
            "2027-11-01T02:30:00+01:00",
        ])
    }

    @Test("weekly in New York: the same local hour, an hour later in UTC after the clocks fall back")
    func newYork() throws {
        let newYork = F.zone("America/New_York")
        let notice = try notice("weekly:sat,sun", starts: "2027-10-30T09:00:00-04:00", zone: "America/New_York", length: .hours(2))
        #expect(notice.schedule.windows(from: F.t("2027-10-30T00:00:00Z"), to: F.t("2027-11-08T00:00:00Z")).map(\.starts) == [
            F.t("2027-10-30T13:00:00Z"), F.t("2027-10-31T13:00:00Z"), F.t("2027-11-06T13:00:00Z"), F.t("2027-11-07T14:00:00Z"),
        ])
        #expect(notice.nextWindow(after: F.t("2027-11-06T15:00:00Z"))?.starts.iso8601(in: newYork) == "2027-11-07T09:00:00-05:00")
        #expect(notice.status(at: F.t("2027-11-07T13:30:00Z")) == .scheduled)
        #expect(notice.status(at: F.t("2027-11-07T14:30:00Z")) == .inProgress)
    }

    @Test("weekly in WITA, shown in WIB: Monday and Thursday at 02:00 WITA are 01:00 WIB; a start between days waits for the first")
    func makassar() throws {
        // Tuesday 1 December: the first window is Thursday's.
        let notice = try notice("weekly:mon,thu", starts: "2026-12-01T02:00:00+08:00", zone: "Asia/Makassar", length: .hours(2))
        #expect(notice.schedule.firstWindow?.starts.display(in: .jakarta) == "2026-12-03 01:00 WIB")
        #expect(starts(notice, from: "2026-12-01T00:00:00+08:00", to: "2026-12-15T00:00:00+08:00", in: F.zone("Asia/Makassar")) == [
            "2026-12-03T02:00:00+08:00", "2026-12-07T02:00:00+08:00", "2026-12-10T02:00:00+08:00", "2026-12-14T02:00:00+08:00",
        ])
        #expect(notice.status(at: F.t("2026-12-01T02:30:00+08:00")) == .scheduled)
        #expect(notice.nextWindow(after: F.t("2026-12-03T03:00:00+08:00"))?.starts == F.t("2026-12-07T02:00:00+08:00"))
    }

    @Test("monthly on the 31st in WIT skips months without one, until its bound")
    func jayapura() throws {
        let notice = try notice("monthly:31", starts: "2027-01-31T23:00:00+09:00", zone: "Asia/Jayapura", length: .hours(2),
                                until: "2027-09-01T00:00:00+09:00")
        #expect(starts(notice, from: "2027-01-01T00:00:00+09:00", to: "2028-01-01T00:00:00+09:00", in: F.zone("Asia/Jayapura")) == [
            "2027-01-31T23:00:00+09:00", "2027-03-31T23:00:00+09:00", "2027-05-31T23:00:00+09:00",
            "2027-07-31T23:00:00+09:00", "2027-08-31T23:00:00+09:00",
        ])
        // The January window runs into February.
        #expect(notice.status(at: F.t("2027-02-01T00:30:00+09:00")) == .inProgress)
        #expect(notice.status(at: F.t("2027-02-28T23:30:00+09:00")) == .scheduled)
        #expect(notice.status(at: F.t("2027-09-01T01:00:00+09:00")) == .completed)
        #expect(notice.schedule.lastWindow?.starts == F.t("2027-08-31T23:00:00+09:00"))
    }

    @Test("count and until bound the windows; an until between windows keeps the ones before it")
    func bounds() throws {
        let counted = try notice("daily", starts: "2026-12-01T02:00:00+07:00", zone: "Asia/Jakarta", count: 2)
        #expect(counted.schedule.lastWindow?.starts == F.t("2026-12-02T02:00:00+07:00"))
        let until = try notice("daily", starts: "2026-12-01T02:00:00+07:00", zone: "Asia/Jakarta", until: "2026-12-03T01:59:00+07:00")
        #expect(until.schedule.lastWindow?.starts == F.t("2026-12-02T02:00:00+07:00"))
        let endless = try notice("monthly:15", starts: "2026-12-15T02:00:00+07:00", zone: "Asia/Jakarta")
        #expect(endless.schedule.lastWindow == nil)
        #expect(endless.inForceUntil == nil)
        #expect(endless.nextWindow(after: F.t("2036-06-20T00:00:00+07:00"))?.starts == F.t("2036-07-15T02:00:00+07:00"))
        #expect(endless.status(at: F.t("2036-07-15T02:30:00+07:00")) == .inProgress)
    }
}

import Portal
import Reports
import Testing

@Suite("Uptime history by local day")
struct UptimeHistoryTests {
    static let at = SampleStatus.at

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        guard let day = CalendarDay(year: year, month: month, day: day) else { preconditionFailure("no such day") }
        return day
    }

    /// Everything observed: the record covers any day a test asks about.
    static let always = Instant(millisecondsSince1970: 0)..<Instant(millisecondsSince1970: 4_000_000_000_000)

    @Test("splits a period at local midnight in WIB, not at UTC midnight")
    func wibMidnight() {
        // 23:00 to 02:00 WIB is 16:00 to 19:00 UTC: one UTC day, two local days.
        let periods = [StatusPeriod(component: .smsGateway, starts: Self.at("2026-11-12T23:00:00+07:00"),
                                    ends: Self.at("2026-11-13T02:00:00+07:00"), status: .partialOutage)]
        let days = UptimeDay.history(
            of: .smsGateway, periods: periods, days: Self.day(2026, 11, 12)...Self.day(2026, 11, 14), in: .jakarta,
            observed: Self.always)
        #expect(days == [
            UptimeDay(day: Self.day(2026, 11, 12), observed: .hours(24), operational: .hours(23), worst: .partialOutage),
            UptimeDay(day: Self.day(2026, 11, 13), observed: .hours(24), operational: .hours(22), worst: .partialOutage),
            UptimeDay(day: Self.day(2026, 11, 14), observed: .hours(24), operational: .hours(24), worst: .operational),
        ])
    }

    @Test("gives the 25-hour and 23-hour days of a zone with daylight saving time their own length")
    func daylightSaving() throws {
        let amsterdam = try #require(Zone(identifier: "Europe/Amsterdam"))
        // Clocks went back at 03:00 on 25 October 2026 and forward at 02:00 on 29 March 2026.
        let periods = [
            StatusPeriod(component: .auth, starts: Self.at("2026-10-25T23:30:00+01:00"),
                         ends: Self.at("2026-10-26T00:30:00+01:00"), status: .majorOutage),
            StatusPeriod(component: .auth, starts: Self.at("2026-03-29T01:30:00+01:00"),
                         ends: Self.at("2026-03-29T03:30:00+02:00"), status: .underMaintenance),
        ]
        let autumn = UptimeDay.history(
            of: .auth, periods: periods, days: Self.day(2026, 10, 25)...Self.day(2026, 10, 26), in: amsterdam,
            observed: Self.always)
        #expect(autumn == [
            UptimeDay(day: Self.day(2026, 10, 25), observed: .hours(25), operational: .hours(24) + .minutes(30),
                      worst: .majorOutage),
            UptimeDay(day: Self.day(2026, 10, 26), observed: .hours(24), operational: .hours(23) + .minutes(30),
                      worst: .majorOutage),
        ])
        // 01:30 to 03:30 on the spring day is one hour of real time: 02:00 to 03:00 never happened.
        let spring = UptimeDay.history(
            of: .auth, periods: periods, days: Self.day(2026, 3, 29)...Self.day(2026, 3, 29), in: amsterdam,
            observed: Self.always)
        #expect(spring == [
            UptimeDay(day: Self.day(2026, 3, 29), observed: .hours(23), operational: .hours(22), worst: .underMaintenance),
        ])
    }

    @Test("counts overlapping periods once and takes the worse status")
    func overlaps() {
        let periods = [
            StatusPeriod(component: .auth, starts: Self.at("2026-11-12T01:00:00+07:00"),
                         ends: Self.at("2026-11-12T04:00:00+07:00"), status: .underMaintenance),
            StatusPeriod(component: .auth, starts: Self.at("2026-11-12T02:00:00+07:00"),
                         ends: Self.at("2026-11-12T03:00:00+07:00"), status: .degraded),
            StatusPeriod(component: .auth, starts: Self.at("2026-11-12T03:30:00+07:00"),
                         ends: Self.at("2026-11-12T05:00:00+07:00"), status: .partialOutage),
        ]
        let days = UptimeDay.history(
            of: .auth, periods: periods, days: Self.day(2026, 11, 12)...Self.day(2026, 11, 12), in: .jakarta,
            observed: Self.always)
        #expect(days.first?.operational == .hours(20))
        #expect(days.first?.worst == .partialOutage)
    }

    @Test("ignores other components, operational periods and empty or backwards ones")
    func ignores() {
        let noon = Self.at("2026-11-12T12:00:00+07:00")
        let periods = [
            StatusPeriod(component: .email, starts: noon, ends: noon + .hours(1), status: .majorOutage),
            StatusPeriod(component: .auth, starts: noon, ends: noon + .hours(1), status: .operational),
            StatusPeriod(component: .auth, starts: noon, ends: noon, status: .majorOutage),
            StatusPeriod(component: .auth, starts: noon + .hours(1), ends: noon, status: .majorOutage),
        ]
        let days = UptimeDay.history(
            of: .auth, periods: periods, days: Self.day(2026, 11, 12)...Self.day(2026, 11, 12), in: .jakarta,
            observed: Self.always)
        #expect(days == [UptimeDay(day: Self.day(2026, 11, 12), observed: .hours(24), operational: .hours(24),
                                   worst: .operational)])
    }

    @Test("counts today so far and has no data before the record began")
    func observedSpan() {
        let now = Self.at("2026-12-02T10:15:00+07:00")
        let periods = [StatusPeriod(component: .smsGateway, starts: Self.at("2026-12-02T08:00:00+07:00"), ends: now,
                                    status: .majorOutage)]
        let days = UptimeDay.history(
            of: .smsGateway, periods: periods, endingAt: now, in: .jakarta,
            recordSince: Self.at("2026-11-06T06:00:00+07:00"))
        #expect(days.count == 30)
        #expect(days.first?.day == Self.day(2026, 11, 3))
        #expect(days.last?.day == Self.day(2026, 12, 2))
        #expect(days.prefix(3).allSatisfy { !$0.hasData && $0.worst == .operational })
        #expect(days[3] == UptimeDay(day: Self.day(2026, 11, 6), observed: .hours(18), operational: .hours(18),
                                     worst: .operational))
        #expect(days.last == UptimeDay(day: Self.day(2026, 12, 2), observed: .hours(10) + .minutes(15),
                                       operational: .hours(8), worst: .majorOutage))
    }

    @Test("counts the days asked for across a month boundary")
    func monthBoundary() {
        let days = UptimeDay.history(
            of: .auth, periods: [], lastDays: 3, endingAt: Self.at("2026-12-01T00:30:00+07:00"), in: .jakarta,
            recordSince: Self.at("2026-01-01T00:00:00+07:00"))
        #expect(days.map(\.day.description) == ["2026-11-29", "2026-11-30", "2026-12-01"])
        #expect(days.last?.observed == .minutes(30))
    }

    @Test("reads a day in a zone and finds its start")
    func calendarDay() throws {
        let instant = Self.at("2026-11-12T18:30:00+00:00")
        #expect(CalendarDay(containing: instant, in: .jakarta).description == "2026-11-13")
        #expect(CalendarDay(containing: instant, in: .utc).description == "2026-11-12")
        let jayapura = try #require(Zone(identifier: "Asia/Jayapura"))
        #expect(Self.day(2026, 11, 13).start(in: jayapura) == Self.at("2026-11-13T00:00:00+09:00"))
        #expect(CalendarDay(year: 2026, month: 2, day: 30) == nil)
    }
}

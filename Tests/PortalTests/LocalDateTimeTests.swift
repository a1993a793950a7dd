import Portal
import Testing

@Suite("LocalDateTime")
struct LocalDateTimeTests {
    @Test("knows the weekday of known dates", arguments: [
        (1970, 1, 1, Weekday.thursday), (2026, 12, 1, .tuesday), (2000, 1, 1, .saturday), (2024, 2, 29, .thursday),
        (1900, 1, 1, .monday), (2026, 8, 17, .monday), (2026, 3, 29, .sunday), (1600, 3, 1, .wednesday),
    ])
    func weekday(year: Int, month: Int, day: Int, weekday: Weekday) throws {
        let date = try #require(LocalDateTime(year: year, month: month, day: day))
        #expect(date.weekday == weekday)
    }

    @Test("counts days in months, leap years included", arguments: [
        (2, 1900, 28), (2, 2000, 29), (2, 2024, 29), (2, 2026, 28), (2, 2100, 28), (2, 2400, 29),
        (1, 2026, 31), (4, 2026, 30), (6, 2026, 30), (9, 2026, 30), (11, 2026, 30), (12, 2026, 31), (7, 2026, 31),
    ])
    func daysInMonth(month: Int, year: Int, days: Int) {
        #expect(LocalDateTime.daysIn(month: month, year: year) == days)
        #expect(LocalDateTime.isLeapYear(year) == (year % 400 == 0 || (year % 4 == 0 && year % 100 != 0)))
    }

    @Test("refuses fields that do not exist", arguments: [
        (2026, 2, 29, 0, 0, 0, 0), (2026, 2, 30, 0, 0, 0, 0), (1900, 2, 29, 0, 0, 0, 0), (2026, 4, 31, 0, 0, 0, 0),
        (2026, 0, 1, 0, 0, 0, 0), (2026, 13, 1, 0, 0, 0, 0), (2026, 1, 0, 0, 0, 0, 0), (2026, 1, 1, 24, 0, 0, 0),
        (2026, 1, 1, 0, 60, 0, 0), (2026, 1, 1, 0, 0, 60, 0), (2026, 1, 1, 0, 0, 0, 1_000), (2026, 1, 1, -1, 0, 0, 0),
    ] as [(Int, Int, Int, Int, Int, Int, Int)])
    func refuses(fields: (Int, Int, Int, Int, Int, Int, Int)) {
        let (year, month, day, hour, minute, second, millisecond) = fields
        #expect(
            LocalDateTime(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                millisecond: millisecond) == nil)
    }

    @Test("accepts the extremes of every field")
    func accepts() throws {
        let date = try #require(
            LocalDateTime(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59, millisecond: 999))
        #expect([date.year, date.month, date.day, date.hour, date.minute, date.second, date.millisecond]
            == [2024, 2, 29, 23, 59, 59, 999])
        #expect(LocalDateTime(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("adds calendar days, keeping the time of day", arguments: [
        ((2026, 12, 31), 1, (2027, 1, 1)), ((2024, 2, 28), 1, (2024, 2, 29)), ((2026, 2, 28), 1, (2026, 3, 1)),
        ((2026, 1, 1), -1, (2025, 12, 31)), ((2026, 1, 1), 365, (2027, 1, 1)), ((2024, 1, 1), 366, (2025, 1, 1)),
        ((1970, 1, 1), -1, (1969, 12, 31)), ((2026, 12, 1), 0, (2026, 12, 1)),
    ] as [((Int, Int, Int), Int, (Int, Int, Int))])
    func addingDays(start: (Int, Int, Int), days: Int, end: (Int, Int, Int)) throws {
        let from = try #require(LocalDateTime(year: start.0, month: start.1, day: start.2, hour: 8, minute: 15))
        let to = try #require(LocalDateTime(year: end.0, month: end.1, day: end.2, hour: 8, minute: 15))
        #expect(from.adding(days: days) == to)
    }

    @Test("adds months, refusing days the month lacks", arguments: [
        ((2026, 1, 31), 1, nil), ((2026, 1, 30), 1, nil), ((2024, 1, 29), 1, (2024, 2, 29)), ((2026, 1, 28), 1, (2026, 2, 28)),
        ((2026, 11, 15), 2, (2027, 1, 15)), ((2026, 3, 15), -3, (2025, 12, 15)), ((2026, 5, 31), 12, (2027, 5, 31)),
        ((2026, 5, 31), 1, nil), ((2026, 1, 15), -25, (2023, 12, 15)),
    ] as [((Int, Int, Int), Int, (Int, Int, Int)?)])
    func addingMonths(start: (Int, Int, Int), months: Int, end: (Int, Int, Int)?) throws {
        let from = try #require(LocalDateTime(year: start.0, month: start.1, day: start.2, hour: 9))
        let to = end.flatMap { LocalDateTime(year: $0.0, month: $0.1, day: $0.2, hour: 9) }
        #expect(from.adding(months: months) == to)
    }

    @Test("orders by date, then time")
    func ordering() throws {
        let morning = try #require(LocalDateTime(year: 2026, month: 12, day: 1, hour: 9))
        let later = try #require(LocalDateTime(year: 2026, month: 12, day: 1, hour: 9, millisecond: 1))
        let nextDay = try #require(LocalDateTime(year: 2026, month: 12, day: 2))
        let nextYear = try #require(LocalDateTime(year: 2027, month: 1, day: 1))
        #expect(morning < later && later < nextDay && nextDay < nextYear)
        #expect([nextYear, morning, nextDay, later].sorted() == [morning, later, nextDay, nextYear])
        #expect(later.startOfDay == LocalDateTime(year: 2026, month: 12, day: 1))
    }

    @Test("writes ISO 8601 without an offset")
    func description() throws {
        #expect(try #require(LocalDateTime(year: 2026, month: 12, day: 1, hour: 9, minute: 30)).description == "2026-12-01T09:30:00")
        #expect(
            try #require(LocalDateTime(year: 2026, month: 12, day: 1, hour: 9, minute: 30, second: 5, millisecond: 250))
                .description == "2026-12-01T09:30:05.250")
    }
}

@Suite("Weekday")
struct WeekdayTests {
    @Test("reads full and short names in any case", arguments: [
        ("mon", Weekday.monday), ("monday", .monday), ("Monday", .monday), ("SUN", .sunday), ("thu", .thursday),
        ("Wednesday", .wednesday), ("sat", .saturday), ("fri", .friday), ("TUESDAY", .tuesday),
    ])
    func parses(text: String, day: Weekday) {
        #expect(Weekday(parsing: text) == day)
    }

    @Test("refuses anything else", arguments: ["", "mo", "mond", "funday", "senin", " mon", "1"])
    func refuses(text: String) {
        #expect(Weekday(parsing: text) == nil)
    }

    @Test("numbers days as ISO 8601 does and names them")
    func names() {
        #expect(Weekday.allCases.map(\.rawValue) == Array(1...7))
        #expect(Weekday.allCases.map(\.shortName) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        #expect(Weekday.wednesday.name == "wednesday")
        #expect(Weekday.allCases.filter(\.isWeekend) == [.saturday, .sunday])
        #expect(Weekday.allCases.allSatisfy { Weekday(parsing: $0.shortName) == $0 && Weekday(parsing: $0.name) == $0 })
    }
}

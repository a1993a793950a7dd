import Foundation
import Portal
import Testing

@Suite("Zone")
struct ZoneTests {
    /// 2026-12-01T02:30:00Z.
    static let decemberFirst = Instant(millisecondsSince1970: 1_796_092_200_000)

    @Test("writes times in Indonesian zones and UTC", arguments: [
        ("Asia/Jakarta", "2026-12-01T09:30:00+07:00", "2026-12-01 09:30 WIB"),
        ("Asia/Pontianak", "2026-12-01T09:30:00+07:00", "2026-12-01 09:30 WIB"),
        ("Asia/Makassar", "2026-12-01T10:30:00+08:00", "2026-12-01 10:30 WITA"),
        ("Asia/Jayapura", "2026-12-01T11:30:00+09:00", "2026-12-01 11:30 WIT"),
        ("UTC", "2026-12-01T02:30:00+00:00", "2026-12-01 02:30 UTC"),
        ("Etc/UTC", "2026-12-01T02:30:00+00:00", "2026-12-01 02:30 UTC"),
        ("Asia/Kolkata", "2026-12-01T08:00:00+05:30", "2026-12-01 08:00 UTC+05:30"),
        ("America/St_Johns", "2026-11-30T23:00:00-03:30", "2026-11-30 23:00 UTC-03:30"),
    ])
    func writes(identifier: String, iso8601: String, display: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        #expect(Self.decemberFirst.iso8601(in: zone) == iso8601)
        #expect(Self.decemberFirst.display(in: zone) == display)
    }

    @Test("shows seconds only when there are some, milliseconds only in ISO 8601")
    func precision() {
        let withSeconds = Self.decemberFirst + .seconds(15)
        #expect(withSeconds.display(in: .jakarta) == "2026-12-01 09:30:15 WIB")
        let withMilliseconds = Self.decemberFirst + .milliseconds(250)
        #expect(withMilliseconds.display(in: .jakarta) == "2026-12-01 09:30 WIB")
        #expect(withMilliseconds.iso8601(in: .jakarta) == "2026-12-01T09:30:00.250+07:00")
        #expect((Self.decemberFirst + .milliseconds(7)).iso8601(in: .utc) == "2026-12-01T02:30:00.007+00:00")
    }

    @Test("follows Amsterdam across its daylight saving changes", arguments: [
        // 2026-03-29 01:00Z: 02:00 CET becomes 03:00 CEST.
        (Int64(1_774_745_999_000), "2026-03-29T01:59:59+01:00", "2026-03-29 01:59:59 UTC+01:00"),
        (Int64(1_774_746_000_000), "2026-03-29T03:00:00+02:00", "2026-03-29 03:00 UTC+02:00"),
        // 2026-10-25 01:00Z: 03:00 CEST becomes 02:00 CET.
        (Int64(1_792_889_999_000), "2026-10-25T02:59:59+02:00", "2026-10-25 02:59:59 UTC+02:00"),
        (Int64(1_792_890_000_000), "2026-10-25T02:00:00+01:00", "2026-10-25 02:00 UTC+01:00"),
    ])
    func amsterdam(milliseconds: Int64, iso8601: String, display: String) throws {
        // Foundation on Linux abbreviates Amsterdam as GMT+1 / GMT+2, so the offset form is shown.
        let zone = try #require(Zone(identifier: "Europe/Amsterdam"))
        let instant = Instant(millisecondsSince1970: milliseconds)
        #expect(instant.iso8601(in: zone) == iso8601)
        #expect(instant.display(in: zone) == display)
    }

    @Test("gives offsets, with daylight saving time")
    func offsets() throws {
        let amsterdam = try #require(Zone(identifier: "Europe/Amsterdam"))
        #expect(amsterdam.offset(at: Self.decemberFirst) == .hours(1))
        #expect(amsterdam.offset(at: Instant(millisecondsSince1970: 1_782_864_000_000)) == .hours(2))  // 2026-07-01
        #expect(Zone.jakarta.offset(at: Self.decemberFirst) == .hours(7))
        #expect(Zone.utc.offset(at: Self.decemberFirst) == .zero)
    }

    @Test("agrees with Foundation on offsets from 1970 to 2100", arguments: [
        "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura", "UTC", "Europe/Amsterdam", "Asia/Tehran",
    ])
    func agreesWithFoundation(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        let timeZone = try #require(TimeZone(identifier: identifier))
        var instant = Instant(millisecondsSince1970: 0)
        while instant.millisecondsSince1970 < 4_102_444_800_000 {
            let seconds = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant.millisecondsSince1970) / 1_000))
            #expect(zone.offset(at: instant) == .seconds(seconds), "\(identifier) at \(instant)")
            instant += .hours(1_009)
        }
    }

    @Test("names Indonesian zones by their offset in history")
    func history() throws {
        let pontianak = try #require(Zone(identifier: "Asia/Pontianak"))
        // Pontianak kept central Indonesian time until 1988.
        #expect(Instant(millisecondsSince1970: 549_504_000_000).display(in: pontianak) == "1987-06-01 08:00 WITA")
        // Jakarta was +07:30 before 1964.
        #expect(Instant(millisecondsSince1970: -315_619_200_000).display(in: .jakarta) == "1960-01-01 07:30 UTC+07:30")
    }

    @Test("refuses unknown identifiers", arguments: ["", "Mars/Olympus_Mons", "asia/jakarta", "WIB", "+07:00"])
    func unknown(identifier: String) {
        #expect(Zone(identifier: identifier) == nil)
    }

    @Test("is equal and hashes alike by identifier")
    func identity() throws {
        let jakarta = try #require(Zone(identifier: "Asia/Jakarta"))
        let pontianak = try #require(Zone(identifier: "Asia/Pontianak"))
        #expect(jakarta == .jakarta)
        #expect(jakarta != pontianak)
        #expect(Set([jakarta, .jakarta, pontianak]).count == 2)
        #expect(Zone.jakarta.identifier == "Asia/Jakarta")
        #expect(Zone.utc.identifier == "UTC")
        #expect(Zone.jakarta.description == "Asia/Jakarta")
    }

    @Test("finds the instant of a wall-clock time", arguments: [
        ("Asia/Jakarta", LocalDateTime(year: 2026, month: 12, day: 1, hour: 9, minute: 30), Int64(1_796_092_200_000)),
        ("Asia/Jayapura", LocalDateTime(year: 2026, month: 12, day: 1, hour: 11, minute: 30), Int64(1_796_092_200_000)),
        ("UTC", LocalDateTime(year: 1970, month: 1, day: 1), Int64(0)),
        // Spring forward: 02:30 does not exist; it becomes 03:30 CEST, 01:30Z.
        ("Europe/Amsterdam", LocalDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 30), Int64(1_774_747_800_000)),
        // Fall back: 02:30 happens twice; the earlier, 02:30 CEST, is 00:30Z.
        ("Europe/Amsterdam", LocalDateTime(year: 2026, month: 10, day: 25, hour: 2, minute: 30), Int64(1_792_888_200_000)),
        ("Europe/Amsterdam", LocalDateTime(year: 2026, month: 10, day: 25, hour: 3), Int64(1_792_893_600_000)),
        ("Europe/Amsterdam", LocalDateTime(year: 2026, month: 3, day: 29, hour: 1, minute: 59), Int64(1_774_745_940_000)),
    ] as [(String, LocalDateTime?, Int64)])
    func instantForLocal(identifier: String, local: LocalDateTime?, milliseconds: Int64) throws {
        let zone = try #require(Zone(identifier: identifier))
        let local = try #require(local)
        #expect(zone.instant(for: local) == Instant(millisecondsSince1970: milliseconds))
    }

    @Test("resolves the skipped hour forward by the jump")
    func gap() throws {
        let zone = try #require(Zone(identifier: "Europe/Amsterdam"))
        let skipped = try #require(LocalDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 30))
        #expect(zone.local(zone.instant(for: skipped)) == LocalDateTime(year: 2026, month: 3, day: 29, hour: 3, minute: 30))
    }

    @Test("round-trips local times through instants", arguments: [
        "Asia/Jakarta", "Asia/Makassar", "UTC", "Europe/Amsterdam", "America/Sao_Paulo", "Australia/Lord_Howe",
    ])
    func roundTrips(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        var instant = Instant(millisecondsSince1970: 1_735_689_600_000)  // 2025-01-01
        let end = Instant(millisecondsSince1970: 1_830_297_600_000)  // 2028-01-01
        while instant < end {
            let local = zone.local(instant)
            let resolved = zone.instant(for: local)
            #expect(zone.local(resolved) == local, "\(identifier) at \(instant)")
            // Only a repeated wall time resolves to an earlier instant, and then by the repeat.
            #expect(resolved == instant || (resolved < instant && instant - resolved <= .hours(1)), "\(identifier) at \(instant)")
            instant += .minutes(23)
        }
    }

    @Test("matches Foundation's Gregorian calendar from 1600 to 9999")
    func civilDates() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var milliseconds: Int64 = -11_676_096_000_000  // 1600-01-01
        while milliseconds < 253_402_300_799_000 {
            let instant = Instant(millisecondsSince1970: milliseconds)
            let local = Zone.utc.local(instant)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second, .weekday],
                from: Date(timeIntervalSince1970: Double(milliseconds) / 1_000))
            #expect(
                [local.year, local.month, local.day, local.hour, local.minute, local.second]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second],
                "\(milliseconds)")
            // Foundation counts Sunday as 1.
            #expect(local.weekday.rawValue % 7 + 1 == parts.weekday, "\(milliseconds)")
            #expect(Zone.utc.instant(for: local) == instant)
            milliseconds += 987_654_321_987
        }
    }
}

import Portal
import Testing

@Suite("Instant ISO 8601")
struct InstantISO8601Tests {
    @Test("reads times with an offset", arguments: [
        ("2026-12-01T08:00:00+07:00", 1_796_086_800_000),
        ("2026-12-01T01:00:00Z", 1_796_086_800_000),
        ("2026-12-01T08:00+07:00", 1_796_086_800_000),
        ("2026-12-01T09:00:00+08:00", 1_796_086_800_000),
        ("2026-11-30T21:30:00-03:30", 1_796_086_800_000),
        ("2026-12-01T01:00:00.5Z", 1_796_086_800_500),
        ("2026-12-01T01:00:00.25Z", 1_796_086_800_250),
        ("2026-12-01T01:00:00.123+00:00", 1_796_086_800_123),
        ("2026-12-01T01:00:00-00:00", 1_796_086_800_000),
        ("1970-01-01T00:00:00Z", 0),
        ("1970-01-01T07:00:00+07:00", 0),
        ("1970-01-01T00:00:00+07:00", -25_200_000),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000),
        ("2000-02-29T12:00:00Z", 951_825_600_000),
        ("9999-12-31T23:59:59.999Z", 253_402_300_799_999),
    ] as [(String, Int64)])
    func reads(text: String, milliseconds: Int64) throws {
        #expect(try Instant(iso8601: text) == Instant(millisecondsSince1970: milliseconds))
    }

    @Test("refuses a time without an offset, with an example of one")
    func missingOffset() {
        #expect(throws: PortalError.timeWithoutOffset("2026-12-01T08:00:00")) {
            try Instant(iso8601: "2026-12-01T08:00:00")
        }
        #expect(throws: PortalError.timeWithoutOffset("2026-12-01T08:00")) { try Instant(iso8601: "2026-12-01T08:00") }
        #expect(
            PortalError.timeWithoutOffset("2026-12-01T08:00:00").description
                == "expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '2026-12-01T08:00:00'")
    }

    @Test("refuses fields that do not exist", arguments: [
        ("2026-13-01T08:00:00+07:00", "month 13"),
        ("2026-00-01T08:00:00+07:00", "month 0"),
        ("2026-11-31T08:00:00+07:00", "day 31 in November"),
        ("2026-01-32T08:00:00+07:00", "day 32 in January"),
        ("2026-01-00T08:00:00+07:00", "day 0"),
        ("2027-02-29T08:00:00+07:00", "day 29 in February 2027"),
        ("2026-02-30T08:00:00+07:00", "day 30 in February"),
        ("2026-12-01T24:00:00+07:00", "hour 24"),
        ("2026-12-01T08:60:00Z", "minute 60"),
        ("2026-12-31T23:59:60Z", "second 60"),
        ("2026-12-01T08:00:00+24:00", "offset +24:00"),
        ("2026-12-01T08:00:00-07:60", "offset -07:60"),
        ("1969-12-31T23:59:59Z", "year 1969 (the earliest is 1970)"),
    ])
    func outOfRange(text: String, field: String) {
        #expect(throws: PortalError.timeOutOfRange(field, text: text)) { try Instant(iso8601: text) }
    }

    @Test("refuses text of the wrong shape", arguments: [
        "", "2026-12-01", "2026-12-01t08:00:00+07:00", "2026-12-01T08:00:00z", "26-12-01T08:00:00+07:00",
        "02026-12-01T08:00:00+07:00", "2026-12-01 08:00:00+07:00", "2026-12-01T08:00:00+0700",
        "2026-12-01T08:00:00+07", "2026-12-01T8:00:00+07:00", "2026-12-01T08:00:00.1234Z",
        "2026-12-01T08:00:00.Z", "2026-12-01T08:00:00+07:00 ", " 2026-12-01T08:00:00+07:00",
        "2026-12-01T08:00:00Z+07:00", "2026-12-01T08:00:00UTC", "2026-12-01T08:00.5Z", "2026/12/01T08:00:00Z",
    ])
    func malformed(text: String) {
        #expect(throws: PortalError.malformedTime(text)) { try Instant(iso8601: text) }
    }

    @Test("names the field and the input in messages")
    func messages() {
        #expect(
            PortalError.timeOutOfRange("day 31 in November", text: "2026-11-31T08:00:00+07:00").description
                == "day 31 in November is out of range in '2026-11-31T08:00:00+07:00'")
        #expect(
            PortalError.malformedTime("tomorrow").description
                == "expected a time like 2026-12-01T08:00:00+07:00 or 2026-12-01T01:00:00Z, found 'tomorrow'")
    }

    @Test("reads back what iso8601(in:) writes", arguments: ["Asia/Jakarta", "Asia/Jayapura", "UTC", "Europe/Amsterdam", "America/St_Johns"])
    func roundTrips(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        var instant = Instant(millisecondsSince1970: 1_767_225_600_123)  // 2026-01-01
        for _ in 0..<500 {
            #expect(try Instant(iso8601: instant.iso8601(in: zone)) == instant)
            instant += .minutes(1_051) + .milliseconds(7)
        }
    }

    @Test("describes an instant in UTC")
    func description() {
        #expect(Instant(millisecondsSince1970: 1_796_092_200_000).description == "2026-12-01T02:30:00+00:00")
        #expect(Instant(millisecondsSince1970: 250).description == "1970-01-01T00:00:00.250+00:00")
        #expect(Instant(millisecondsSince1970: -1).description == "1969-12-31T23:59:59.999+00:00")
    }
}

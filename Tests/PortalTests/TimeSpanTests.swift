import Portal
import Testing

@Suite("TimeSpan")
struct TimeSpanTests {
    @Test("parses the duration grammar", arguments: [
        ("0s", 0), ("250ms", 250), ("90s", 90_000), ("15m", 900_000), ("2h", 7_200_000),
        ("3d", 259_200_000), ("1h30m", 5_400_000), ("1d2h3m4s5ms", 93_784_005), ("0d", 0),
        ("05m", 300_000), ("1m5ms", 60_005), ("1h0m", 3_600_000),
        ("9223372036854775807ms", Int64.max), ("106751991167d", 106_751_991_167 * 86_400_000),
    ] as [(String, Int64)])
    func parses(text: String, milliseconds: Int64) {
        #expect(TimeSpan(parsing: text) == TimeSpan(milliseconds: milliseconds))
    }

    @Test("refuses text outside the grammar", arguments: [
        "", "5", "m", "ms", "1.5h", "-5m", "+5m", "5 m", " 5m", "5m ", "30m1h", "1ms1s", "1s1m",
        "1h1h", "1d1d", "1M", "1H", "5mm", "1hm", "1y", "１m", "99999999999999999d", "106751991168d",
        "9223372036854775808ms", "9223372036854775807ms1s",
    ])
    func refuses(text: String) {
        #expect(TimeSpan(parsing: text) == nil)
    }

    @Test("writes the canonical text", arguments: [
        (0, "0s"), (250, "250ms"), (90_000, "1m30s"), (1_500, "1s500ms"), (86_400_000, "1d"),
        (3_600_000, "1h"), (5_400_000, "1h30m"), (93_784_005, "1d2h3m4s5ms"), (86_400_001, "1d1ms"),
        (-90_000, "-1m30s"), (Int64.min, "-106751991167d7h12m55s808ms"),
    ] as [(Int64, String)])
    func describes(milliseconds: Int64, text: String) {
        #expect(TimeSpan(milliseconds: milliseconds).description == text)
    }

    @Test("reads back what it writes", arguments: [0, 1, 999, 1_000, 61_001, 3_599_999, 90_061_001, Int64.max] as [Int64])
    func roundTrips(milliseconds: Int64) {
        let span = TimeSpan(milliseconds: milliseconds)
        #expect(TimeSpan(parsing: span.description) == span)
    }

    @Test("builds spans from counts of each unit")
    func constructors() {
        #expect(TimeSpan.milliseconds(250).milliseconds == 250)
        #expect(TimeSpan.seconds(90) == TimeSpan(parsing: "1m30s"))
        #expect(TimeSpan.minutes(15).milliseconds == 900_000)
        #expect(TimeSpan.hours(2) == .minutes(120))
        #expect(TimeSpan.days(3) == .hours(72))
        #expect(TimeSpan.seconds(Int64(2)) == .seconds(2))
        #expect(TimeSpan.zero.milliseconds == 0)
    }

    @Test("adds, subtracts, scales and compares")
    func arithmetic() {
        let span = TimeSpan.minutes(15)
        #expect(span + .seconds(30) == TimeSpan(parsing: "15m30s"))
        #expect(span - .hours(1) == .minutes(-45))
        #expect(-span == .minutes(-15))
        #expect(span * 4 == .hours(1))
        #expect(4 * span == .hours(1))
        #expect(TimeSpan.seconds(10) / 3 == .milliseconds(3_333))
        #expect(TimeSpan.seconds(-10) / 3 == .milliseconds(-3_333))
        var total = TimeSpan.zero
        total += .hours(1)
        total -= .minutes(30)
        #expect(total == .minutes(30))
        #expect(TimeSpan.seconds(59) < .minutes(1))
        #expect(min(TimeSpan.hours(12), .days(1)) == .hours(12))
    }

    @Test("moves instants and measures between them")
    func instantArithmetic() {
        let start = Instant(millisecondsSince1970: 1_796_086_800_000)
        #expect((start + .minutes(30)).millisecondsSince1970 == 1_796_088_600_000)
        #expect((start - .seconds(1)).millisecondsSince1970 == 1_796_086_799_000)
        #expect((start + .hours(2)) - start == .hours(2))
        #expect(start - (start + .hours(2)) == .hours(-2))
        var moving = start
        moving += .days(1)
        moving -= .hours(24)
        #expect(moving == start)
        #expect(start < start + .milliseconds(1))
    }
}

/// Reading and writing the RFC 3339 profile of ISO 8601 that the world uses:
/// `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`.
enum ISO8601Text {
    /// The fields of a text, read but not yet checked against the calendar.
    private struct Fields {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0
        var offsetSign: Int64 = 1, offsetHours = 0, offsetMinutes = 0
    }

    /// The instant `text` names; see `Instant.init(iso8601:)` for the grammar.
    static func parse(_ text: String) throws(PortalError) -> Instant {
        let fields = try read(text)
        try check(fields, text: text)
        let local = LocalDateTime(
            unchecked: fields.year, month: fields.month, day: fields.day, hour: fields.hour,
            minute: fields.minute, second: fields.second, millisecond: fields.millisecond)
        let offset = fields.offsetSign * Int64(fields.offsetHours * 3_600_000 + fields.offsetMinutes * 60_000)
        return Instant(millisecondsSince1970: local.wallMilliseconds - offset)
    }

    /// Reads the fields by shape alone: digits where digits belong, separators where they belong.
    private static func read(_ text: String) throws(PortalError) -> Fields {
        var reader = Reader(bytes: Array(text.utf8))
        var fields = Fields()
        guard let year = reader.digits(4), reader.skip("-"),
              let month = reader.digits(2), reader.skip("-"),
              let day = reader.digits(2), reader.skip("T"),
              let hour = reader.digits(2), reader.skip(":"),
              let minute = reader.digits(2)
        else { throw .malformedTime(text) }
        (fields.year, fields.month, fields.day, fields.hour, fields.minute) = (year, month, day, hour, minute)

        if reader.skip(":") {
            guard let second = reader.digits(2) else { throw .malformedTime(text) }
            fields.second = second
            if reader.skip(".") {
                // Milliseconds are the world's resolution: a finer fraction would be silently
                // dropped, so it is refused instead.
                let (value, count) = reader.digitRun()
                guard (1...3).contains(count) else { throw .malformedTime(text) }
                fields.millisecond = value * (count == 1 ? 100 : count == 2 ? 10 : 1)
            }
        }

        if reader.isAtEnd { throw .timeWithoutOffset(text) }
        if reader.skip("Z") {
            // UTC: the zero offset the fields already hold.
        } else if reader.skip("+") || reader.skip("-") {
            fields.offsetSign = reader.previous == UInt8(ascii: "-") ? -1 : 1
            guard let hours = reader.digits(2), reader.skip(":"), let minutes = reader.digits(2) else {
                throw .malformedTime(text)
            }
            (fields.offsetHours, fields.offsetMinutes) = (hours, minutes)
        } else {
            throw .malformedTime(text)
        }
        guard reader.isAtEnd else { throw .malformedTime(text) }
        return fields
    }

    /// Checks each field against the calendar and the clock, naming the first that does not exist.
    private static func check(_ fields: Fields, text: String) throws(PortalError) {
        // Four digits cap the year at 9999; before 1970 is refused because no world starts then.
        guard fields.year >= 1970 else { throw .timeOutOfRange("year \(fields.year) (the earliest is 1970)", text: text) }
        guard (1...12).contains(fields.month) else { throw .timeOutOfRange("month \(fields.month)", text: text) }
        guard fields.day >= 1, fields.day <= CivilCalendar.daysIn(month: fields.month, year: fields.year) else {
            let month = CivilCalendar.monthNames[fields.month - 1]
            let field =
                fields.day == 0 ? "day 0"
                : fields.month == 2 && fields.day == 29 ? "day 29 in February \(fields.year)"
                : "day \(fields.day) in \(month)"
            throw .timeOutOfRange(field, text: text)
        }
        guard fields.hour <= 23 else { throw .timeOutOfRange("hour \(fields.hour)", text: text) }
        guard fields.minute <= 59 else { throw .timeOutOfRange("minute \(fields.minute)", text: text) }
        // 60 would be a leap second, which POSIX time (and so Instant) cannot represent.
        guard fields.second <= 59 else { throw .timeOutOfRange("second \(fields.second)", text: text) }
        guard fields.offsetHours <= 23, fields.offsetMinutes <= 59 else {
            let offset = ASCIIWriter.string { writer in
                writer.append(fields.offsetSign < 0 ? "-" : "+")
                writer.appendPadded(fields.offsetHours, width: 2)
                writer.append(":")
                writer.appendPadded(fields.offsetMinutes, width: 2)
            }
            throw .timeOutOfRange("offset \(offset)", text: text)
        }
    }

    /// A cursor over the UTF-8 bytes of a text.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        /// The byte just consumed.
        var previous: UInt8 { bytes[index - 1] }

        /// Consumes `byte` if it is next.
        mutating func skip(_ byte: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: byte) else { return false }
            index += 1
            return true
        }

        /// Consumes exactly `count` ASCII digits and returns their value.
        mutating func digits(_ count: Int) -> Int? {
            guard bytes.count - index >= count else { return nil }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }

        /// Consumes every ASCII digit that follows; the value is only meaningful for a few digits.
        mutating func digitRun() -> (value: Int, count: Int) {
            var value = 0
            var count = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if count < 4 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                count += 1
                index += 1
            }
            return (value, count)
        }
    }
}

extension ISO8601Text {
    /// `instant` as local time at `offsetMilliseconds` from UTC, with that offset:
    /// `2026-12-01T09:30:00+07:00`, `.123` only when there are milliseconds.
    static func format(_ instant: Instant, offsetMilliseconds: Int64) -> String {
        let local = LocalDateTime(wallMilliseconds: instant.millisecondsSince1970 + offsetMilliseconds)
        return ASCIIWriter.string { writer in
            writer.appendDateTime(local, separator: "T", alwaysSeconds: true, milliseconds: true)
            writer.appendOffset(milliseconds: offsetMilliseconds)
        }
    }
}

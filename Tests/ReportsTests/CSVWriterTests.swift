@testable import Reports
import Testing

@Suite("CSV writer (RFC 4180)")
struct CSVWriterTests {
    @Test("fields that need it are quoted, quotes doubled; the rest stay bare", arguments: [
        ("plain", "plain"), ("", ""), ("2026-12-01T08:00:00+07:00", "2026-12-01T08:00:00+07:00"), ("12.5", "12.5"),
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""), ("cr\r", "\"cr\r\""),
        ("\r\n", "\"\r\n\""), (" spaced ", " spaced "), ("'single'", "'single'"),
    ])
    func field(value: String, expected: String) {
        #expect(CSVWriter.field(value) == expected)
    }

    @Test("records end in CR LF, the last one too")
    func records() {
        var csv = CSVWriter()
        csv.record(["hour", "logins.attempted", "note"])
        csv.record(["2026-12-01T00:00:00+07:00", "12", "quiet, night"])
        csv.record(["2026-12-01T01:00:00+07:00", "7", ""])
        #expect(csv.text == "hour,logins.attempted,note\r\n2026-12-01T00:00:00+07:00,12,\"quiet, night\"\r\n"
            + "2026-12-01T01:00:00+07:00,7,\r\n")
    }

    @Test("a quoted field with a line break reads back as one field")
    func roundTrip() {
        var csv = CSVWriter()
        csv.record(["a", "b"])
        csv.record(["x\r\ny, \"z\"", "2"])
        #expect(Self.parse(csv.text) == [["a", "b"], ["x\r\ny, \"z\"", "2"]])
    }

    /// A strict RFC 4180 reader, only for checking the writer.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }
}

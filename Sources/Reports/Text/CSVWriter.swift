/// Builds a CSV file as RFC 4180 says: records end in CR LF (the last one too), and a field that
/// holds a comma, a double quote, CR or LF is enclosed in double quotes, its quotes doubled.
/// Every other field is written as it is, so `2026-12-01T08:00:00+07:00` and `12.5` stay bare.
public struct CSVWriter {
    /// The file so far.
    public private(set) var text = ""
    /// Fields in each record, fixed by the first; a record of another width is a bug.
    private var width: Int?

    /// An empty file.
    public init() {}

    /// Appends one record.
    public mutating func record(_ fields: [String]) {
        if let width {
            precondition(fields.count == width, "a CSV record has \(fields.count) fields, the header \(width)")
        } else {
            width = fields.count
        }
        text += fields.map(Self.field).joined(separator: ",")
        text += "\r\n"
    }

    /// `value` as one field: quoted when RFC 4180 requires it.
    static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return value
        }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}

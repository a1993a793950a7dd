import Portal
import SQLiteDB

// A device label is stored as the TEXT of its bytes, as the string it replaced was.

extension DeviceLabel: SQLBindable {
    /// The label as UTF-8 text.
    public var sqlValue: SQLValue { .text(description) }
}

extension Statement {
    /// Binds a device label's bytes as text, or NULL for `nil`, to the parameter at `index`
    /// (1-based), without making a `String`.
    func bind(_ label: DeviceLabel?, at index: Int32) throws {
        guard let label else { return try bindNull(at: index) }
        try label.withUTF8 { try bindText($0, at: index) }
    }
}

extension WorldStore {
    /// The device label in `column` of a row read from `table`; nil for NULL. Text that is not a
    /// label (only a hand edit can store one) is damage, said as such: never cut short or skipped.
    func deviceLabel(_ row: Row, _ column: String = "device", of table: String) throws -> DeviceLabel? {
        guard let text = row.text(column) else { return nil }
        guard let label = DeviceLabel(text) else {
            throw WorldError.notAWorld(path: path, why: "it is damaged: \(table).\(column) holds '\(WorldError.shortened(text))', "
                                       + "not a device label of 1 to \(DeviceLabel.capacity) bytes without spaces")
        }
        return label
    }
}

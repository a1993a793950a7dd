import SQLiteDB

extension SQLValue {
    /// The integer, when this is one.
    var integerValue: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The text, when this is text.
    var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}

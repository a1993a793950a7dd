import Portal
import SQLiteDB

/// Generated accounts' rows, many at a time (`WorldRows.addGeneratedAccounts`), their text as
/// UTF-8 bytes in one buffer: a simulation makes millions, writing names and numbers byte by
/// byte with no `String` per value, and the builder binds the text from the buffer where it is,
/// without copying it.
///
/// The text must already be valid (see `GeneratedAccount`): nothing checks it again.
public struct GeneratedAccounts: Sendable {
    /// A row's values that are not text.
    struct Row: Sendable {
        let id: Int64
        let createdAt: Int64
        let lastLoginAt: Int64?
        let isStepUpDue: Bool
    }

    /// A row's text values, in the order each row keeps them in `text`.
    enum Field: Int {
        case username, email, phone, kind, language, secondFactor, verification, documentType, documentNumber

        static let count = documentNumber.rawValue + 1
    }

    private(set) var rows: [Row] = []
    /// Every row's fields, one after another.
    private var text: [UInt8] = []
    /// Where each field ends in `text`: `Field.count` per row.
    private var ends: [Int] = []

    /// No rows yet, with room for `capacity` of them.
    public init(capacity: Int = 0) {
        rows.reserveCapacity(capacity)
        ends.reserveCapacity(capacity * Field.count)
        // An account's text comes to about a hundred bytes.
        text.reserveCapacity(capacity * 96)
    }

    /// Rows made from whole values (tests, benchmarks, a few accounts).
    public init(_ accounts: [GeneratedAccount]) {
        self.init(capacity: accounts.count)
        for account in accounts {
            append(id: account.id, kind: account.kind, language: account.language, secondFactor: account.secondFactor,
                   verification: account.verification, createdAt: account.createdAt, lastLoginAt: account.lastLoginAt,
                   isStepUpDue: account.isStepUpDue, documentType: account.documentType, text: account)
        }
    }

    /// The number of rows.
    public var count: Int { rows.count }

    /// Adds a row, its username, e-mail, phone and document number written by `text`.
    public mutating func append(id: AccountID, kind: AccountKind, language: Language, secondFactor: SecondFactor,
                                verification: Verification, createdAt: Instant, lastLoginAt: Instant?, isStepUpDue: Bool,
                                documentType: IdentityDocument.DocumentType, text writer: some GeneratedAccountText) {
        rows.append(Row(id: id.rawValue, createdAt: createdAt.millisecondsSince1970,
                        lastLoginAt: lastLoginAt?.millisecondsSince1970, isStepUpDue: isStepUpDue))
        // In `Field` order.
        writer.writeUsername(to: &text)
        ends.append(text.count)
        writer.writeEmail(to: &text)
        ends.append(text.count)
        writer.writePhone(to: &text)
        ends.append(text.count)
        appendField(kind.rawValue)
        appendField(language.rawValue)
        appendField(secondFactor.rawValue)
        appendField(verification.rawValue)
        appendField(documentType.rawValue)
        writer.writeDocumentNumber(to: &text)
        ends.append(text.count)
    }

    private mutating func appendField(_ value: String) {
        text.appendUTF8(value)
        ends.append(text.count)
    }

    /// Calls `body` with the rows' text, which `Fields.bind` binds from.
    func withText<Result>(_ body: (Fields) throws -> Result) rethrows -> Result {
        try text.withUnsafeBufferPointer { text in
            try ends.withUnsafeBufferPointer { ends in try body(Fields(text: text, ends: ends)) }
        }
    }

    /// The rows' text fields, in place, for as long as `withText` runs.
    struct Fields {
        let text: UnsafeBufferPointer<UInt8>
        let ends: UnsafeBufferPointer<Int>

        /// Binds `field` of row `row` without copying it: SQLite reads it where it is.
        func bind(_ field: Field, of row: Int, to statement: Statement, at index: Int32) throws {
            let position = row * Field.count + field.rawValue
            let start = position == 0 ? 0 : ends[position - 1]
            guard let base = text.baseAddress else { preconditionFailure("a row has text: its kind and language at least") }
            try (base + start).withMemoryRebound(to: CChar.self, capacity: ends[position] - start) { pointer in
                try statement.bindStaticText(pointer, length: ends[position] - start, at: index)
            }
        }
    }
}

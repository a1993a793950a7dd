import Portal
import SQLiteDB

/// Writes events into the `events` table fast: the simulator's `--record all` writes tens of
/// millions. Sixty-four rows per statement; kinds, reasons, channels and components bound as
/// static text SQLite does not copy; addresses and details formatted byte by byte into one
/// reused buffer instead of a Swift `String` per value.
final class EventRows {
    private let insert: MultiRowInsert
    private var pending: [Event] = []
    private var scratch = TextScratch()

    init(connection: Connection) throws {
        insert = try MultiRowInsert(
            connection: connection, head: "INSERT INTO events (at, account_id, kind, reason, ip, device, channel, component, detail) VALUES",
            row: "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
        pending.reserveCapacity(MultiRowInsert.rowsPerStatement)
    }

    /// Queues an event; every sixty-four go into the table at once.
    func append(_ event: Event) throws {
        pending.append(event)
        if pending.count == MultiRowInsert.rowsPerStatement { try flush() }
    }

    /// Writes what is queued.
    func flush() throws {
        try insert.insert(count: pending.count) { row, statement, first in try bind(pending[row], to: statement, from: first) }
        pending.removeAll(keepingCapacity: true)
    }

    private func bind(_ event: Event, to statement: Statement, from first: Int32) throws {
        try statement.bind(event.at.millisecondsSince1970, at: first)
        if let account = event.account { try statement.bind(account.rawValue, at: first + 1) } else { try statement.bindNull(at: first + 1) }
        try StaticText.bind(event.kind, table: StaticText.kinds, to: statement, at: first + 2)
        try StaticText.bind(event.reason, table: StaticText.reasons, to: statement, at: first + 3)
        if let ip = event.ip {
            scratch.clear()
            scratch.append(ip)
            try scratch.bind(to: statement, at: first + 4)
        } else {
            try statement.bindNull(at: first + 4)
        }
        try statement.bind(event.device, at: first + 5)
        if let channel = event.channel {
            try StaticText.bind(channel, table: StaticText.channels, to: statement, at: first + 6)
        } else {
            try statement.bindNull(at: first + 6)
        }
        if let component = event.component {
            try StaticText.bind(component, table: StaticText.components, to: statement, at: first + 7)
        } else {
            try statement.bindNull(at: first + 7)
        }
        if let detail = event.detail {
            scratch.clear()
            scratch.append(detail)
            try scratch.bind(to: statement, at: first + 8)
        } else {
            try statement.bindNull(at: first + 8)
        }
    }
}

/// The raw values of the event enums as C strings made once and kept for the process's life,
/// indexed by case (`ordinal`), so binding one copies and hashes nothing.
enum StaticText {
    /// A C string that lives as long as the process (never freed, never changed).
    struct Entry: @unchecked Sendable {
        let pointer: UnsafePointer<CChar>
        let length: Int
    }

    static let kinds = table(EventKind.self)
    static let reasons = table(ReasonCode.self)
    static let channels = table(Channel.self)
    static let components = table(Component.self)

    static func bind<T: CaseOrdinal & RawRepresentable>(_ value: T, table: [Entry], to statement: Statement, at index: Int32)
        throws where T.RawValue == String {
        let entry = table[value.ordinal]
        try statement.bindStaticText(entry.pointer, length: entry.length, at: index)
    }

    private static func table<T: CaseOrdinal & RawRepresentable>(_: T.Type) -> [Entry] where T.RawValue == String {
        T.allCases.map { value in
            let bytes = Array(value.rawValue.utf8CString)
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            pointer.initialize(from: bytes, count: bytes.count)
            return Entry(pointer: UnsafePointer(pointer), length: bytes.count - 1)
        }
    }
}

/// A reused byte buffer for formatting a value without making a `String`.
struct TextScratch {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(256)
    }

    mutating func clear() { bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// A whole number in decimal.
    mutating func append(_ value: Int64) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == .min {
                append("9223372036854775808")
                return
            }
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(magnitude % 10) + 48
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// An address as `IPAddress.description` writes it (IPv4 byte by byte; IPv6 rarely, as text).
    mutating func append(_ ip: IPAddress) {
        guard let v4 = ip.ipv4 else { return append(ip.description) }
        for shift in [24, 16, 8, 0] as [UInt32] {
            append(Int64(v4 >> shift & 0xFF))
            if shift != 0 { bytes.append(UInt8(ascii: ".")) }
        }
    }

    /// A detail exactly as `EventDetail.description` writes it.
    mutating func append(_ detail: EventDetail) {
        switch detail {
        case .failures(let count, let reset):
            append("failures=")
            append(Int64(count))
            if reset { append(" reset=1") }
        case .session(let id):
            append("session=")
            append(id)
        case .lock(let until, let failures, let lockouts):
            if let until {
                append("until=")
                append(until.millisecondsSince1970)
                append(UInt8(ascii: " "))
            }
            append("failures=")
            append(Int64(failures))
            append(" lockouts=")
            append(Int64(lockouts))
        default:
            append(detail.description)
        }
    }

    /// Binds the buffer as text.
    func bind(to statement: Statement, at index: Int32) throws {
        try bytes.withUnsafeBytes { try statement.bindText($0, at: index) }
    }
}

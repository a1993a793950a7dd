import Portal
import SQLiteDB

/// A stretch of time a component was not operational, from the world's status history.
public struct ComponentPeriod: Equatable, Sendable {
    public let component: Component
    public let starts: Instant
    public let ends: Instant
    public let status: ComponentStatus
    /// `incident`, `maintenance`, `random-failure` or `overload`; for a notice's period, its kind.
    public let cause: String
    /// The notice that imposed the status, for a period from a notice (not from the record).
    public var notice: Int64? = nil

    /// Whether `instant` falls in the period.
    public func contains(_ instant: Instant) -> Bool {
        starts <= instant && instant < ends
    }
}

extension WorldStore {
    /// The periods that overlap `from..<to`, by start.
    func componentPeriods(from: Instant, to: Instant) throws -> [ComponentPeriod] {
        try connection.query("""
            SELECT component, starts_at, ends_at, status, cause FROM component_status
            WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, rowid
            """, [to.millisecondsSince1970, from.millisecondsSince1970]).compactMap { row in
            guard let component = row.text("component").flatMap(Component.init(rawValue:)),
                  let starts = row.int("starts_at"), let ends = row.int("ends_at"),
                  let status = row.text("status").flatMap(ComponentStatus.init(rawValue:)) else { return nil }
            return ComponentPeriod(component: component, starts: Instant(millisecondsSince1970: starts),
                                   ends: Instant(millisecondsSince1970: ends), status: status, cause: row.text("cause") ?? "")
        }
    }

    /// The periods that overlap `from..<to`, cut to it (for histories and reports of a range).
    func componentPeriods(clippedFrom from: Instant, to: Instant) throws -> [ComponentPeriod] {
        try componentPeriods(from: from, to: to).map { period in
            ComponentPeriod(component: period.component, starts: max(period.starts, from), ends: min(period.ends, to),
                            status: period.status, cause: period.cause)
        }
    }
}

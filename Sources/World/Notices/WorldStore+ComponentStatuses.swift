import Portal
import SQLiteDB

/// Each component's status from the world's two sources: its record of outages
/// (`component_status`, written by a simulation) and the notices the desk published. Where both
/// say something the worst status wins (`ComponentStatus.severity`: a major outage, then
/// maintenance, a partial outage, degraded).
extension WorldStore {
    /// Every component's status at `instant`, with the record's status and the notices in force.
    public func componentStatuses(at instant: Instant) throws -> ComponentStatusBoard {
        try read { _ in try loadComponentStatuses(at: instant) }
    }

    /// The periods within `from..<to` each component was (or will be) not operational: the
    /// record's, then each notice's windows of imposing (cause: the notice's kind, `notice`: its
    /// number), both clipped to the range; for a status history such as uptime bars.
    public func componentHistory(from: Instant, to: Instant) throws -> [ComponentPeriod] {
        try read { _ in
            let recorded = try componentPeriods(clippedFrom: from, to: to)
            let fromNotices = try loadNotices("WHERE starts_at < ? AND (in_force_until IS NULL OR in_force_until > ?) ORDER BY id",
                                              [to.millisecondsSince1970, from.millisecondsSince1970]).flatMap { notice in
                notice.imposedWindows(from: from, to: to).flatMap { window in
                    notice.components.map { affected in
                        ComponentPeriod(component: affected.component, starts: window.starts, ends: window.ends ?? to,
                                        status: affected.status, cause: notice.kind.rawValue, notice: notice.id)
                    }
                }
            }
            return recorded + fromNotices
        }
    }

    /// `componentStatuses(at:)` inside a transaction: for the login path, which reads it in its own.
    func loadComponentStatuses(at instant: Instant) throws -> ComponentStatusBoard {
        var board = ComponentStatusBoard()
        let rows = try connection.query("""
            SELECT component, status FROM component_status WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at, rowid
            """, [instant.millisecondsSince1970, instant.millisecondsSince1970])
        for row in rows {
            guard let component = row.text("component").flatMap(Component.init(rawValue:)),
                  let status = row.text("status").flatMap(ComponentStatus.init(rawValue:)) else { continue }
            board.record(status, for: component)
        }
        for notice in try loadNotices(inForceAt: instant) {
            board.impose(notice, at: instant)
        }
        return board
    }
}

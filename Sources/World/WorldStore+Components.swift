import Portal
import SQLiteDB

extension WorldStore {
    /// What the components do to a request made at the desk at `now`, from the world's status
    /// history (`component_status`, written by a simulation): a component whose status at
    /// `now` turns every request away (major outage, maintenance) does not answer. A partial
    /// outage, which the simulator draws per request, answers at the desk: a person typing at
    /// `apoa` gets through, as half of them would.
    func conditions(at now: Instant) throws -> PlatformConditions {
        var conditions = PlatformConditions()
        let rows = try connection.query("""
            SELECT component, status FROM component_status WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at, rowid
            """, [now.millisecondsSince1970, now.millisecondsSince1970])
        for row in rows {
            guard let component = row.text("component").flatMap(Component.init(rawValue:)),
                  let status = row.text("status").flatMap(ComponentStatus.init(rawValue:)),
                  status.failureShare >= 1 else { continue }
            conditions.setDown(component, because: status)
        }
        return conditions
    }
}

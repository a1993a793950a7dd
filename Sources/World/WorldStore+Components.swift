import Portal
import SQLiteDB

extension WorldStore {
    /// What the components do to a request made at the desk at `now`, from the world's status
    /// history (`component_status`, written by a simulation) and the notices in force (a
    /// maintenance window, an incident still being investigated): a component whose status at
    /// `now` turns every request away (major outage, maintenance) does not answer. A partial
    /// outage, which the simulator draws per request, answers at the desk: a person typing at
    /// `apoa` gets through, as half of them would.
    func conditions(at now: Instant) throws -> PlatformConditions {
        try loadComponentStatuses(at: now).conditions
    }
}

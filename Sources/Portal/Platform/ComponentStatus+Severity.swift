extension ComponentStatus {
    /// How bad the status is for the people using the component, from 0 (operational) to 4:
    /// operational, degraded, partial outage, under maintenance, major outage. Where several
    /// statuses hold at once (the world's record and notices), the worst one wins.
    ///
    /// Maintenance and a major outage both turn every request away; the outage ranks worse
    /// because nobody planned it or told people ahead. So a component that fails during its
    /// maintenance window shows the outage, and a refused login is logged as `service-outage`.
    public var severity: Int {
        switch self {
        case .operational: 0
        case .degraded: 1
        case .partialOutage: 2
        case .underMaintenance: 3
        case .majorOutage: 4
        }
    }

    /// The worse of `self` and `other` (by `severity`).
    public func worse(_ other: ComponentStatus) -> ComponentStatus {
        other.severity > severity ? other : self
    }
}

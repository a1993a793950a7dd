import Portal

/// One local day of a component's history: how much of it was seen, how much of that was
/// operational, and the worst status it had.
///
/// Kept in milliseconds rather than as a share so the page can round and print it one way.
public struct UptimeDay: Equatable, Sendable {
    /// The day, in the page's zone.
    public var day: CalendarDay
    /// How much of the day the record covers: the whole day (23, 24 or 25 hours), part of it
    /// for today or the day the record began, zero for a day before it.
    public var observed: TimeSpan
    /// How much of `observed` the component was operational.
    public var operational: TimeSpan
    /// The worst status the component had during `observed` (``ComponentStatus`` ranked
    /// operational < under maintenance < degraded < partial outage < major outage); operational
    /// when nothing happened or nothing was observed.
    public var worst: ComponentStatus

    /// A day's figures as they are.
    public init(day: CalendarDay, observed: TimeSpan, operational: TimeSpan, worst: ComponentStatus) {
        self.day = day
        self.observed = observed
        self.operational = operational
        self.worst = worst
    }

    /// Whether anything of the day was observed; a bar without data is drawn as such.
    public var hasData: Bool { observed > .zero }
}

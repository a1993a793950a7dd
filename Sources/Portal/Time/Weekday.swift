/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
public enum Weekday: Int, CaseIterable, Sendable {
    /// Day 1.
    case monday = 1
    /// Day 2.
    case tuesday
    /// Day 3.
    case wednesday
    /// Day 4.
    case thursday
    /// Day 5.
    case friday
    /// Day 6.
    case saturday
    /// Day 7.
    case sunday

    /// Reads a day written in full or in three letters, in any case: `mon`, `Monday`, `SUN`.
    /// Returns nil for anything else.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        guard let day = Self.allCases.first(where: { $0.name == lowered || $0.shortName == lowered }) else {
            return nil
        }
        self = day
    }

    /// The lower-case English name: `monday`.
    public var name: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The three-letter lower-case name, as scenario files write it: `mon`.
    public var shortName: String {
        String(name.prefix(3))
    }

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool {
        self == .saturday || self == .sunday
    }
}

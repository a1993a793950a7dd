import Portal

extension RunReport {
    /// The support desk the scenario gave the run.
    public struct Support: Equatable, Sendable {
        /// Agents on duty.
        public var agents: Int
        /// Average time an agent spends on a ticket.
        public var handleTime: TimeSpan

        /// A desk of `agents` taking `handleTime` a ticket.
        public init(agents: Int, handleTime: TimeSpan) {
            self.agents = agents
            self.handleTime = handleTime
        }
    }

    /// A period a component was not operational.
    public struct Outage: Equatable, Sendable {
        /// The component that was not operational.
        public var component: Component
        /// How far from operational it was.
        public var status: ComponentStatus
        /// `incident`, `maintenance`, `random-failure` or `overload`.
        public var cause: String
        /// When the period began (clipped to the run).
        public var starts: Instant
        /// When it ended (clipped to the run).
        public var ends: Instant

        /// A period of `component` in `status` for `cause`, from `starts` to `ends`.
        public init(component: Component, status: ComponentStatus, cause: String, starts: Instant, ends: Instant) {
            self.component = component
            self.status = status
            self.cause = cause
            self.starts = starts
            self.ends = ends
        }
    }

    /// Everything a report shows, as plain values: the run's parameters, its hourly series, the
    /// component record and the applications' states at the end.
    public struct Input: Sendable {
        /// The scenario's name (`quickstart`).
        public var scenario: String
        /// The scenario's one-line title; may be empty.
        public var title: String
        /// The master seed the run used.
        public var seed: UInt64
        /// People in the random population.
        public var people: Int
        /// `all` or `summary`: what the world keeps.
        public var record: String
        /// The run's digest, 64 hexadecimal digits.
        public var digest: String
        /// The zone every time is shown in.
        public var zone: Zone
        /// The start of the first hour.
        public var start: Instant
        /// The end of the run (at most `hours` after `start`).
        public var end: Instant
        /// How many hours the series cover.
        public var hours: Int
        /// The scenario's desk: the queue was worked out for it, and the staffing compares with it.
        public var support: Support
        /// What the agents-needed figures aim at.
        public var target: Staffing.Target
        /// Each series by name, a value per hour (missing hours are zero).
        public var series: [String: [Double]]
        /// The component record, by start.
        public var outages: [Outage]
        /// Applications in each state at the end, in `ApplicationState.allCases` order.
        public var applicationStates: [(state: ApplicationState, count: Int)]

        /// An input from its parts; ``init(world:title:support:)`` reads one from a world.
        public init(scenario: String, title: String, seed: UInt64, people: Int, record: String, digest: String, zone: Zone,
                    start: Instant, end: Instant, hours: Int, support: Support, target: Staffing.Target = RunReport.staffingTarget,
                    series: [String: [Double]], outages: [Outage], applicationStates: [(state: ApplicationState, count: Int)]) {
            self.scenario = scenario
            self.title = title
            self.seed = seed
            self.people = people
            self.record = record
            self.digest = digest
            self.zone = zone
            self.start = start
            self.end = end
            self.hours = hours
            self.support = support
            self.target = target
            self.series = series
            self.outages = outages
            self.applicationStates = applicationStates
        }

        /// The series' value in each hour: zeros for a series the run never wrote, padded or cut
        /// to `hours`.
        func values(_ name: String) -> [Double] {
            let values = series[name] ?? []
            if values.count == hours { return values }
            return (0..<hours).map { $0 < values.count ? values[$0] : 0 }
        }

        /// The series' sum over the whole run.
        func total(_ name: String) -> Double {
            values(name).reduce(0, +)
        }

        /// The start of hour `index`.
        func hourStart(_ index: Int) -> Instant {
            start + .hours(index)
        }
    }
}

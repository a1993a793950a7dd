import Portal

extension RunReport {
    /// The support desk the scenario gave the run.
    public struct Support: Equatable, Sendable {
        /// Agents on duty.
        public var agents: Int
        /// Average time an agent spends on a ticket.
        public var handleTime: TimeSpan

        public init(agents: Int, handleTime: TimeSpan) {
            self.agents = agents
            self.handleTime = handleTime
        }
    }

    /// A period a component was not operational.
    public struct Outage: Equatable, Sendable {
        public var component: Component
        public var status: ComponentStatus
        /// `incident`, `maintenance`, `random-failure` or `overload`.
        public var cause: String
        public var starts: Instant
        public var ends: Instant

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
        public var seed: UInt64
        /// People in the random population.
        public var people: Int
        /// `all` or `summary`: what the world keeps.
        public var record: String
        public var digest: String
        /// The zone every time is shown in.
        public var zone: Zone
        /// The start of the first hour.
        public var start: Instant
        /// The end of the run (at most `hours` after `start`).
        public var end: Instant
        /// How many hours the series cover.
        public var hours: Int
        public var support: Support
        /// What the agents-needed figures aim at.
        public var target: Staffing.Target
        /// Each series by name, a value per hour (missing hours are zero).
        public var series: [String: [Double]]
        /// The component record, by start.
        public var outages: [Outage]
        /// Applications in each state at the end, in `ApplicationState.allCases` order.
        public var applicationStates: [(state: ApplicationState, count: Int)]

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

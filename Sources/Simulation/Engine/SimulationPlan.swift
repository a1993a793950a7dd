import Portal

/// Everything worked out from a scenario before the run starts: who the people are, when they
/// come, what fails when, what the attackers do. Read-only and shared by every partition.
final class SimulationPlan: Sendable {
    /// Partitions of the population. Fixed — never the thread count — so the same seed gives
    /// the same run on one thread or many: each person always lives in partition `index % 64`.
    static let partitionCount = 64

    let scenario: Scenario
    /// People in the random population (global indexes 0..<users); the cast follows them.
    let users: Int
    let minutes: Int
    let hours: Int
    let arrivals: ArrivalCurve
    let timeline: ComponentTimeline
    let attacks: AttackPlan
    let flow: LoginFlow
    let reset: PasswordReset
    /// Cast members by global index − users.
    let cast: [CastMember]
    let castIndexByUsername: [String: Int]
    let profileParameters: [ProfileParameters]
    /// Maintenance windows that were announced, and the windows of notices the desk published
    /// (in a continued run), as a visit checks them.
    let noticeWindows: [Notice]
    /// What the desk did to people, in a continued run (in the order it did it).
    let deskActions: [DeskAction]
    /// The surges that force password resets, as a visit checks them.
    let policySurges: [PolicySurge]
    let streams: Streams

    /// The random stream families of a run (DESIGN.md's named streams).
    struct Streams: Sendable {
        let person: RandomStream.Family
        let visits: RandomStream.Family
        let actions: RandomStream.Family
        let conditions: RandomStream.Family
        let support: RandomStream.Family
        let notices: RandomStream.Family
        let surges: RandomStream.Family
        let cast: RandomStream.Family
        let attackers: RandomStream.Family
        /// Applications already in progress when the run starts, and the people's home offices.
        let applications: RandomStream.Family

        init(seed: UInt64) {
            person = .init(seed: seed, name: "person")
            visits = .init(seed: seed, name: "visit")
            actions = .init(seed: seed, name: "action")
            conditions = .init(seed: seed, name: "conditions")
            support = .init(seed: seed, name: "support")
            notices = .init(seed: seed, name: "notice")
            surges = .init(seed: seed, name: "surge")
            cast = .init(seed: seed, name: "cast")
            attackers = .init(seed: seed, name: "attacker")
            applications = .init(seed: seed, name: "application")
        }
    }

    init(scenario: Scenario, continuation: Continuation? = nil) {
        self.scenario = scenario
        users = scenario.population.users
        minutes = max(1, Int((scenario.duration.milliseconds + 59_999) / 60_000))
        hours = max(1, Int((scenario.duration.milliseconds + 3_599_999) / 3_600_000))
        arrivals = ArrivalCurve(scenario: scenario)
        timeline = ComponentTimeline(scenario: scenario)
        cast = scenario.cast
        var byName: [String: Int] = [:]
        for (offset, member) in scenario.cast.enumerated() { byName[member.username.value] = scenario.population.users + offset }
        castIndexByUsername = byName
        attacks = AttackPlan(scenario: scenario, castIndexByUsername: byName, populationUsers: scenario.population.users)
        flow = LoginFlow(policy: scenario.policy)
        reset = PasswordReset(policy: scenario.policy)
        profileParameters = ProfileParameters.all
        var windows: [Notice] = scenario.maintenance.filter { $0.announce != nil }.enumerated().map { number, window in
            let start = window.starts.millisecondsSince1970
            return Notice(publishedAt: (window.starts - (window.announce ?? .zero)).millisecondsSince1970, start: start,
                          end: start + window.duration.milliseconds, components: Notice.mask(window.components),
                          seenBy: window.seenBy, stream: UInt64(number))
        }
        let announced = UInt64(windows.count)
        // The desk's notices come after every scenario window, so the scenario's keep their
        // streams (who saw what) whether a run is continued or not.
        for (number, notice) in (continuation?.notices ?? []).enumerated() {
            let components = Notice.mask(notice.components.map(\.component))
            for window in notice.imposedWindows(from: notice.publishedAt, to: scenario.end) {
                windows.append(Notice(publishedAt: notice.publishedAt.millisecondsSince1970,
                                      start: window.starts.millisecondsSince1970,
                                      end: (window.ends ?? scenario.end).millisecondsSince1970, components: components,
                                      seenBy: Self.deskNoticeSeenBy, stream: announced + UInt64(number)))
            }
        }
        noticeWindows = windows
        deskActions = continuation?.actions ?? []
        policySurges = scenario.load.surges.enumerated().compactMap { number, surge in
            guard surge.kind == .passwordPolicyChange else { return nil }
            let start = surge.at.millisecondsSince1970
            return PolicySurge(number: number, start: start, end: start + surge.duration.milliseconds, share: surge.share)
        }
        streams = Streams(seed: scenario.seed)
    }

    /// A notice in force from `start` to `end` (milliseconds since 1970): an announced
    /// maintenance window, or a window of a notice the desk published. `stream` names the
    /// stream that says who saw it — one per notice, whatever its windows.
    struct Notice: Sendable {
        let publishedAt: Int64
        let start: Int64
        let end: Int64
        /// The components it is about, a bit per `Component.index`.
        let components: UInt8
        /// The share of people who see the notice.
        let seenBy: Double
        let stream: UInt64

        /// Whether the login (`auth`) is down in it.
        var coversLogin: Bool { covers(.auth) }

        func covers(_ component: Component) -> Bool {
            components & 1 << UInt8(component.index) != 0
        }

        static func mask(_ components: [Component]) -> UInt8 {
            components.reduce(0) { $0 | 1 << UInt8($1.index) }
        }
    }

    /// The share of people who see a notice the desk published: the scenario default for an
    /// announced maintenance window.
    static let deskNoticeSeenBy = 0.5

    /// A password-policy change: from `start` to `end`, a `share` of people must reset at
    /// their next visit. `number` is its place among the scenario's surges (its stream).
    struct PolicySurge: Sendable {
        let number: Int
        let start: Int64
        let end: Int64
        let share: Double
    }

    /// Everyone with an account: the population and the cast.
    var accounts: Int { users + cast.count }

    /// The partition a person lives in, and their index there.
    @inline(__always)
    static func place(_ person: Int) -> (partition: Int, local: Int) {
        (person % partitionCount, person / partitionCount)
    }

    /// A person's global index from their partition and local index.
    @inline(__always)
    static func person(partition: Int, local: Int) -> Int {
        local * partitionCount + partition
    }

    /// The account number of a person (`accounts.id`).
    @inline(__always)
    static func accountID(_ person: Int) -> AccountID {
        AccountID(Int64(person) + 1)
    }
}

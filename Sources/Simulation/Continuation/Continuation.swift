import Portal
import World

/// A worked world carried on (`apoa simulate --world W --for 2h --continue`): its run again,
/// from the same scenario, seed and size, to a later end — with what the desk did to people
/// applied at the times it did it, and the notices it published seen by the people — then the
/// desk's own records copied across.
///
/// Why a replay and not a resumed run: a run's beginning does not depend on how long it goes
/// on (every draw comes from a stream of a person, attack or component, keyed by time), so the
/// replay is the old world again up to the desk's first action — the same events, the same
/// tickets with the same numbers — and from there the desk's actions have their consequences:
/// an unlocked account the attack is still hitting is locked again, people who saw a notice
/// call less, people sent a reset use it. Nothing of the engine's state has to be kept in the
/// world for it.
///
/// What is carried: unlocks (single, forced, bulk), password resets (a link, a code, a
/// temporary password), notices; and the records of operators, audit log, incidents, tickets
/// worked and messages sent. What is not: things typed at the command line as a person
/// (`apoa login`, `apoa request-reset` on a simulated world), which are no desk action.
public struct Continuation: Sendable {
    /// The world being continued; its desk records are copied from it at the end.
    public let worldPath: String
    /// The run's scenario, with the seed and size the world was made with.
    public let scenario: Scenario
    /// The scenario file's text as the world keeps it.
    public let scenarioText: String
    public let record: SimulationOptions.Record
    /// Where the world's run ended, and when the desk first took it over (kept by every
    /// continuation: an exercise is graded from there).
    public let previousEnd: Instant
    public let handover: Instant
    /// Where the new run ends: the world's clock plus the span asked for.
    public let end: Instant
    /// What the desk did to people, oldest first.
    public let actions: [DeskAction]
    /// The notices the desk published, as they stand in the world (with updates and
    /// cancellations): people who see one act on it.
    public let notices: [Notice]

    /// Reads what carrying `world` on by `span` needs.
    public static func read(_ world: WorldStore, for span: TimeSpan) throws -> Continuation {
        let record = try world.runRecord()
        guard let text = record.scenarioText, !text.isEmpty, let seed = record.seed, let users = record.users else {
            throw ContinuationError.notSimulated(world.path)
        }
        guard let runEnd = record.runEnd else { throw ContinuationError.noRunEnd(world.path) }
        var scenario: Scenario
        do {
            scenario = try Scenario.decode(text: text, file: "\(world.path): meta.scenario_json")
        } catch {
            throw ContinuationError.unreadableScenario(world.path, error.description)
        }
        scenario.seed = seed
        scenario.population.users = users
        let now = try world.now()
        let end = now + span
        scenario.duration = end - scenario.start
        let actions = try Self.deskActions(in: world, since: runEnd)
        return Continuation(
            worldPath: world.path, scenario: scenario, scenarioText: text,
            record: record.record.flatMap(SimulationOptions.Record.init(rawValue:)) ?? .all, previousEnd: runEnd,
            handover: record.handover ?? runEnd, end: end, actions: actions,
            notices: try world.allNotices().filter { $0.publishedBy != SimulationRun.scenarioPublisher })
    }

    /// What the desk did to people since `since`, in the order it did it: the audit log's lines
    /// that were done, in order — an unlock, a bulk unlock, a reset. A bulk unlock's line names
    /// only a count; its accounts are the `lock-cleared desk-unlock` events of its instant that
    /// no single unlock of that instant claims (the world clock stands still between commands,
    /// so a morning's work can share one instant).
    private static func deskActions(in world: WorldStore, since: Instant) throws -> [DeskAction] {
        let entries = try world.auditEntries().filter { $0.at >= since && $0.outcome == .done }
        var unclaimed: [Instant: [AccountID]] = [:]
        for unlock in try world.deskUnlocks(since: since) { unclaimed[unlock.at, default: []].append(unlock.account) }
        var singles: [Int: AccountID] = [:]
        for (number, entry) in entries.enumerated() where entry.action == "unlock" || entry.action == "unlock-force" {
            guard let target = entry.target, let account = try? world.account(matching: target),
                  let claimed = unclaimed[entry.at]?.firstIndex(of: account.id) else { continue }
            unclaimed[entry.at]?.remove(at: claimed)
            singles[number] = account.id
        }
        var actions: [DeskAction] = []
        for (number, entry) in entries.enumerated() {
            if let account = singles[number] {
                actions.append(DeskAction(at: entry.at, person: person(account), kind: .unlock))
            } else if entry.action == "unlock-bulk" {
                for account in unclaimed.removeValue(forKey: entry.at) ?? [] {
                    actions.append(DeskAction(at: entry.at, person: person(account), kind: .unlock))
                }
            } else if let way = DeskResetWay(auditEntry: entry), let target = entry.target,
                      let account = try? world.account(matching: target) {
                actions.append(DeskAction(at: entry.at, person: person(account.id), kind: .reset(way)))
            }
        }
        return actions
    }

    /// The simulator's person behind an account (accounts are numbered from 1 in person order).
    private static func person(_ account: AccountID) -> Int {
        Int(account.rawValue) - 1
    }
}

/// Something the desk did to a person, to do again at its time in a continued run.
public struct DeskAction: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Cleared the person's lock.
        case unlock
        /// Reset the password: sent a link or code, or set a temporary password.
        case reset(DeskResetWay)
    }

    public let at: Instant
    /// The person's global index in the run.
    public let person: Int
    public let kind: Kind
}

/// Why a world cannot be carried on.
public enum ContinuationError: Error, Equatable, CustomStringConvertible {
    /// The world was not made by `apoa simulate`.
    case notSimulated(String)
    /// The world was simulated by an apoa that did not record where its run ended.
    case noRunEnd(String)
    /// The scenario on record no longer reads.
    case unreadableScenario(String, String)

    public var description: String {
        switch self {
        case .notSimulated(let path):
            "'\(path)' holds no simulated scenario to continue (make one with 'apoa simulate SCENARIO --world \(path)')"
        case .noRunEnd(let path):
            "'\(path)' does not record where its run ended (meta.run_end): it was simulated by an older apoa; simulate it again"
        case .unreadableScenario(let path, let why): "the scenario on record in '\(path)' no longer reads: \(why)"
        }
    }
}

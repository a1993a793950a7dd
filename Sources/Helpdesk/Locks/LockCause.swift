import Portal
import World

/// WHY AN ACCOUNT IS LOCKED — the rule the diagnosis, `apoa lockouts` and `apoa unlock` share.
///
/// It reads the failures behind the latest count (`LockHistory`) and decides, in this order:
///
/// 1. **Attack**: most of the failures came from somewhere the person never logged in from —
///    an address *and* device they never used — or from an address that failed against many
///    accounts (`wideSourceAccounts` or more: credential stuffing, spraying); or someone tried
///    `relentlessAttempts` times in a day, refusals while locked included — more than a person
///    types (they are locked at a handful and give up or wait). Unlocking it as it is hands the account back to the attacker.
/// 2. **Maintenance** or **outage**: most of the failures came while a component the login
///    needs (`auth`, `captcha`, `sms-gateway`, `email`) was under maintenance, or degraded or
///    down. People retrying against a broken portal: unlock them, as a wave. Wrong passwords
///    count too: a person whose code never comes, or who meets errors, starts doubting the
///    password and tries others — the portal never refuses a login "because" of an outage in
///    a way the lockout rule counts, so these retries are how an outage locks people out.
/// 3. **The person's own mistakes**: typos, an old password. The lock ends by itself (or the
///    desk unlocks a permanent one once it knows it is them).
///
/// A person who never logged in has no familiar address, so for them only the wide-source and
/// relentless tests can tell an attack.
public enum LockCause: Equatable, Sendable {
    /// Failures from places the person never used, or from addresses that tried many accounts.
    case attack(AttackEvidence)
    /// Failures while a component was under maintenance.
    case maintenance(Component)
    /// Failures while a component was degraded or down.
    case outage(Component, ComponentStatus)
    /// The person's own wrong passwords or codes.
    case ownMistakes

    /// An address that failed against this many accounts is not one person (a family or an
    /// office behind one address shares a few accounts, not dozens).
    public static let wideSourceAccounts = 10
    /// This many failed tries in a day is a machine: a person is locked after a few and waits.
    public static let relentlessAttempts = 20
    /// The components a login passes through.
    public static let loginComponents: [Component] = [.auth, .captcha, .smsGateway, .email]

    /// The short name shown in lists and JSON: `attack`, `maintenance`, `outage`, `owner`.
    public var name: String {
        switch self {
        case .attack: "attack"
        case .maintenance: "maintenance"
        case .outage: "outage"
        case .ownMistakes: "owner"
        }
    }

    /// Decides the cause of the latest count's failures; nil when there were none.
    public init?(_ history: LockHistory) {
        let failures = history.failures
        guard !failures.isEmpty else { return nil }
        let evidence = AttackEvidence(history)
        if evidence.suspiciousFailures * 2 > failures.count || evidence.isRelentless {
            self = .attack(evidence)
            return
        }
        // The component most of the failures met in a bad state, if any.
        var counts: [(period: ComponentPeriod, count: Int)] = []
        for period in history.periods where Self.loginComponents.contains(period.component) && period.status != .operational {
            counts.append((period, failures.filter { period.contains($0.at) }.count))
        }
        if let worst = counts.max(by: { $0.count < $1.count }), worst.count * 2 > failures.count {
            self = worst.period.status == .underMaintenance
                ? .maintenance(worst.period.component) : .outage(worst.period.component, worst.period.status)
            return
        }
        self = .ownMistakes
    }
}

/// What makes failures look like someone else's: counts and the addresses behind them.
public struct AttackEvidence: Equatable, Sendable {
    /// Failures from an address and device the person never logged in from.
    public let unfamiliarFailures: Int
    /// Failures from addresses that failed against many accounts.
    public let wideSourceFailures: Int
    /// Failures that are either (counted once).
    public let suspiciousFailures: Int
    /// Every failure of the count.
    public let totalFailures: Int
    /// Failed tries in the day before the newest (`LockHistory.recentAttempts`).
    public let recentAttempts: Int
    /// Whether that is more than a person would type.
    public var isRelentless: Bool { recentAttempts >= LockCause.relentlessAttempts }
    /// The suspicious addresses, most failures first, with their failures against this account
    /// and the number of accounts they failed against.
    public let sources: [Source]

    /// One address behind the failures.
    public struct Source: Equatable, Sendable {
        public let ip: IPAddress
        public let failuresHere: Int
        public let accountsTried: Int
        public let isFamiliar: Bool
    }

    init(_ history: LockHistory) {
        let familiar = history.familiar
        func isUnfamiliar(_ event: Event) -> Bool {
            guard history.hasLoggedIn, let ip = event.ip else { return false }
            return !familiar.knows(ip: ip) && (event.device == nil || !familiar.knows(device: event.device))
        }
        func isWide(_ event: Event) -> Bool {
            event.ip.map { (history.sourceAccounts[$0] ?? 0) >= LockCause.wideSourceAccounts } ?? false
        }
        unfamiliarFailures = history.failures.filter(isUnfamiliar).count
        wideSourceFailures = history.failures.filter(isWide).count
        suspiciousFailures = history.failures.filter { isUnfamiliar($0) || isWide($0) }.count
        totalFailures = history.failures.count
        var here: [IPAddress: Int] = [:]
        recentAttempts = history.recentAttempts.count
        let isRelentless = recentAttempts >= LockCause.relentlessAttempts
        for event in isRelentless ? history.recentAttempts : history.failures where isRelentless || isUnfamiliar(event) || isWide(event) {
            if let ip = event.ip { here[ip, default: 0] += 1 }
        }
        sources = here.map { ip, count in
            Source(ip: ip, failuresHere: count, accountsTried: history.sourceAccounts[ip] ?? 0,
                   isFamiliar: familiar.knows(ip: ip))
        }.sorted { ($0.failuresHere, $1.ip.description) > ($1.failuresHere, $0.ip.description) }
    }
}

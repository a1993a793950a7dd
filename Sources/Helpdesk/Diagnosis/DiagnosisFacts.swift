import Portal
import World

/// One account's evidence as the rules read it: the lock's cause, which tries were the
/// person's own (not an attacker's), and the stretch of tries the rules judge.
///
/// That stretch is normally what happened since the person last got in (`current`). When the
/// person called the desk and got in afterwards, the tries that led to the call are judged too
/// (`resolvedCall()`): their trouble is over, but it is what the ticket was about.
struct DiagnosisFacts {
    /// What the world holds.
    let evidence: DiagnosisEvidence
    /// Whether e-mail addresses, phone numbers and document numbers may be shown unmasked.
    let showsPersonalData: Bool
    /// Why the latest failure count happened; nil when there were no failures.
    let lockCause: LockCause?
    /// Addresses behind an attack on the account: the unfamiliar ones of an attack lock, and
    /// any that failed against many accounts.
    let attackerAddresses: Set<IPAddress>
    /// The account's events, less those from attacker addresses, oldest first.
    let own: [LoggedEvent]
    /// The person's newest successful login among them.
    let lastSuccess: LoggedEvent?
    /// The person's events the rules judge, oldest first: since their last login (all of them
    /// when there is none), or those that led to a call they got in after.
    let window: [LoggedEvent]
    /// The login that ended `window`'s trouble, after the call; nil while it goes on.
    let resolution: Event?
    /// The person's call to the desk about `window`, if they called.
    let call: Event?
    /// The instant `window` is judged at: now, or the call's time for a resolved one.
    let judgedAt: Instant

    /// The facts of the account now: the window is what happened since the last login.
    init(_ evidence: DiagnosisEvidence, showsPersonalData: Bool) {
        self.evidence = evidence
        self.showsPersonalData = showsPersonalData
        let cause = LockCause(evidence.lock)
        lockCause = cause
        var attackers = Set<IPAddress>()
        let familiar = evidence.lock.familiar
        if case .attack(let attack) = cause {
            // A relentless attack's sources are every address of the day, the person's own
            // among them: an address is the attacker's when it tried at least a lock's worth.
            let lockWorth = max(3, evidence.policy.bruteForce.maxFailures)
            for source in attack.sources where !source.isFamiliar
                && (!attack.isRelentless || source.failuresHere >= lockWorth || source.accountsTried >= LockCause.wideSourceAccounts) {
                attackers.insert(source.ip)
            }
        }
        // An address that failed against many accounts is no one person's (a familiar one may
        // be an office or a carrier's shared address, and stays the person's).
        for (ip, accounts) in evidence.lock.sourceAccounts.merging(evidence.rightPasswordSources, uniquingKeysWith: max)
        where accounts >= LockCause.wideSourceAccounts && !familiar.knows(ip: ip) {
            attackers.insert(ip)
        }
        attackerAddresses = attackers
        let own = evidence.events.filter { entry in entry.event.ip.map { !attackers.contains($0) } ?? true }
        let success = own.last { $0.event.kind == .loginSucceeded }
        self.own = own
        lastSuccess = success
        window = success.map { last in own.filter { $0.seq > last.seq } } ?? own
        resolution = nil
        call = window.last { $0.event.kind == .ticketOpened }?.event
        judgedAt = evidence.now
    }

    private init(_ facts: DiagnosisFacts, window: [LoggedEvent], resolution: Event, call: Event) {
        evidence = facts.evidence
        showsPersonalData = facts.showsPersonalData
        lockCause = facts.lockCause
        attackerAddresses = facts.attackerAddresses
        own = facts.own
        lastSuccess = facts.lastSuccess
        self.window = window
        self.resolution = resolution
        self.call = call
        judgedAt = call.at
    }

    /// The tries that led to the person's newest call, when they got in after their trouble:
    /// from their login before the newest trouble of the day before the call (or before the
    /// call, when there was none) up to the call. Nil when they did not call, or have not got
    /// in since (then it is the trouble of now).
    func resolvedCall() -> DiagnosisFacts? {
        guard let call = own.last(where: { $0.event.kind == .ticketOpened }) else { return nil }
        let before = own.filter { $0.seq < call.seq }
        let trouble = before.last { Self.isTrouble($0.event) && call.event.at - $0.event.at <= Self.callHorizon }
        let from = trouble ?? call
        guard let resolution = own.first(where: { $0.seq > from.seq && $0.event.kind == .loginSucceeded }) else { return nil }
        let start = before.last { $0.seq < from.seq && $0.event.kind == .loginSucceeded }?.seq ?? .min
        let window = own.filter { $0.seq > start && $0.seq < min(call.seq, resolution.seq) }
        return DiagnosisFacts(self, window: window, resolution: resolution.event, call: call.event)
    }

    /// How far before a call trouble still explains it.
    static let callHorizon = TimeSpan.hours(24)

    /// Whether an event is something going wrong for the person at the login page.
    static func isTrouble(_ event: Event) -> Bool {
        switch event.kind {
        case .loginFailed, .otpFailed, .otpRefused, .accountLocked, .resetFailed: true
        case .otpSent, .resetRequested: event.reason == .gatewayUnavailable
        default: false
        }
    }

    var account: Account { evidence.account }
    var now: Instant { evidence.now }
    var policy: PortalPolicy { evidence.policy }
    var username: String { account.username.value }

    /// The window's events of `kind` and (when given) one of `reasons`.
    func since(_ kind: EventKind, _ reasons: Set<ReasonCode>? = nil) -> [Event] {
        window.map(\.event).filter { $0.kind == kind && (reasons?.contains($0.reason) ?? true) }
    }

    /// The period of `component` that was not operational at `instant`, if any.
    func period(of component: Component?, at instant: Instant) -> ComponentPeriod? {
        evidence.periods.last { $0.component == component && $0.contains(instant) }
    }

    /// The channel a reset should go by now: SMS when the account has a phone, e-mail
    /// otherwise — unless that channel's gateway is down now and the other's is not.
    var resetChannel: Channel { channel(preferring: account.phone == nil ? .email : .sms) }

    /// `preferred`, unless its gateway is down now and the other channel reaches the person.
    func channel(preferring preferred: Channel) -> Channel {
        let other: Channel = preferred == .sms ? .email : .sms
        guard period(of: preferred.gateway, at: now) != nil, period(of: other.gateway, at: now) == nil,
              account.address(on: other) != nil else { return preferred }
        return other
    }

    /// `apoa reset-password WHO --via sms`.
    var resetCommand: String { resetCommand(via: resetChannel) }

    /// `apoa reset-password WHO --via CHANNEL`.
    func resetCommand(via channel: Channel) -> String { "apoa reset-password \(username) --via \(channel.rawValue)" }

    /// `apoa unlock WHO --reason '…'`.
    func unlockCommand(reason: String) -> String { "apoa unlock \(username) --reason '\(reason)'" }
}

import Portal

/// People calling, mailing or filling in the form: whether they do, when, and what they say.
extension Partition {
    /// A ticket about to be opened: decided when the person gave up, opened a little later.
    struct ContactPlan: Sendable {
        let situation: Situation
        let trueCause: String
        let messageSeen: String?
        let says: String
    }

    /// Decides whether someone in `situation` contacts support, and if so schedules it.
    func considerContact(_ local: UInt32, at: Int64, situation: Situation, language: Language, random: inout RandomStream,
                         says: String? = nil) {
        let support = plan.scenario.support
        var chance = situation.baseChance * min(4, support.contactProbability / 0.25)
        // People who saw the maintenance notice rarely call about it.
        if situation == .portalDown, visits[local]?.lastOutcome == .refused(.maintenance), sawNotice(local, at: at) {
            chance *= 0.1
        }
        // Nor about a code or reset message that cannot come while a notice says its gateway is down.
        if let gateway = awaitedGateway(local, situation: situation), sawNotice(local, at: at, covering: gateway) {
            chance *= 0.1
        }
        guard situation == .scripted || random.chance(min(1, chance)) else { return }
        let plan = ContactPlan(situation: situation, trueCause: trueCause(local, situation: situation, at: at),
                               messageSeen: visits[local]?.lastOutcome?.message().text(in: language),
                               says: says ?? situation.words(in: language))
        pendingContacts[local] = plan
        let channel = pickChannel(random: &random)
        let delay: Int64 = situation == .scripted ? 0
            : channel == .hotline ? Int64(60_000 + random.exponential(mean: 10 * 60_000))
            : Int64(5 * 60_000 + random.exponential(mean: 90 * 60_000))
        queue.schedule(at: at + delay, subject: local, action: .contact, argument: UInt16(channel.index))
    }

    /// Opens the ticket planned for the person.
    func contact(_ local: UInt32, at: Int64, channelIndex: Int) {
        guard let contact = pendingContacts.removeValue(forKey: local) else { return }
        let channel = ContactChannel.allCases[channelIndex % ContactChannel.allCases.count]
        let category = contact.situation == .scripted ? Situation.category(ofWords: contact.says) : contact.situation.category
        tickets.append(PendingTicket(
            openedAt: at, partition: index, order: tickets.count, person: person(local), channel: channel, says: contact.says,
            messageSeen: contact.messageSeen, category: category.rawValue, trueCause: contact.trueCause,
            priority: contact.situation.priority))
        recorder.metrics.add(Situation.metric(forCategory: category), hour: recorder.hour(Instant(millisecondsSince1970: at)))
        recorder.record(Event(at: Instant(millisecondsSince1970: at), account: SimulationPlan.accountID(person(local)),
                              kind: .ticketOpened, reason: .ok, detail: .ticket(channel: channel, category: category)))
    }

    /// What really stopped the person, from the world's state now (the cause a diagnosis should find).
    func trueCause(_ local: UInt32, situation: Situation, at: Int64) -> String {
        let state = people[Int(local)]
        let lastRefusal: ReasonCode? = if case .refused(let reason) = visits[local]?.lastOutcome { reason } else { nil }
        func lockCause() -> String? {
            let locked = state.has(.permanentlyLocked) || state.notBefore > at
            guard locked || lastRefusal == .lockedTemporary || lastRefusal == .lockedPermanent else { return nil }
            if state.has(.lockedByAttack) { return "locked-by-attack" }
            return state.has(.permanentlyLocked) ? "locked-permanent" : "locked-temporary"
        }
        switch situation {
        case .passwordRefused: return lockCause() ?? "wrong-password"
        case .captcha: return "captcha-failures"
        case .codeNeverArrived: return lastRefusal == .resendLimit ? "otp-failed" : "otp-undelivered-outage"
        case .codeRejected: return "otp-failed"
        case .resetTrouble:
            let newest = resetTokens[local]?.first
            if let newest, newest.state(at: Instant(millisecondsSince1970: at), policy: flow.policy.reset) == .expired {
                return "reset-expired"
            }
            return "reset-pending"
        case .portalDown: return lastRefusal == .maintenance ? "maintenance" : "service-outage"
        case .notVerified:
            return lastRefusal == .accountSuspended || lastRefusal == .accountDisabled ? "suspended" : "unverified-identity"
        case .throttled: return "source-throttled"
        case .unexpectedCode, .someoneElseLoggedIn: return "compromised"
        case .pageWontLoad: return "no-server-activity"
        case .applicationTrouble:
            return ledger.files[local]?.application.state == .needsAction ? "application-needs-action" : "service-outage"
        case .applicationStuck: return "application-stuck"
        case .scripted:
            if let lock = lockCause() { return lock }
            if state.has(.compromised) { return "compromised" }
            if facts(local).verification != .verified { return "unverified-identity" }
            if let trouble = castTrouble[local] { return trouble }
            if let newest = resetTokens[local]?.first, newest.usedAt == nil {
                return newest.state(at: Instant(millisecondsSince1970: at), policy: flow.policy.reset) == .expired
                    ? "reset-expired" : "reset-pending"
            }
            return "ok"
        }
    }

    /// Whether the person saw a notice in force at `at` (about `component`, when one is named).
    func sawNotice(_ local: UInt32, at: Int64, covering component: Component? = nil) -> Bool {
        for notice in notices {
            guard at >= notice.publishedAt, at < notice.end, component.map(notice.covers) ?? true else { continue }
            var seen = plan.streams.notices.stream(UInt64(person(local)) &* 1_000_003 &+ notice.stream)
            if seen.chance(notice.seenBy) { return true }
        }
        return false
    }

    /// The gateway a person in `situation` waits on: their code's, or their newest reset message's.
    private func awaitedGateway(_ local: UInt32, situation: Situation) -> Component? {
        switch situation {
        case .codeNeverArrived: facts(local).secondFactor.channel?.gateway
        case .resetTrouble: resetTokens[local]?.first?.channel.gateway
        default: nil
        }
    }

    private func pickChannel(random: inout RandomStream) -> ContactChannel {
        let shares = plan.scenario.support.channels
        let draw = random.nextUnitDouble() * (shares.hotline + shares.email + shares.form)
        return draw < shares.hotline ? .hotline : draw < shares.hotline + shares.email ? .email : .form
    }
}

extension ContactChannel {
    /// Position in `allCases`.
    var index: Int {
        switch self {
        case .hotline: 0
        case .email: 1
        case .form: 2
        }
    }
}

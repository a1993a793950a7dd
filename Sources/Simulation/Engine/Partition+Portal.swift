import Portal

/// Calling the portal's rules for a simulated person: the one implementation `apoa login` uses,
/// fed from the partition's compact state, with the credential check modelled.
extension Partition {
    /// Whether a local person is a cast member rather than one of the population.
    func isCast(_ local: UInt32) -> Bool { person(local) >= plan.users }

    /// A cast member, when the local person is one.
    func castMember(_ local: UInt32) -> CastMember? {
        let offset = person(local) - plan.users
        return offset >= 0 && offset < plan.cast.count ? plan.cast[offset] : nil
    }

    /// A population person's fixed traits (drawn again each time: nothing is stored).
    func traits(_ local: UInt32) -> PersonTraits {
        PersonTraits(index: person(local), seed: plan.scenario.seed, spec: plan.scenario.population)
    }

    /// What the login rules and behaviour need to know of a person: drawn the first time it is
    /// needed and kept, packed. (Not at set-up: at ten million people over a day, most never
    /// come, and drawing everyone's first was a third of the set-up.)
    @inline(__always)
    func facts(_ local: UInt32) -> Facts {
        let stored = people[Int(local)].facts
        if stored & Facts.isDrawn != 0 { return Facts(packed: stored) }
        return drawFacts(local)
    }

    @inline(never)
    private func drawFacts(_ local: UInt32) -> Facts {
        let facts = drawnFacts(local)
        people[Int(local)].facts = facts.packed | Facts.isDrawn
        return facts
    }

    /// A person's facts as `facts(_:)` gives them, without keeping what it draws: for readers
    /// that must not write to the people (the end of the run, while another thread reads them).
    func unkeptFacts(_ local: UInt32) -> Facts {
        let stored = people[Int(local)].facts
        return stored & Facts.isDrawn != 0 ? Facts(packed: stored) : drawnFacts(local)
    }

    private func drawnFacts(_ local: UInt32) -> Facts {
        let global = person(local)
        return global < plan.users
            ? Facts(person: global, family: plan.streams.person, spec: plan.scenario.population)
            : Facts(plan.cast[global - plan.users])
    }

    /// The account as the world will hold it (for resets, which need the address).
    func account(_ local: UInt32) -> Account? {
        let global = person(local)
        if let member = castMember(local) {
            return Account(id: SimulationPlan.accountID(global), username: member.username, email: member.email, phone: member.phone,
                           kind: member.kind, documents: member.documents, language: member.language,
                           secondFactor: member.secondFactor, verification: member.verification, status: member.status,
                           createdAt: plan.scenario.start)
        }
        return traits(local).knownAccount(id: SimulationPlan.accountID(global), createdAt: plan.scenario.start)
    }

    /// Whether the person has an address on `channel`: what a reset request needs to know of
    /// their account. Everyone has an e-mail address, and everyone of the population a phone;
    /// a cast member may have none.
    func hasAddress(_ local: UInt32, on channel: Channel) -> Bool {
        channel == .email || (castMember(local).map { $0.phone != nil } ?? true)
    }

    /// The person as the application rules see them: what `account(_:)` would give, without
    /// drawing and formatting their names, address, phone and document.
    func applicant(_ local: UInt32) -> ApplicationRules.Applicant {
        let id = SimulationPlan.accountID(person(local))
        if let member = castMember(local) {
            return ApplicationRules.Applicant(account: id, kind: member.kind, verification: member.verification)
        }
        return ApplicationRules.Applicant(account: id, kind: isForeigner(local) ? .foreigner : .citizen,
                                          verification: facts(local).verification)
    }

    /// The login rules' record of a person, from the partition's state.
    @inline(__always)
    func authRecord(_ local: UInt32, facts: Facts) -> AuthRecord {
        let state = people[Int(local)]
        return AuthRecord(
            // Only a cast member can be other than active (population accounts all are).
            account: SimulationPlan.accountID(person(local)),
            status: person(local) < plan.users ? .active : castMember(local)?.status ?? .active, verification: facts.verification,
            secondFactor: facts.secondFactor, bruteForce: state.bruteForce, challenge: challenges[local],
            familiar: familiarSources(local, bits: state.familiarDevices),
            lastLoginAt: Instant(storedMilliseconds: state.lastLoginAt),
            isStepUpDue: state.has(.stepUpDue))
    }

    /// The devices the portal knows for a person, spelled out only when a policy asks about
    /// unfamiliar devices (otherwise the arrays would cost an allocation per login for nothing).
    @inline(__always)
    private func familiarSources(_ local: UInt32, bits: UInt8) -> FamiliarSources {
        guard asksAboutDevices, bits != 0 else { return FamiliarSources() }
        return spelledOutSources(local, bits: bits)
    }

    @inline(never)
    private func spelledOutSources(_ local: UInt32, bits: UInt8) -> FamiliarSources {
        let global = person(local)
        let devices = (0..<8).filter { bits & (1 << $0) != 0 }.map { PersonNetwork.device(global, $0) }
        return FamiliarSources(devices: devices)
    }

    /// Writes back what the rules changed. A successful login from own device `device` makes it
    /// familiar. `hadChallenge`: whether the record was read with a challenge (true when unsure); when it had none
    /// and has none, the challenges table is left alone (looking for nothing to remove cost 17 M
    /// of 2,503 M instructions at 100,000 people).
    func store(_ record: borrowing AuthRecord, of local: UInt32, loggedInFrom device: UInt8?, hadChallenge: Bool = true) {
        var bits = people[Int(local)].familiarDevices
        if let device, device < 8 { bits |= 1 << device }
        people[Int(local)].store(record, familiar: bits)
        if let challenge = record.challenge {
            challenges.update(challenge, for: local)
        } else if hadChallenge {
            challenges.removeValue(forKey: local)
        }
    }

    /// What the components do to this request: each one that is down (scripted, random or
    /// maintenance) or overloaded fails it with its share, drawn from the request's own stream.
    @inline(__always)
    func conditions(at: Int64, random: inout RandomStream) -> PlatformConditions {
        // Nothing can fail: every share below would be 0, so nothing would be drawn.
        if context.isLoginQuiet, at >= context.start, at < context.end { return PlatformConditions() }
        return drawnConditions(at: at, random: &random)
    }

    @inline(never)
    private func drawnConditions(at: Int64, random: inout RandomStream) -> PlatformConditions {
        var conditions = PlatformConditions()
        let instant = Instant(millisecondsSince1970: at)
        for component in Self.loginComponents {
            let period = plan.timeline.status(of: component, at: instant)
            let overload = context.overloadShare[component.index]
            let scripted = period?.status.failureShare ?? 0
            let share = 1 - (1 - scripted) * (1 - overload)
            guard share > 0 else { continue }
            if share >= 1 || random.nextUnitDouble() < share {
                conditions.setDown(component, because: period?.status ?? .partialOutage)
            }
        }
        return conditions
    }

    /// The components a login touches (a static list: a literal here would allocate per attempt).
    static let loginComponents: [Component] = [.auth, .captcha, .smsGateway, .email]

    /// How long a message on `channel` takes to arrive now: the gateway's latency, slowed by
    /// load, spread (a few arrive much later than most).
    func deliveryDelay(_ channel: Channel, random: inout RandomStream) -> Int64 {
        let component = channel.gateway
        let mean = latencies[component.index] * context.latencyFactor[component.index]
        return Int64(max(500, random.exponential(mean: mean)))
    }

    /// The record of an address as this partition sees it this minute.
    func source(_ ip: IPAddress) -> SourceRecord {
        sourceOverlay[ip] ?? context.source(ip) ?? SourceRecord()
    }

    /// Keeps what the rules did to an address's record, for the merge at the minute's end.
    /// Inlined, so the common case (nothing changed) is a comparison, not a call that took a copy
    /// of the record (12 M of 1,979 M instructions at 100,000 people).
    @inline(__always)
    func store(_ record: SourceRecord?, before: SourceRecord, of ip: IPAddress) {
        guard let record, record != before else { return }
        keep(record, before: before, of: ip)
    }

    @inline(never)
    private func keep(_ record: SourceRecord, before: SourceRecord, of ip: IPAddress) {
        sourceOverlay[ip] = record
        if record.lastFailure != before.lastFailure { sourceFailures[ip] = (sourceFailures[ip] ?? 0) + 1 }
    }

    /// The login page, for any actor: returns the outcome; the record and address are updated.
    func submitPassword(
        _ local: UInt32?, identifier: String, at: Int64, isRightPassword: Bool, captcha: LoginAttempt.CaptchaAnswer,
        ip: IPAddress, device: DeviceLabel, ownDevice: UInt8?, actor: Actor, random: inout RandomStream,
        codeMatches: Bool? = nil
    ) -> LoginOutcome {
        let conditions = conditions(at: at, random: &random)
        let before = source(ip)
        var sourceRecord: SourceRecord? = before
        let attempt = LoginAttempt(at: Instant(millisecondsSince1970: at), identifier: LoginFlow.loggable(identifier), ip: ip,
                                   device: device, captcha: captcha, hasCode: codeMatches != nil, sessionID: local.map(nextSessionID))
        countLoad(.auth)
        if flow.policy.captcha.isRequired(sourceFailures: before.failures(at: attempt.at, policy: flow.policy.throttle)) {
            countLoad(.captcha)
        }
        recorder.actor = actor
        guard let local else {
            // A username that names no one (an attacker's guess).
            var noRecord: AuthRecord?
            let outcome = flow.submitPassword(attempt, to: &noRecord, from: &sourceRecord, conditions: conditions,
                                              passwordMatches: { isRightPassword }, codeMatches: { codeMatches ?? false },
                                              events: &recorder)
            store(sourceRecord, before: before, of: ip)
            return outcome
        }
        // The account's record, not an optional one: moving a record in and out of an optional
        // was several copies of it per login.
        var record = authRecord(local, facts: facts(local))
        let hadChallenge = record.challenge != nil
        let outcome = flow.submitPassword(attempt, toKnown: &record, from: &sourceRecord, conditions: conditions,
                                          passwordMatches: { isRightPassword }, codeMatches: { codeMatches ?? false },
                                          events: &recorder)
        store(sourceRecord, before: before, of: ip)
        store(record, of: local, loggedInFrom: outcome.isLoggedIn ? ownDevice : nil, hadChallenge: hadChallenge)
        afterLogin(outcome, of: local, at: at, ip: ip, device: device, actor: actor, random: &random)
        return outcome
    }

    /// The code page, for any actor.
    func submitCode(_ local: UInt32, at: Int64, matches: Bool, ip: IPAddress, device: DeviceLabel, ownDevice: UInt8?, actor: Actor,
                    random: inout RandomStream) -> LoginOutcome {
        let conditions = conditions(at: at, random: &random)
        let before = source(ip)
        var sourceRecord: SourceRecord? = before
        var record = authRecord(local, facts: facts(local))
        let hadChallenge = record.challenge != nil
        let attempt = LoginAttempt(at: Instant(millisecondsSince1970: at), identifier: LoggedText(), ip: ip, device: device,
                                   sessionID: nextSessionID(local))
        countLoad(.auth)
        recorder.actor = actor
        let outcome = flow.submitCode(attempt, to: &record, from: &sourceRecord, conditions: conditions,
                                           codeMatches: { matches }, events: &recorder)
        store(sourceRecord, before: before, of: ip)
        store(record, of: local, loggedInFrom: outcome.isLoggedIn ? ownDevice : nil, hadChallenge: hadChallenge)
        afterLogin(outcome, of: local, at: at, ip: ip, device: device, actor: actor, random: &random)
        return outcome
    }

    /// Bookkeeping common to every login answer: sessions, gateway load, who caused a lock.
    private func afterLogin(_ outcome: LoginOutcome, of local: UInt32, at: Int64, ip: IPAddress, device: DeviceLabel, actor: Actor,
                            random: inout RandomStream) {
        switch outcome {
        case .loggedIn:
            people[Int(local)].set(.lockedByAttack, false)
            if actor == .attacker { people[Int(local)].set(.compromised) }
            startSession(local, at: at, ip: ip, device: device, isOwner: actor != .attacker)
        case .codeSent(let channel, _, _):
            countLoad(channel.gateway)
        default:
            break
        }
        // A lock an attacker's failure caused is the attacker's until the person gets in again.
        if actor == .attacker, people[Int(local)].notBefore > at || people[Int(local)].has(.permanentlyLocked) {
            people[Int(local)].set(.lockedByAttack)
        }
    }

    /// The number the person's next session gets: their number, then a count.
    func nextSessionID(_ local: UInt32) -> Int64 {
        Int64(person(local) + 1) << 20 | Int64(people[Int(local)].sessions &+ 1)
    }

    /// Starts a session (the owner's is kept, to end it later; an attacker's just times out);
    /// the login's `login-succeeded` event already named it.
    func startSession(_ local: UInt32, at: Int64, ip: IPAddress, device: DeviceLabel, isOwner: Bool) {
        let id = nextSessionID(local)
        people[Int(local)].sessions &+= 1
        guard isOwner else { return }
        // Made straight into the table (the subscript's setter took a copy, then dropped this one).
        sessions.update(Session.start(id: id, account: SimulationPlan.accountID(person(local)),
                                      at: Instant(millisecondsSince1970: at), ip: ip, device: device), for: local)
    }

    @inline(__always)
    func countLoad(_ component: Component) {
        load[component.index] &+= 1
    }
}

extension LoginOutcome {
    /// Whether the person is logged in (a pattern, not the synthesised `==`, which is a call).
    var isLoggedIn: Bool {
        if case .loggedIn = self { true } else { false }
    }
}

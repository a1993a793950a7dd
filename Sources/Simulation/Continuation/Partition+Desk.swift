import Portal

/// A step of the desk's work in a continued run, or of what the person does about it: the
/// argument of a `desk` item (the subject is the person).
enum DeskStep: UInt16 {
    /// The desk clears the person's lock.
    case unlock
    /// The desk sends a reset link by e-mail, or a code by SMS, to the address on file.
    case sendResetByEmail
    case sendResetBySMS
    /// The desk sets a temporary password and reads it out.
    case setTemporaryPassword
    /// The person opens the link or code the desk sent, and chooses a new password.
    case useDeskReset
    /// The person logs in with the temporary password and chooses their own.
    case replaceTemporaryPassword

    init(_ kind: DeskAction.Kind) {
        switch kind {
        case .unlock: self = .unlock
        case .reset(.email): self = .sendResetByEmail
        case .reset(.sms): self = .sendResetBySMS
        case .reset(.temporary): self = .setTemporaryPassword
        }
    }
}

/// The desk's actions done again in a continued run, through the same portal rules the desk
/// used (`AuthRecord.unlock`, `PasswordReset`, `PasswordChange`), and what people do next: the
/// consequences the trainee's work has. An unlocked account an attack still hits is locked
/// again by the attack's next tries; a person sent a reset that arrives uses it and logs in; a
/// person who was told a temporary password chooses their own a few minutes later.
extension Partition {
    /// Puts the desk's actions on this partition's people on the agenda.
    func scheduleDeskActions() {
        for action in plan.deskActions where action.person >= 0 && action.person < plan.accounts {
            let (partition, local) = SimulationPlan.place(action.person)
            guard partition == index else { continue }
            queue.schedule(at: action.at.millisecondsSince1970, subject: UInt32(local), action: .desk,
                           argument: DeskStep(action.kind).rawValue)
        }
    }

    func deskStep(_ local: UInt32, _ argument: UInt16, at: Int64) {
        guard let step = DeskStep(rawValue: argument) else { return }
        switch step {
        case .unlock: deskUnlock(local, at: at)
        case .sendResetByEmail: deskSendsReset(local, on: .email, at: at)
        case .sendResetBySMS: deskSendsReset(local, on: .sms, at: at)
        case .setTemporaryPassword: deskSetsTemporaryPassword(local, at: at)
        case .useDeskReset: useDeskReset(local, at: at)
        case .replaceTemporaryPassword: replaceTemporaryPassword(local, at: at)
        }
    }

    private func deskUnlock(_ local: UInt32, at: Int64) {
        var record = authRecord(local, facts: facts(local))
        recorder.actor = .owner
        guard case .cleared = record.unlock(at: Instant(millisecondsSince1970: at), policy: flow.policy.bruteForce,
                                            events: &recorder) else { return }
        store(record, of: local, loggedInFrom: nil)
        people[Int(local)].set(.lockedByAttack, false)
        comeBackIfTold(local, at: at)
    }

    private func deskSendsReset(_ local: UInt32, on channel: Channel, at: Int64) {
        var random = decisionStream(local, at, Purpose.desk.rawValue)
        let instant = Instant(millisecondsSince1970: at)
        let conditions = conditions(at: at, random: &random)
        recorder.actor = .owner
        let outcome = reset.request(forAccount: SimulationPlan.accountID(person(local)), hasAddress: hasAddress(local, on: channel),
                                    on: channel, at: instant, ip: nil,
                                    recentRequests: (resetTokens[local] ?? []).map(\.requestedAt), conditions: conditions,
                                    events: &recorder)
        guard case .send(let sentOn, let isDelivered) = outcome else { return }
        countLoad(sentOn.gateway)
        keepResetToken(local, sentOn: sentOn, at: instant)
        // The account may be in someone else's hands: the desk's reset ends every session now.
        var open = sessions[local].map { [$0] } ?? []
        PasswordChange(policy: flow.policy).endSessionsForDeskReset(sessions: &open, at: instant, events: &recorder)
        sessions[local] = nil
        // A message the gateway could not take never comes (the outbox keeps it undelivered).
        guard isDelivered else { return }
        let opens = at + deliveryDelay(sentOn, random: &random) + Int64(60_000 + random.exponential(mean: 10 * 60_000))
        queue.schedule(at: opens, subject: local, action: .desk, argument: DeskStep.useDeskReset.rawValue)
    }

    private func useDeskReset(_ local: UInt32, at: Int64) {
        guard case .completed = useNewestResetToken(local, at: at) else { return }
        logInAgain(local, at: at)
    }

    private func deskSetsTemporaryPassword(_ local: UInt32, at: Int64) {
        var record = authRecord(local, facts: facts(local))
        var open = sessions[local].map { [$0] } ?? []
        recorder.actor = .owner
        PasswordChange(policy: flow.policy).setTemporary(record: &record, sessions: &open, at: Instant(millisecondsSince1970: at),
                                                         events: &recorder)
        store(record, of: local, loggedInFrom: nil)
        sessions[local] = nil
        people[Int(local)].passwordVersion &+= 1
        // The temporary password clears a temporary lock, not a permanent one (that is `unlock`'s).
        if !people[Int(local)].has(.permanentlyLocked) { people[Int(local)].set(.lockedByAttack, false) }
        var random = decisionStream(local, at, Purpose.desk.rawValue)
        queue.schedule(at: at + Int64(60_000 + random.exponential(mean: 3 * 60_000)), subject: local, action: .desk,
                       argument: DeskStep.replaceTemporaryPassword.rawValue)
    }

    /// The change-password page with the temporary password. (The partition keeps no "must
    /// change" mark between the two steps; the person comes within minutes, on the phone.)
    private func replaceTemporaryPassword(_ local: UInt32, at: Int64) {
        var random = decisionStream(local, at, Purpose.desk.rawValue)
        let conditions = conditions(at: at, random: &random)
        var record = authRecord(local, facts: facts(local))
        record.mustChangePassword = true
        let global = person(local)
        let attempt = LoginAttempt(at: Instant(millisecondsSince1970: at), identifier: "", ip: PersonNetwork.homeIP(global),
                                   device: PersonNetwork.device(global, 0), captcha: .pass, hasCode: false, sessionID: nil)
        countLoad(.auth)
        recorder.actor = .owner
        let outcome = PasswordChange(policy: flow.policy).change(attempt, record: &record, conditions: conditions,
                                                                 currentMatches: { true }, newPasswordProblem: nil,
                                                                 events: &recorder)
        store(record, of: local, loggedInFrom: nil)
        switch outcome {
        case .changed:
            people[Int(local)].passwordVersion &+= 1
            logInAgain(local, at: at)
        case .refused(.maintenance), .refused(.serviceOutage):
            // The login is down: they try again later.
            queue.schedule(at: at + Int64(5 * 60_000 + random.exponential(mean: 30 * 60_000)), subject: local, action: .desk,
                           argument: DeskStep.replaceTemporaryPassword.rawValue)
        case .refused:
            break
        }
    }

    /// After a reset: a fresh visit with the password just chosen (the cast follow their scripts).
    private func logInAgain(_ local: UInt32, at: Int64) {
        guard !isCast(local) else { return }
        var random = decisionStream(local, at, Purpose.desk.rawValue)
        startOver(local, at: at, random: &random)
    }

    /// Someone who called the desk hears their account is unlocked, and comes back to log in.
    private func comeBackIfTold(_ local: UInt32, at: Int64) {
        let global = person(local)
        guard !isCast(local), tickets.contains(where: { $0.person == global }) else { return }
        var random = decisionStream(local, at, Purpose.desk.rawValue)
        queue.schedule(at: at + Int64(5 * 60_000 + random.exponential(mean: 30 * 60_000)), subject: local, action: .visit)
    }
}

import Portal

/// Attackers at the login page: the same rules as everyone, from their own addresses and devices.
extension Partition {
    /// One planned try.
    func attack(_ number: Int, at: Int64) {
        guard attackAttempts.indices.contains(number) else { return }
        let attempt = attackAttempts[number]
        var random = plan.streams.attackers.stream(UInt64(number) &* 65_536 &+ UInt64(index))
        // Bots beat a CAPTCHA now and then (solving farms).
        let captcha: LoginAttempt.CaptchaAnswer = random.chance(0.3) ? .pass : .fail
        recorder.metrics.add(.attackAttempts, hour: recorder.hour(Instant(millisecondsSince1970: at)))
        guard let target = attempt.person else {
            _ = submitPassword(nil, identifier: attempt.username ?? "", at: at, isRightPassword: false, captcha: captcha,
                               ip: attempt.ip, device: attempt.device, ownDevice: nil, actor: .attacker, random: &random)
            return
        }
        let local = UInt32(SimulationPlan.place(target).local)
        let outcome = submitPassword(local, identifier: "", at: at, isRightPassword: knowsPassword(attempt, of: local), captcha: captcha,
                                     ip: attempt.ip, device: attempt.device, ownDevice: nil, actor: .attacker, random: &random)
        let language = facts(local).language
        switch outcome {
        case .codeSent(_, true, _):
            // The owner's phone lights up with a code they never asked for; a few call.
            var ownerRandom = decisionStream(local, at, Purpose.attack.rawValue)
            considerContact(local, at: at, situation: .unexpectedCode, language: language, random: &ownerRandom)
        case .loggedIn:
            // Someone is in the account; some owners notice within hours.
            var ownerRandom = decisionStream(local, at, Purpose.attack.rawValue)
            if ownerRandom.chance(0.4) {
                let notices = at + Int64(ownerRandom.exponential(mean: 6 * 3_600_000))
                pendingContactLater(local, at: notices, situation: .someoneElseLoggedIn, language: language, random: &ownerRandom)
            }
        default:
            break
        }
    }

    /// A phishing victim types their password into a fake site (the attacker's try follows, planned).
    func phish(_ local: UInt32, attack: Int, at: Int64) {
        people[Int(local)].set(.phished)
        phishedVersions[local] = people[Int(local)].passwordVersion
        recorder.actor = .owner
        recorder.record(Event(at: Instant(millisecondsSince1970: at), account: SimulationPlan.accountID(person(local)),
                              kind: .phishingVisit, reason: .phishing, detail: .attack(attack)))
    }

    /// Whether the attacker's password is still the person's: a leaked one is the password the
    /// run began with, a phished one the password of the day it was typed into the fake site.
    /// A reset since (the person's own, or the desk's) makes it wrong.
    private func knowsPassword(_ attempt: AttackAttempt, of local: UInt32) -> Bool {
        guard attempt.isRightPassword else { return false }
        // A cast member's scripted phishing visit is attack -1.
        let isPhished = !plan.scenario.attacks.indices.contains(attempt.attack) || plan.scenario.attacks[attempt.attack].kind == .phishing
        let learned = isPhished ? phishedVersions[local] ?? 0 : 0
        return people[Int(local)].passwordVersion == learned
    }

    /// Someone who will notice trouble later: decided now, from now's state.
    func pendingContactLater(_ local: UInt32, at: Int64, situation: Situation, language: Language, random: inout RandomStream) {
        considerContact(local, at: at, situation: situation, language: language, random: &random)
    }
}

import Portal

/// The cast: named people who do exactly what their scripts say, at the times they say.
extension Partition {
    /// The true cause a login answer leaves a cast member with (nil when nothing went wrong).
    static func trouble(of outcome: LoginOutcome) -> String? {
        switch outcome {
        case .loggedIn: nil
        case .codeSent(_, false, _): "otp-undelivered-outage"
        case .codeSent: "otp-failed"
        case .codeRejected: "otp-failed"
        case .refused(.maintenance): "maintenance"
        case .refused(.serviceOutage), .refused(.captchaUnavailable): "service-outage"
        case .refused(.captchaFailed): "captcha-failures"
        case .refused(.unverifiedIdentity), .refused(.verificationPending), .refused(.verificationRejected): "unverified-identity"
        case .refused(.accountSuspended), .refused(.accountDisabled): "suspended"
        case .refused(.sourceThrottled): "source-throttled"
        case .refused: "wrong-password"
        }
    }

    /// Runs one scripted step.
    func castStep(_ local: UInt32, step: Int, at: Int64) {
        guard let member = castMember(local), member.script.indices.contains(step) else { return }
        var random = plan.streams.cast.stream(UInt64(person(local)) &* 4096 &+ UInt64(step))
        let home = PersonNetwork.homeIP(person(local))
        let ownDevice: DeviceLabel = "\(member.username.value)-phone"
        switch member.script[step].action {
        case .login(let password, let otp, let captcha, let ip, let device):
            let from = ip ?? home
            let on = device ?? ownDevice
            let outcome = submitPassword(local, identifier: member.username.value, at: at, isRightPassword: password == .correct,
                                         captcha: captcha, ip: from, device: on, ownDevice: device == nil ? 0 : nil,
                                         actor: .cast, random: &random)
            var final = outcome
            // The code step is part of the scripted login: typed as soon as it arrives, if it does.
            if case .codeSent(_, true, _) = outcome, otp != .none {
                final = submitCode(local, at: at, matches: otp == .correct, ip: from, device: on,
                                   ownDevice: device == nil ? 0 : nil, actor: .cast, random: &random)
            }
            castTrouble[local] = Self.trouble(of: final)
        case .requestReset(let channel):
            let conditions = conditions(at: at, random: &random)
            recorder.actor = .cast
            let outcome = reset.request(
                forAccount: SimulationPlan.accountID(person(local)), hasAddress: hasAddress(local, on: channel), on: channel,
                at: Instant(millisecondsSince1970: at), ip: home,
                recentRequests: (resetTokens[local] ?? []).map(\.requestedAt), conditions: conditions, events: &recorder)
            if case .send(let sentOn, let isDelivered) = outcome {
                castTrouble[local] = isDelivered ? nil : "reset-pending"
                countLoad(sentOn.gateway)
                keepResetToken(local, sentOn: sentOn, at: Instant(millisecondsSince1970: at))
            }
        case .completeReset:
            guard var tokens = resetTokens[local], let newest = tokens.first else { return }
            let completion = useResetToken(local, newest: newest.id, tokens: &tokens, at: at, actor: .cast)
            resetTokens[local] = tokens
            castTrouble[local] = switch completion {
            case .completed: nil
            case .refused(.tokenExpired): "reset-expired"
            case .refused: "reset-pending"
            }
        case .logout:
            guard var session = sessions[local] else { return }
            recorder.actor = .cast
            session.end(at: Instant(millisecondsSince1970: at), reason: .logout, policy: flow.policy.session,
                        events: &recorder)
            sessions[local] = nil
        case .contactSupport(let channel, let says):
            pendingContacts[local] = ContactPlan(situation: .scripted, trueCause: trueCause(local, situation: .scripted, at: at),
                                                 messageSeen: nil, says: says)
            contact(local, at: at, channelIndex: channel.index)
        case .visitPhishingSite:
            phish(local, attack: -1, at: at)
            // The attacker uses the password some hours later, from elsewhere.
            let later = at + Int64(30 * 60_000 + random.exponential(mean: 2 * 3_600_000))
            attackAttempts.append(AttackAttempt(at: later, person: person(local), username: nil,
                                                ip: AttackPlan.attackerIP(attack: 99, index: step), device: "phish-cast-\(step)",
                                                isRightPassword: true, attack: -1))
            queue.schedule(at: later, subject: UInt32(attackAttempts.count - 1), action: .attack)
        case .submitApplication(let kind):
            castOpen(kind, local, at: at, random: &random)
        case .uploadDocument(let upload):
            castUpload(upload, local, at: at, random: &random)
        }
    }
}

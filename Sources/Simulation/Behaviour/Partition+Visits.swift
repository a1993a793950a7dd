import Portal

/// What the population does: come to the portal, log in (typing the wrong password now and
/// then, as their profile says), wait for codes, retry, reset, give up, call the desk.
extension Partition {
    /// Decision purposes, so two decisions at one instant never share a stream.
    enum Purpose: UInt64 {
        case visit = 1, attempt, code, reset, leave, contact, attack, cast, application, officer, appointment, desk
    }

    /// A person comes to the portal.
    func visit(_ local: UInt32, at: Int64) {
        guard !people[Int(local)].has(.visiting), !sessions.contains(local) else { return }
        var random = decisionStream(local, at, Purpose.visit.rawValue)
        let traits = facts(local)
        let hour = recorder.hour(Instant(millisecondsSince1970: at))
        recorder.metrics.add(.visits, hour: hour)
        // Someone who saw a maintenance notice comes back after the window instead.
        if let resume = postponement(local, at: at, random: &random) {
            recorder.metrics.add(.visitsPostponed, hour: hour)
            queue.schedule(at: resume, subject: local, action: .visit)
            return
        }
        // A few never reach the portal (network, browser, a wrong site) and call anyway.
        if random.chance(0.002) {
            considerContact(local, at: at, situation: .pageWontLoad, language: traits.language, random: &random)
            return
        }
        let device: UInt8 = traits.usesSharedComputer && random.chance(0.7)
            ? Visit.cafeDevice : UInt8(random.next(below: UInt64(traits.deviceCount)))
        visits[local] = newVisit(local, at: at, device: device)
        people[Int(local)].set(.visiting)
        if mustResetNow(local, at: at, random: &random) {
            requestReset(local, at: at)
        } else {
            attempt(local, at: at, random: &random)
        }
    }

    /// A retry after a refusal.
    func retry(_ local: UInt32, at: Int64) {
        guard visits[local] != nil else { return }
        var random = decisionStream(local, at, Purpose.attempt.rawValue)
        attempt(local, at: at, random: &random)
    }

    /// One try at the login page.
    func attempt(_ local: UInt32, at: Int64, random: inout RandomStream) {
        // Counted in place, the visit as it was copied out once: a read and a write-back were
        // two look-ups.
        guard let visit = visits.modify(local, { visit in
            let before = visit
            visit.attempts &+= 1
            return before
        }) else { return }
        let traits = facts(local)
        let parameters = profiles[traits.profile.rawValue]
        let isWrong = random.chance(visit.attempts == 0 ? parameters.firstWrong : parameters.retryWrong)
        let captcha: LoginAttempt.CaptchaAnswer = random.chance(parameters.captchaFail) ? .fail : .pass
        let outcome = submitPassword(local, identifier: "", at: at, isRightPassword: !isWrong, captcha: captcha, ip: visit.ip,
                                     device: visit.label, ownDevice: visit.device < Visit.cafeDevice ? visit.device : nil,
                                     actor: .owner, random: &random)
        react(local, to: outcome, at: at, traits: traits, random: &random)
    }

    /// A code arrived: the person types it.
    func enterCode(_ local: UInt32, at: Int64) {
        guard let visit = visits[local] else { return }
        var random = decisionStream(local, at, Purpose.code.rawValue)
        let traits = facts(local)
        let parameters = profiles[traits.profile.rawValue]
        let outcome = submitCode(local, at: at, matches: !random.chance(parameters.codeWrong), ip: visit.ip, device: visit.label,
                                 ownDevice: visit.device < Visit.cafeDevice ? visit.device : nil, actor: .owner, random: &random)
        react(local, to: outcome, at: at, traits: traits, random: &random)
    }

    /// Waited for a code that never came: asks again (the login page resends), then gives up.
    func askCodeAgain(_ local: UInt32, at: Int64) {
        guard var visit = visits[local] else { return }
        var random = decisionStream(local, at, Purpose.code.rawValue)
        visit.codeWaits &+= 1
        visits[local] = visit
        guard visit.codeWaits <= 2 else {
            giveUp(local, at: at, situation: .codeNeverArrived, random: &random)
            return
        }
        attempt(local, at: at, random: &random)
    }

    /// What the person does with the portal's answer.
    func react(_ local: UInt32, to outcome: LoginOutcome, at: Int64, traits: Facts, random: inout RandomStream) {
        if case .loggedIn = outcome {
            // In: the visit ends, removed in the one look-up that finds it (noting the answer
            // in it first, and ending it by a second look-up, was 15 M of 1,914 M instructions
            // at 100,000 people).
            guard endVisit(local) else { return }
            // A session of a few minutes to an hour, then they leave.
            let stay = Int64(60_000 + random.exponential(mean: 9 * 60_000))
            queue.schedule(at: at + stay, subject: local, action: .leave)
            // What they came for: their application, or (a few) a new one. One table look-up
            // and one draw for everyone else.
            if ledger.files.contains(local) || random.chance(Self.newApplicationChance) {
                queue.schedule(at: at + Int64(5_000 + random.exponential(mean: 40_000)), subject: local, action: .applicationTask)
            }
            return
        }
        // Noted in place; only the counts are copied out, not the whole visit.
        guard let tries = visits.modify(local, { visit in
            visit.lastOutcome = outcome
            return Tries(visit)
        }) else { return }
        // Read in place, field by field: copied out whole, the profile's numbers were 72 bytes
        // moved for the one or two each answer needs.
        let profile = traits.profile.rawValue
        switch outcome {
        case .loggedIn:
            break // Handled above.
        case .codeSent(let channel, let isDelivered, _):
            if isDelivered {
                let arrives = at + deliveryDelay(channel, random: &random)
                let read = Int64(4_000 + random.exponential(mean: 15_000))
                queue.schedule(at: arrives + read, subject: local, action: .enterCode)
            } else {
                queue.schedule(at: at + Int64(profiles[profile].patienceSeconds * 1000), subject: local, action: .askCodeAgain)
            }
        case .codeRejected(let reason, let triesLeft):
            if reason == .otpWrong, triesLeft > 0 {
                queue.schedule(at: at + Int64(3_000 + random.exponential(mean: 8_000)), subject: local, action: .enterCode)
            } else if tries.attempts < UInt8(profiles[profile].maxAttempts) {
                // Expired or used up: log in again for a new code.
                queue.schedule(at: at + Int64(5_000 + random.exponential(mean: 20_000)), subject: local, action: .retry)
            } else {
                giveUp(local, at: at, situation: .codeRejected, random: &random)
            }
        case .refused(let reason):
            refused(local, reason: reason, at: at, tries: tries, profile: profile, random: &random)
        }
    }

    /// What `react` reads of a visit after noting the answer in it.
    struct Tries {
        let attempts: UInt8
        let outageRetries: UInt8
        let resets: UInt8

        init(_ visit: Visit) {
            attempts = visit.attempts
            outageRetries = visit.outageRetries
            resets = visit.resets
        }
    }

    /// What the person does about a refusal; `profile` is the index of their `ProfileParameters`.
    private func refused(_ local: UInt32, reason: ReasonCode, at: Int64, tries: Tries, profile: Int,
                         random: inout RandomStream) {
        switch reason {
        case .wrongPassword, .lockedTemporary, .lockedPermanent, .captchaFailed:
            // All the person sees is "invalid username or password" (or a CAPTCHA to redo).
            if tries.attempts < UInt8(profiles[profile].maxAttempts) {
                let think = Int64(300 + random.exponential(mean: profiles[profile].thinkSeconds * 1000))
                queue.schedule(at: at + think, subject: local, action: .retry)
            } else if tries.resets == 0, random.chance(profiles[profile].resetWhenStuck) {
                queue.schedule(at: at + Int64(10_000 + random.exponential(mean: 30_000)), subject: local, action: .requestReset)
            } else {
                giveUp(local, at: at, situation: reason == .captchaFailed ? .captcha : .passwordRefused, random: &random)
            }
        case .maintenance, .serviceOutage, .captchaUnavailable:
            if tries.outageRetries < 2 {
                visits.modify(local) { $0.outageRetries &+= 1 }
                queue.schedule(at: at + Int64(60_000 + random.exponential(mean: 12 * 60_000)), subject: local, action: .retry)
            } else {
                giveUp(local, at: at, situation: .portalDown, random: &random)
            }
        case .sourceThrottled:
            giveUp(local, at: at, situation: .throttled, random: &random)
        case .unverifiedIdentity, .verificationPending, .verificationRejected, .accountSuspended, .accountDisabled:
            giveUp(local, at: at, situation: .notVerified, random: &random)
        case .resendLimit:
            giveUp(local, at: at, situation: .codeNeverArrived, random: &random)
        default:
            giveUp(local, at: at, situation: .passwordRefused, random: &random)
        }
    }

    /// Asks for a password reset (by SMS when they have a phone, some by e-mail).
    func requestReset(_ local: UInt32, at: Int64) {
        guard var visit = visits[local] else { return }
        var random = decisionStream(local, at, Purpose.reset.rawValue)
        visit.resets &+= 1
        visits[local] = visit
        let channel: Channel = hasAddress(local, on: .sms) && random.chance(0.6) ? .sms : .email
        let conditions = conditions(at: at, random: &random)
        let recent = (resetTokens[local] ?? []).map(\.requestedAt)
        recorder.actor = .owner
        let outcome = reset.request(forAccount: SimulationPlan.accountID(person(local)), hasAddress: hasAddress(local, on: channel),
                                    on: channel, at: Instant(millisecondsSince1970: at), ip: visit.ip,
                                    recentRequests: recent, conditions: conditions, events: &recorder)
        guard case .send(let sentOn, let isDelivered) = outcome else {
            giveUp(local, at: at, situation: .resetTrouble, random: &random)
            return
        }
        countLoad(sentOn.gateway)
        keepResetToken(local, sentOn: sentOn, at: Instant(millisecondsSince1970: at))
        guard isDelivered else {
            giveUp(local, at: at + Int64(random.exponential(mean: 20 * 60_000)), situation: .resetTrouble, random: &random)
            return
        }
        let opens = at + deliveryDelay(sentOn, random: &random) + Int64(20_000 + random.exponential(mean: 4 * 60_000))
        queue.schedule(at: opens, subject: local, action: .completeReset)
    }

    /// Uses the newest link or code: a new password; then logs in with it.
    func completeReset(_ local: UInt32, at: Int64) {
        guard visits[local] != nil, let completion = useNewestResetToken(local, at: at) else { return }
        var random = decisionStream(local, at, Purpose.reset.rawValue)
        guard case .completed = completion else {
            giveUp(local, at: at, situation: .resetTrouble, random: &random)
            return
        }
        startOver(local, at: at, random: &random)
    }

    /// A fresh visit with the password just chosen: a try in a few seconds.
    func startOver(_ local: UInt32, at: Int64, random: inout RandomStream) {
        let device = visits[local]?.device ?? 0
        visits[local] = newVisit(local, at: at, device: device)
        people[Int(local)].set(.visiting)
        queue.schedule(at: at + Int64(10_000 + random.exponential(mean: 40_000)), subject: local, action: .retry)
    }

    /// Keeps a reset link or code sent on `channel`, newest first.
    func keepResetToken(_ local: UInt32, sentOn channel: Channel, at: Instant) {
        let token = ResetToken(id: nextToken, channel: channel, at: at, policy: flow.policy.reset)
        nextToken += 1
        resetTokens[local] = [token] + (resetTokens[local] ?? [])
    }

    /// Uses the newest link or code (the person's own or the desk's), keeping the others still
    /// unused; nil when there is none.
    func useNewestResetToken(_ local: UInt32, at: Int64) -> PasswordReset.Completion? {
        guard var tokens = resetTokens[local], let newest = tokens.first else { return nil }
        let completion = useResetToken(local, newest: newest.id, tokens: &tokens, at: at, actor: .owner)
        resetTokens[local] = tokens.contains { $0.usedAt == nil } ? tokens : nil
        return completion
    }

    /// Completes a reset with one token, ending the person's session; shared by people and cast.
    func useResetToken(_ local: UInt32, newest: Int64, tokens: inout [ResetToken], at: Int64, actor: Actor) -> PasswordReset.Completion {
        var record = authRecord(local, facts: facts(local))
        var open = sessions[local].map { [$0] } ?? []
        recorder.actor = actor
        let completion = reset.complete(record: &record, tokens: &tokens, sessions: &open,
                                             at: Instant(millisecondsSince1970: at), ip: nil, passwordProblem: nil,
                                             matches: { $0.id == newest }, events: &recorder)
        store(record, of: local, loggedInFrom: nil)
        if case .completed = completion {
            sessions[local] = nil
            people[Int(local)].passwordVersion &+= 1
            if people[Int(local)].has(.mustReset) { people[Int(local)].set(.resetForPolicy) }
            people[Int(local)].set(.mustReset, false)
            people[Int(local)].set(.lockedByAttack, false)
        }
        return completion
    }

    /// Leaves the portal: a third log out, the rest let the session time out.
    func leave(_ local: UInt32, at: Int64) {
        // Decided first (the draw changes nothing), so the two thirds who just go have their
        // session dropped in place rather than copied out of the table to be thrown away.
        var random = decisionStream(local, at, Purpose.leave.rawValue)
        guard random.chance(0.35) else {
            sessions.remove(local)
            return
        }
        guard var session = sessions.removeValue(forKey: local) else { return }
        recorder.actor = .owner
        session.end(at: Instant(millisecondsSince1970: at), reason: .logout, policy: flow.policy.session, events: &recorder)
    }

    /// Stops trying; maybe calls the desk about it.
    func giveUp(_ local: UInt32, at: Int64, situation: Situation, random: inout RandomStream) {
        // The contact is decided while the visit is still open: its last answer is what the
        // person saw and quotes, and what the true cause is worked out from.
        considerContact(local, at: at, situation: situation, language: facts(local).language, random: &random)
        endVisit(local)
    }

    @discardableResult @inline(__always)
    func endVisit(_ local: UInt32) -> Bool {
        let hadVisit = visits.remove(local)
        people[Int(local)].set(.visiting, false)
        return hadVisit
    }

    /// A visit starting at `at` from `device`: one of the person's own devices at their home
    /// address, or (`Visit.cafeDevice`) their café's PC and address.
    ///
    /// Inlined, so the visit is put together where it is stored: returned from a call, its
    /// 80-odd bytes went through memory (14 M of 1,660 M instructions at 100,000 people).
    @inline(__always)
    private func newVisit(_ local: UInt32, at: Int64, device: UInt8) -> Visit {
        let global = person(local)
        if device >= Visit.cafeDevice {
            let cafe = PersonNetwork.cafe(global)
            return Visit(started: at, device: device, label: PersonNetwork.cafeDevice(cafe, global % 6), ip: PersonNetwork.cafeIP(cafe))
        }
        return Visit(started: at, device: device, label: PersonNetwork.device(global, Int(device)), ip: PersonNetwork.homeIP(global))
    }

    /// When someone who saw a notice would rather come back: the window's end plus a while.
    /// Nil when no notice in force concerns their login — one about the login itself, or about
    /// the gateway their codes come by — or they did not see it.
    ///
    /// Inlined as far as the test of the windows, which nearly every visit fails: calling for
    /// it was 20 M of the 1,850 M instructions of a run at 100,000 people.
    @inline(__always)
    private func postponement(_ local: UInt32, at: Int64, random: inout RandomStream) -> Int64? {
        for index in notices.indices where at >= notices[index].publishedAt && at >= notices[index].start
            && at < notices[index].end {
            if let resume = postponement(local, at: at, notice: notices[index], random: &random) { return resume }
        }
        return nil
    }

    /// When the person comes back after a notice in force, if it concerns them and they saw it.
    @inline(never)
    private func postponement(_ local: UInt32, at: Int64, notice: SimulationPlan.Notice, random: inout RandomStream) -> Int64? {
        guard concernsLogin(notice, of: local) else { return nil }
        // Whether this person saw this notice is theirs alone: the same on every visit.
        var seen = plan.streams.notices.stream(UInt64(person(local)) &* 1_000_003 &+ notice.stream)
        guard seen.chance(notice.seenBy) else { return nil }
        return notice.end + Int64(random.exponential(mean: 45 * 60_000))
    }

    /// Whether a notice is about something the person's login needs: the login itself, or the
    /// gateway of their second factor.
    private func concernsLogin(_ notice: SimulationPlan.Notice, of local: UInt32) -> Bool {
        if notice.coversLogin { return true }
        guard let channel = facts(local).secondFactor.channel else { return false }
        return notice.covers(channel.gateway)
    }

    /// Whether a password-policy change sends this person to reset before anything else.
    private func mustResetNow(_ local: UInt32, at: Int64, random: inout RandomStream) -> Bool {
        for surge in policySurges {
            guard at >= surge.start, at < surge.end else { continue }
            var chosen = plan.streams.surges.stream(UInt64(person(local)) &* 1_000_003 &+ UInt64(surge.number))
            // Chosen people reset once; until they have, every visit starts with it.
            if chosen.chance(surge.share), !people[Int(local)].has(.resetForPolicy) {
                people[Int(local)].set(.mustReset)
                return true
            }
        }
        return false
    }
}

import Testing
@testable import Portal

/// A login desk in miniature: one account, a policy, the platform's conditions, and a clock.
struct LoginBench {
    var flow: LoginFlow
    var record: AuthRecord?
    /// The address every login here comes from (36.80.1.2).
    var source: SourceRecord? = SourceRecord()
    var conditions = PlatformConditions.allUp
    var now = Instant(millisecondsSince1970: 1_796_083_200_000)
    var events = EventList()
    var passwordChecks = 0

    init(policy: PortalPolicy = .standard, record: AuthRecord? = AuthRecord(account: AccountID(1))) {
        flow = LoginFlow(policy: policy)
        self.record = record
    }

    /// Submits the login page; `password` and `code` say whether they are right.
    mutating func login(password: Bool, code: Bool? = nil, captcha: LoginAttempt.CaptchaAnswer = .pass,
                        device: DeviceLabel? = "phone-1", ip: String = "36.80.1.2") -> LoginOutcome {
        let attempt = LoginAttempt(at: now, identifier: "ani.wijaya", ip: IPAddress(ip), device: device, captcha: captcha,
                                   hasCode: code != nil)
        var checks = 0
        let outcome = flow.submitPassword(attempt, to: &record, from: &source, conditions: conditions,
                                          passwordMatches: { checks += 1; return password },
                                          codeMatches: { code ?? false }, events: &events)
        passwordChecks += checks
        return outcome
    }

    /// Submits the code page.
    mutating func enter(code: Bool, device: DeviceLabel? = "phone-1") -> LoginOutcome {
        guard var current = record else { return .refused(.unknownUser) }
        let attempt = LoginAttempt(at: now, identifier: "ani.wijaya", ip: IPAddress("36.80.1.2"), device: device)
        let outcome = flow.submitCode(attempt, to: &current, from: &source, conditions: conditions, codeMatches: { code },
                                      events: &events)
        record = current
        return outcome
    }

    mutating func wait(_ span: TimeSpan) {
        now = now + span
    }

    var kinds: [String] { events.events.map { "\($0.kind.rawValue):\($0.reason.rawValue)" } }
}

@Suite("Login flow")
struct LoginFlowTests {
    static let policyWithoutCaptcha: PortalPolicy = {
        var policy = PortalPolicy.standard
        policy.captcha.mode = .off
        return policy
    }()

    @Test("a right password logs in, clears failures and makes the device familiar")
    func success() {
        var bench = LoginBench()
        bench.record?.bruteForce.failures = 2
        #expect(bench.login(password: true) == .loggedIn)
        #expect(bench.record?.bruteForce.failures == 0)
        #expect(bench.record?.familiar.knows(device: "phone-1") == true)
        #expect(bench.record?.lastLoginAt == bench.now)
        #expect(bench.kinds == ["login-succeeded:first-login"])
    }

    @Test("an unknown user, a wrong password and a locked account get the same words")
    func sameAnswer() {
        var unknown = LoginBench(record: nil)
        var wrong = LoginBench()
        var locked = LoginBench()
        locked.record?.bruteForce.notBefore = locked.now + .minutes(5)
        let outcomes = [unknown.login(password: true), wrong.login(password: false), locked.login(password: true)]
        #expect(outcomes.map(\.reason) == [.unknownUser, .wrongPassword, .lockedTemporary])
        #expect(Set(outcomes.map { $0.message().english }) == ["Invalid username or password."])
        #expect(Set(outcomes.map { $0.message().indonesian }).count == 1)
        #expect(unknown.events.events.first?.detail?.description == "identifier=ani.wijaya")
    }

    @Test("while locked the password is not checked and the attempt not counted")
    func lockedNotCounted() {
        var bench = LoginBench()
        bench.record?.bruteForce = BruteForceState(failures: 5, temporaryLockouts: 1, lastFailure: bench.now,
                                                   notBefore: bench.now + .minutes(30))
        #expect(bench.login(password: true) == .refused(.lockedTemporary))
        #expect(bench.passwordChecks == 0)
        #expect(bench.record?.bruteForce.failures == 5)
        bench.record?.bruteForce.isPermanentlyLocked = true
        #expect(bench.login(password: true) == .refused(.lockedPermanent))
    }

    @Test("five wrong passwords lock the account for 30 minutes, with an account-locked event")
    func lockout() {
        var bench = LoginBench(policy: Self.policyWithoutCaptcha)
        for _ in 1...5 {
            #expect(bench.login(password: false) == .refused(.wrongPassword))
            bench.wait(.seconds(20))
        }
        #expect(bench.record?.bruteForce.lock(at: bench.now) == .temporary(until: bench.now - .seconds(20) + .minutes(30)))
        #expect(bench.kinds.suffix(2) == ["login-failed:wrong-password", "account-locked:lockout-temporary"])
        #expect(bench.events.events.suffix(2).first?.detail == .failures(5, reset: false))
        bench.wait(.minutes(30))
        #expect(bench.login(password: true) == .loggedIn)
    }

    @Test("maintenance or an outage of auth refuses before anything is counted", arguments: [
        (ComponentStatus.underMaintenance, ReasonCode.maintenance), (.majorOutage, .serviceOutage), (.partialOutage, .serviceOutage),
    ])
    func authDown(status: ComponentStatus, reason: ReasonCode) {
        var bench = LoginBench()
        bench.conditions.setDown(.auth, because: status)
        #expect(bench.login(password: false) == .refused(reason))
        #expect(bench.record?.bruteForce.failures == 0)
        #expect(bench.events.events.first?.component == .auth)
    }

    @Test("a CAPTCHA is asked after failures from the address; failing it is refused and not counted")
    func captcha() {
        var bench = LoginBench()
        bench.source = SourceRecord(failures: 2, lastFailure: bench.now)
        #expect(bench.login(password: true, captcha: .fail) == .loggedIn)
        bench.source = SourceRecord(failures: 3, lastFailure: bench.now)
        #expect(bench.login(password: false, captcha: .fail) == .refused(.captchaFailed))
        #expect(bench.record?.bruteForce.failures == 0)
        #expect(bench.source?.failures == 3)
        bench.conditions.setDown(.captcha, because: .majorOutage)
        #expect(bench.login(password: true) == .refused(.captchaUnavailable))
        bench.wait(.minutes(16))
        #expect(bench.login(password: true) == .loggedIn, "failures older than the throttle window do not count")
    }

    @Test("the CAPTCHA and its answer are the same for an unknown user and a known one (no enumeration)")
    func captchaSameForEveryone() {
        var known = LoginBench()
        var unknown = LoginBench(record: nil)
        for bench in [0, 1] {
            let outcomes = (0..<5).map { _ in
                bench == 0 ? known.login(password: false, captcha: .fail) : unknown.login(password: false, captcha: .fail)
            }
            #expect(outcomes.map { $0.message().english } == [
                "Invalid username or password.", "Invalid username or password.", "Invalid username or password.",
                "The CAPTCHA check failed. Please try again.", "The CAPTCHA check failed. Please try again.",
            ])
        }
    }

    @Test("too many failures from one address turn it away, whichever accounts they were against")
    func throttle() {
        var policy = PortalPolicy.standard
        policy.captcha.mode = .off
        policy.throttle = ThrottlePolicy(window: .minutes(15), maxFailures: 3, block: .minutes(10))
        var unknown = LoginBench(policy: policy, record: nil)
        for _ in 1...3 { _ = unknown.login(password: false) }
        #expect(unknown.kinds.suffix(2) == ["login-failed:unknown-user", "source-blocked:source-throttled"])
        var known = LoginBench(policy: policy)
        known.source = unknown.source
        #expect(known.login(password: true) == .refused(.sourceThrottled))
        #expect(known.passwordChecks == 0)
        known.wait(.minutes(10))
        #expect(known.login(password: true) == .loggedIn)
    }

    @Test("CAPTCHA always: even an unknown user is asked")
    func captchaAlways() {
        var policy = PortalPolicy.standard
        policy.captcha.mode = .always
        var bench = LoginBench(policy: policy, record: nil)
        #expect(bench.login(password: true, captcha: .fail) == .refused(.captchaFailed))
    }

    @Test("status and verification are told only after a right password", arguments: [
        (AccountStatus.suspended, Verification.verified, ReasonCode.accountSuspended),
        (.disabled, .verified, .accountDisabled),
        (.active, .unverified, .unverifiedIdentity),
        (.active, .pending, .verificationPending),
        (.active, .rejected, .verificationRejected),
    ])
    func statusAfterPassword(status: AccountStatus, verification: Verification, reason: ReasonCode) {
        var bench = LoginBench()
        bench.record?.status = status
        bench.record?.verification = verification
        #expect(bench.login(password: false) == .refused(.wrongPassword))
        #expect(bench.login(password: true) == .refused(reason))
        #expect(bench.login(password: true).message().english != "Invalid username or password.")
    }

    @Test("an enrolled second factor sends a code; the right code logs in")
    func secondFactor() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        #expect(bench.login(password: true) == .codeSent(channel: .sms, isDelivered: true, isResend: false))
        #expect(bench.record?.challenge?.expiresAt == bench.now + .minutes(5))
        bench.wait(.seconds(40))
        #expect(bench.enter(code: true) == .loggedIn)
        #expect(bench.record?.challenge == nil)
        #expect(bench.kinds == ["otp-sent:second-factor-enrolled", "otp-verified:second-factor-enrolled", "login-succeeded:first-login"])
    }

    @Test("a code typed with the password is checked instead of sending a new one")
    func onePageCode() {
        var bench = LoginBench()
        bench.record?.secondFactor = .email
        _ = bench.login(password: true)
        #expect(bench.login(password: true, code: true) == .loggedIn)
    }

    @Test("asking again on the same device resends, up to the limit")
    func resend() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        _ = bench.login(password: true)
        for _ in 1...3 {
            #expect(bench.login(password: true) == .codeSent(channel: .sms, isDelivered: true, isResend: true))
        }
        #expect(bench.login(password: true) == .refused(.resendLimit))
        #expect(bench.kinds.last == "otp-refused:resend-limit")
    }

    @Test("wrong codes use up the tries and count as login failures, as in Keycloak")
    func wrongCodes() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        _ = bench.login(password: true)
        // Seconds apart, so Keycloak's quick-login check stays out of it.
        for triesLeft in [2, 1, 0] {
            bench.wait(.seconds(5))
            #expect(bench.enter(code: false) == .codeRejected(.otpWrong, triesLeft: triesLeft))
        }
        bench.wait(.seconds(5))
        #expect(bench.enter(code: true) == .codeRejected(.otpExhausted, triesLeft: 0))
        #expect(bench.record?.bruteForce.failures == 3)
    }

    @Test("a code expires after its time to live")
    func expiry() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        _ = bench.login(password: true)
        bench.wait(.minutes(5))
        #expect(bench.enter(code: true) == .codeRejected(.otpExpired, triesLeft: 0))
    }

    @Test("a code is good only on the device that asked for it")
    func otherDevice() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        _ = bench.login(password: true)
        #expect(bench.enter(code: true, device: "laptop-9") == .codeRejected(.otpWrongDevice, triesLeft: 0))
        #expect(bench.events.events.last?.detail == .expectedDevice("phone-1"))
    }

    @Test("with the SMS gateway down the code is not delivered, and the log says why")
    func gatewayDown() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        bench.conditions.setDown(.smsGateway, because: .majorOutage)
        #expect(bench.login(password: true) == .codeSent(channel: .sms, isDelivered: false, isResend: false))
        let sent = bench.events.events.last
        #expect(sent?.reason == .gatewayUnavailable)
        #expect(sent?.component == .smsGateway)
    }

    @Test("step-up: after a reset a person without a second factor gets a code by e-mail")
    func stepUpAfterReset() {
        var bench = LoginBench()
        bench.record?.isStepUpDue = true
        #expect(bench.login(password: true) == .codeSent(channel: .email, isDelivered: true, isResend: false))
        #expect(bench.enter(code: true) == .loggedIn)
        #expect(bench.record?.isStepUpDue == false)
    }

    @Test("the code page checks the account again: suspended since the code was sent")
    func codePageRechecks() {
        var bench = LoginBench()
        bench.record?.secondFactor = .sms
        _ = bench.login(password: true)
        bench.record?.status = .suspended
        #expect(bench.enter(code: true) == .refused(.accountSuspended))
    }

    @Test("a typed identifier is logged escaped and short")
    func loggableIdentifier() {
        #expect(LoginFlow.loggable("ani wijaya\nSEQ 9 forged").description == "ani\\u{20}wijaya\\u{a}SEQ\\u{20}9\\u{20}forged")
        #expect(LoginFlow.loggable(String(repeating: "x", count: 100)).description == String(repeating: "x", count: 64) + "…")
        // Beyond ASCII, 64 bytes come first: 32 two-byte letters.
        #expect(LoginFlow.loggable(String(repeating: "é", count: 40)).description == String(repeating: "é", count: 32) + "…")
    }

    @Test("a failure after quiet time says the count started again")
    func resetDetail() {
        var bench = LoginBench(policy: Self.policyWithoutCaptcha)
        _ = bench.login(password: false)
        bench.wait(.minutes(20))
        _ = bench.login(password: false)
        #expect(bench.events.events.map { $0.detail?.description } == ["failures=1", "failures=1 reset=1"])
    }

    @Test("step-up on an unfamiliar device, when the policy asks for it")
    func stepUpUnfamiliarDevice() {
        var policy = PortalPolicy.standard
        policy.otp.stepUp = [.unfamiliarDevice]
        var bench = LoginBench(policy: policy)
        bench.record?.familiar.remember(ip: nil, device: "phone-1")
        #expect(bench.login(password: true) == .loggedIn)
        #expect(bench.login(password: true, device: "internet-cafe-3") == .codeSent(channel: .email, isDelivered: true, isResend: false))
        #expect(bench.events.events.last?.reason == .unfamiliarDevice)
    }

    @Test("a sent code's message names the channel, says when it is a new one, and puts the destination before the full stop")
    func codeSentMessages() {
        for channel in [Channel.sms, .email] {
            for isResend in [false, true] {
                let via = channel == .sms ? "SMS" : "e-mail"
                let outcome = LoginOutcome.codeSent(channel: channel, isDelivered: true, isResend: isResend)
                let new = isResend ? ("baru ", "new") : ("", "verification")
                let plain = outcome.message()
                #expect(plain.indonesian == "Kode verifikasi \(new.0)telah dikirim melalui \(via).")
                #expect(plain.english == "A \(new.1)\(isResend ? " verification" : "") code was sent by \(via).")
                let named = outcome.message(destination: "+62 ***-****-7890")
                #expect(named.indonesian == "Kode verifikasi \(new.0)telah dikirim melalui \(via) (+62 ***-****-7890).")
                #expect(named.english == "A \(new.1)\(isResend ? " verification" : "") code was sent by \(via) (+62 ***-****-7890).")
            }
        }
    }
}

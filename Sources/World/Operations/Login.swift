import Portal

/// A login as typed at the portal (or at `apoa login`).
public struct LoginRequest: Sendable {
    /// Username or e-mail.
    public var identifier: String
    /// As typed; case-sensitive, compared with the stored hash, never logged.
    public var password: String
    /// The one-time code, when the person types one.
    public var code: String?
    /// Where the login comes from; nil leaves it out of the per-address throttle and CAPTCHA counts.
    public var ip: IPAddress?
    /// A label for the device (`phone-1`); a code is good only on the device that asked for it.
    public var device: DeviceLabel?
    /// The CAPTCHA answer, read only when the policy asks for one.
    public var captcha: LoginAttempt.CaptchaAnswer

    /// Makes a request.
    public init(identifier: String, password: String, code: String? = nil, ip: IPAddress? = nil, device: DeviceLabel? = nil,
                captcha: LoginAttempt.CaptchaAnswer = .pass) {
        self.identifier = identifier
        self.password = password
        self.code = code
        self.ip = ip
        self.device = device
        self.captcha = captcha
    }
}

/// What a login did, as the person saw it.
public struct LoginResult: Equatable, Sendable {
    /// What the rules decided; its `reason` is the true one, which `message` may not show.
    public let outcome: LoginOutcome
    /// The session started, when logged in.
    public let sessionID: Int64?
    /// Where a code went, masked (`+62 ***-****-7890`), when one was sent.
    public let destination: String?
    /// What the portal showed.
    public let message: UserMessage
    /// When the login was turned away by maintenance or an outage that a notice announces:
    /// the notice's words, which the portal shows instead of its generic apology.
    public let notice: UserMessage?
    /// The account's language, when the identifier named one: a notice is shown in it.
    public let language: Language?

    /// What the person reads: the notice in the account's language when there is one, else
    /// the portal's answer in the page's `language`.
    public func text(pageLanguage: Language) -> String {
        if let notice { return notice.text(in: language ?? pageLanguage) }
        return message.text(in: pageLanguage)
    }
}

extension WorldStore {
    /// Runs the portal's login at the world clock: the rules of `LoginFlow`, yescrypt for the
    /// password and code, a new code hashed into the world and sent to the outbox when one is due.
    public func login<R: RandomNumberGenerator>(_ request: LoginRequest, random: inout R) throws -> LoginResult {
        let flow = LoginFlow(policy: policy)
        return try transaction { now in
            let id = try loginAccountID(request.identifier)
            var record = try id.map { try loadAuthRecord($0) }
            // The number a session would get, named in `login-succeeded` (unused when none starts).
            let newSessionID = try nextID(in: "sessions")
            let attempt = LoginAttempt(at: now, identifier: request.identifier, ip: request.ip, device: request.device,
                                       captcha: request.captcha, hasCode: request.code != nil, sessionID: newSessionID)
            var source = try loadSource(request.ip)
            let board = try loadComponentStatuses(at: now)
            let passwordHash = try id.flatMap { try credential($0) }
            let codeHash = try id.flatMap { try challengeCodeHash($0) }
            var events = EventList()
            var checkedPassword = false
            let outcome = flow.submitPassword(
                attempt, to: &record, from: &source, conditions: board.conditions,
                passwordMatches: {
                    checkedPassword = true
                    return passwordHash?.matches(request.password) ?? false
                },
                codeMatches: { request.code.map { codeHash?.matches($0) ?? false } ?? false },
                events: &events)
            // An unknown or locked account costs the same yescrypt work as a wrong password, so
            // the answer's timing does not tell which accounts exist.
            if !checkedPassword { _ = PasswordHash.dummy.matches(request.password) }
            try save(source, of: request.ip)
            var sessionID: Int64?
            var destination: String?
            var newCodeHash: PasswordHash?
            if let id, let current = record {
                let account = try loadAccount(id)
                switch outcome {
                case .loggedIn:
                    let session = Session.start(id: newSessionID, account: id, at: now, ip: request.ip, device: request.device)
                    try insert(session)
                    sessionID = session.id
                case .codeSent(let channel, let isDelivered, _):
                    let code = random.digits(policy.otp.digits)
                    newCodeHash = try hash(code, random: &random)
                    try send(MessageTemplates.loginCode(code, validFor: policy.otp.ttl, in: account.language), secret: code,
                             to: account, on: channel, purpose: .otp, isDelivered: isDelivered, at: now)
                    destination = masked(account, on: channel)
                default:
                    break
                }
                try save(current, codeHash: newCodeHash)
            }
            try append(events.events)
            // The component that turned the login away, as its refusal event names it.
            let blocker = events.events.last { $0.kind == .loginFailed }?.component
            let notice = blocker.flatMap { board[$0].leadingNotice }.map(Self.words)
            return LoginResult(outcome: outcome, sessionID: sessionID, destination: destination,
                               message: outcome.message(destination: destination), notice: notice,
                               language: try id.map { try loadAccount($0).language })
        }
    }

    /// Logs out: ends the account's active sessions from `device` (every device when nil).
    /// Returns how many ended.
    public func logout(_ identifier: String, device: DeviceLabel?) throws -> Int {
        try transaction { now in
            guard let id = try loginAccountID(identifier) else {
                throw WorldError.unknownAccount(identifier, suggestions: [])
            }
            var events = EventList()
            var ended = 0
            for var session in try openSessions(id) where device == nil || session.device == device {
                if session.end(at: now, reason: .logout, policy: policy.session, events: &events) {
                    try saveEnd(of: session)
                    ended += 1
                }
            }
            try append(events.events)
            return ended
        }
    }

    /// A notice's title and body, as one text in each language.
    static func words(of notice: Notice) -> UserMessage {
        guard let body = notice.body else { return notice.title }
        return UserMessage(id: notice.title.indonesian + "\n" + body.indonesian, en: notice.title.english + "\n" + body.english)
    }

    func hash<R: RandomNumberGenerator>(_ secret: String, random: inout R) throws -> PasswordHash {
        do {
            return try PasswordHash(hashing: secret, using: &random)
        } catch {
            throw WorldError.refused(error)
        }
    }

    func masked(_ account: Account, on channel: Channel) -> String? {
        switch channel {
        case .sms: account.phone.map(Masking.phone)
        case .email: Masking.email(account.email)
        }
    }
}

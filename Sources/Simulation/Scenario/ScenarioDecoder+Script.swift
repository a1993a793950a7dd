import JSON
import Portal

extension ScenarioDecoder {
    /// How a step's time may be written, for messages.
    static let stepTimeForms = "a time like 2026-12-01T08:00:00+07:00, or +DURATION after the previous step like +30s"

    /// The verbs a script may use, in the order messages list them.
    static let verbs = ["login", "request-reset", "complete-reset", "logout", "contact-support", "visit-phishing-site",
                        "submit-application", "upload-document"]

    /// A cast member's `script`: steps `{at, do, …}` whose times do not go backwards and lie
    /// within the run; `+DURATION` counts from the previous step (the first from the start).
    ///
    /// Each verb accepts only its own fields besides `at` and `do`:
    /// `login` `password` (`correct | wrong | old`), `otp` (`correct | wrong | none`), `captcha`
    /// (`pass | fail`), `ip`, `device`; `request-reset` `channel` (`sms | email`, default `sms`
    /// when the member has a phone, which `sms` needs); `contact-support` `channel` (`hotline |
    /// email | form`) and `says` (required); `complete-reset`, `logout` and
    /// `visit-phishing-site` none; `submit-application` `kind` (required: `visa-extension | kitas |
    /// kitap | reentry-permit | passport | e-voa`), which opens a draft of that kind;
    /// `upload-document` `kind` (required: a document kind like `passport-scan` or `photo`),
    /// `format` (`pdf | jpg | png`, default the first the kind accepts), `sizeKB` (1 to 1048576,
    /// default 300) and `readable` (default true), which uploads to the member's newest open
    /// application — and a draft whose every required document has then passed is submitted at
    /// once, so a script files an application with one `submit-application` and an upload per
    /// required document. The portal's own rules judge the steps (a kind the member may not
    /// apply for, an upload that fails its checks, a component that is down): a refusal is an
    /// event, not a scenario error. `member` (`cast[0]`) names the member in messages.
    func script(_ elements: [JSONElement], member: String, hasPhone: Bool) -> [CastStep] {
        var steps: [CastStep] = []
        var previous: Instant?
        for element in elements {
            var reader = element.object(issues: issues)
            let at = reader.required("at").flatMap { stepTime($0, previous: previous) }
            var action: CastAction?
            if let verb = reader.required("do") { action = self.action(verb, &reader, member: member, hasPhone: hasPhone) }
            reader.finish()
            if let at { previous = at }
            if let at, let action { steps.append(CastStep(at: at, action: action)) }
        }
        return steps
    }

    private func stepTime(_ element: JSONElement, previous: Instant?) -> Instant? {
        guard let at = time(element, after: previous ?? start, expected: Self.stepTimeForms) else { return nil }
        if let previous, at < previous {
            element.reject(expecting: "a time at or after the previous step (\(previous.display(in: zone)))", issues: issues)
            return nil
        }
        return at
    }

    private func action(_ verb: JSONElement, _ reader: inout JSONObjectReader, member: String, hasPhone: Bool) -> CastAction? {
        switch verb.oneOf(Self.verbs, issues: issues) {
        case "login":
            return login(&reader)
        case "request-reset":
            return requestReset(&reader, member: member, hasPhone: hasPhone)
        case "complete-reset":
            return .completeReset
        case "logout":
            return .logout
        case "contact-support":
            let channel = ContactChannel(rawValue: reader.oneOf(
                "channel", default: ContactChannel.hotline.rawValue, allowed: ContactChannel.allCases.map(\.rawValue))) ?? .hotline
            let says = reader.required("says").flatMap { says in
                says.value(expected: "what the person says, 1 to 500 characters", issues: issues) { text in
                    (1...500).contains(text.count) ? text : nil
                }
            }
            return says.map { .contactSupport(channel, says: $0) }
        case "visit-phishing-site":
            return .visitPhishingSite
        case "submit-application":
            return reader.required("kind")?.oneOf(ApplicationKind.allCases.map(\.rawValue), issues: issues)
                .flatMap(ApplicationKind.init(rawValue:)).map { .submitApplication($0) }
        case "upload-document":
            return uploadDocument(&reader)
        default:
            // An unknown verb: which fields it would take is unknown too.
            _ = reader.entries()
            return nil
        }
    }

    private func login(_ reader: inout JSONObjectReader) -> CastAction {
        typealias Password = CastAction.PasswordChoice
        typealias Code = CastAction.CodeChoice
        typealias Captcha = LoginAttempt.CaptchaAnswer
        let password = Password(rawValue: reader.oneOf(
            "password", default: Password.correct.rawValue, allowed: Password.allCases.map(\.rawValue))) ?? .correct
        let otp = Code(rawValue: reader.oneOf("otp", default: Code.correct.rawValue, allowed: Code.allCases.map(\.rawValue)))
            ?? .correct
        let captcha = Captcha(rawValue: reader.oneOf(
            "captcha", default: Captcha.pass.rawValue, allowed: Captcha.allCases.map(\.rawValue))) ?? .pass
        let ip = reader.value("ip", expected: "an IP address like 36.80.1.2 or 2001:db8::1") { IPAddress($0) }
        let device = reader.value(
            "device", expected: "a device name of 1 to \(DeviceLabel.capacity) bytes without spaces, like laptop-1"
        ) { DeviceLabel($0) }
        return .login(password: password, otp: otp, captcha: captcha, ip: ip, device: device)
    }

    private func uploadDocument(_ reader: inout JSONObjectReader) -> CastAction? {
        let kind = reader.required("kind")?.oneOf(DocumentKind.allCases.map(\.rawValue), issues: issues)
            .flatMap(DocumentKind.init(rawValue:))
        let format = reader.element("format").map { element in
            element.oneOf(DocumentFormat.allCases.map(\.rawValue), issues: issues).flatMap(DocumentFormat.init(rawValue:))
        }
        let sizeKB = reader.integer("sizeKB", default: 300, in: 1...1_048_576)
        let readable = reader.bool("readable", default: true)
        guard let kind, format != .some(nil) else { return nil }
        return .uploadDocument(DocumentUpload(kind: kind, format: (format ?? nil) ?? kind.formats[0], sizeKB: sizeKB,
                                              isReadable: readable))
    }

    private func requestReset(_ reader: inout JSONObjectReader, member: String, hasPhone: Bool) -> CastAction? {
        guard let element = reader.element("channel") else { return .requestReset(hasPhone ? .sms : .email) }
        guard let channel = element.oneOf(Channel.allCases.map(\.rawValue), issues: issues).flatMap(Channel.init(rawValue:)) else {
            return nil
        }
        if channel == .sms, !hasPhone {
            element.report("a reset by sms needs a phone number, and \(member) has none", issues: issues)
            return nil
        }
        return .requestReset(channel)
    }
}

import JSON
import Portal

/// The `policy` object of scenario and policy files, to and from JSON.
///
/// Every field has a default, so `{}` is the standard policy; a present field must be right
/// (unknown fields are errors: a typo must not silently become a default), and every problem
/// is reported at once with file, line and path. Durations are bounded (at most a year), so no
/// time the rules compute can overflow.
public enum PolicyCoding {
    /// Decodes a policy file's text; throws `WorldError.invalidPolicy` listing every problem.
    public static func decode(text: String, file: String) throws -> PortalPolicy {
        let issues = JSONIssues(file: file)
        let node: JSONNode
        do {
            node = try JSONParser.parse(text)
        } catch {
            issues.add(error)
            throw WorldError.invalidPolicy(issues.all)
        }
        let policy = decode(node, path: "", issues: issues)
        guard issues.isEmpty else { throw WorldError.invalidPolicy(issues.all) }
        return policy
    }

    /// Decodes a `policy` object found at `path` of a larger file, adding problems to `issues`.
    public static func decode(_ node: JSONNode, path: String, issues: JSONIssues) -> PortalPolicy {
        var root = JSONObjectReader(node, path: path, issues: issues)
        let standard = PortalPolicy.standard
        var policy = standard
        if var reader = root.object("bruteForce") {
            let before = issues.count
            policy.bruteForce = bruteForce(&reader, standard: standard.bruteForce)
            // Cross-field checks only on the person's own values, not on defaults that stand in
            // for a field already reported.
            if issues.count == before {
                for problem in policy.bruteForce.problems() { reader.report(problem.field, expected: problem.expected) }
            }
            reader.finish()
        }
        if var reader = root.object("throttle") {
            let throttle = standard.throttle
            policy.throttle.window = duration(&reader, "window", throttle.window, Bounds.wait)
            policy.throttle.maxFailures = reader.integer("maxFailures", default: throttle.maxFailures, in: 0...100_000)
            policy.throttle.block = duration(&reader, "block", throttle.block, Bounds.wait)
            reader.finish()
        }
        if var reader = root.object("captcha") {
            policy.captcha.mode = CaptchaPolicy.Mode(rawValue: reader.oneOf(
                "mode", default: standard.captcha.mode.rawValue, allowed: CaptchaPolicy.Mode.allCases.map(\.rawValue))) ?? standard.captcha.mode
            policy.captcha.afterFailures = reader.integer("afterFailures", default: standard.captcha.afterFailures, in: 1...1000)
            reader.finish()
        }
        if var reader = root.object("otp") {
            let otp = standard.otp
            policy.otp.digits = reader.integer("digits", default: otp.digits, in: 4...10)
            policy.otp.ttl = duration(&reader, "ttl", otp.ttl, Bounds.codeLife)
            policy.otp.maxTries = reader.integer("maxTries", default: otp.maxTries, in: 1...20)
            policy.otp.maxResends = reader.integer("maxResends", default: otp.maxResends, in: 0...20)
            if let elements = reader.array("stepUp") {
                let allowed = OTPPolicy.StepUp.allCases.map(\.rawValue)
                policy.otp.stepUp = elements.compactMap { element in
                    element.oneOf(allowed, issues: issues).flatMap(OTPPolicy.StepUp.init(rawValue:))
                }
            }
            reader.finish()
        }
        if var reader = root.object("reset") {
            let reset = standard.reset
            policy.reset.ttl = duration(&reader, "ttl", reset.ttl, Bounds.linkLife)
            policy.reset.maxPerHour = reader.integer("maxPerHour", default: reset.maxPerHour, in: 1...100)
            policy.reset.smsCodeDigits = reader.integer("smsCodeDigits", default: reset.smsCodeDigits, in: 6...12)
            policy.reset.maxTries = reader.integer("maxTries", default: reset.maxTries, in: 1...100)
            reader.finish()
        }
        if var reader = root.object("session") {
            let before = issues.count
            policy.session.idle = duration(&reader, "idle", standard.session.idle, Bounds.session)
            policy.session.absolute = duration(&reader, "absolute", standard.session.absolute, Bounds.session)
            if issues.count == before, policy.session.absolute < policy.session.idle {
                reader.report("absolute", expected: "at least session.idle (\(policy.session.idle))")
            }
            reader.finish()
        }
        if var reader = root.object("password") {
            policy.password.minLength = reader.integer("minLength", default: standard.password.minLength, in: 8...64)
            policy.password.maxLength = reader.integer("maxLength", default: standard.password.maxLength, in: 64...1024)
            reader.finish()
        }
        root.finish()
        return policy
    }

    /// The policy as a JSON object with every field, in the order of the file format.
    public static func encode(_ policy: PortalPolicy) -> JSONValue {
        let b = policy.bruteForce
        return .object([
            ("bruteForce", .object([
                ("mode", .string(b.mode.rawValue)),
                ("maxFailures", .integer(Int64(b.maxFailures))),
                ("strategy", .string(b.strategy.rawValue)),
                ("waitIncrement", .string(b.waitIncrement.description)),
                ("maxWait", .string(b.maxWait.description)),
                ("failureReset", .string(b.failureReset.description)),
                ("quickLoginCheck", .string(b.quickLoginCheck.description)),
                ("minimumQuickLoginWait", .string(b.minimumQuickLoginWait.description)),
                ("maxTemporaryLockouts", .integer(Int64(b.maxTemporaryLockouts))),
            ])),
            ("throttle", .object([
                ("window", .string(policy.throttle.window.description)),
                ("maxFailures", .integer(Int64(policy.throttle.maxFailures))),
                ("block", .string(policy.throttle.block.description)),
            ])),
            ("captcha", .object([
                ("mode", .string(policy.captcha.mode.rawValue)),
                ("afterFailures", .integer(Int64(policy.captcha.afterFailures))),
            ])),
            ("otp", .object([
                ("digits", .integer(Int64(policy.otp.digits))),
                ("ttl", .string(policy.otp.ttl.description)),
                ("maxTries", .integer(Int64(policy.otp.maxTries))),
                ("maxResends", .integer(Int64(policy.otp.maxResends))),
                ("stepUp", .array(policy.otp.stepUp.map { .string($0.rawValue) })),
            ])),
            ("reset", .object([
                ("ttl", .string(policy.reset.ttl.description)),
                ("maxPerHour", .integer(Int64(policy.reset.maxPerHour))),
                ("smsCodeDigits", .integer(Int64(policy.reset.smsCodeDigits))),
                ("maxTries", .integer(Int64(policy.reset.maxTries))),
            ])),
            ("session", .object([
                ("idle", .string(policy.session.idle.description)),
                ("absolute", .string(policy.session.absolute.description)),
            ])),
            ("password", .object([
                ("minLength", .integer(Int64(policy.password.minLength))),
                ("maxLength", .integer(Int64(policy.password.maxLength))),
            ])),
        ])
    }

    private static func bruteForce(_ reader: inout JSONObjectReader, standard: BruteForcePolicy) -> BruteForcePolicy {
        var policy = standard
        policy.mode = BruteForcePolicy.Mode(rawValue: reader.oneOf(
            "mode", default: standard.mode.rawValue, allowed: BruteForcePolicy.Mode.allCases.map(\.rawValue))) ?? standard.mode
        policy.maxFailures = reader.integer("maxFailures", default: standard.maxFailures, in: 1...10_000)
        policy.strategy = BruteForcePolicy.Strategy(rawValue: reader.oneOf(
            "strategy", default: standard.strategy.rawValue, allowed: BruteForcePolicy.Strategy.allCases.map(\.rawValue)))
            ?? standard.strategy
        // Keycloak keeps these in whole seconds; so do we, so a lock ends on a second.
        policy.waitIncrement = duration(&reader, "waitIncrement", standard.waitIncrement, Bounds.wait)
        policy.maxWait = duration(&reader, "maxWait", standard.maxWait, Bounds.wait)
        policy.failureReset = duration(&reader, "failureReset", standard.failureReset, Bounds.wait)
        policy.quickLoginCheck = duration(&reader, "quickLoginCheck", standard.quickLoginCheck, Bounds.quickCheck)
        policy.minimumQuickLoginWait = duration(&reader, "minimumQuickLoginWait", standard.minimumQuickLoginWait, Bounds.quickWait)
        policy.maxTemporaryLockouts = reader.integer("maxTemporaryLockouts", default: standard.maxTemporaryLockouts, in: 0...1000)
        return policy
    }

    /// The durations a policy field accepts: a range, and whether they must be whole seconds.
    struct Bounds {
        let range: ClosedRange<TimeSpan>
        let isWholeSeconds: Bool

        static let wait = Bounds(range: .seconds(1) ... .days(365), isWholeSeconds: true)
        static let quickCheck = Bounds(range: .zero ... .minutes(1), isWholeSeconds: false)
        static let quickWait = Bounds(range: .zero ... .days(1), isWholeSeconds: true)
        static let codeLife = Bounds(range: .seconds(30) ... .days(1), isWholeSeconds: true)
        static let linkLife = Bounds(range: .minutes(1) ... .days(7), isWholeSeconds: true)
        static let session = Bounds(range: .minutes(1) ... .days(365), isWholeSeconds: true)

        var expected: String {
            "a duration from \(range.lowerBound) to \(range.upperBound)" + (isWholeSeconds ? " in whole seconds" : "")
                + ", like 30s, 15m or 1h30m"
        }

        func accepts(_ span: TimeSpan) -> Bool {
            range.contains(span) && (!isWholeSeconds || span.milliseconds % 1000 == 0)
        }
    }

    private static func duration(_ reader: inout JSONObjectReader, _ key: String, _ fallback: TimeSpan, _ bounds: Bounds) -> TimeSpan {
        reader.value(key, default: fallback, expected: bounds.expected) { text in
            TimeSpan(parsing: text).flatMap { bounds.accepts($0) ? $0 : nil }
        }
    }
}

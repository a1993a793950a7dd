import JSON
import Portal

/// The `policy` object of scenario and policy files, to and from JSON.
///
/// Every field has a default, so `{}` is the standard policy; a present field must be right
/// (unknown fields are errors: a typo must not silently become a default), and every problem
/// is reported at once with file, line and path.
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
            policy.bruteForce = bruteForce(&reader, standard: standard.bruteForce)
            for problem in policy.bruteForce.problems() {
                reader.report(problem.field, expected: problem.expected)
            }
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
            policy.otp.ttl = reader.value("ttl", default: otp.ttl, expected: positiveDuration, parse: parsePositive)
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
            policy.reset.ttl = reader.value("ttl", default: reset.ttl, expected: positiveDuration, parse: parsePositive)
            policy.reset.maxPerHour = reader.integer("maxPerHour", default: reset.maxPerHour, in: 1...100)
            policy.reset.smsCodeDigits = reader.integer("smsCodeDigits", default: reset.smsCodeDigits, in: 6...12)
            policy.reset.maxTries = reader.integer("maxTries", default: reset.maxTries, in: 1...100)
            reader.finish()
        }
        if var reader = root.object("session") {
            policy.session.idle = reader.value("idle", default: standard.session.idle, expected: positiveDuration, parse: parsePositive)
            policy.session.absolute = reader.value(
                "absolute", default: standard.session.absolute, expected: positiveDuration, parse: parsePositive)
            if policy.session.absolute < policy.session.idle {
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
        policy.waitIncrement = reader.value("waitIncrement", default: standard.waitIncrement, expected: positiveDuration, parse: parsePositive)
        policy.maxWait = reader.value("maxWait", default: standard.maxWait, expected: positiveDuration, parse: parsePositive)
        policy.failureReset = reader.value("failureReset", default: standard.failureReset, expected: positiveDuration, parse: parsePositive)
        policy.quickLoginCheck = reader.value("quickLoginCheck", default: standard.quickLoginCheck, expected: duration, parse: TimeSpan.init(parsing:))
        policy.minimumQuickLoginWait = reader.value(
            "minimumQuickLoginWait", default: standard.minimumQuickLoginWait, expected: duration, parse: TimeSpan.init(parsing:))
        policy.maxTemporaryLockouts = reader.integer("maxTemporaryLockouts", default: standard.maxTemporaryLockouts, in: 0...1000)
        return policy
    }

    private static let duration = "a duration like 1s, 15m or 1h30m"
    private static let positiveDuration = "a duration above zero like 30s, 15m or 1h30m"
    private static func parsePositive(_ text: String) -> TimeSpan? {
        TimeSpan(parsing: text).flatMap { $0 > .zero ? $0 : nil }
    }
}

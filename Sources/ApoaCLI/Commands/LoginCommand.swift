import JSON
import Portal
import World

/// `apoa login`: a person logging in at the portal, at the world clock.
enum LoginCommand {
    /// Where a login comes from when not said: a documentation address and one browser, so a
    /// walk-through's logins come from a familiar place after the first.
    static let defaultIP = "203.0.113.10"
    static let defaultDevice: DeviceLabel = "browser-1"

    static let spec = CommandSpec(
        ["login"],
        summary: "Log in as a person would at the portal (password from standard input).",
        discussion: """
            Runs the portal's real login: CAPTCHA, password, lockout rule, second factor, session.
            When a one-time code is due it goes to the outbox ('apoa outbox --to USER'); run the login
            again with --otp CODE. The person sees one answer for an unknown user, a wrong password and
            a locked account; the event log ('apoa events USER') keeps the true reason. During maintenance
            or an outage that a notice announces ('apoa notice list'), the answer is the notice's words, in
            the account's language.
            Exit status: 0 logged in, 1 not (refused, or a code is awaited).
            """,
        arguments: [.required("USER", "username or e-mail")],
        options: [
            .flag("password-stdin", required: true, "read the password from the first line of standard input"),
            .value("otp", "CODE", "the one-time code from the outbox"),
            .value("ip", "IP", "address the login comes from (default: \(defaultIP))"),
            .value("device", "D", "device the login comes from, up to \(DeviceLabel.capacity) characters (default: \(defaultDevice))"),
            .value("captcha", "pass|fail", "what the person does with a CAPTCHA if one is shown (default: pass)"),
            .value("lang", "id|en", "the login page's language (default: en)"),
            .passwordArgument,
        ],
        examples: [
            "echo 'Merah-Putih-2026' | apoa login ani.wijaya --password-stdin",
            "echo 'Merah-Putih-2026' | apoa login ani.wijaya --password-stdin --otp 482913",
            "echo 'wrong-guess-1' | apoa login ani.wijaya --password-stdin --ip 36.80.1.2 --device phone-2",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let user = try invocation.required("USER")
        let ip = try invocation.ipAddress("ip") ?? IPAddress(defaultIP)
        let captcha = try invocation.choice("captcha", default: LoginAttempt.CaptchaAnswer.pass)
        let language = try invocation.choice("lang", default: Language.english)
        let code = try invocation.parse("otp", expected: "the digits of a one-time code") { text in
            text.isEmpty || !text.allSatisfy({ $0.isASCII && $0.isNumber }) ? nil : text
        }
        let device = try invocation.device() ?? defaultDevice
        let password = try invocation.secretFromStandardInput()
        let world = try invocation.openWorld()
        let request = LoginRequest(identifier: user, password: password, code: code, ip: ip,
                                   device: device, captcha: captcha)
        let result = try world.login(request, random: &invocation.random)
        let message = result.text(pageLanguage: language)
        if invocation.wantsJSON {
            invocation.print(json(result, message: message).rendered())
        } else {
            switch result.outcome {
            case .loggedIn: invocation.print("\(message)  (session \(result.sessionID ?? 0))")
            case .codeSent(_, true, _):
                invocation.print(message)
                invocation.say("  Read the code with 'apoa outbox --to \(user)', then log in again with --otp CODE.")
            default: invocation.print(message)
            }
        }
        if !result.outcome.isLoggedIn { throw CLIError.exit(ExitStatus.failure) }
    }

    private static func json(_ result: LoginResult, message: String) -> JSONValue {
        var fields: [(String, JSONValue)] = [("message", .string(message))]
        switch result.outcome {
        case .loggedIn:
            fields.insert(("result", "logged-in"), at: 0)
            fields.append(("session", .integer(result.sessionID)))
        case .codeSent(let channel, _, _):
            fields.insert(("result", "code-sent"), at: 0)
            fields.append(("channel", .string(channel.rawValue)))
            fields.append(("destination", .string(result.destination)))
        case .codeRejected(_, let triesLeft):
            fields.insert(("result", "code-rejected"), at: 0)
            fields.append(("triesLeft", .integer(Int64(triesLeft))))
        case .refused:
            fields.insert(("result", "refused"), at: 0)
        }
        return .object(fields)
    }
}

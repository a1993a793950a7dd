import JSON
import Portal
import World

/// `apoa request-reset` and `apoa complete-reset`: a person's forgotten-password flow.
enum ResetCommands {
    static let request = CommandSpec(
        ["request-reset"],
        summary: "Ask for a password reset, as a person would (\"forgot password\").",
        discussion: """
            Sends a reset link by e-mail or an 8-digit code by SMS to the account's own address, at most
            3 an hour. The answer is the same whether or not the account exists.
            """,
        arguments: [.required("USER", "username or e-mail")],
        options: [
            .value("via", "email|sms", required: true, "where the link or code goes"),
            .value("ip", "IP", "address the request comes from (default: \(LoginCommand.defaultIP))"),
            .value("lang", "id|en", "the page's language (default: en)"),
        ],
        examples: ["apoa request-reset ani.wijaya --via sms", "apoa request-reset ani@example.id --via email"],
        run: { invocation in
            let channel = try invocation.choice("via", default: Channel.email)
            let language = try invocation.choice("lang", default: Language.english)
            let ip = try invocation.ipAddress("ip") ?? IPAddress(LoginCommand.defaultIP)
            let world = try invocation.openWorld()
            let result = try world.requestReset(try invocation.required("USER"), via: channel, ip: ip, random: &invocation.random)
            let message = result.message.text(in: language)
            invocation.print(invocation.wantsJSON ? JSONValue.object([("message", .string(message))]).rendered() : message)
        })

    static let complete = CommandSpec(
        ["complete-reset"],
        summary: "Set a new password with a reset link's token or an SMS code (new password from standard input).",
        discussion: """
            Completing a reset ends every session of the account and clears a temporary lock; a
            permanent lock stays until the desk unlocks it. The next login asks for a one-time code.
            """,
        arguments: [.required("USER", "username or e-mail")],
        options: [
            .value("token", "TOKEN", required: true, "the link's token (or the whole link) or the SMS code"),
            .flag("password-stdin", required: true, "read the new password from the first line of standard input"),
            .passwordArgument,
            .value("ip", "IP", "address it comes from (default: \(LoginCommand.defaultIP))"),
            .value("lang", "id|en", "the page's language (default: en)"),
        ],
        examples: [
            "echo 'Kopi-Tubruk-77' | apoa complete-reset ani.wijaya --token 48213377 --password-stdin",
            "echo 'Kopi-Tubruk-77' | apoa complete-reset ani.wijaya --token 'https://goid.example/reset?token=…' --password-stdin",
        ],
        run: { invocation in
            let language = try invocation.choice("lang", default: Language.english)
            let ip = try invocation.ipAddress("ip") ?? IPAddress(LoginCommand.defaultIP)
            let password = try invocation.secretFromStandardInput()
            let world = try invocation.openWorld()
            let result = try world.completeReset(try invocation.required("USER"), token: invocation.value("token") ?? "",
                                                 newPassword: password, ip: ip, random: &invocation.random)
            let message = result.message.text(in: language)
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([
                    ("result", .string(result.isCompleted ? "completed" : "refused")),
                    ("message", .string(message)), ("endedSessions", .integer(Int64(result.endedSessions))),
                ]).rendered())
            } else {
                invocation.print(message)
                if result.isCompleted, result.endedSessions > 0 {
                    invocation.say("  (\(plural(result.endedSessions, "session")) ended)")
                }
            }
            if !result.isCompleted { throw CLIError.exit(ExitStatus.failure) }
        })
}

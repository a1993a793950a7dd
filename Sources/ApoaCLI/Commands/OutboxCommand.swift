import JSON
import Portal
import World

/// `apoa outbox`: what the simulated SMS and e-mail gateway delivered.
enum OutboxCommand {
    static let spec = CommandSpec(
        ["outbox"],
        summary: "Show the messages the simulated SMS and e-mail gateway delivered.",
        discussion: """
            The outbox stands for people's phones and mailboxes: it is where one-time codes and reset
            links arrive. --code prints only the code or token of the newest message, for scripts.
            """,
        options: [
            .value("to", "WHO", "only this account's messages (username, e-mail, phone or document number)"),
            .flag("all", "include messages the gateway failed to deliver (their secrets blanked out)"),
            .flag("code", "print only the code or token of the newest message"),
        ],
        examples: ["apoa outbox", "apoa outbox --to ani.wijaya", "apoa outbox --to ani.wijaya --code"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let world = try invocation.openWorld()
        let account = try invocation.value("to").map { try world.account(matching: $0) }
        let messages = try world.outbox(for: account?.id, includeUndelivered: invocation.flag("all"))
        let text = WorldText(zone: world.zone)
        if invocation.flag("code") {
            guard let newest = messages.last(where: \.isDelivered), let secret = MessageTemplates.secret(in: newest.body) else {
                throw CLIError.failure("no delivered code or reset token" + (account.map { " for \($0.username)" } ?? ""))
            }
            invocation.print(invocation.wantsJSON ? JSONValue.object([("code", .string(secret))]).rendered() : secret)
            return
        }
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(messages.map { message in
                .object([
                    ("id", .integer(message.id)), ("at", .string(text.iso(message.at))),
                    ("channel", .string(message.channel.rawValue)), ("to", .string(message.recipient)),
                    ("purpose", .string(message.purpose.rawValue)), ("delivered", .bool(message.isDelivered)),
                    ("body", .string(message.body)),
                ])
            }).rendered())
            return
        }
        guard !messages.isEmpty else {
            invocation.say("the outbox is empty" + (account.map { " for \($0.username)" } ?? ""))
            return
        }
        for message in messages {
            let channel = message.channel == .sms ? "SMS" : "e-mail"
            let purpose = message.purpose == .otp ? "login code" : "password reset"
            let status = message.isDelivered ? "" : invocation.style.red("  NOT DELIVERED (gateway down)")
            invocation.print("#\(message.id)  \(text.time(message.at))  \(channel) to \(message.recipient)  (\(purpose))\(status)")
            invocation.print("    \(message.body)")
        }
    }
}

import Helpdesk
import JSON
import Portal
import World

/// `apoa reset-password`: the desk resets a person's password — a link or code to their own
/// address, or a temporary password read to them once.
enum ResetPasswordCommand {
    static let spec = CommandSpec(
        ["reset-password"],
        summary: "Send a person a reset link or code, or give them a temporary password (an agent's action).",
        discussion: """
            --via email|sms sends a reset link (e-mail) or code (SMS) to the account's own address on file,
            never to one given on the phone. --temporary instead prints a temporary password once, for
            you to read to the person; only its yescrypt hash is stored, and their next login asks them
            to choose their own ('apoa change-password'). Either way every session of the account ends
            (it may be in someone else's hands), and no existing password, code or link is ever shown.
            A temporary password also clears a temporary lock, like a completed reset.
            """,
        arguments: [.required("WHO", "username, e-mail, phone number or identity-document number")],
        options: [
            .value("via", "email|sms", "send a reset link by e-mail or a code by SMS"),
            .flag("temporary", "set a temporary password and print it once instead"),
            .value("ticket", "ID", "the ticket this is done for (recorded in the audit log)"),
        ],
        examples: [
            "apoa reset-password ani.wijaya --via sms --as rina",
            "apoa reset-password jan@example.nl --via email --ticket 112 --as rina",
            "apoa reset-password budi.santoso --temporary --as rina",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let who = try invocation.required("WHO")
        let isTemporary = invocation.flag("temporary")
        let channel: Channel? = try invocation.parse("via", expected: "email or sms", Channel.init(rawValue:))
        switch (channel, isTemporary) {
        case (nil, false): throw invocation.usage("say how: --via email, --via sms or --temporary")
        case (.some, true): throw invocation.usage("--via and --temporary exclude each other: a temporary password is read out, not sent")
        default: break
        }
        let ticket = try invocation.ticketNumber()
        let world = try invocation.openWorld()
        let desk = try invocation.desk(world)
        if let channel {
            let result = try desk.perform("reset-password", target: who, ticket: ticket, needs: [.resetPassword]) { audit in
                try desk.requireTicket(ticket)
                let result = try world.sendDeskReset(who, via: channel, random: &invocation.random)
                audit.detail = DeskResetWay.sentDetail(via: channel, to: result.destination, isDelivered: result.isDelivered,
                                                       endedSessions: result.endedSessions)
                return result
            }
            printSent(result, to: invocation)
        } else {
            let result = try desk.perform("reset-password", target: who, ticket: ticket, needs: [.resetPassword]) { audit in
                try desk.requireTicket(ticket)
                let result = try world.setTemporaryPassword(who, random: &invocation.random)
                // Never the password itself: the audit log is read by auditors.
                audit.detail = DeskResetWay.temporaryDetail(endedSessions: result.endedSessions)
                return result
            }
            printTemporary(result, to: invocation)
        }
    }

    private static func printSent(_ result: DeskResetResult, to invocation: Invocation) {
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("account", .string(result.account.username.value)), ("channel", .string(result.channel.rawValue)),
                ("destination", .string(result.destination)), ("delivered", .bool(result.isDelivered)),
                ("endedSessions", .integer(Int64(result.endedSessions))),
            ]).rendered())
            return
        }
        let what = result.channel == .email ? "a reset link by e-mail" : "a reset code by SMS"
        invocation.print("sent \(what) to \(result.destination) for \(result.account.username)")
        if !result.isDelivered {
            invocation.print("  the \(result.channel == .email ? "e-mail" : "SMS") gateway is down: the message waits undelivered; "
                + "use --temporary if the person cannot wait")
        }
        invocation.say("  \(plural(result.endedSessions, "session")) ended")
    }

    private static func printTemporary(_ result: TemporaryPasswordResult, to invocation: Invocation) {
        if invocation.wantsJSON {
            invocation.print(JSONValue.object([
                ("account", .string(result.account.username.value)), ("temporaryPassword", .string(result.password)),
                ("mustChangePassword", .bool(true)), ("endedSessions", .integer(Int64(result.endedSessions))),
            ]).rendered())
            return
        }
        invocation.print("temporary password for \(result.account.username): \(result.password)")
        invocation.say("  read it to them now: it is not stored and not shown again")
        invocation.say("  their next login asks them to choose their own password (apoa change-password)")
        invocation.say("  \(plural(result.endedSessions, "session")) ended")
    }
}

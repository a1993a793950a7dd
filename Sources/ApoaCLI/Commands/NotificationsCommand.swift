import JSON
import Portal
import World

/// `apoa notifications`: an account's inbox at the portal.
enum NotificationsCommand {
    static let spec = CommandSpec(
        ["notifications"],
        summary: "Show an account's notifications: status changes, actions needed, appointments, profile changes.",
        discussion: """
            Each is stored in the account's language when it was sent. --mark-read marks the ones shown
            as read, as the person opening the inbox does.
            """,
        arguments: [.required("WHO", "username, e-mail, phone number or identity-document number")],
        options: [
            .flag("unread", "only those not read yet"),
            .flag("mark-read", "mark the notifications shown as read"),
        ],
        examples: ["apoa notifications jan.devries", "apoa notifications jan.devries --unread --mark-read",
                   "apoa notifications jan.devries --json"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let world = try invocation.openWorld()
        let account = try world.account(matching: invocation.required("WHO"))
        let notifications = try world.notifications(of: account.id, unreadOnly: invocation.flag("unread"))
        if invocation.flag("mark-read") {
            try world.markNotificationsRead(of: account.id, ids: notifications.filter { !$0.isRead }.map(\.id))
        }
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(JSONValue.array(notifications.map(text.notificationJSON)).rendered())
            return
        }
        guard !notifications.isEmpty else {
            invocation.say("no \(invocation.flag("unread") ? "unread " : "")notifications for \(account.username)")
            return
        }
        for notification in notifications {
            let unread = notification.isRead ? "" : invocation.style.bold("  unread")
            let about = notification.application.map { "  application #\($0)" } ?? ""
            invocation.print("#\(notification.id)  \(text.time(notification.at))  \(notification.topic.rawValue)\(about)\(unread)")
            invocation.print("    \(notification.text)")
        }
    }
}

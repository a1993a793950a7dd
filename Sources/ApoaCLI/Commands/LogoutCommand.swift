import JSON
import Portal
import World

/// `apoa logout`: a person logging out.
enum LogoutCommand {
    static let spec = CommandSpec(
        ["logout"],
        summary: "Log out: end the person's sessions on a device.",
        arguments: [.required("USER", "username or e-mail")],
        options: [
            .value("device", "D", "the device to log out, up to \(DeviceLabel.capacity) characters (default: \(LoginCommand.defaultDevice))"),
            .flag("everywhere", "end the sessions on every device"),
        ],
        examples: ["apoa logout ani.wijaya", "apoa logout ani.wijaya --everywhere"],
        run: { invocation in
            let world = try invocation.openWorld()
            let device = invocation.flag("everywhere") ? nil : try invocation.device() ?? LoginCommand.defaultDevice
            let ended = try world.logout(try invocation.required("USER"), device: device)
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([("endedSessions", .integer(Int64(ended)))]).rendered())
            } else {
                invocation.say(ended == 0 ? "no active session to end" : "ended \(plural(ended, "session"))")
            }
        })
}

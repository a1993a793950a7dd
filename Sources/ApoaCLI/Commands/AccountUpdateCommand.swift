import JSON
import Portal
import World

/// `apoa account update`: a person changing their contact details or language.
enum AccountUpdateCommand {
    static let spec = CommandSpec(
        ["account", "update"],
        summary: "Change an account's e-mail, phone or language, as the person would in their profile.",
        discussion: """
            Each field that really changes is a profile-changed event ('apoa events WHO'): codes and
            reset links go to the new address from then on, and account takeovers often start here.
            The account is notified in the language it had before the change.
            """,
        arguments: [.required("WHO", "username, e-mail, phone number or identity-document number")],
        options: [
            .value("email", "E", "the new e-mail address"),
            .value("phone", "P", "the new mobile number, +62… or 08…"),
            .value("language", "L", "id or en"),
        ],
        examples: ["apoa account update ani.wijaya --phone 081298765432", "apoa account update jan.devries --language id"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let email = try invocation.checked("email") { () throws(PortalError) -> EmailAddress? in
            try invocation.value("email").map { text throws(PortalError) in try EmailAddress(text) }
        }
        let phone = try invocation.checked("phone") { () throws(PortalError) -> PhoneNumber? in
            try invocation.value("phone").map { text throws(PortalError) in try PhoneNumber(text) }
        }
        let language: Language? = try invocation.choice("language")
        guard email != nil || phone != nil || language != nil else {
            throw invocation.usage("nothing to change: give --email, --phone or --language")
        }
        let world = try invocation.openWorld()
        let who = try invocation.required("WHO")
        let before = try world.account(matching: who)
        let account = try world.changeProfile(of: who, email: email, phone: phone.map { .some($0) }, language: language)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(text.accountJSON(account).rendered())
            return
        }
        var changes: [String] = []
        if account.email != before.email { changes.append("e-mail \(before.email.value) → \(account.email.value)") }
        if account.phone != before.phone {
            changes.append("phone \(before.phone?.value ?? "none") → \(account.phone?.value ?? "none")")
        }
        if account.language != before.language {
            changes.append("language \(before.language.rawValue) → \(account.language.rawValue)")
        }
        invocation.say(changes.isEmpty ? "\(account.username): nothing changed"
                                       : "\(account.username): " + changes.joined(separator: "; "))
    }
}

import JSON
import Portal
import World

/// `apoa account add`: register a GO ID account.
enum AccountAddCommand {
    static let spec = CommandSpec(
        ["account", "add"],
        summary: "Register a GO ID account with its password (read from standard input).",
        discussion: """
            Citizens hold a NIK; foreigners a passport and at most one stay permit (KITAS or KITAP).
            Only verified accounts can log in; --verified needs the NIK or passport. The password
            must be 8 to 64 characters, not a common one, and not contain the username.
            """,
        arguments: [.required("USERNAME", "3 to 32 of a-z 0-9 . _ - (case does not matter)")],
        options: [
            .value("email", "E", required: true, "e-mail address"),
            .value("phone", "P", "mobile number, +62… or 08…"),
            .value("kind", "K", "citizen or foreigner (default: citizen)"),
            .value("document", "TYPE:NUMBER", repeatable: true, "nik:…, passport:…, kitas:… or kitap:…"),
            .value("language", "L", "id or en (default: id)"),
            .value("second-factor", "F", "none, sms or email (default: none)"),
            .flag("verified", "identity already verified (otherwise unverified, and login is refused)"),
            .flag("password-stdin", required: true, "read the password from the first line of standard input"),
            .passwordArgument,
        ],
        examples: [
            "echo 'Merah-Putih-2026' | apoa account add ani.wijaya --email ani@example.id --phone 081234567890 --document nik:3174015008900001 --second-factor sms --verified --password-stdin",
            "echo 'Tulip-Fields-88' | apoa account add jan.devries --kind foreigner --email jan@example.nl --document passport:NX1234567 --document kitas:2C11AB123456 --language en --verified --password-stdin",
        ],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let username = try invocation.required("USERNAME")
        let draft = NewAccount(
            username: try invocation.checked("USERNAME") { () throws(PortalError) in try Username(username) },
            email: try invocation.checked("email") { () throws(PortalError) in try EmailAddress(invocation.value("email") ?? "") },
            phone: try invocation.checked("phone") { () throws(PortalError) -> PhoneNumber? in
                guard let text = invocation.value("phone") else { return nil }
                return try PhoneNumber(text)
            },
            kind: try invocation.choice("kind", default: AccountKind.citizen),
            documents: try invocation.checked("document") { () throws(PortalError) -> [IdentityDocument] in
                var documents: [IdentityDocument] = []
                for text in invocation.values("document") { documents.append(try IdentityDocument(parsing: text)) }
                return documents
            },
            language: try invocation.choice("language", default: Language.indonesian),
            secondFactor: try invocation.choice("second-factor", default: SecondFactor.none),
            verification: invocation.flag("verified") ? .verified : .unverified)
        // Options that contradict each other are a mistake on the command line (the message names them).
        do throws(PortalError) { try draft.check() } catch { throw invocation.usage(error.description) }
        let password = try invocation.secretFromStandardInput()
        let world = try invocation.openWorld()
        let account = try world.addAccount(draft, password: password, random: &invocation.random)
        let text = WorldText(zone: world.zone)
        if invocation.wantsJSON {
            invocation.print(text.accountJSON(account).rendered())
        } else {
            invocation.say("created account \(account.id): \(account.username) (\(account.kind.rawValue), "
                + "\(account.verification.rawValue), second factor \(account.secondFactor.rawValue))")
        }
    }
}

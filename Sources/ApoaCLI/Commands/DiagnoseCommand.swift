import Helpdesk
import Portal
import World

/// `apoa diagnose`: why a person cannot log in, from the world's event log.
enum DiagnoseCommand {
    static let spec = CommandSpec(
        ["diagnose"],
        summary: "Explain why a person cannot log in: findings, most likely first, with evidence and the action to take.",
        discussion: """
            Reads the account's lock, its events of the last 7 days, reset links, sessions, component
            outages and applications, and tells apart: the person's own typos and an attack; a lock
            that ends by itself and a permanent one; codes the SMS or e-mail gateway never delivered
            and codes typed wrong or late; maintenance and outages; a reset link still valid or
            expired; unverified identity; tries that never reached the portal; a login from
            elsewhere after a phishing visit; applications waiting for the person. Causes and the
            --json shape are DESIGN.md's diagnosis contract. E-mail addresses, phone numbers and
            document numbers are masked unless the operator's role may see personal data. A WHO no
            account has gives the unknown-account finding (with the closest usernames and e-mails
            when an operator is named) and exit status 1.
            """,
        arguments: [.required("WHO", "username, e-mail, phone number or identity-document number")],
        options: [.value("timeline", "N", "show the newest N events of the account (default 15; 0 for none)")],
        examples: ["apoa diagnose ani.wijaya", "apoa diagnose citra@example.id --as agent1 --timeline 40",
                   "apoa diagnose 3174015008900001 --json"],
        run: run)

    static func run(_ invocation: inout Invocation) throws {
        let limit = try invocation.parse("timeline", expected: "a whole number ≥ 0") { Int($0).flatMap { $0 >= 0 ? $0 : nil } } ?? 15
        let world = try invocation.openWorld()
        let desk = try invocation.reader(world)
        let diagnosis = try Diagnosis.of(try invocation.required("WHO"), in: world, for: desk)
        let output = DiagnosisText(diagnosis: diagnosis, text: WorldText(zone: world.zone), personal: PersonalData(for: desk),
                                   timelineLimit: limit)
        if invocation.wantsJSON {
            invocation.print(output.json.rendered())
        } else {
            invocation.print(output.lines(style: invocation.style).joined(separator: "\n"))
        }
        // The diagnosis of an unknown name is printed, and still a failed look-up.
        if diagnosis.evidence == nil { throw CLIError.exit(ExitStatus.failure) }
    }
}

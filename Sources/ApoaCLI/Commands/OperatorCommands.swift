import Helpdesk
import JSON
import Portal
import World

/// `apoa operator add | list`: who may work the desk, and as what.
enum OperatorCommands {
    static let add = CommandSpec(
        ["operator", "add"],
        summary: "Add a desk operator with a role (an admin's action).",
        discussion: """
            Roles: agent (diagnose, unlock one account, reset passwords, work tickets), supervisor (also
            bulk-unlock, --force and publish notices; sees personal data), auditor (reads everything,
            changes nothing; personal data masked), admin (manages operators, does everything).
            A new world has one operator, 'admin'.
            """,
        arguments: [.required("NAME", "the operator's name: a-z, 0-9, '.', '_' and '-', starting with a letter")],
        options: [.value("role", "ROLE", required: true, "agent, supervisor, auditor or admin")],
        examples: ["apoa operator add rina --role agent --as admin", "apoa operator add dodi --role supervisor --as admin"],
        run: { invocation in
            let name = try invocation.required("NAME")
            let role = try invocation.parse("role", expected: "one of " + Operator.Role.allCases.map(\.rawValue).joined(separator: ", "),
                                            Operator.Role.init(rawValue:))
            guard let role else { throw invocation.usage("missing --role") }
            let world = try invocation.openWorld()
            let added = try invocation.desk(world).perform("operator-add", target: name, needs: [.administer]) { audit in
                let added = try world.addOperator(name, role: role)
                audit.detail = "added \(name) as \(role.rawValue)"
                return added
            }
            if invocation.wantsJSON {
                invocation.print(json(added, zone: world.zone).rendered())
            } else {
                invocation.say("added operator \(added.name) (\(added.role.rawValue))")
            }
        })

    static let list = CommandSpec(
        ["operator", "list"],
        summary: "List the desk's operators and their roles.",
        examples: ["apoa operator list", "apoa operator list --json"],
        run: { invocation in
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let operators = try world.operators()
            if invocation.wantsJSON {
                invocation.print(JSONValue.array(operators.map { json($0, zone: world.zone) }).rendered())
                return
            }
            var table = TextTable(["NAME", "ROLE", "SINCE"])
            for person in operators {
                table.add([person.name, person.role.rawValue, person.createdAt.display(in: world.zone)])
            }
            invocation.print(table.rendered(style: invocation.style))
        })

    private static func json(_ person: Operator, zone: Zone) -> JSONValue {
        .object([("name", .string(person.name)), ("role", .string(person.role.rawValue)),
                 ("createdAt", .string(person.createdAt.iso8601(in: zone)))])
    }
}

import Portal
import World

/// A world worked by one operator: every action checks the operator's role, runs in one
/// transaction with its audit line, and a refused action is audited too.
public struct Desk {
    /// The world.
    public let world: WorldStore
    /// Who is working it.
    public let actor: Operator

    /// The desk of the operator called `name`. An unknown name is refused — and audited, since
    /// someone trying names at the desk is worth knowing about.
    public init(world: WorldStore, operatorName name: String, action: String) throws {
        guard let actor = try world.findOperator(name) else {
            let known = try world.operators().map(\.name)
            let error = HelpdeskError.unknownOperator(name, known: known)
            try world.auditRefusal(AuditDraft(by: nil, named: name, action: action, target: nil), why: error.description)
            throw error
        }
        self.world = world
        self.actor = actor
    }

    /// Whether this operator sees e-mail addresses, phone numbers and document numbers unmasked.
    public var showsPersonalData: Bool { actor.role.allows(.seePersonalData) }

    /// Runs `body` as `action` on `target` when the operator's role allows every permission in
    /// `needs`: in one transaction with its audit line. A missing permission, or an error thrown
    /// by `body` (a rule that said no, bad input), is audited as refused and rethrown; what
    /// `body` changed is undone.
    public func perform<T>(_ action: String, target: String?, ticket: Int64? = nil, needs: [Permission],
                           _ body: (inout AuditDraft) throws -> T) throws -> T {
        let draft = AuditDraft(by: actor, named: actor.name, action: action, target: target, ticket: ticket)
        if let missing = needs.first(where: { !actor.role.allows($0) }) {
            let error = HelpdeskError.notPermitted(operator: actor.name, role: actor.role, action: action, needs: missing)
            try world.auditRefusal(draft, why: error.description)
            throw error
        }
        do {
            return try world.audited(draft, body)
        } catch {
            try world.auditRefusal(draft, why: String(describing: error))
            throw error
        }
    }

    /// Checks a read-only action: an auditor may read, anyone with `read` may. Not audited
    /// (reading changes nothing), but refused like any action when the role lacks `read`.
    public func authorizeRead(_ action: String) throws {
        guard actor.role.allows(.read) else {
            throw HelpdeskError.notPermitted(operator: actor.name, role: actor.role, action: action, needs: .read)
        }
    }

    /// Refuses a ticket number that names no ticket (nil names none and passes).
    public func requireTicket(_ id: Int64?) throws {
        guard let id else { return }
        do {
            _ = try world.ticket(id)
        } catch WorldError.unknownTicket(let missing) {
            // The desk's own refusal, audited as one, in the world's words.
            throw HelpdeskError.refused(WorldError.unknownTicket(missing).description)
        }
    }
}

import Portal
import SQLiteDB
import Testing
@testable import World

@Suite("The audit chain")
struct AuditChainTests {
    /// A world with `count` audited actions by admin.
    static func world(in directory: TemporaryDirectory, actions count: Int) throws -> WorldStore {
        let world = try Fixtures.world(in: directory)
        let admin = try #require(try world.findOperator("admin"))
        for number in 1...count {
            try world.audited(AuditDraft(by: admin, named: "admin", action: "operator-add", target: "op\(number)")) { audit in
                _ = try world.addOperator("op\(number)", role: .agent)
                audit.detail = "added op\(number) as agent"
            }
        }
        return world
    }

    @Test("each entry hashes the one before it, and an untouched chain verifies")
    func intact() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory, actions: 3)
        let entries = try world.auditEntries()
        #expect(entries.map(\.seq) == [1, 2, 3])
        #expect(entries[0].previousHash == AuditEntry.genesis)
        #expect(entries[1].previousHash == entries[0].hash && entries[2].previousHash == entries[1].hash)
        #expect(try world.verifyAudit() == (3, nil))
    }

    @Test("a refusal is audited even though the action's changes are undone")
    func refusal() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory, actions: 1)
        let admin = try #require(try world.findOperator("admin"))
        let draft = AuditDraft(by: admin, named: "admin", action: "operator-add", target: "op1")
        #expect(throws: WorldError.operatorExists("op1")) {
            try world.audited(draft) { _ in _ = try world.addOperator("op1", role: .agent) }
        }
        try world.auditRefusal(draft, why: "operator 'op1' is already used")
        #expect(try world.auditEntries().map(\.outcome) == [.done, .refused])
        #expect(try world.operators().count == 2)
    }

    @Test("the table refuses UPDATE and DELETE")
    func appendOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory, actions: 2)
        #expect(throws: SQLiteError.self) { try world.connection.execute("UPDATE audit SET detail = 'nothing' WHERE seq = 1") }
        #expect(throws: SQLiteError.self) { try world.connection.execute("DELETE FROM audit WHERE seq = 2") }
    }

    @Test("a row changed behind apoa's back (triggers dropped) is named by verify")
    func changedRow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory, actions: 4)
        try world.connection.execute("DROP TRIGGER audit_no_update; UPDATE audit SET operator = 'rina' WHERE seq = 2")
        let (intact, found) = try world.verifyAudit()
        #expect(intact == 1)
        #expect(found?.seq == 2)
        #expect(found?.why.contains("changed") == true)
    }

    @Test("a removed row, or a cut-off tail, is named by verify")
    func removedRows() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Self.world(in: directory, actions: 4)
        try world.connection.execute("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 4")
        #expect(try world.verifyAudit().firstBreak?.seq == 4)
        try world.connection.execute("DELETE FROM audit WHERE seq = 2")
        #expect(try world.verifyAudit().firstBreak == AuditBreak(seq: 2, why: "entry 2 is missing (the next is 3)"))
    }
}

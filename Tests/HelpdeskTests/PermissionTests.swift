import Testing
import World
@testable import Helpdesk

@Suite("Roles: who may do what")
struct PermissionTests {
    @Test("agents diagnose, unlock one account, reset and work tickets — nothing more")
    func agents() {
        let agent = Operator.Role.agent
        #expect(agent.allows(.read) && agent.allows(.unlock) && agent.allows(.resetPassword) && agent.allows(.workTickets))
        #expect(!agent.allows(.bulkUnlock) && !agent.allows(.force) && !agent.allows(.publishNotices))
        #expect(!agent.allows(.administer) && !agent.allows(.seePersonalData))
    }

    @Test("supervisors also bulk-unlock, force and publish notices, but do not manage operators")
    func supervisors() {
        let supervisor = Operator.Role.supervisor
        #expect(supervisor.allows(.bulkUnlock) && supervisor.allows(.force) && supervisor.allows(.publishNotices))
        #expect(!supervisor.allows(.administer))
    }

    @Test("auditors only read, and see personal data masked")
    func auditors() {
        #expect(Operator.Role.auditor.permissions == [.read])
    }

    @Test("admins may do everything")
    func admins() {
        #expect(Permission.allCases.allSatisfy(Operator.Role.admin.allows))
    }
}

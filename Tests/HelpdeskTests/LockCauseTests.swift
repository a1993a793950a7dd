import Portal
import Testing
import World
@testable import Helpdesk

@Suite("Why an account is locked")
struct LockCauseTests {
    let world: WorldStore

    init() throws {
        world = try SimulatedWorld.quickstartWorld()
    }

    @Test("120 tries from two addresses in two hours against citra, who never logged in: an attack")
    func bruteForce() throws {
        let cause = try #require(LockCause(try world.lockHistory(of: "citra.lestari")))
        guard case .attack(let evidence) = cause else {
            Issue.record("expected an attack, found \(cause.name)")
            return
        }
        #expect(evidence.isRelentless)
        // Her own one try at 09:45 is in the list too, far below the attackers' two addresses.
        let attackers = evidence.sources.prefix(2).map(\.failuresHere).reduce(0, +)
        #expect(attackers >= evidence.recentAttempts - 2)
    }

    @Test("budi's own wrong and old passwords from his usual place: his own mistakes")
    func ownTypos() throws {
        #expect(LockCause(try world.lockHistory(of: "budi.santoso")) == .ownMistakes)
    }

    @Test("no failures, no cause")
    func clean() throws {
        #expect(LockCause(try world.lockHistory(of: "eko.pratama")) == nil)
    }
}

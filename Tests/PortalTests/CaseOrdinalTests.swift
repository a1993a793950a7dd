import Portal
import Testing

@Suite("Case ordinals")
struct CaseOrdinalTests {
    func ordinalsFollowDeclaration<T: CaseOrdinal>(_: T.Type) -> Bool {
        T.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal }
    }

    @Test("every case's ordinal is its place in allCases, for each enum written by number")
    func ordinals() {
        #expect(ordinalsFollowDeclaration(EventKind.self))
        #expect(ordinalsFollowDeclaration(ReasonCode.self))
        #expect(ordinalsFollowDeclaration(Channel.self))
        #expect(ordinalsFollowDeclaration(Component.self))
        #expect(ordinalsFollowDeclaration(AccountKind.self))
        #expect(ordinalsFollowDeclaration(Verification.self))
    }
}

import Portal
import Testing
@testable import Simulation

@Suite("Person network")
struct PersonNetworkTests {
    @Test("a person's device label is the interpolated text", arguments: [
        (0, 0), (7, 1), (10, 2), (99, 9), (482, 1), (48_213, 12), (9_999_999, 3), (123_456_789, 0), (Int.max, 5),
        (-15, 4), (3, -7),
    ])
    func device(person: Int, k: Int) {
        #expect(PersonNetwork.device(person, k).description == "d\(person)-\(k % 10)")
    }

    @Test("a café PC's label is the interpolated text", arguments: [
        (0, 0), (12, 3), (250_000, 5), (Int.max, 10), (-1, 2), (4, -3),
    ])
    func cafeDevice(cafe: Int, pc: Int) {
        #expect(PersonNetwork.cafeDevice(cafe, pc).description == "cafe\(cafe)-pc\(pc)")
    }
}

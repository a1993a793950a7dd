import Portal
import Testing
@testable import Simulation

@Suite("Person network")
struct PersonNetworkTests {
    @Test("a person's device label is the interpolated text", arguments: [
        (0, 0), (7, 1), (9, 4), (10, 2), (99, 9), (482, 1), (48_213, 12), (9_999_999, 3), (10_000_000, 6), (99_999_999, 7),
        (100_000_000, 8), (123_456_789, 0), (Int.max, 5), (-15, 4), (3, -7),
    ])
    func device(person: Int, k: Int) {
        let text = "d\(person)-\(k % 10)"
        #expect(PersonNetwork.device(person, k).description == text)
        #expect(PersonNetwork.device(person, k) == DeviceLabel(text))
    }

    @Test("a device label is the interpolated text at every length and device digit")
    func deviceLengths() {
        var person = 0
        for _ in 0..<9 {
            for k in 0..<10 {
                let text = "d\(person)-\(k)"
                #expect(PersonNetwork.device(person, k) == DeviceLabel(text), "\(text)")
            }
            person = person * 10 + 9
        }
    }

    @Test("a café PC's label is the interpolated text", arguments: [
        (0, 0), (12, 3), (9, 10), (250_000, 5), (999_999, 999), (12_345_678, 9), (12_345_678, 10), (99_999_999, 99_999_999),
        (100_000_000, 1), (1, 100_000_000), (Int.max, 10), (-1, 2), (4, -3),
    ])
    func cafeDevice(cafe: Int, pc: Int) {
        let text = "cafe\(cafe)-pc\(pc)"
        #expect(PersonNetwork.cafeDevice(cafe, pc).description == text)
        #expect(PersonNetwork.cafeDevice(cafe, pc) == DeviceLabel(text))
    }
}

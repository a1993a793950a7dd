import Testing
@testable import Portal

@Suite("Familiar addresses and devices")
struct FamiliarSourcesTests {
    static let home = IPAddress(ipv4: 0x0A00_0001)
    static let cafe = IPAddress(ipv4: 0x0A00_0002)

    @Test("logins put their address and device first, most recent first, a few of each")
    func order() {
        var familiar = FamiliarSources()
        familiar.remember(ip: Self.home, device: "phone-1")
        #expect(familiar.ips == [Self.home] && familiar.devices == ["phone-1"])
        familiar.remember(ip: Self.cafe, device: "laptop-1")
        familiar.remember(ip: Self.home, device: "phone-1")
        #expect(familiar.ips == [Self.home, Self.cafe])
        #expect(familiar.devices == ["phone-1", "laptop-1"])
        for k in 0..<20 { familiar.remember(ip: nil, device: "d\(k)") }
        #expect(familiar.devices.count == FamiliarSources.capacity)
        #expect(familiar.devices.first == "d19")
        #expect(familiar.ips == [Self.home, Self.cafe])
    }

    // The older entries sit behind a shared reference: equality compares the lists, and
    // changing a copy leaves the original as it was.
    @Test("equal lists are equal however they were made, and copies are independent")
    func valueSemantics() {
        var remembered = FamiliarSources()
        remembered.remember(ip: Self.cafe, device: "laptop-1")
        remembered.remember(ip: Self.home, device: "phone-1")
        let stored = FamiliarSources(ips: [Self.home, Self.cafe], devices: ["phone-1", "laptop-1"])
        #expect(remembered == stored)
        #expect(FamiliarSources(ips: [], devices: []) == FamiliarSources())
        var copy = stored
        copy.remember(ip: Self.cafe, device: "laptop-1")
        #expect(copy.devices == ["laptop-1", "phone-1"])
        #expect(stored.devices == ["phone-1", "laptop-1"])
        #expect(copy != stored)
        // A repeated entry the store kept is dropped when it comes first again.
        var repeated = FamiliarSources(ips: [Self.home, Self.cafe, Self.cafe])
        repeated.remember(ip: Self.cafe, device: nil)
        #expect(repeated.ips == [Self.cafe, Self.home])
        #expect(repeated.knows(ip: Self.home) && !repeated.knows(device: "phone-1"))
    }
}

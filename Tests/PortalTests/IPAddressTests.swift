import Testing
@testable import Portal

@Suite("IP addresses")
struct IPAddressTests {
    @Test("parse and print in canonical form", arguments: [
        ("36.80.1.2", "36.80.1.2"), ("0.0.0.0", "0.0.0.0"), ("255.255.255.255", "255.255.255.255"),
        ("2001:db8::1", "2001:db8::1"), ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("::", "::"), ("::1", "::1"), ("fe80::1:0:0:1", "fe80::1:0:0:1"), ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("::ffff:36.80.1.2", "36.80.1.2"), ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"), ("1:0:0:4:0:0:0:8", "1:0:0:4::8"),
    ])
    func roundTrip(text: String, canonical: String) {
        #expect(IPAddress(text)?.description == canonical)
    }

    @Test("malformed addresses are refused", arguments: [
        "", "36.80.1", "36.80.1.256", "36.80.01.2", "1.2.3.4.5", "2001:db8:::1", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "localhost",
    ])
    func refused(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test("IPv4 is told apart from IPv6")
    func kinds() {
        #expect(IPAddress("36.80.1.2")?.isIPv4 == true)
        #expect(IPAddress("36.80.1.2")?.ipv4 == 0x2450_0102)
        #expect(IPAddress("2001:db8::1")?.isIPv4 == false)
    }
}

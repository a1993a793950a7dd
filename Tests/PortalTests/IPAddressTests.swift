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

@Suite("Event details and platform conditions")
struct EventDetailTests {
    @Test("details are written as key=value words and read back by key", arguments: [
        (EventDetail.failures(3, reset: true), "failures=3 reset=1"),
        (.lock(until: Instant(millisecondsSince1970: 1_000), failures: 5, lockouts: 1), "until=1000 failures=5 lockouts=1"),
        (.lock(until: nil, failures: 5, lockouts: 0), "failures=5 lockouts=0"),
        (.cleared(failures: 2, wasLocked: true), "failures=2 locked=1"),
        (.account(.foreigner, .pending), "kind=foreigner verification=pending"),
        (.clock(from: Instant(millisecondsSince1970: 5), by: .minutes(90)), "from=5 by=1h30m"),
        (.identifier(LoginFlow.loggable("ani wijaya")), "identifier=ani\\u{20}wijaya"),
        (.unknownKind(application: 7, kind: LoggedText(prefixOf: "visa-x")), "application=7 kind=visa-x"),
        (.attack(2), "attack=2"),
        (.ticket(channel: .hotline, category: .passwordReset), "channel=hotline category=password-reset"),
    ])
    func rendering(detail: EventDetail, text: String) {
        #expect(detail.description == text)
    }

    @Test("a detail reads its values by key")
    func valueByKey() {
        #expect(EventDetail.lock(until: nil, failures: 5, lockouts: 1).value("lockouts") == "1")
        #expect(EventDetail.ticket(channel: .email, category: .otp).value("category") == "otp")
        #expect(EventDetail.session(3).value("failures") == nil)
    }

    @Test("an event is plain data: copying one takes no reference count")
    func eventIsPlainData() {
        #expect(_isPOD(LoggedText.self))
        #expect(_isPOD(EventDetail.self))
        #expect(_isPOD(Event.self))
    }

    @Test("typed text keeps whole characters up to its capacity")
    func loggedTextCapacity() {
        #expect(LoggedText(prefixOf: String(repeating: "x", count: 100)).description == String(repeating: "x", count: LoggedText.capacity))
        #expect(LoggedText(prefixOf: String(repeating: "é", count: 40)).description == String(repeating: "é", count: 36))
        #expect(LoggedText(prefixOf: "ani") == LoggedText(prefixOf: "ani"))
        #expect(LoggedText(prefixOf: "ani") != LoggedText(prefixOf: "ani."))
    }

    @Test("conditions pack every component's status and read them back")
    func conditions() {
        var conditions = PlatformConditions()
        #expect(conditions.isAllUp)
        for (component, status) in zip(Component.allCases, ComponentStatus.allCases + ComponentStatus.allCases) {
            conditions.setDown(component, because: status)
        }
        for (component, status) in zip(Component.allCases, ComponentStatus.allCases + ComponentStatus.allCases) {
            #expect(conditions.outage(of: component) == status)
        }
        conditions.setDown(.auth, because: .majorOutage)
        #expect(conditions.outage(of: .auth) == .majorOutage)
        #expect(Component.allCases.map(\.index) == Array(0..<Component.allCases.count))
    }
}

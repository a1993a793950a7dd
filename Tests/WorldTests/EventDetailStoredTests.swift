import Portal
import Testing
@testable import World

@Suite("Event details read back from a world")
struct EventDetailStoredTests {
    static let at = Instant(millisecondsSince1970: 1_796_058_000_000)

    @Test("every detail reads back as a detail with the same text", arguments: [
        EventDetail.identifier(LoginFlow.loggable("ani wijaya@exmple.id")),
        .failures(3, reset: true), .failures(1, reset: false),
        .lock(until: at, failures: 5, lockouts: 1), .lock(until: nil, failures: 5, lockouts: 0),
        .cleared(failures: 2, wasLocked: true), .cleared(failures: 2, wasLocked: false),
        .sourceBlock(until: at, failures: 30), .session(12), .resend(2), .expectedDevice("phone-1"), .token(7),
        .account(.foreigner, .pending), .clock(from: at, by: .minutes(90)),
        .application(id: 4, kind: ApplicationKind.allCases[0]), .application(id: nil, kind: ApplicationKind.allCases[0]),
        .transition(application: 4, from: .draft, to: .submitted, by: .person, document: nil),
        .transition(application: 4, from: .submitted, to: .needsAction, by: .officer, document: DocumentKind.allCases[0]),
        .document(application: 4, id: 9, kind: DocumentKind.allCases[0]), .document(application: 4, id: nil, kind: DocumentKind.allCases[0]),
        .appointment(application: 4, id: 2, office: Office.allCases[0], at: at),
        .appointment(application: 4, id: nil, office: Office.allCases[0], at: at),
        .unknownKind(application: nil, kind: LoggedText(prefixOf: "visa?x")),
        .unknownKind(application: 4, kind: LoggedText(prefixOf: "")),
        .attack(-1), .attack(3), .ticket(channel: .form, category: .passwordReset),
    ])
    func roundTrip(detail: EventDetail) {
        #expect(EventDetail(stored: detail.description)?.description == detail.description)
    }

    @Test("text no detail writes does not read back", arguments: [
        "", "free text", "failures=x", "session=007", "attack=1 attack=2", "channel=pigeon category=otp",
        "identifier=" + String(repeating: "x", count: 100),
    ])
    func refusal(text: String) {
        #expect(EventDetail(stored: text) == nil)
    }
}

import Testing
import Portal
@testable import Simulation

/// The digest is part of the reproducibility contract: the details once kept as free text must
/// fold as their text did.
@Suite("Event encoding")
struct EventEncodingTests {
    @Test("text-born details fold as the FNV-1a of their written form")
    func textDetails() {
        let details: [EventDetail] = [
            .attack(0), .attack(7), .attack(-1), .attack(1_234_567_890), .attack(Int.min), .attack(Int.max),
            .unknownKind(application: nil, kind: LoginFlow.loggable("visa-tourist")),
            .unknownKind(application: 42, kind: LoginFlow.loggable("kitas ext\u{1}")),
            .unknownKind(application: -9, kind: LoggedText()),
        ] + ContactChannel.allCases.flatMap { channel in
            TicketCategory.allCases.map { EventDetail.ticket(channel: channel, category: $0) }
        }
        for detail in details {
            #expect(EventEncoding.foldText(detail) == EventEncoding.fold(detail.description), "\(detail)")
        }
    }
}

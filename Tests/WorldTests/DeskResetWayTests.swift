import Portal
import Testing
@testable import World

/// The audit wording of a desk reset is read back as it was written: the grader and a
/// continued run depend on it.
@Suite("DeskResetWay")
struct DeskResetWayTests {
    static func entry(_ detail: String, action: String = "reset-password", outcome: AuditEntry.Outcome = .done) -> AuditEntry {
        AuditEntry(seq: 1, at: Instant(millisecondsSince1970: 0), operatorName: "ani", role: "agent", action: action,
                   target: "joko.susilo", ticket: nil, detail: detail, outcome: outcome, previousHash: AuditEntry.genesis, hash: "")
    }

    @Test("each way, written and read back")
    func roundTrip() {
        for channel in [Channel.email, .sms] {
            for delivered in [true, false] {
                let detail = DeskResetWay.sentDetail(via: channel, to: "j***@example.id", isDelivered: delivered, endedSessions: 2)
                #expect(DeskResetWay(auditEntry: Self.entry(detail)) == DeskResetWay(channel))
            }
        }
        #expect(DeskResetWay(auditEntry: Self.entry(DeskResetWay.temporaryDetail(endedSessions: 1))) == .temporary)
        #expect(DeskResetWay.temporaryDetail(endedSessions: 1) == "set a temporary password; ended 1 session")
    }

    @Test("a refusal, or another action, is no reset")
    func notAReset() {
        let sent = DeskResetWay.sentDetail(via: .email, to: "j***@example.id", isDelivered: true, endedSessions: 0)
        #expect(DeskResetWay(auditEntry: Self.entry(sent, outcome: .refused)) == nil)
        #expect(DeskResetWay(auditEntry: Self.entry(sent, action: "unlock")) == nil)
        #expect(DeskResetWay(auditEntry: Self.entry("joko.susilo has no phone number on file")) == nil)
    }
}

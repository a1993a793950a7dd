import Testing
import World
@testable import Helpdesk

@Suite("Diagnosis: which way to send a reset")
struct ResetChannelTests {
    @Test("an SMS reset code that never came while the SMS gateway is still down: send a link by e-mail instead")
    func smsStillDown() throws {
        let world = try castWorld(hours: 3, #""incidents": [ { "at": "+1h", "component": "sms-gateway", "status": "major-outage", "for": "4h" } ], "#
            + ani(#"{ "at": "+2h", "do": "request-reset", "channel": "sms" }"#)).world
        let finding = try #require(try diagnose("ani.wijaya", in: world).findings.first)
        #expect(finding.cause == .resetPending || finding.cause == .resetExpired)
        #expect(finding.action.contains("apoa reset-password ani.wijaya --via email"))
        #expect(finding.action.contains("instead (the SMS gateway is still down)"))
    }

    @Test("once the gateway works again, the same way again")
    func smsBack() throws {
        let world = try castWorld(hours: 3, #""incidents": [ { "at": "+1h", "component": "sms-gateway", "status": "major-outage", "for": "90m" } ], "#
            + ani(#"{ "at": "+2h", "do": "request-reset", "channel": "sms" }"#)).world
        let finding = try #require(try diagnose("ani.wijaya", in: world).findings.first)
        #expect(finding.action.contains("apoa reset-password ani.wijaya --via sms"))
    }
}

import Portal
import Testing
import World
@testable import Helpdesk

@Suite("Diagnosis of the quickstart's cast")
struct QuickstartDiagnosisTests {
    let world: WorldStore

    init() throws {
        world = try SimulatedWorld.quickstartWorld()
    }

    @Test("each cast member's first finding is the trouble their script gave them (their ticket's true cause)", arguments: [
        ("ani.wijaya", Finding.Cause.otpUndeliveredOutage),
        ("budi.santoso", .lockedTemporary),
        ("citra.lestari", .lockedByAttack),
        ("dewi.putri", .compromised),
        ("eko.pratama", .unverifiedIdentity),
        ("jan.devries", .resetExpired),
        ("sofia.rossi", .applicationNeedsAction),
    ])
    func cast(who: String, cause: Finding.Cause) throws {
        let diagnosis = try diagnose(who, in: world)
        #expect(diagnosis.findings.first?.cause == cause, "\(diagnosis.findings.map(\.cause.rawValue))")
    }

    @Test("budi's lock ended by itself: said with its end, and no unlock is asked for")
    func endedLock() throws {
        let finding = try #require(try diagnose("budi.santoso", in: world).findings.first)
        #expect(finding.summary.contains("ended by itself at 2026-12-01 10:31:20 WIB"))
        #expect(finding.evidence.first == "5 wrong passwords from 2026-12-01 10:00 WIB to 2026-12-01 10:01:20 WIB from 182.9.139.233")
        #expect(!finding.action.contains("apoa unlock"))
    }

    @Test("citra: the attackers' addresses, her own try apart from them, and a reset before any unlock")
    func attack() throws {
        let finding = try #require(try diagnose("citra.lestari", in: world).findings.first)
        #expect(finding.evidence.contains { $0.hasPrefix("91.17.184.8: 68 failures here") })
        #expect(finding.evidence.contains { $0.hasPrefix("citra.lestari's own try was refused: 2026-12-01 09:45 WIB from 36.105.5.154") })
        #expect(finding.action.hasPrefix("Do not unlock into the attack: first reset the password — apoa reset-password citra.lestari --via sms"))
    }

    @Test("ani: the gateway's outage named, and the way back once it works again")
    func undelivered() throws {
        let finding = try #require(try diagnose("ani.wijaya", in: world).findings.first)
        #expect(finding.evidence.contains("sms-gateway major-outage from 2026-12-01 08:00 WIB to 2026-12-01 10:00 WIB (incident)"))
        #expect(finding.action == "Ask ani.wijaya to log in again now: the SMS gateway works again since 2026-12-01 10:00 WIB, so a new code will arrive.")
    }

    @Test("personal data is masked unless the operator may see it")
    func masking() throws {
        let evidence = try world.diagnosisEvidence(of: "ani.wijaya")
        let masked = Diagnosis(who: "ani.wijaya", evidence: evidence, showsPersonalData: false).findings[0].evidence.joined()
        let shown = Diagnosis(who: "ani.wijaya", evidence: evidence, showsPersonalData: true).findings[0].evidence.joined()
        #expect(masked.contains("+62 ***-****-7890") && !masked.contains("+6281234567890"))
        #expect(shown.contains("+6281234567890"))
        let eko = Diagnosis(who: "eko", evidence: try world.diagnosisEvidence(of: "eko.pratama"), showsPersonalData: false)
        #expect(eko.findings[0].evidence.contains("identity document on file: nik 3174********0005"))
    }
}

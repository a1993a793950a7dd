import Foundation
import Portal
import Testing
import World
@testable import Helpdesk

/// A small world for one cause: one random person who barely logs in and never calls, and the
/// cast given, from 00:00 WIB for `hours`.
func castWorld(hours: Int = 2, _ rest: String) throws -> SimulatedWorld {
    try SimulatedWorld("""
        { "name": "diagnosis", "seed": 5, "start": "2026-12-01T00:00:00+07:00", "duration": "\(hours)h",
          "population": { "users": 1 }, "load": { "sessionsPerUserPerDay": 0.1 }, "support": { "contactProbability": 0 },
          \(rest) }
        """)
}

/// The diagnosis of `who` as an operator who sees personal data.
func diagnose(_ who: String, in world: WorldStore) throws -> Diagnosis {
    try Diagnosis(who: who, evidence: world.diagnosisEvidence(of: who), showsPersonalData: true)
}

/// One cast member, `ani.wijaya` (a citizen with a phone), with `steps`.
func ani(_ steps: String) -> String {
    ani("", steps)
}

/// `ani.wijaya` with more `fields` (`"secondFactor": "sms"`) and `steps`.
func ani(_ fields: String, _ steps: String) -> String {
    """
    "cast": [ { "username": "ani.wijaya", "email": "ani@example.id", "phone": "+6281234567890",
                "document": "nik:3174015008900001"\(fields.isEmpty ? "" : ", " + fields), "script": [ \(steps) ] } ]
    """
}

@Suite("Diagnosis: a world per cause, the first finding")
struct DiagnosisTests {
    /// Each cause, with the world that shows it (the cast's script) and the hours the run lasts.
    static let causes: [(cause: Finding.Cause, hours: Int, scenario: String)] = [
        (.ok, 2, ani(#"{ "at": "+1h", "do": "login", "password": "correct" }"#)),
        (.unverifiedIdentity, 2, ani(#""verification": "pending""#, #"{ "at": "+1h", "do": "login", "password": "correct" }"#)),
        (.suspended, 2, ani(#""status": "suspended""#, #"{ "at": "+1h", "do": "login", "password": "correct" }"#)),
        (.lockedTemporary, 2, ani("""
            { "at": "+1h50m", "do": "login", "password": "wrong" }, { "at": "+20s", "do": "login", "password": "wrong" },
            { "at": "+20s", "do": "login", "password": "old" }, { "at": "+20s", "do": "login", "password": "wrong" },
            { "at": "+20s", "do": "login", "password": "wrong" }, { "at": "+1m", "do": "login", "password": "correct" }
            """)),
        (.lockedPermanent, 2, #""policy": { "bruteForce": { "mode": "permanent", "maxFailures": 3 } }, "# + ani("""
            { "at": "+1h", "do": "login", "password": "wrong" }, { "at": "+20s", "do": "login", "password": "wrong" },
            { "at": "+20s", "do": "login", "password": "wrong" }, { "at": "+1m", "do": "login", "password": "correct" }
            """)),
        (.lockedByAttack, 2, """
            "attacks": [ { "kind": "brute-force", "at": "+1h", "for": "30m", "targets": ["ani.wijaya"], "ips": 2, "attemptsPerAccount": 60 } ],
            """ + ani(#"{ "at": "+1h20m", "do": "login", "password": "correct" }"#)),
        (.otpUndeliveredOutage, 2, """
            "incidents": [ { "at": "+30m", "component": "sms-gateway", "status": "major-outage", "for": "1h" } ],
            """ + ani(#""secondFactor": "sms""#, #"{ "at": "+1h", "do": "login", "password": "correct", "otp": "correct" }"#)),
        (.otpFailed, 2, ani(#""secondFactor": "sms""#, """
            { "at": "+1h", "do": "login", "password": "correct", "otp": "wrong" },
            { "at": "+1m", "do": "login", "password": "correct", "otp": "wrong" }
            """)),
        (.maintenance, 2, """
            "maintenance": [ { "starts": "+30m", "for": "1h", "components": ["auth"] } ],
            """ + ani(#"{ "at": "+1h", "do": "login", "password": "correct" }"#)),
        (.serviceOutage, 2, """
            "incidents": [ { "at": "+30m", "component": "auth", "status": "major-outage", "for": "1h" } ],
            """ + ani(#"{ "at": "+1h", "do": "login", "password": "correct" }"#)),
        (.resetPending, 2, ani(#"{ "at": "+1h50m", "do": "request-reset", "channel": "email" }"#)),
        (.resetExpired, 2, ani(#"{ "at": "+1h", "do": "request-reset", "channel": "sms" }, { "at": "+45m", "do": "complete-reset" }"#)),
        (.noServerActivity, 2, ani(#"{ "at": "+1h", "do": "contact-support", "says": "Saya tidak bisa masuk." }"#)),
        (.compromised, 24, ani("""
            { "at": "+1h", "do": "login", "password": "correct" }, { "at": "+1h", "do": "visit-phishing-site" }
            """)),
        (.captchaFailures, 2, #""policy": { "captcha": { "mode": "always" } }, "# + ani("""
            { "at": "+1h", "do": "login", "password": "correct", "captcha": "fail" },
            { "at": "+1m", "do": "login", "password": "correct", "captcha": "fail" }
            """)),
        (.applicationNeedsAction, 6, """
            "cast": [ { "username": "sofia.rossi", "email": "sofia@example.it", "kind": "foreigner",
                        "document": ["passport:YA7654321", "kitas:2C11CD654321"], "script": [
              { "at": "+1h", "do": "login", "password": "correct" },
              { "at": "+2m", "do": "submit-application", "kind": "visa-extension" },
              { "at": "+1m", "do": "upload-document", "kind": "passport-scan", "format": "pdf", "sizeKB": 850 },
              { "at": "+1m", "do": "upload-document", "kind": "photo", "format": "jpg", "sizeKB": 400 },
              { "at": "+1m", "do": "upload-document", "kind": "sponsor-letter", "format": "pdf", "sizeKB": 300 },
              { "at": "+3h", "do": "upload-document", "kind": "sponsor-letter", "format": "jpg", "sizeKB": 2400 } ] } ]
            """),
        (.wrongPassword, 2, ani(#"{ "at": "+1h", "do": "login", "password": "wrong" }, { "at": "+30s", "do": "login", "password": "old" }"#)),
        (.sourceThrottled, 2, #""policy": { "captcha": { "mode": "off" }, "throttle": { "maxFailures": 2, "block": "1h" } }, "# + ani("""
            { "at": "+1h", "do": "login", "password": "wrong" }, { "at": "+30s", "do": "login", "password": "wrong" },
            { "at": "+30s", "do": "login", "password": "correct" }
            """)),
    ]

    @Test("the first finding names the cause the world was built to show", arguments: causes.indices)
    func firstFinding(index: Int) throws {
        let (cause, hours, scenario) = Self.causes[index]
        let world = try castWorld(hours: hours, scenario).world
        let who = scenario.contains("sofia.rossi") ? "sofia.rossi" : "ani.wijaya"
        let diagnosis = try diagnose(who, in: world)
        #expect(diagnosis.findings.first?.cause == cause, "\(diagnosis.findings.map { "\($0.cause.rawValue): \($0.summary)" })")
        #expect(diagnosis.findings.allSatisfy { !$0.summary.isEmpty && !$0.action.isEmpty })
    }

    @Test("a name no account has: unknown-account, with the closest names for staff only")
    func unknownAccount() throws {
        let world = try castWorld(ani(#"{ "at": "+1h", "do": "login", "password": "correct" }"#)).world
        let desk = try Desk(world: world, operatorName: "admin", action: "diagnose")
        let staff = try Diagnosis.of("ani.wijaja", in: world, for: desk)
        #expect(staff.evidence == nil)
        #expect(staff.findings.map(\.cause) == [.unknownAccount])
        #expect(staff.findings[0].evidence.contains("closest existing: ani.wijaya"))
        let anonymous = try Diagnosis.of("ani.wijaja", in: world, for: nil)
        #expect(anonymous.findings.map(\.cause) == [.unknownAccount])
        #expect(!anonymous.findings[0].evidence.joined().contains("ani.wijaya"))
    }

    @Test("must-change-password: the flag the desk's temporary password sets is reported")
    func mustChangePassword() throws {
        let world = try castWorld(ani(#"{ "at": "+1h", "do": "login", "password": "correct" }"#)).world
        var evidence = try world.diagnosisEvidence(of: "ani.wijaya")
        #expect(!evidence.mustChangePassword)
        // Stands in for `apoa reset-password --temporary`, which sets the column (being written beside this).
        evidence.mustChangePassword = true
        let diagnosis = Diagnosis(who: "ani.wijaya", evidence: evidence, showsPersonalData: true)
        #expect(diagnosis.findings.first?.cause == .mustChangePassword)
    }
}

@Suite("Diagnosis: trouble the person got past, and a password found by someone else")
struct DiagnosisHistoryTests {
    @Test("codes lost in an outage, a call, then a login once it was over: the call's cause first, said to be resolved")
    func resolvedCall() throws {
        let world = try castWorld(hours: 3, """
            "incidents": [ { "at": "+30m", "component": "sms-gateway", "status": "major-outage", "for": "1h" } ],
            """ + ani(#""secondFactor": "sms""#, """
            { "at": "+1h", "do": "login", "password": "correct", "otp": "correct" },
            { "at": "+5m", "do": "contact-support", "says": "Kode OTP tidak pernah masuk." },
            { "at": "+1h", "do": "login", "password": "correct", "otp": "correct" }
            """)).world
        let first = try #require(try diagnose("ani.wijaya", in: world).findings.first)
        #expect(first.cause == .otpUndeliveredOutage)
        #expect(first.summary.hasSuffix("Since resolved: ani.wijaya logged in at 2026-12-01 02:05 WIB from 36.111.121.177 (ani.wijaya-phone)."))
        #expect(first.evidence.last == "the call at 2026-12-01 01:05 WIB came of this")
        #expect(first.action.hasPrefix("Nothing to fix now"))
    }

    @Test("the right password from an address that failed against many accounts: compromised")
    func stuffing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-desk-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let world = try WorldStore.create(at: "\(directory)/world.sqlite", policy: .standard,
                                          start: Instant(millisecondsSince1970: 1_796_083_200_000), zone: .jakarta)
        var random = Xoshiro256StarStar(seed: 3)
        let password = "Merah-Putih-2026"
        let bot = IPAddress("185.220.1.7")
        for number in 1...LockCause.wideSourceAccounts {
            let name = "orang.\(number)"
            _ = try world.addAccount(NewAccount(username: try Username(name), email: try EmailAddress("\(name)@example.id"),
                                                kind: .citizen, documents: [], language: .indonesian, secondFactor: .none,
                                                verification: .unverified), password: password, random: &random)
            _ = try world.login(LoginRequest(identifier: name, password: "leaked-\(number)", ip: bot, device: "bot"), random: &random)
        }
        _ = try world.addAccount(NewAccount(username: try Username("ani.wijaya"), email: try EmailAddress("ani@example.id"),
                                            phone: try PhoneNumber("081234567890"), kind: .citizen,
                                            documents: [try IdentityDocument(parsing: "nik:3174015008900001")],
                                            language: .indonesian, secondFactor: .sms, verification: .verified),
                                 password: password, random: &random)
        let stolen = try world.login(LoginRequest(identifier: "ani.wijaya", password: password, ip: bot, device: "bot"), random: &random)
        #expect(stolen.outcome == .codeSent(channel: .sms, isDelivered: true, isResend: false))
        let first = try #require(try diagnose("ani.wijaya", in: world).findings.first)
        #expect(first.cause == .compromised)
        #expect(first.evidence.first?.hasSuffix("from 185.220.1.7 (bot): that address failed against 10 accounts (credential stuffing)") == true)
    }
}

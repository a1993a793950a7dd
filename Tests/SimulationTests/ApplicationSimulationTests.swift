import Foundation
import Portal
import Testing
@testable import Simulation
@testable import World

/// Applications in the simulation: what people and officers do, the cast's verbs, outages.
@Suite("Applications in the simulation")
struct ApplicationSimulationTests {
    static var quickstart: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("Scenarios/quickstart.json"), encoding: .utf8)
        }
    }

    @Test("quickstart: every state, passed and failed documents, every appointment status, read and unread notifications")
    func quickstartShowsEverything() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let world = try bench.run(try Self.quickstart).world
        let states = try world.rows("SELECT DISTINCT state FROM applications").compactMap { $0.text("state") }
        #expect(Set(states) == Set(ApplicationState.allCases.map(\.rawValue)))
        #expect(try world.count("SELECT count(*) FROM application_documents WHERE result = 'ok'") > 0)
        let failures = try world.rows("SELECT DISTINCT result FROM application_documents WHERE result != 'ok'")
            .compactMap { $0.text("result") }
        #expect(Set(failures).isSuperset(of: ["too-large", "unreadable", "wrong-format", "document-expired"]))
        let statuses = try world.rows("SELECT DISTINCT status FROM appointments").compactMap { $0.text("status") }
        #expect(Set(statuses) == ["booked", "attended", "missed", "cancelled"])
        #expect(try world.count("SELECT count(*) FROM notifications WHERE read_at IS NULL") > 0)
        #expect(try world.count("SELECT count(*) FROM notifications WHERE read_at IS NOT NULL") > 0)
        #expect(try world.count("SELECT count(*) FROM notifications WHERE topic = 'appointment-reminder'") > 0)
        // In the account's language.
        #expect(try world.count("""
            SELECT count(*) FROM notifications n JOIN accounts a ON a.id = n.account_id WHERE n.language != a.language
            """) == 0)
        // Nothing in the event log before the start, and the log's order is time order.
        #expect(try world.count("SELECT count(*) FROM events WHERE at < 1796058000000") == 0)
        #expect(try world.count("SELECT count(*) FROM events e JOIN events f ON f.seq = e.seq + 1 WHERE f.at < e.at") == 0)
        // Events made during the run, by people and officers, through the rules.
        for kind in ["application-created", "document-uploaded", "application-status-changed", "appointment-booked",
                     "appointment-attended", "appointment-missed"] {
            #expect(try world.count("SELECT count(*) FROM events WHERE kind = '\(kind)'") > 0, "\(kind)")
        }
        // sofia.rossi: her last upload failed its check, so the desk finds her application needing action.
        #expect(try world.story("sofia.rossi").suffix(3) == [
            "document-uploaded:wrong-format", "application-status-changed:document-check-failed", "ticket-opened:ok",
        ])
        #expect(try world.count("""
            SELECT count(*) FROM tickets t JOIN accounts a ON a.id = t.account_id
            WHERE a.username = 'sofia.rossi' AND t.true_cause = 'application-needs-action'
            """) == 1)
    }

    @Test("submit-application opens a draft; uploads attach documents and the last needed one submits it")
    func castVerbs() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 50, hours: 6, """
            "cast": [
              { "username": "putu.passport", "email": "putu@example.id", "document": "nik:5171015008900021", "script": [
                  { "at": "+1h", "do": "submit-application", "kind": "passport" },
                  { "at": "+1m", "do": "upload-document", "kind": "id-card", "format": "jpg", "sizeKB": 500 },
                  { "at": "+1m", "do": "upload-document", "kind": "family-card", "readable": false },
                  { "at": "+1m", "do": "upload-document", "kind": "family-card" },
                  { "at": "+1m", "do": "upload-document", "kind": "birth-certificate", "format": "png" },
                  { "at": "+1m", "do": "upload-document", "kind": "photo", "sizeKB": 3000 },
                  { "at": "+1m", "do": "upload-document", "kind": "photo", "format": "png" } ] },
              { "username": "nadia.visa", "email": "nadia@example.id", "document": "nik:5171015008900022", "script": [
                  { "at": "+1h", "do": "submit-application", "kind": "kitas" },
                  { "at": "+1m", "do": "upload-document", "kind": "photo" } ] }
            ]
            """)
        let world = try bench.run(json).world
        // Drafted, documents attached (two failing their checks), submitted with the last one
        // needed; an officer may take it up later in the run.
        #expect(try Array(world.story("putu.passport").prefix(8)) == [
            "application-created:ok", "document-uploaded:ok", "document-uploaded:unreadable", "document-uploaded:ok",
            "document-uploaded:ok", "document-uploaded:too-large", "document-uploaded:ok",
            "application-status-changed:submitted",
        ])
        // A citizen may not apply for a KITAS: refused by the rules, and her upload has nowhere to go.
        #expect(try world.story("nadia.visa") == ["application-refused:not-eligible"])
        #expect(try world.count("""
            SELECT count(*) FROM application_documents d JOIN applications p ON p.id = d.application_id
            JOIN accounts a ON a.id = p.account_id WHERE a.username = 'putu.passport'
            """) == 6)
    }

    @Test("threads 1 and 2 give the same digest with applications")
    func threadIndependence() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 2_000, hours: 30, """
            "incidents": [ { "at": "+9h", "component": "documents", "status": "partial-outage", "for": "2h" } ]
            """)
        let one = try bench.run(json, world: "one.sqlite", threads: 1)
        let two = try bench.run(json, world: "two.sqlite", threads: 2)
        #expect(one.summary.digest == two.summary.digest)
        #expect(try one.world.count("SELECT count(*) FROM applications") > 0)
        for table in ["applications", "application_documents", "appointments", "notifications"] {
            let sql = "SELECT count(*) FROM \(table)"
            #expect(try one.world.count(sql) == two.world.count(sql), "\(table)")
        }
    }

    @Test("an applications outage refuses submissions and new applications; a documents outage refuses uploads")
    func outages() throws {
        let bench = try SimulationBench()
        defer { bench.remove() }
        let json = scenario(users: 3_000, hours: 24, """
            "incidents": [ { "at": "+6h", "component": "applications", "status": "major-outage", "for": "10h" },
                           { "at": "+6h", "component": "documents", "status": "major-outage", "for": "10h" } ],
            "cast": [
              { "username": "wayan.outage", "email": "wayan@example.id", "document": "nik:5171015008900023", "script": [
                  { "at": "+7h", "do": "submit-application", "kind": "passport" } ] } ]
            """)
        let world = try bench.run(json).world
        #expect(try world.story("wayan.outage") == ["application-refused:service-outage"])
        #expect(try world.count("""
            SELECT count(*) FROM events WHERE kind = 'application-refused' AND reason = 'service-outage'
            AND component = 'applications'
            """) > 1)
        #expect(try world.count("""
            SELECT count(*) FROM events WHERE kind = 'document-refused' AND reason = 'service-outage' AND component = 'documents'
            """) > 0)
        // Nothing gets through while both are down.
        #expect(try world.count("""
            SELECT count(*) FROM events WHERE kind IN ('application-created', 'document-uploaded')
            AND at >= 1796079600000 AND at < 1796115600000
            """) == 0)
        #expect(try world.count("SELECT count(*) FROM tickets WHERE category = 'application'") > 0)
    }
}

@Suite("The application ledger's memory")
struct ApplicationLedgerMemoryTests {
    @Test("documents and notifications are kept in small plain records")
    func recordSizes() {
        #expect(MemoryLayout<DocumentRecord>.stride == 32)
        #expect(MemoryLayout<NotificationRecord>.stride <= 56, "\(MemoryLayout<NotificationRecord>.stride)")
        #expect(MemoryLayout<ApplicationFile>.stride <= 96, "\(MemoryLayout<ApplicationFile>.stride)")
    }
}

@Suite("The application file")
struct ApplicationFileTests {
    @Test("the missing document is the first required kind, in the kind's order, without a passed document",
          arguments: ApplicationKind.allCases)
    func missingDocument(kind: ApplicationKind) {
        var file = ApplicationFile(application: Application(
            id: 1, account: AccountID(1), kind: kind, state: .draft,
            stateSince: Instant(millisecondsSince1970: 0), createdAt: Instant(millisecondsSince1970: 0)))
        for passed in UInt16(0)..<UInt16(1 << DocumentKind.allCases.count) {
            file.passed = passed
            #expect(file.missingDocument == kind.requiredDocuments.first { passed & 1 << $0.number == 0 })
        }
    }

    @Test("a document kind's number names it")
    func documentNumbers() {
        for kind in DocumentKind.allCases { #expect(DocumentKind(number: kind.number) == kind) }
    }
}

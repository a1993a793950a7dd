import Foundation
import Testing
@testable import ApoaCLI

@Suite("Applications at the desk")
struct ApplicationCommandTests {
    static let jan = "account add jan.devries --kind foreigner --email jan@example.nl --document passport:NX1234567 --document kitas:2C11AB123456 --language en --verified --password-stdin"
    static let uploads = [
        "application upload 1 --document passport-scan --format pdf --size-kb 800 --expires 2030-01-01T00:00:00+07:00",
        "application upload 1 --document photo --format jpg --size-kb 300",
        "application upload 1 --document sponsor-letter --format pdf --size-kb 500",
        "application upload 1 --document proof-of-funds --format pdf --size-kb 900",
    ]

    /// A world with Jan and his KITAS application #1, every document passed; submitted when asked.
    static func desk(submitted: Bool = true) throws -> Desk {
        let desk = try Desk()
        desk.run("init")
        desk.run(jan, input: "Tulip-Fields-88\n")
        desk.run("application new jan.devries --kind kitas")
        for upload in uploads { desk.run(upload) }
        if submitted { desk.run("application submit 1") }
        return desk
    }

    @Test("a KITAS by hand: new, uploads, submit, review, a request, the fix, approval")
    func byHand() throws {
        let desk = try Self.desk(submitted: false)
        defer { desk.remove() }
        #expect(desk.run("application submit 1").out == "application #1 submitted: it waits for an officer (usually within 7d)\n")
        #expect(desk.run("application move 1 --to under-review --by officer").out
            == "application #1: submitted → under-review by officer (review-started)\n")
        #expect(desk.run("application move 1 --to needs-action --by officer --reason documents-requested --document proof-of-funds").status == 0)
        #expect(desk.run("application upload 1 --document proof-of-funds --format pdf --size-kb 1200").out == """
            document #5: proof-of-funds (pdf, 1200 KB) — ok
            application #1 is submitted

            """)
        desk.run("application move 1 --to under-review --by officer")
        #expect(desk.run("application move 1 --to approved --by officer").status == 0)
        let show = desk.run("application show 1").out
        #expect(show.hasPrefix("application #1  kitas  (jan.devries)\n  state          approved since 2026-12-01 08:00 WIB\n"))
        #expect(show.contains("  fee            Rp 3.500.000\n"))
        #expect(show.contains("""
            application-status-changed  documents-requested  officer  under-review → needs-action  proof-of-funds  \
            the officer asks for a further or better document
            """))
        #expect(show.contains("application-status-changed  action-completed     system   needs-action → submitted"))
        #expect(show.contains("application-status-changed  approved             officer  under-review → approved"))
        #expect(!show.contains(" \n"))
    }

    @Test("an unknown application or document kind is a usage error listing the kinds, and its refusal is logged", arguments: [
        ("application new jan.devries --kind kitass",
         "--kind: expected one of visa-extension, kitas, kitap, reentry-permit, passport, e-voa, found 'kitass'",
         "application-refused unknown-kind kind=kitass"),
        ("application upload 1 --document selfie --format jpg --size-kb 10",
         "--document: expected one of passport-scan, photo, sponsor-letter, proof-of-funds, return-ticket, stay-permit, id-card, family-card, birth-certificate, found 'selfie'",
         "document-refused unknown-kind application=1 kind=selfie"),
    ])
    func unknownKind(arguments: String, message: String, logged: String) throws {
        let desk = try Self.desk(submitted: false)
        defer { desk.remove() }
        let before = desk.run("application list jan.devries --json").out
        let result = desk.run(arguments)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: \(message)\nUsage: apoa application "))
        let last = desk.run("events").out.split(separator: "\n").last.map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(last?.joined(separator: " ").hasSuffix("jan.devries " + logged) == true)
        #expect(desk.run("application list jan.devries --json").out == before)
    }

    @Test("an unknown format, state, actor or office is a usage error that lists the allowed values", arguments: [
        ("application upload 1 --document photo --format gif --size-kb 10", "--format: expected one of pdf, jpg, png, found 'gif'"),
        ("application upload 1 --document photo --format jpg --size-kb 0", "--size-kb: expected a whole number of kilobytes ≥ 1, found '0'"),
        ("application move 1 --to done --by officer",
         "--to: expected one of draft, submitted, under-review, needs-action, approved, rejected, withdrawn, found 'done'"),
        ("application move 1 --to approved --by clerk", "--by: expected one of person, officer, system, found 'clerk'"),
        ("application move 1 --to approved --by officer --reason ok",
         "--reason: expected one of review-started, documents-requested, approved, requirements-not-met, action-deadline-passed, withdrawn, found 'ok'"),
        ("application move 1 --to needs-action --by system", "--reason: needed for a move to needs-action by system"),
        ("application move 1 --to needs-action --by officer",
         "--document: needed with documents-requested: the document the officer asks for"),
        ("application book 1 --office bogor --at 2026-12-03T09:00:00+07:00",
         "--office: expected one of jakarta-selatan, jakarta-pusat, soekarno-hatta, surabaya, denpasar, medan, makassar, found 'bogor'"),
        ("application book 1 --office medan --at 2026-12-03T09:00:00",
         "--at: expected a time with a zone offset, like 2026-12-01T08:00:00+07:00, found '2026-12-03T09:00:00'"),
        ("application show seven", "ID: expected an application number like 7, found 'seven'"),
    ])
    func usage(arguments: String, message: String) throws {
        let desk = try Self.desk(submitted: false)
        defer { desk.remove() }
        let before = desk.run("events --json").out
        let result = desk.run(arguments)
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("apoa: error: \(message)\nUsage: apoa application "))
        #expect(desk.run("events --json").out == before)
    }

    @Test("a refusal exits 1 with its reason and meaning; the refusal is in the event log and nothing else changed")
    func refusals() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        let before = desk.run("application show 1 --json").out
        let large = desk.run("application upload 1 --document photo --format jpg --size-kb 20000")
        #expect(large.status == 1)
        #expect(large.err == "apoa: error: refused (upload-too-large): the file is over the upload form's limit of 10240 KB for any document\n")
        let forbidden = desk.run("application move 1 --to approved --by officer")
        #expect(forbidden.status == 1)
        #expect(forbidden.err == """
            apoa: error: refused (transition-not-allowed): the workflow does not let the officer move application #1 from \
            submitted to approved for approved; allowed from submitted: under-review by officer (review-started), needs-action \
            by system (document-check-failed|appointment-missed), withdrawn by person (withdrawn)

            """)
        let events = desk.run("events jan.devries").out
        #expect(events.contains("document-refused            upload-too-large"))
        #expect(events.contains("application-refused         transition-not-allowed"))
        let after = desk.run("application show 1 --json").out
        // Only the history grew.
        #expect(after.components(separatedBy: "\"history\"")[0] == before.components(separatedBy: "\"history\"")[0])
        desk.run("application move 1 --to withdrawn --by person")
        let closed = desk.run("application upload 1 --document photo --format jpg --size-kb 300")
        #expect(closed.err == "apoa: error: refused (application-closed): application #1 is withdrawn: nothing more can be done to it\n")
        #expect(desk.run("application show 9").err == "apoa: error: no application #9 (see 'apoa application list WHO')\n")
    }

    @Test("a failed check after submission: the list and show say what to fix, in both languages")
    func needsAction() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run("application upload 1 --document photo --format jpg --size-kb 3000").out == """
            document #5: photo (jpg, 3000 KB) — too-large
              Upload the photo again, at most 1024 KB.
            application #1 is needs-action

            """)
        #expect(desk.run("application list jan.devries").out == """
            ID  KIND   STATE         SINCE                 FEE           NEEDED
            1   kitas  needs-action  2026-12-01 08:00 WIB  Rp 3.500.000  photo: too-large since 2026-12-01 08:00 WIB

            """)
        #expect(desk.run("application show 1").out.contains("""
              action needed  photo: too-large since 2026-12-01 08:00 WIB
                             id: Unggah ulang photo berukuran paling besar 1024 KB.
                             en: Upload the photo again, at most 1024 KB.
              deadline       2026-12-31 08:00 WIB (from then the application may be rejected: action-deadline-passed)
            """))
    }

    @Test("moving the clock past the 30-day action deadline rejects the application, notifies the person and says so")
    func deadlineOnClockAdvance() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        desk.run("application upload 1 --document photo --format jpg --size-kb 3000")
        #expect(desk.run("clock advance 29d").out == "2026-12-30 08:00 WIB  (2026-12-30T08:00:00+07:00, Asia/Jakarta)\n")
        #expect(desk.run("application list jan.devries").out.contains("needs-action"))
        let due = desk.run("clock advance 1d")
        #expect(due.out.hasSuffix("rejected 1 application left in needs-action for 30d (action-deadline-passed): #1\n"))
        #expect(desk.run("application show 1").out.contains("needs-action → rejected"))
        #expect(desk.run("notifications jan.devries").out.contains("rejected"))
        #expect(desk.run("audit list --limit 1").out.contains("rejected 1 application past the action deadline"))
    }

    @Test("an application waiting on the office longer than usual is marked stuck; before its visit is booked it waits on the person")
    func stuck() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        desk.run("clock advance 8d")
        #expect(desk.run("application list jan.devries").out.contains("the person to book a visit (biometrics)"))
        #expect(desk.run("application list jan.devries --json").out.contains("\"visitToBook\": \"biometrics\""))
        desk.run("application book 1 --office medan --at 2026-12-10T09:00:00+07:00")
        #expect(desk.run("application list jan.devries").out.contains("stuck: waiting 8d, usually 7d"))
        #expect(desk.run("application list jan.devries --json").out.contains("\"isStuck\": true"))
    }

    @Test("applications in a state for at least a time, across accounts")
    func byState() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        desk.run("application book 1 --office medan --at 2026-12-02T09:00:00+07:00")
        desk.run("clock advance 8d")
        #expect(desk.run("application list --state submitted --for 8d").out.hasPrefix("""
            ID  ACCOUNT      KIND   STATE      SINCE                 FEE           NEEDED
            1   jan.devries  kitas  submitted  2026-12-01 08:00 WIB  Rp 3.500.000  stuck: waiting 8d, usually 7d
            """))
        #expect(desk.run("application list --state submitted --for 9d").out
            == "no applications in submitted for 9d or more\n")
        #expect(desk.run("application list --state submitted --before 2026-12-01T08:00:00+07:00").out.hasPrefix("no applications"))
        #expect(desk.run("application list --state under-review").out == "no applications in under-review\n")
        #expect(desk.run("application list").err.hasPrefix("apoa: error: give WHO, or --state to list the applications in a state\n"))
    }

    @Test("booking, a missed visit, a new booking")
    func appointments() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run("application book 1 --office makassar --at 2026-12-03T09:00:00+07:00").out
            == "appointment #1: biometrics at Kantor Imigrasi Kelas I Khusus Makassar on 2026-12-03 09:00 WIB\n")
        desk.run("clock advance 3d")
        #expect(desk.run("application attend 1 --appointment 1 --missed").out
            == "appointment #1: missed; application #1 is needs-action\n")
        let past = desk.run("application book 1 --office makassar --at 2026-12-03T09:00:00+07:00")
        #expect(past.status == 1)
        #expect(past.err.hasPrefix("apoa: error: refused (appointment-in-past): "))
        desk.run("application book 1 --office makassar --at 2026-12-05T09:00:00+07:00")
        #expect(desk.run("application show 1 --json").out.contains("\"state\": \"submitted\""))
    }

    @Test("notifications are in the account's language; --unread and --mark-read work the inbox")
    func notifications() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run("notifications jan.devries --unread --mark-read").out == """
            #1  2026-12-01 08:00 WIB  status-changed  application #1  unread
                Application #1 (kitas) was submitted and awaits review.

            """)
        #expect(desk.run("notifications jan.devries --unread").out == "no unread notifications for jan.devries\n")
        desk.run("account update jan.devries --language id")
        desk.run("application move 1 --to under-review --by officer")
        let json = desk.run("notifications jan.devries --unread --json").out
        #expect(json.contains("\"text\": \"Your profile was changed (language). If this was not you, contact support.\""))
        #expect(json.contains("\"text\": \"Permohonan #1 (kitas) sedang diperiksa petugas.\""))
    }

    @Test("a profile change is an event per field")
    func profile() throws {
        let desk = try Self.desk()
        defer { desk.remove() }
        #expect(desk.run("account update jan.devries --email jan.d@example.nl --phone 081211112222").out
            == "jan.devries: e-mail jan@example.nl → jan.d@example.nl; phone none → +6281211112222\n")
        let events = desk.run("events jan.devries").out
        #expect(events.contains("profile-changed             email-changed"))
        #expect(events.contains("profile-changed             phone-changed"))
        #expect(desk.run("account update jan.devries").status == 64)
        #expect(desk.run("account update jan.devries --email nope").err.hasPrefix("apoa: error: --email: invalid e-mail address 'nope'"))
    }
}

import Portal
import Testing
@testable import World

/// A world with Jan (a verified foreigner, English) and Ani (a verified citizen, Indonesian).
private struct ApplicantWorld {
    let directory: TemporaryDirectory
    let world: WorldStore
    let jan: Account
    let ani: Account

    init() throws {
        directory = try TemporaryDirectory()
        world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 1)
        ani = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        jan = try world.addAccount(try Fixtures.jan(), password: "Tulip-Fields-88", random: &random)
    }

    static let passportExpiry = Instant(millisecondsSince1970: 1_893_456_000_000)  // 2030-01-01

    /// Uploads that pass every check, one per kind a KITAS needs.
    static let kitasDocuments = [
        DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 800, expires: passportExpiry),
        DocumentUpload(kind: .photo, format: .jpg, sizeKB: 300),
        DocumentUpload(kind: .sponsorLetter, format: .pdf, sizeKB: 500),
        DocumentUpload(kind: .proofOfFunds, format: .pdf, sizeKB: 900),
    ]

    /// Jan's KITAS application with every document passed, submitted.
    func submittedKitas() throws -> Application {
        let draft = try world.createApplication(for: "jan.devries", kind: .kitas)
        for upload in Self.kitasDocuments { _ = try world.uploadDocument(upload, to: draft.id) }
        return try world.submitApplication(draft.id)
    }

    /// Every event kind and reason since `seq`.
    func events(after seq: Int64) throws -> [String] {
        try world.events(for: nil).filter { $0.seq > seq }.map { "\($0.event.kind.rawValue) \($0.event.reason.rawValue)" }
    }

    func lastSeq() throws -> Int64 { try world.events(for: nil).last?.seq ?? 0 }

    func remove() { directory.remove() }
}

@Suite("Applications in the world")
struct ApplicationStoreTests {
    @Test("a verified foreigner opens a draft; a citizen asking for a KITAS is refused, leaving only the event")
    func create() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan@example.nl", kind: .kitas)
        #expect(draft.state == .draft && draft.id == 1 && draft.createdAt == Fixtures.start)
        let seq = try setup.lastSeq()
        #expect(throws: WorldError.applicationRefused(.notEligible,
                                                      why: "citizens may apply only for a passport; kitas is for foreigners")) {
            try setup.world.createApplication(for: "ani.wijaya", kind: .kitas)
        }
        #expect(try setup.world.applications(of: setup.ani.id).isEmpty)
        #expect(try setup.events(after: seq) == ["application-refused not-eligible"])
        #expect(try setup.world.createApplication(for: "ani.wijaya", kind: .passport).id == 2)
    }

    @Test("a failed check on a draft is stored with its result; only submitting needs every kind passed")
    func draftUploads() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan.devries", kind: .kitas)
        let photo = try setup.world.uploadDocument(DocumentUpload(kind: .photo, format: .pdf, sizeKB: 300), to: draft.id)
        #expect(photo.result == .wrongFormat)
        let big = try setup.world.uploadDocument(DocumentUpload(kind: .sponsorLetter, format: .pdf, sizeKB: 6_000), to: draft.id)
        #expect(big.result == .tooLarge)
        let blurred = try setup.world.uploadDocument(
            DocumentUpload(kind: .passportScan, format: .jpg, sizeKB: 700, isReadable: false), to: draft.id)
        #expect(blurred.result == .unreadable)
        let expiring = try setup.world.uploadDocument(
            DocumentUpload(kind: .passportScan, format: .jpg, sizeKB: 700, expires: Fixtures.start + .days(90)), to: draft.id)
        #expect(expiring.result == .documentExpired)
        let detail = try setup.world.applicationDetail(draft.id)
        #expect(detail.application.state == .draft)
        #expect(detail.documents.map(\.result) == [.wrongFormat, .tooLarge, .unreadable, .documentExpired])
    }

    @Test("an upload over the form's limit, of a kind not required, or to a closed application is refused: an event, no row")
    func refusedUploads() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan.devries", kind: .kitas)
        let seq = try setup.lastSeq()
        #expect(throws: WorldError.applicationRefused(.uploadTooLarge,
                                                      why: "the file is over the upload form's limit of 10240 KB for any document")) {
            try setup.world.uploadDocument(DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 20_000), to: draft.id)
        }
        #expect(throws: WorldError.applicationRefused(.documentNotRequired, why: """
            application #1 (kitas) neither requires nor was asked for a return-ticket (it requires passport-scan, photo, \
            sponsor-letter, proof-of-funds)
            """)) {
            try setup.world.uploadDocument(DocumentUpload(kind: .returnTicket, format: .pdf, sizeKB: 100), to: draft.id)
        }
        _ = try setup.world.moveApplication(draft.id, to: .withdrawn, by: .person, reason: .withdrawn)
        #expect(throws: WorldError.applicationRefused(.applicationClosed,
                                                      why: "application #1 is withdrawn: nothing more can be done to it")) {
            try setup.world.uploadDocument(DocumentUpload(kind: .photo, format: .jpg, sizeKB: 100), to: draft.id)
        }
        #expect(try setup.world.applicationDetail(draft.id).documents.isEmpty)
        #expect(try setup.events(after: seq) == [
            "document-refused upload-too-large", "document-refused document-not-required",
            "application-status-changed withdrawn", "document-refused application-closed",
        ])
    }

    @Test("submitting needs every required document passed; the refusal names the first one missing")
    func submit() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan.devries", kind: .kitas)
        for upload in ApplicantWorld.kitasDocuments where upload.kind != .photo { _ = try setup.world.uploadDocument(upload, to: draft.id) }
        _ = try setup.world.uploadDocument(DocumentUpload(kind: .photo, format: .jpg, sizeKB: 4_000), to: draft.id)
        #expect(throws: WorldError.applicationRefused(.documentsIncomplete,
                                                      why: "every required document must pass its checks before submitting; missing: photo")) {
            try setup.world.submitApplication(draft.id)
        }
        #expect(try setup.world.applicationDetail(draft.id).history.last?.document == .photo)
        _ = try setup.world.uploadDocument(DocumentUpload(kind: .photo, format: .png, sizeKB: 400), to: draft.id)
        let submitted = try setup.world.submitApplication(draft.id)
        #expect(submitted.state == .submitted && submitted.submittedAt == Fixtures.start)
        #expect(throws: WorldError.applicationRefused(.transitionNotAllowed,
                                                      why: "only a draft can be submitted; application #1 is submitted")) {
            try setup.world.submitApplication(draft.id)
        }
        // Jan's inbox speaks English.
        #expect(try setup.world.notifications(of: setup.jan.id).map(\.text)
            == ["Application #1 (kitas) was submitted and awaits review."])
    }

    @Test("review, a request for a document, the fix, approval: the history has each move's reason, actor and rule")
    func workflow() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let id = try setup.submittedKitas().id
        _ = try setup.world.advanceClock(by: .hours(2))
        _ = try setup.world.moveApplication(id, to: .underReview, by: .officer, reason: .reviewStarted)
        let asked = try setup.world.moveApplication(id, to: .needsAction, by: .officer, reason: .documentsRequested,
                                                    document: .proofOfFunds)
        #expect(asked.actionNeeded == [ActionItem(document: .proofOfFunds, reason: .documentsRequested,
                                                  since: Fixtures.start + .hours(2))])
        _ = try setup.world.uploadDocument(DocumentUpload(kind: .proofOfFunds, format: .pdf, sizeKB: 1_200), to: id)
        #expect(try setup.world.applicationDetail(id).application.state == .submitted)
        _ = try setup.world.moveApplication(id, to: .underReview, by: .officer, reason: .reviewStarted)
        let approved = try setup.world.moveApplication(id, to: .approved, by: .officer, reason: .approved)
        #expect(approved.state == .approved)
        let moves = try setup.world.applicationDetail(id).history.filter { $0.kind == .applicationStatusChanged }
        #expect(moves.map { "\($0.from!.rawValue)>\($0.to!.rawValue) \($0.actor.rawValue) \($0.reason.rawValue)" } == [
            "draft>submitted person submitted", "submitted>under-review officer review-started",
            "under-review>needs-action officer documents-requested", "needs-action>submitted system action-completed",
            "submitted>under-review officer review-started", "under-review>approved officer approved",
        ])
        #expect(moves.allSatisfy { $0.rule != nil })
        #expect(moves[2].document == .proofOfFunds)
    }

    @Test("a move the workflow forbids is refused: the event is logged, the application unchanged", arguments: [
        (ApplicationState.approved, ApplicationActor.officer, ReasonCode.approved),
        (.underReview, .person, .reviewStarted),
        (.needsAction, .officer, .documentsRequested),
        (.submitted, .system, .actionCompleted),
        (.rejected, .system, .actionDeadlinePassed),
    ])
    func forbidden(to state: ApplicationState, by actor: ApplicationActor, reason: ReasonCode) throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan.devries", kind: .kitas)
        let seq = try setup.lastSeq()
        #expect(throws: WorldError.applicationRefused(.transitionNotAllowed, why: """
            the workflow does not let the \(actor.rawValue) move application #1 from draft to \(state.rawValue) for \
            \(reason.rawValue); allowed from draft: submitted by person (submitted), withdrawn by person (withdrawn)
            """)) {
            try setup.world.moveApplication(draft.id, to: state, by: actor, reason: reason,
                                            document: reason == .documentsRequested ? .photo : nil)
        }
        #expect(try setup.world.applicationDetail(draft.id).application == draft)
        #expect(try setup.events(after: seq) == ["application-refused transition-not-allowed"])
        #expect(try setup.world.notifications(of: setup.jan.id).isEmpty)
    }

    @Test("a failed check after submission: needs-action, and the attention hook says which document, what failed, since when")
    func attention() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let id = try setup.submittedKitas().id
        _ = try setup.world.advanceClock(by: .hours(1))
        let bad = try setup.world.uploadDocument(DocumentUpload(kind: .photo, format: .png, sizeKB: 2_000), to: id)
        #expect(bad.result == .tooLarge)
        let found = try setup.world.applicationsNeedingAttention(setup.jan.id)
        #expect(found.count == 1)
        #expect(found.first?.application.state == .needsAction)
        #expect(found.first?.isStuck == false)
        let item = try #require(found.first?.actionNeeded.first)
        #expect(item.item == ActionItem(document: .photo, reason: .tooLarge, since: Fixtures.start + .hours(1)))
        #expect(item.failedUpload == bad)
        #expect(item.item.fix.english == "Upload the photo again, at most 1024 KB.")
        #expect(try setup.world.notifications(of: setup.jan.id).last?.text
            == "Application #1 (kitas) needs action: Upload the photo again, at most 1024 KB.")
    }

    @Test("an application waiting on the office longer than its kind's usual processing is stuck, and found by state and time")
    func stuck() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let id = try setup.submittedKitas().id
        // Until its biometrics visit is booked, a KITAS waits on the person, not the office.
        #expect(try setup.world.applicationsNeedingAttention(setup.jan.id).map(\.visitToBook) == [.biometrics])
        _ = try setup.world.bookAppointment(for: id, at: .jakartaSelatan, slot: Fixtures.start + .days(2))
        _ = try setup.world.advanceClock(by: .days(7))
        #expect(try setup.world.applicationsNeedingAttention(setup.jan.id).isEmpty)  // exactly the usual time: not yet
        _ = try setup.world.advanceClock(by: .hours(1))
        let found = try setup.world.applicationsNeedingAttention(setup.jan.id)
        #expect(found.map(\.application.id) == [id])
        #expect(found.first?.waiting == .days(7) + .hours(1))
        #expect(try setup.world.applications(in: .submitted, enteredBefore: Fixtures.start + .minutes(1)).map(\.id) == [id])
        #expect(try setup.world.applications(in: .submitted, enteredBefore: Fixtures.start).isEmpty)
        #expect(try setup.world.applications(in: .underReview, enteredBefore: Fixtures.start + .days(30)).isEmpty)
    }

    @Test("an office at its daily capacity on the slot's local day refuses the booking; the next local day has room")
    func officeFull() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let id = try setup.submittedKitas().id
        // Makassar takes 50 a day; fill 2026-12-03 (WIB) with other bookings.
        for _ in 0..<Office.makassar.dailyCapacity {
            try setup.world.connection.run("""
                INSERT INTO appointments (application_id, office, purpose, at, day, status, booked_at)
                VALUES (?, 'makassar', 'biometrics', 0, '2026-12-03', 'booked', 0)
                """, [id])
        }
        let lateThatDay = try Instant(iso8601: "2026-12-03T23:30:00+07:00")
        let seq = try setup.lastSeq()
        #expect(throws: WorldError.applicationRefused(.officeFull, why: "makassar has all 50 appointments of 2026-12-03 booked")) {
            try setup.world.bookAppointment(for: id, at: .makassar, slot: lateThatDay)
        }
        #expect(try setup.events(after: seq) == ["appointment-refused office-full"])
        // 00:30 WIB on the 4th is still the 3rd in UTC: the world's zone decides the day.
        let nextDay = try Instant(iso8601: "2026-12-04T00:30:00+07:00")
        let booked = try setup.world.bookAppointment(for: id, at: .makassar, slot: nextDay)
        #expect(booked.purpose == .biometrics && booked.status == .booked)
        #expect(try setup.world.connection.scalar("SELECT day FROM appointments WHERE id = ?", [booked.id]).textValue == "2026-12-04")
        #expect(try setup.world.notifications(of: setup.jan.id).last?.topic == .appointmentBooked)
    }

    @Test("a missed appointment puts the application in needs-action; booking a new one sends it back")
    func missedAppointment() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let id = try setup.submittedKitas().id
        let slot = Fixtures.start + .days(1)
        let first = try setup.world.bookAppointment(for: id, at: .jakartaSelatan, slot: slot)
        _ = try setup.world.advanceClock(by: .days(1) + .hours(1))
        #expect(try setup.world.recordAttendance(of: first.id, for: id, attended: false).status == .missed)
        let waiting = try setup.world.applicationDetail(id).application
        #expect(waiting.state == .needsAction)
        #expect(waiting.actionNeeded.map(\.reason) == [.appointmentMissed])
        let seq = try setup.lastSeq()
        #expect(throws: WorldError.applicationRefused(.transitionNotAllowed, why: "appointment #1 is already missed")) {
            try setup.world.recordAttendance(of: first.id, for: id, attended: true)
        }
        #expect(try setup.events(after: seq) == ["appointment-refused transition-not-allowed"])
        #expect(throws: WorldError.unknownAppointment(9, application: id)) {
            try setup.world.recordAttendance(of: 9, for: id, attended: true)
        }
        _ = try setup.world.bookAppointment(for: id, at: .jakartaSelatan, slot: slot + .days(2))
        #expect(try setup.world.applicationDetail(id).application.state == .submitted)
        #expect(throws: WorldError.applicationRefused(.appointmentInPast, why: """
            the slot 2026-12-01 07:00 WIB is not after the world clock (2026-12-02 08:00 WIB)
            """)) {
            try setup.world.bookAppointment(for: id, at: .jakartaSelatan, slot: Fixtures.start)
        }
    }

    @Test("an e-VoA needs no office visit")
    func noAppointment() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan.devries", kind: .evoa)
        #expect(throws: WorldError.applicationRefused(.noAppointmentNeeded, why: "an e-voa application needs no office visit")) {
            try setup.world.bookAppointment(for: draft.id, at: .denpasar, slot: Fixtures.start + .days(1))
        }
        #expect(throws: WorldError.unknownApplication(99)) { try setup.world.applicationDetail(99) }
    }

    @Test("a profile change is one event per field, notified in the language the account had; a taken e-mail is refused")
    func profile() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let seq = try setup.lastSeq()
        let changed = try setup.world.changeProfile(of: "ani.wijaya", email: try EmailAddress("ani.w@example.id"),
                                                    language: .english)
        #expect(changed.email.value == "ani.w@example.id" && changed.language == .english)
        #expect(try setup.events(after: seq) == ["profile-changed email-changed", "profile-changed language-changed"])
        let notice = try #require(try setup.world.notifications(of: setup.ani.id).last)
        #expect(notice.language == .indonesian && notice.text.hasPrefix("Profil Anda diubah (e-mail, language)."))
        #expect(throws: WorldError.duplicate(field: "e-mail", value: "jan@example.nl")) {
            try setup.world.changeProfile(of: "ani.wijaya", email: try EmailAddress("jan@example.nl"))
        }
        #expect(try setup.world.changeProfile(of: "ani.wijaya", language: .english) == changed)  // nothing changes: no event
        #expect(try setup.events(after: seq).count == 2)
    }

    @Test("notifications are read by the person opening the inbox")
    func readNotifications() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        _ = try setup.submittedKitas()
        let id = try setup.world.applications(of: setup.jan.id)[0].id
        _ = try setup.world.moveApplication(id, to: .underReview, by: .officer, reason: .reviewStarted)
        let all = try setup.world.notifications(of: setup.jan.id)
        #expect(all.count == 2 && all.allSatisfy { !$0.isRead })
        #expect(try setup.world.markNotificationsRead(of: setup.jan.id, ids: [all[0].id]) == 1)
        #expect(try setup.world.notifications(of: setup.jan.id, unreadOnly: true).map(\.id) == [all[1].id])
        #expect(try setup.world.markNotificationsRead(of: setup.jan.id) == 1)
        #expect(try setup.world.notifications(of: setup.jan.id, unreadOnly: true).isEmpty)
    }

    @Test("the desk reads the world's component history: during applications maintenance a submission is refused")
    func componentHistory() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let draft = try setup.world.createApplication(for: "jan.devries", kind: .kitas)
        for upload in ApplicantWorld.kitasDocuments { _ = try setup.world.uploadDocument(upload, to: draft.id) }
        try setup.world.connection.run("""
            INSERT INTO component_status (component, starts_at, ends_at, status, cause) VALUES ('applications', ?, ?, 'under-maintenance', 'test')
            """, [Fixtures.start.millisecondsSince1970, (Fixtures.start + .hours(1)).millisecondsSince1970])
        #expect(throws: WorldError.self) { try setup.world.submitApplication(draft.id) }
        #expect(try setup.events(after: setup.lastSeq() - 1) == ["application-refused maintenance"])
        #expect(try setup.world.applicationDetail(draft.id).application.state == .draft)
        try setup.world.advanceClock(by: .hours(1))
        #expect(try setup.world.submitApplication(draft.id).state == .submitted)
    }

    @Test("one visit at a time; withdrawing frees the booked slot; attendance waits for the visit's time")
    func bookingsFollowTheApplication() throws {
        let setup = try ApplicantWorld()
        defer { setup.remove() }
        let id = try setup.submittedKitas().id
        let slot = Fixtures.start + .days(1)
        let first = try setup.world.bookAppointment(for: id, at: .medan, slot: slot)
        #expect(throws: WorldError.applicationRefused(.alreadyBooked,
                                                      why: "application #\(id) already has a visit booked that is still to come")) {
            try setup.world.bookAppointment(for: id, at: .medan, slot: slot + .days(1))
        }
        #expect(throws: WorldError.self) { try setup.world.recordAttendance(of: first.id, for: id, attended: false) }
        #expect(try setup.events(after: setup.lastSeq() - 1) == ["appointment-refused appointment-not-due"])
        #expect(try setup.world.bookings(at: .medan, on: slot) == 1)
        _ = try setup.world.moveApplication(id, to: .withdrawn, by: .person, reason: .withdrawn)
        #expect(try setup.world.applicationDetail(id).appointments.map(\.status) == [.cancelled])
        #expect(try setup.world.bookings(at: .medan, on: slot) == 0)
    }
}

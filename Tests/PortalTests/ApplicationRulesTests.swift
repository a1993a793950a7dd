import Testing
@testable import Portal

/// Creating, submitting, fixing and booking: what the person lives through.
@Suite("Application rules")
struct ApplicationRulesTests {
    static let now = Instant(millisecondsSince1970: 1_796_083_200_000)
    static let rules = ApplicationRules()

    static func account(_ kind: AccountKind, verification: Verification = .verified) throws -> Account {
        Account(id: AccountID(7), username: try Username("john.smith"), email: try EmailAddress("john@example.com"),
                kind: kind, language: .english, verification: verification, createdAt: now - .days(30))
    }

    static func passing(_ kind: DocumentKind) -> DocumentUpload {
        DocumentUpload(kind: kind, format: kind.formats[0], sizeKB: 200, expires: now + .days(900))
    }

    /// A KITAS application with every required document passed, submitted and under review.
    static func underReview(events: inout EventList, notifications: inout [Notification]) throws -> Application {
        var application = try rules.create(id: 1, for: try account(.foreigner), kind: .kitas, at: now, conditions: .allUp,
                                           events: &events).get()
        var documents: [StoredDocument] = []
        for (number, kind) in ApplicationKind.kitas.requiredDocuments.enumerated() {
            documents.append(try rules.upload(passing(kind), id: Int64(number), to: &application, at: now, conditions: .allUp,
                                              events: &events, notifications: &notifications).get())
        }
        #expect(rules.submit(&application, documents: documents, at: now, conditions: .allUp, events: &events,
                             notifications: &notifications) == .done)
        #expect(rules.move(&application, to: .underReview, by: .officer, reason: .reviewStarted, at: now + .hours(2),
                           events: &events, notifications: &notifications) == .done)
        return application
    }

    @Test("citizens may apply only for passports, foreigners for everything else, and only when verified")
    func eligibility() throws {
        for kind in ApplicationKind.allCases {
            for holder in [AccountKind.citizen, .foreigner] {
                var events = EventList()
                let result = Self.rules.create(id: 1, for: try Self.account(holder), kind: kind, at: Self.now,
                                               conditions: .allUp, events: &events)
                let fits = (kind == .passport) == (holder == .citizen)
                #expect(((try? result.get()) != nil) == fits, "\(holder) applying for \(kind.rawValue)")
                #expect(events.events.map(\.kind) == [fits ? .applicationCreated : .applicationRefused])
            }
        }
        var events = EventList()
        let pending = Self.rules.create(id: 1, for: try Self.account(.citizen, verification: .pending), kind: .passport,
                                        at: Self.now, conditions: .allUp, events: &events)
        #expect(pending == .failure(ApplicationRules.Refusal(reason: .unverifiedIdentity)))
    }

    @Test("a draft cannot be submitted until every required document has passed; the first missing is named")
    func incompleteSubmission() throws {
        var events = EventList()
        var notifications: [Notification] = []
        var application = try Self.rules.create(id: 1, for: try Self.account(.citizen), kind: .passport, at: Self.now,
                                                conditions: .allUp, events: &events).get()
        let photo = try Self.rules.upload(DocumentUpload(kind: .photo, format: .png, sizeKB: 2_000), id: 5, to: &application,
                                          at: Self.now, conditions: .allUp, events: &events, notifications: &notifications).get()
        let outcome = Self.rules.submit(&application, documents: [photo], at: Self.now, conditions: .allUp, events: &events,
                                        notifications: &notifications)
        #expect(outcome == .refused(.documentsIncomplete))
        #expect(application.state == .draft)
        #expect(events.events.last?.detail?.value("document") == "id-card")
    }

    @Test("submitting with a hasPassed question refuses and names the first missing kind as the Set form does")
    func submissionByQuestion() throws {
        for passed in [Set<DocumentKind>(), [.idCard], [.idCard, .familyCard, .birthCertificate], Set(DocumentKind.allCases)] {
            var created = EventList()
            var bySet = try Self.rules.create(id: 1, for: try Self.account(.citizen), kind: .passport, at: Self.now,
                                              conditions: .allUp, events: &created).get()
            var byQuestion = bySet
            var setEvents = EventList(), questionEvents = EventList()
            var setNotifications: [Notification] = [], questionNotifications: [Notification] = []
            let setOutcome = Self.rules.submit(&bySet, passed: passed, at: Self.now, conditions: .allUp, events: &setEvents,
                                               notifications: &setNotifications)
            let questionOutcome = Self.rules.submit(&byQuestion, hasPassed: { passed.contains($0) }, at: Self.now,
                                                    conditions: .allUp, events: &questionEvents,
                                                    notifications: &questionNotifications)
            #expect(questionOutcome == setOutcome)
            #expect(byQuestion == bySet)
            #expect(questionEvents.events == setEvents.events)
            #expect(questionNotifications == setNotifications)
        }
    }

    @Test("submission is refused while the applications component is down")
    func submissionDuringOutage() throws {
        var down = PlatformConditions()
        down.setDown(.applications, because: .majorOutage)
        var application = Application(id: 1, account: AccountID(7), kind: .evoa, state: .draft, stateSince: Self.now,
                                      createdAt: Self.now)
        var events = EventList()
        var notifications: [Notification] = []
        #expect(Self.rules.submit(&application, documents: [], at: Self.now, conditions: down, events: &events,
                                  notifications: &notifications) == .refused(.serviceOutage))
        #expect(events.events.first?.component == .applications)
    }

    @Test("a failed check after submission puts the application in needs-action with what to fix; a good upload sends it back")
    func failedCheckThenFix() throws {
        var events = EventList()
        var notifications: [Notification] = []
        var application = try Self.underReview(events: &events, notifications: &notifications)
        notifications = []
        _ = Self.rules.upload(DocumentUpload(kind: .photo, format: .jpg, sizeKB: 300, isReadable: false), id: 9,
                              to: &application, at: Self.now + .hours(3), conditions: .allUp, events: &events,
                              notifications: &notifications)
        #expect(application.state == .needsAction)
        #expect(application.actionNeeded == [ActionItem(document: .photo, reason: .unreadable, since: Self.now + .hours(3))])
        #expect(notifications.map(\.topic) == [.actionNeeded])
        #expect(notifications.first?.text.english.contains("readable photo") == true)
        _ = Self.rules.upload(Self.passing(.photo), id: 10, to: &application, at: Self.now + .hours(4), conditions: .allUp,
                              events: &events, notifications: &notifications)
        #expect(application.state == .submitted)
        #expect(application.submittedAt == Self.now + .hours(4))
        #expect(application.actionNeeded.isEmpty)
        #expect(events.events.last?.reason == .actionCompleted)
    }

    @Test("a requested document not among the kind's required ones may be uploaded once asked for")
    func requestedDocument() throws {
        var events = EventList()
        var notifications: [Notification] = []
        var application = try Self.underReview(events: &events, notifications: &notifications)
        application = Application(id: 1, account: AccountID(7), kind: .visaExtension, state: .underReview,
                                  stateSince: Self.now, createdAt: Self.now, submittedAt: Self.now)
        #expect(Self.rules.move(&application, to: .needsAction, by: .officer, reason: .documentsRequested,
                                document: .returnTicket, at: Self.now, events: &events, notifications: &notifications) == .done)
        let stored = Self.rules.upload(Self.passing(.returnTicket), id: 12, to: &application, at: Self.now + .hours(1),
                                       conditions: .allUp, events: &events, notifications: &notifications)
        #expect((try? stored.get())?.passed == true)
        #expect(application.state == .submitted)
    }

    @Test("an application is stuck once it has waited on the office longer than its kind usually takes")
    func stuck() {
        let application = Application(id: 1, account: AccountID(7), kind: .visaExtension, state: .underReview,
                                      stateSince: Self.now, createdAt: Self.now, submittedAt: Self.now)
        #expect(!application.isStuck(at: Self.now + .days(3), visit: nil))
        #expect(application.isStuck(at: Self.now + .days(3) + .minutes(1), visit: nil))
        let decided = Application(id: 1, account: AccountID(7), kind: .visaExtension, state: .approved,
                                  stateSince: Self.now, createdAt: Self.now, submittedAt: Self.now)
        #expect(!decided.isStuck(at: Self.now + .days(30), visit: nil))
    }

    @Test("a kind that needs a visit waits on the person until one is booked: not stuck, but a visit to book")
    func visitToBook() {
        let passport = Application(id: 1, account: AccountID(7), kind: .passport, state: .underReview,
                                   stateSince: Self.now, createdAt: Self.now, submittedAt: Self.now)
        let late = Self.now + .days(10)
        for visit in [nil, AppointmentStatus.missed, .cancelled] {
            #expect(passport.visitToBook(visit: visit) == .biometrics)
            #expect(!passport.isStuck(at: late, visit: visit))
        }
        for visit in [AppointmentStatus.booked, .attended] {
            #expect(passport.visitToBook(visit: visit) == nil)
            #expect(passport.isStuck(at: late, visit: visit))
        }
    }

    @Test("the newest upload of a kind counts at submission: a later failure undoes an earlier pass")
    func newestUploadCounts() throws {
        var events = EventList()
        var notifications: [Notification] = []
        var application = Application(id: 1, account: AccountID(7), kind: .evoa, state: .draft, stateSince: Self.now,
                                      createdAt: Self.now)
        var documents: [StoredDocument] = []
        for (number, kind) in ApplicationKind.evoa.requiredDocuments.enumerated() {
            documents.append(try Self.rules.upload(Self.passing(kind), id: Int64(number), to: &application, at: Self.now,
                                                   conditions: .allUp, events: &events, notifications: &notifications).get())
        }
        documents.append(try Self.rules.upload(DocumentUpload(kind: .photo, format: .pdf, sizeKB: 100), id: 9, to: &application,
                                               at: Self.now + .minutes(1), conditions: .allUp, events: &events,
                                               notifications: &notifications).get())
        #expect(Self.rules.submit(&application, documents: documents, at: Self.now + .minutes(2), conditions: .allUp,
                                  events: &events, notifications: &notifications) == .refused(.documentsIncomplete))
        #expect(events.events.last?.detail?.value("document") == "photo")
    }

    @Test("appointments: only for kinds that need one, not in the past, not past the office's capacity")
    func booking() throws {
        var events = EventList()
        var notifications: [Notification] = []
        var kitas = try Self.underReview(events: &events, notifications: &notifications)
        let slot = Self.now + .days(2)
        func book(_ application: inout Application, at: Instant = slot, booked: Int = 0) -> ReasonCode {
            switch Self.rules.book(id: 4, for: &application, office: .medan, at: at, bookedThatDay: booked, current: nil, now: Self.now,
                                   events: &events, notifications: &notifications, when: "3 Des 09:00 WIB") {
            case .success: .ok
            case .failure(let refusal): refusal.reason
            }
        }
        var evoa = Application(id: 2, account: AccountID(7), kind: .evoa, state: .submitted, stateSince: Self.now,
                               createdAt: Self.now, submittedAt: Self.now)
        #expect(book(&evoa) == .noAppointmentNeeded)
        #expect(book(&kitas, at: Self.now - .hours(1)) == .appointmentInPast)
        #expect(book(&kitas, booked: Office.medan.dailyCapacity) == .officeFull)
        #expect(events.events.suffix(3).allSatisfy { $0.kind == .appointmentRefused })
        #expect(book(&kitas, booked: Office.medan.dailyCapacity - 1) == .ok)
        #expect(notifications.last?.topic == .appointmentBooked)
        let upcoming = Appointment(id: 4, application: kitas.id, office: .medan, purpose: .biometrics, at: slot)
        let second = Self.rules.book(id: 5, for: &kitas, office: .medan, at: slot + .days(1), bookedThatDay: 0, current: upcoming,
                                     now: Self.now, events: &events, notifications: &notifications, when: "later")
        #expect(second == .failure(ApplicationRules.Refusal(reason: .alreadyBooked)))
    }

    @Test("a booking's notice made with the zone reads as the one made with the written time")
    func bookingNoticeInZone() throws {
        var events = EventList()
        var written: [Notification] = []
        var shown: [Notification] = []
        var first = try Self.underReview(events: &events, notifications: &written)
        var second = first
        let slot = Self.now + .days(2)
        let a = Self.rules.book(id: 4, for: &first, office: .medan, at: slot, bookedThatDay: 0, current: nil, now: Self.now,
                                events: &events, notifications: &written, when: slot.display(in: .jakarta))
        let b = Self.rules.book(id: 4, for: &second, office: .medan, at: slot, bookedThatDay: 0, current: nil, now: Self.now,
                                events: &events, notifications: &shown, zone: .jakarta)
        #expect(a == b)
        #expect(first == second)
        let booked = try #require(shown.last)
        let bookedWritten = try #require(written.last)
        #expect(booked.topic == .appointmentBooked)
        #expect(booked.text == bookedWritten.text)
        #expect(booked.text.text(in: .english).contains(slot.display(in: .jakarta)))
    }

    @Test("a missed appointment needs a new booking; booking again sends the application back to the queue")
    func missedAppointment() throws {
        var events = EventList()
        var notifications: [Notification] = []
        var application = try Self.underReview(events: &events, notifications: &notifications)
        var appointment = try Self.rules.book(id: 4, for: &application, office: .denpasar, at: Self.now + .days(1),
                                              bookedThatDay: 0, current: nil, now: Self.now, events: &events,
                                              notifications: &notifications, when: "tomorrow").get()
        #expect(Self.rules.keep(&appointment, attended: false, application: &application, at: Self.now + .hours(1),
                                events: &events, notifications: &notifications) == .refused(.appointmentNotDue))
        #expect(Self.rules.keep(&appointment, attended: false, application: &application, at: Self.now + .days(1) + .hours(1),
                                events: &events, notifications: &notifications) == .done)
        #expect(appointment.status == .missed)
        #expect(application.state == .needsAction)
        #expect(application.actionNeeded.map(\.reason) == [.appointmentMissed])
        #expect(Self.rules.keep(&appointment, attended: true, application: &application, at: Self.now + .days(2),
                                events: &events, notifications: &notifications) == .refused(.transitionNotAllowed))
        _ = try Self.rules.book(id: 5, for: &application, office: .denpasar, at: Self.now + .days(3), bookedThatDay: 0,
                                current: appointment, now: Self.now + .days(2), events: &events, notifications: &notifications, when: "later").get()
        #expect(application.state == .submitted)
    }

    @Test("notifications carry both languages; the person reads theirs")
    func bilingualNotifications() throws {
        var events = EventList()
        var notifications: [Notification] = []
        _ = try Self.underReview(events: &events, notifications: &notifications)
        #expect(notifications.map(\.topic) == [.statusChanged, .statusChanged])
        #expect(notifications.last?.text.text(in: .indonesian).contains("sedang diperiksa") == true)
        #expect(notifications.last?.text.text(in: .english).contains("being reviewed") == true)
    }

    @Test("changing the e-mail or phone is an event and a notification; removing the phone of an SMS account is refused")
    func profileChanges() throws {
        var account = try Self.account(.citizen, verification: .unverified)
        var events = EventList()
        let notice = try account.changeProfile(email: try EmailAddress("john.smith@example.org"), language: .indonesian,
                                               at: Self.now, events: &events)
        #expect(events.events.map(\.reason) == [.emailChanged, .languageChanged])
        #expect(events.events.allSatisfy { $0.kind == .profileChanged })
        #expect(notice?.topic == .profileChanged)
        #expect(account.email.value == "john.smith@example.org")
        #expect(try account.changeProfile(email: account.email, at: Self.now, events: &events) == nil)
        var sms = account
        sms.phone = try PhoneNumber("081234567890")
        sms.secondFactor = .sms
        let before = sms
        #expect(throws: PortalError.self) { try sms.changeProfile(phone: .some(nil), at: Self.now, events: &events) }
        #expect(sms == before)
    }

    @Test("an application kind requires exactly the documents it lists, for every kind and document")
    func requiresMatchesRequiredDocuments() {
        for kind in ApplicationKind.allCases {
            for document in DocumentKind.allCases {
                #expect(kind.requires(document) == kind.requiredDocuments.contains(document), "\(kind) \(document)")
            }
        }
    }
}

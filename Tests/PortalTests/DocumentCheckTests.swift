import Testing
@testable import Portal

/// Every document check, in the order the portal runs them, and the refusals that store nothing.
@Suite("Document checks")
struct DocumentCheckTests {
    static let now = Instant(millisecondsSince1970: 1_796_083_200_000)

    @Test("each check fails on its own fault, and the first failing one is reported",
          arguments: [
              (DocumentUpload(kind: .photo, format: .jpg, sizeKB: 800), ReasonCode.ok),
              (DocumentUpload(kind: .photo, format: .pdf, sizeKB: 800), .wrongFormat),
              (DocumentUpload(kind: .sponsorLetter, format: .png, sizeKB: 300), .wrongFormat),
              (DocumentUpload(kind: .photo, format: .png, sizeKB: 1_025), .tooLarge),
              (DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 5_121), .tooLarge),
              (DocumentUpload(kind: .idCard, format: .jpg, sizeKB: 900, isReadable: false), .unreadable),
              (DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 900, expires: now + .days(179)), .documentExpired),
              (DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 900, expires: now - .days(3)), .documentExpired),
              (DocumentUpload(kind: .stayPermit, format: .jpg, sizeKB: 900, expires: now + .days(100)), .documentExpired),
              (DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 900, expires: now + .days(181)), .ok),
              (DocumentUpload(kind: .familyCard, format: .pdf, sizeKB: 900, expires: now - .days(3)), .ok),
              // Several faults: the format is checked first, then the size, then readability.
              (DocumentUpload(kind: .photo, format: .pdf, sizeKB: 9_000, isReadable: false), .wrongFormat),
              (DocumentUpload(kind: .photo, format: .jpg, sizeKB: 9_000, isReadable: false), .tooLarge),
              (DocumentUpload(kind: .passportScan, format: .pdf, sizeKB: 900, isReadable: false, expires: now), .unreadable),
          ])
    func checks(upload: DocumentUpload, expected: ReasonCode) {
        #expect(upload.check(at: Self.now) == expected)
    }

    @Test("every failed check tells the person what to fix, in both languages")
    func fixes() {
        for reason in [ReasonCode.wrongFormat, .tooLarge, .unreadable, .documentExpired, .documentsRequested] {
            let fix = reason.fix(for: .photo)
            #expect(fix != nil)
            #expect(fix?.indonesian.isEmpty == false && fix?.english.isEmpty == false)
        }
        #expect(ReasonCode.tooLarge.fix(for: .photo)?.english.contains("1024 KB") == true)
        #expect(ReasonCode.ok.fix(for: .photo) == nil)
    }

    static func draft(_ state: ApplicationState = .draft) -> Application {
        Application(id: 3, account: AccountID(7), kind: .visaExtension, state: state, stateSince: now, createdAt: now)
    }

    static func upload(_ upload: DocumentUpload, to application: inout Application,
                       conditions: PlatformConditions = .allUp) -> (Result<StoredDocument, ApplicationRules.Refusal>, [Event]) {
        var events = EventList()
        var notifications: [Notification] = []
        let result = ApplicationRules().upload(upload, id: 11, to: &application, at: now, conditions: conditions,
                                               events: &events, notifications: &notifications)
        return (result, events.events)
    }

    @Test("refused before storing: a closed application, a kind not needed, a file over the upload limit, documents down")
    func refusals() {
        var documentsDown = PlatformConditions()
        documentsDown.setDown(.documents, because: .underMaintenance)
        let cases: [(ApplicationState, DocumentUpload, PlatformConditions, ReasonCode)] = [
            (.withdrawn, DocumentUpload(kind: .photo, format: .jpg, sizeKB: 100), .allUp, .applicationClosed),
            (.approved, DocumentUpload(kind: .photo, format: .jpg, sizeKB: 100), .allUp, .applicationClosed),
            (.draft, DocumentUpload(kind: .birthCertificate, format: .pdf, sizeKB: 100), .allUp, .documentNotRequired),
            (.draft, DocumentUpload(kind: .photo, format: .jpg, sizeKB: 10_241), .allUp, .uploadTooLarge),
            (.draft, DocumentUpload(kind: .photo, format: .jpg, sizeKB: 100), documentsDown, .maintenance),
        ]
        for (state, file, conditions, reason) in cases {
            var application = Self.draft(state)
            let before = application
            let (result, events) = Self.upload(file, to: &application, conditions: conditions)
            #expect(result == .failure(ApplicationRules.Refusal(reason: reason)))
            #expect(application == before)
            #expect(events.map(\.kind) == [.documentRefused])
            #expect(events.first?.reason == reason)
        }
    }

    @Test("within the upload limit but over the kind's own, the file is stored and fails too-large")
    func overKindLimitIsStored() {
        var application = Self.draft()
        let (result, events) = Self.upload(DocumentUpload(kind: .photo, format: .jpg, sizeKB: 4_000), to: &application)
        #expect((try? result.get())?.result == .tooLarge)
        #expect(events.map(\.kind) == [.documentUploaded])
        #expect(events.first?.reason == .tooLarge)
        #expect(application.state == .draft)
    }

    @Test("a kind accepts exactly the formats it lists, for every kind and format")
    func acceptsMatchesFormats() {
        for kind in DocumentKind.allCases {
            for format in DocumentFormat.allCases {
                #expect(kind.accepts(format) == kind.formats.contains(format), "\(kind) \(format)")
            }
        }
    }
}

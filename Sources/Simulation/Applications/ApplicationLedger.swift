import Portal

/// A partition's applications and everything about them, kept only for the people who have
/// one: at ten million people a few per cent do, so nothing here is per person.
///
/// Each person has at most one file: the application they work on now. A new application
/// moves the old one (closed, or in the rare case of a cast script, still open) to `earlier`,
/// as it stands. Documents, appointments and notifications are appended as they happen, in
/// the partition's own order, and written in that order at the end.
///
/// A class: the partition owns it and never copies it.
final class ApplicationLedger {
    /// The current application of each person who has one, by local index.
    let files = FlatTable<UInt32, ApplicationFile>()
    /// Applications a newer one replaced in their person's file.
    var earlier: [Application] = []
    var documents: [DocumentRecord] = []
    var appointments: [BookedAppointment] = []
    var notifications: [NotificationRecord] = []
    /// Bookings so far per office and local day (`officeDayKey`), in this partition.
    let officeDays = FlatTable<UInt32, UInt16>()
    /// The rules' notifications of one step, before they are kept as records (reused).
    var scratch: [Notification] = []
    /// Mixed with a person's number: who has an application at the start, and their office.
    var salt: UInt64 = 0

    /// The key of an office's day in `officeDays`.
    static func officeDayKey(_ office: Office, day: Int64) -> UInt32 {
        UInt32(office.number) << 24 | UInt32(truncatingIfNeeded: day) & 0xFF_FFFF
    }
}

/// One person's current application, compactly: the application as the rules see it, which
/// document kinds have passed, the current booking, and numbers for the ids the person's
/// next application, document or appointment gets.
struct ApplicationFile {
    var application: Application
    /// Bit `DocumentKind.number`: a document of that kind passed on this application.
    var passed: UInt16 = 0
    /// The current booking (an index into `ApplicationLedger.appointments`), or -1.
    var appointment: Int32 = -1
    /// The person's newest notification (an index into `ApplicationLedger.notifications`), or
    /// -1; each record points to the one before.
    var lastNotification: Int32 = -1
    /// How many of the person's notifications are unread (so a login with none walks nothing).
    var unread: UInt16 = 0
    /// How many applications, documents and appointments the person has had (their ids).
    var applicationsMade: UInt16 = 1
    var documentsMade: UInt16 = 0
    var appointmentsMade: UInt16 = 0
    /// The officer's current step: a scheduled step carrying another token is stale.
    var token: UInt16 = 0
    /// Steps refused in a row because `applications` or `documents` was down.
    var outageRefusals: UInt8 = 0

    init(application: Application) {
        self.application = application
    }

    func hasPassed(_ kind: DocumentKind) -> Bool { passed & 1 << kind.number != 0 }

    /// The first required kind without a passed document, if any. Through the required kinds'
    /// numbers packed in one integer (`requiredNumbers`): `requiredDocuments` hands out an
    /// array, retained and released, on every call (about 100 instructions a call, 49,000
    /// calls at 100,000 people).
    var missingDocument: DocumentKind? {
        var numbers = application.kind.requiredNumbers
        while numbers != 0 {
            let number = UInt16(truncatingIfNeeded: numbers & 0xF) &- 1
            if passed & 1 << number == 0 { return DocumentKind(number: number) }
            numbers >>= 4
        }
        return nil
    }

    /// Ids: the person's number in the high bits, a count in the low ones.
    static func applicationID(person: Int, number: UInt16) -> Int64 { Int64(person + 1) << 8 | Int64(number & 0xFF) }
    static func documentID(person: Int, number: UInt16) -> Int64 { Int64(person + 1) << 12 | Int64(number & 0xFFF) }
    static func appointmentID(person: Int, number: UInt16) -> Int64 { Int64(person + 1) << 8 | Int64(number & 0xFF) }
}

/// A stored document in 32 bytes rather than `StoredDocument`'s 72: at ten million people
/// there are millions of them.
struct DocumentRecord {
    let uploadedAt: Int64
    /// `Int64.min` when the upload has no expiry.
    let expires: Int64
    let sizeKB: Int32
    let local: UInt32
    /// The document's and its application's numbers among the person's (their ids).
    let number: UInt16
    let applicationNumber: UInt16
    let kind: DocumentKind
    let format: DocumentFormat
    let result: ReasonCode
    let isReadable: Bool

    init(_ document: StoredDocument, local: UInt32, number: UInt16, applicationNumber: UInt16) {
        uploadedAt = document.uploadedAt.millisecondsSince1970
        expires = document.upload.expires?.millisecondsSince1970 ?? .min
        sizeKB = Int32(clamping: document.upload.sizeKB)
        self.local = local
        self.number = number
        self.applicationNumber = applicationNumber
        kind = document.upload.kind
        format = document.upload.format
        result = document.result
        isReadable = document.upload.isReadable
    }

    /// The document as the world stores it; `person` is the global index of `local`.
    func stored(person: Int) -> StoredDocument {
        StoredDocument(
            id: ApplicationFile.documentID(person: person, number: number),
            application: ApplicationFile.applicationID(person: person, number: applicationNumber),
            upload: DocumentUpload(kind: kind, format: format, sizeKB: Int(sizeKB), isReadable: isReadable,
                                   expires: expires == .min ? nil : Instant(millisecondsSince1970: expires)),
            uploadedAt: Instant(millisecondsSince1970: uploadedAt), result: result)
    }
}

/// An appointment as booked, with who booked it and when.
struct BookedAppointment {
    var appointment: Appointment
    let local: UInt32
    let bookedAt: Int64
}

/// A notification without its text: enough to write the text again at the end, in the
/// account's language (two strings per notification would be most of the ledger's memory).
/// Plain fields, largest first, so it takes 56 bytes.
struct NotificationRecord {
    let at: Int64
    /// When the person read it; `Int64.min` while unread.
    var readAt: Int64
    let application: Int64
    /// For a `needs-action` notice, since when the portal waits (with `actionReason`).
    let actionSince: Int64
    let local: UInt32
    /// The person's notification before this one, or -1.
    let previous: Int32
    /// For an appointment notice: the booking (an index into `ApplicationLedger.appointments`), else -1.
    let appointment: Int32
    let topic: NotificationTopic
    let kind: ApplicationKind
    /// For a status notice: the state it announces and, for `needs-action`, what to fix.
    let state: ApplicationState
    let actionDocument: DocumentKind?
    let actionReason: ReasonCode?

    init(local: UInt32, at: Int64, readAt: Int64, previous: Int32, topic: NotificationTopic, application: Int64,
         kind: ApplicationKind, state: ApplicationState, action: ActionItem?, appointment: Int32) {
        self.at = at
        self.readAt = readAt
        self.application = application
        actionSince = action?.since.millisecondsSince1970 ?? 0
        self.local = local
        self.previous = previous
        self.appointment = appointment
        self.topic = topic
        self.kind = kind
        self.state = state
        actionDocument = action?.document
        actionReason = action?.reason
    }

    /// What the person was told to fix, if anything.
    var action: ActionItem? {
        actionReason.map { ActionItem(document: actionDocument, reason: $0, since: Instant(millisecondsSince1970: actionSince)) }
    }
}

extension DocumentKind {
    /// Position in `allCases` (a bit of `ApplicationFile.passed`).
    var number: UInt16 {
        switch self {
        case .passportScan: 0
        case .photo: 1
        case .sponsorLetter: 2
        case .proofOfFunds: 3
        case .returnTicket: 4
        case .stayPermit: 5
        case .idCard: 6
        case .familyCard: 7
        case .birthCertificate: 8
        }
    }
}

extension DocumentKind {
    /// The kind whose `number` is `number` (below 9).
    init(number: UInt16) {
        switch number {
        case 0: self = .passportScan
        case 1: self = .photo
        case 2: self = .sponsorLetter
        case 3: self = .proofOfFunds
        case 4: self = .returnTicket
        case 5: self = .stayPermit
        case 6: self = .idCard
        case 7: self = .familyCard
        default: self = .birthCertificate
        }
    }
}

extension ApplicationKind {
    /// `requiredDocuments`, in their order, as their `number`s plus one, a hex digit each, the
    /// first lowest (zero after the last). Constants, not packed from `requiredDocuments` into
    /// a table: a global's first-use check was a call on every read. A test holds them to
    /// `requiredDocuments`.
    var requiredNumbers: UInt64 {
        switch self {
        case .visaExtension: 0x321 // passport scan, photo, sponsor letter
        case .kitas: 0x4321 // passport scan, photo, sponsor letter, proof of funds
        case .kitap: 0x6321 // passport scan, photo, sponsor letter, stay permit
        case .reentryPermit: 0x61 // passport scan, stay permit
        case .passport: 0x2987 // ID card, family card, birth certificate, photo
        case .evoa: 0x521 // passport scan, photo, return ticket
        }
    }
}

extension Office {
    /// Position in `allCases`.
    var number: Int {
        switch self {
        case .jakartaSelatan: 0
        case .jakartaPusat: 1
        case .soekarnoHatta: 2
        case .surabaya: 3
        case .denpasar: 4
        case .medan: 5
        case .makassar: 6
        }
    }
}

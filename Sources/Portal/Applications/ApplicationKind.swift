/// What a person applies for. Citizens apply for passports; foreigners for visas and stay permits.
public enum ApplicationKind: String, CaseIterable, Sendable {
    /// Extending a visit or social visa already held.
    case visaExtension = "visa-extension"
    /// Limited stay permit (Kartu Izin Tinggal Terbatas).
    case kitas
    /// Permanent stay permit (Kartu Izin Tinggal Tetap).
    case kitap
    /// Permission for a stay-permit holder to leave and come back.
    case reentryPermit = "reentry-permit"
    /// An ordinary Indonesian passport.
    case passport
    /// Electronic visa on arrival, applied for before travelling.
    case evoa = "e-voa"

    /// Who may apply: `.citizen` for a passport, `.foreigner` for everything else.
    public var applicant: AccountKind {
        self == .passport ? .citizen : .foreigner
    }

    /// The documents an application must hold, each passed, before it can be submitted.
    public var requiredDocuments: [DocumentKind] {
        switch self {
        case .visaExtension: [.passportScan, .photo, .sponsorLetter]
        case .kitas: [.passportScan, .photo, .sponsorLetter, .proofOfFunds]
        case .kitap: [.passportScan, .photo, .sponsorLetter, .stayPermit]
        case .reentryPermit: [.passportScan, .stayPermit]
        case .passport: [.idCard, .familyCard, .birthCertificate, .photo]
        case .evoa: [.passportScan, .photo, .returnTicket]
        }
    }

    /// Whether an application of this kind must hold `document`:
    /// `requiredDocuments.contains(document)`, answered without making the list, since the
    /// upload rule asks on every upload. `ApplicationRulesTests` holds the two to each other.
    public func requires(_ document: DocumentKind) -> Bool {
        switch document {
        case .passportScan: self != .passport
        case .photo: self != .reentryPermit
        case .sponsorLetter: self == .visaExtension || self == .kitas || self == .kitap
        case .proofOfFunds: self == .kitas
        case .stayPermit: self == .kitap || self == .reentryPermit
        case .idCard, .familyCard, .birthCertificate: self == .passport
        case .returnTicket: self == .evoa
        }
    }

    /// The fee in rupiah (the published PNBP tariff the portal charges).
    public var feeRupiah: Int {
        switch self {
        case .visaExtension: 2_000_000
        case .kitas: 3_500_000
        case .kitap: 5_000_000
        case .reentryPermit: 1_750_000
        case .passport: 350_000
        case .evoa: 500_000
        }
    }

    /// How long a decision usually takes after submission; an application still open after
    /// this long is stuck, and the desk says so.
    public var usualProcessing: TimeSpan {
        switch self {
        case .evoa: .days(1)
        case .visaExtension, .reentryPermit: .days(3)
        case .passport: .days(4)
        case .kitas: .days(7)
        case .kitap: .days(14)
        }
    }

    /// The visit to an office the application needs before a decision, if any.
    public var appointment: AppointmentPurpose? {
        switch self {
        case .passport, .kitas: .biometrics
        case .kitap: .interview
        case .visaExtension, .reentryPermit, .evoa: nil
        }
    }
}

/// Why a person goes to an immigration office.
public enum AppointmentPurpose: String, CaseIterable, Sendable {
    /// Photo and fingerprints.
    case biometrics
    /// An officer's interview.
    case interview
}

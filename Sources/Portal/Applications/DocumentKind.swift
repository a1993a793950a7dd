/// A document a person uploads to an application.
public enum DocumentKind: String, CaseIterable, Sendable {
    case passportScan = "passport-scan"
    case photo
    case sponsorLetter = "sponsor-letter"
    case proofOfFunds = "proof-of-funds"
    case returnTicket = "return-ticket"
    /// A scan of the stay permit (KITAS or KITAP) already held.
    case stayPermit = "stay-permit"
    /// The citizen's KTP.
    case idCard = "id-card"
    /// Kartu Keluarga.
    case familyCard = "family-card"
    case birthCertificate = "birth-certificate"

    /// The formats the portal accepts for this kind: a photo is an image, a letter a PDF.
    public var formats: [DocumentFormat] {
        switch self {
        case .photo: [.jpg, .png]
        case .sponsorLetter, .proofOfFunds: [.pdf]
        case .passportScan, .returnTicket, .stayPermit, .idCard, .familyCard, .birthCertificate: [.pdf, .jpg, .png]
        }
    }

    /// Whether the portal accepts `format` for this kind: `formats.contains(format)`, answered
    /// without making the list, since the upload check asks on every upload (a simulated run
    /// makes tens of thousands a day). `DocumentCheckTests` holds the two to each other.
    public func accepts(_ format: DocumentFormat) -> Bool {
        switch self {
        case .photo: format == .jpg || format == .png
        case .sponsorLetter, .proofOfFunds: format == .pdf
        case .passportScan, .returnTicket, .stayPermit, .idCard, .familyCard, .birthCertificate: true
        }
    }

    /// The largest file accepted for this kind, in kilobytes.
    public var maximumKB: Int {
        switch self {
        case .photo: 1_024
        case .returnTicket, .idCard: 2_048
        case .passportScan, .sponsorLetter, .proofOfFunds, .stayPermit, .familyCard, .birthCertificate: 5_120
        }
    }

    /// Whether the document has an expiry the portal checks (a passport or permit must still
    /// be valid for six months).
    public var hasExpiry: Bool {
        self == .passportScan || self == .stayPermit
    }
}

/// A file format.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case pdf
    case jpg
    case png
}

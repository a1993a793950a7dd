/// A file a person sends to an application, as the upload form receives it.
public struct DocumentUpload: Equatable, Sendable {
    public var kind: DocumentKind
    public var format: DocumentFormat
    public var sizeKB: Int
    /// Whether the scan can be read (the portal's text recognition found the document's fields).
    public var isReadable: Bool
    /// The expiry printed on a passport or permit; nil when the kind has none or it was not read.
    public var expires: Instant?

    /// An upload; `expires` only matters for kinds with an expiry.
    public init(kind: DocumentKind, format: DocumentFormat, sizeKB: Int, isReadable: Bool = true, expires: Instant? = nil) {
        self.kind = kind
        self.format = format
        self.sizeKB = sizeKB
        self.isReadable = isReadable
        self.expires = expires
    }

    /// The largest file the upload form takes at all, whatever its kind: anything bigger is
    /// refused before it is stored, while a file within this but over its kind's own limit is
    /// stored and fails the `too-large` check, so the person sees what to fix.
    public static let uploadLimitKB = 10_240

    /// How long a passport or permit must still be valid after the upload.
    public static let minimumValidity = TimeSpan.days(180)

    /// The document checks, in the order the portal runs them: the reason of the first that
    /// fails, or `.ok`. One rule for the simulator and the desk.
    public func check(at now: Instant) -> ReasonCode {
        guard kind.accepts(format) else { return .wrongFormat }
        guard sizeKB <= kind.maximumKB else { return .tooLarge }
        guard isReadable else { return .unreadable }
        if kind.hasExpiry, let expires, expires < now + Self.minimumValidity { return .documentExpired }
        return .ok
    }
}

extension ReasonCode {
    /// What the person must do about a failed document check or a request for action, in both
    /// languages; nil for reasons that ask nothing of the person.
    public func fix(for kind: DocumentKind) -> UserMessage? {
        let name = kind.rawValue
        switch self {
        case .wrongFormat:
            let formats = kind.formats.map { $0.rawValue.uppercased() }.joined(separator: "/")
            return UserMessage(id: "Unggah ulang \(name) dalam format \(formats).", en: "Upload the \(name) again as \(formats).")
        case .tooLarge:
            return UserMessage(id: "Unggah ulang \(name) berukuran paling besar \(kind.maximumKB) KB.",
                               en: "Upload the \(name) again, at most \(kind.maximumKB) KB.")
        case .unreadable:
            return UserMessage(id: "Unggah ulang \(name) yang jelas dan terbaca.", en: "Upload a clear, readable \(name).")
        case .documentExpired:
            return UserMessage(id: "Unggah \(name) yang masih berlaku minimal 6 bulan.",
                               en: "Upload a \(name) valid for at least six more months.")
        case .documentsRequested:
            return UserMessage(id: "Petugas meminta dokumen \(name). Silakan unggah.",
                               en: "The officer asked for the \(name). Please upload it.")
        default:
            return nil
        }
    }
}

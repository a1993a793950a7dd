/// A document that identifies a person: NIK for citizens; passport and a stay permit for foreigners.
public struct IdentityDocument: Hashable, Sendable, CustomStringConvertible {
    /// The kinds of document GO ID knows.
    public enum DocumentType: String, CaseIterable, Sendable {
        /// Nomor Induk Kependudukan: the 16-digit national identity number.
        case nik
        case passport
        /// Kartu Izin Tinggal Terbatas: a limited stay permit.
        case kitas
        /// Kartu Izin Tinggal Tetap: a permanent stay permit.
        case kitap

        /// Whether it is a stay permit (KITAS or KITAP).
        public var isStayPermit: Bool { self == .kitas || self == .kitap }
    }

    /// What kind of document.
    public let type: DocumentType
    /// The number, upper-cased, without spaces.
    public let number: String

    /// Validates a number for its type.
    ///
    /// A NIK is 16 digits whose digits 7–12 are a birth date (day + 40 for women), so a
    /// mistyped NIK is usually caught here; passports are 6 to 9 letters and digits with at
    /// least one digit; stay-permit numbers 8 to 20 letters and digits.
    public init(type: DocumentType, number: String) throws(PortalError) {
        let compact = number.filter { $0 != " " && $0 != "-" }.uppercased()
        let text = "\(type.rawValue):\(number)"
        guard compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else {
            throw .invalidDocument(text, why: "expected only letters and digits")
        }
        switch type {
        case .nik:
            guard compact.count == 16, compact.allSatisfy(\.isASCIIDigit) else {
                throw .invalidDocument(text, why: "a NIK has 16 digits")
            }
            let digits = Array(compact).compactMap(\.wholeNumberValue)
            let day = digits[6] * 10 + digits[7]
            let month = digits[8] * 10 + digits[9]
            guard (1...31).contains(day) || (41...71).contains(day), (1...12).contains(month) else {
                throw .invalidDocument(text, why: "digits 7 to 12 of a NIK are a birth date (DDMMYY, day + 40 for women)")
            }
        case .passport:
            guard (6...9).contains(compact.count), compact.contains(where: \.isNumber) else {
                throw .invalidDocument(text, why: "a passport number has 6 to 9 letters and digits")
            }
        case .kitas, .kitap:
            guard (8...20).contains(compact.count), compact.contains(where: \.isNumber) else {
                throw .invalidDocument(text, why: "a stay permit number has 8 to 20 letters and digits")
            }
        }
        self.type = type
        self.number = compact
    }

    /// Parses `TYPE:NUMBER` as written on the command line (`nik:3174…`, `passport:X1234567`).
    public init(parsing text: String) throws(PortalError) {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let type = DocumentType(rawValue: parts[0].lowercased()) else {
            throw .invalidDocument(text, why: "expected TYPE:NUMBER with TYPE one of nik, passport, kitas, kitap")
        }
        try self.init(type: type, number: String(parts[1]))
    }

    /// `type:number`.
    public var description: String { "\(type.rawValue):\(number)" }
}

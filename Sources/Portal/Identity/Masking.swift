/// Personal data shortened for people who need to recognise it, not read it.
public enum Masking {
    /// `ani@example.id` → `a***@example.id`.
    public static func email(_ address: EmailAddress) -> String {
        let parts = address.value.split(separator: "@", maxSplits: 1)
        guard parts.count == 2, let first = parts[0].first else { return "***" }
        return "\(first)***@\(parts[1])"
    }

    /// `+6281234567890` → `+62 ***-****-7890`: the country code and the last four digits.
    public static func phone(_ number: PhoneNumber) -> String {
        let digits = number.value.dropFirst()
        let country = digits.hasPrefix("62") ? "62" : String(digits.prefix(2))
        return "+\(country) ***-****-\(digits.suffix(4))"
    }

    /// `3174015008900001` → `3174********0001`; passports keep their last three characters.
    public static func document(_ document: IdentityDocument) -> String {
        let number = document.number
        switch document.type {
        case .nik: return String(number.prefix(4)) + String(repeating: "*", count: 8) + String(number.suffix(4))
        default: return String(repeating: "*", count: max(0, number.count - 3)) + String(number.suffix(3))
        }
    }
}

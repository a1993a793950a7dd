/// The SMS and e-mail texts the portal sends, in the account's language.
public enum MessageTemplates {
    /// Where reset links point. A reserved `.example` domain: simulated mail must never look like
    /// a real government link to someone who finds it.
    public static let resetURL = "https://goid.example/reset?token="

    /// A login code.
    public static func loginCode(_ code: String, validFor ttl: TimeSpan, in language: Language) -> String {
        switch language {
        case .indonesian:
            "Kode verifikasi GO ID Anda: \(code). Berlaku \(spoken(ttl, in: language)). JANGAN berikan kode ini kepada siapa pun, termasuk petugas Imigrasi."
        case .english:
            "Your GO ID verification code: \(code). Valid for \(spoken(ttl, in: language)). NEVER share this code with anyone, including immigration officers."
        }
    }

    /// A reset link by e-mail.
    public static func resetLink(_ token: String, validFor ttl: TimeSpan, in language: Language) -> String {
        switch language {
        case .indonesian:
            "Permintaan atur ulang kata sandi GO ID. Buka \(resetURL)\(token) dalam \(spoken(ttl, in: language)). Abaikan e-mail ini jika Anda tidak memintanya."
        case .english:
            "GO ID password reset requested. Open \(resetURL)\(token) within \(spoken(ttl, in: language)). Ignore this e-mail if you did not ask for it."
        }
    }

    /// A reset code by SMS.
    public static func resetCode(_ code: String, validFor ttl: TimeSpan, in language: Language) -> String {
        switch language {
        case .indonesian:
            "Kode atur ulang kata sandi GO ID: \(code). Berlaku \(spoken(ttl, in: language)). Abaikan jika Anda tidak memintanya."
        case .english:
            "GO ID password reset code: \(code). Valid for \(spoken(ttl, in: language)). Ignore it if you did not ask for it."
        }
    }

    /// The secret a message carries, or the token in a pasted link: what follows `token=` up to
    /// the first character that is not a letter or digit; otherwise the first run of 4 or more
    /// digits (a code; the validity, "5 minutes", is shorter). Nil when there is none.
    public static func secret(in text: String) -> String? {
        if let range = text.firstRange(of: "token=") {
            let token = text[range.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            return token.isEmpty ? nil : String(token)
        }
        var run = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else if run.count >= 4 {
                return run
            } else {
                run = ""
            }
        }
        return nil
    }

    /// "5 menit" / "5 minutes", "2 jam" / "2 hours", "45 detik" / "45 seconds".
    static func spoken(_ span: TimeSpan, in language: Language) -> String {
        let seconds = span.milliseconds / 1000
        let (count, id, en): (Int64, String, String) =
            if seconds % 3600 == 0, seconds >= 3600 { (seconds / 3600, "jam", "hour") }
            else if seconds % 60 == 0, seconds >= 60 { (seconds / 60, "menit", "minute") }
            else { (seconds, "detik", "second") }
        return language == .indonesian ? "\(count) \(id)" : "\(count) \(en)\(count == 1 ? "" : "s")"
    }
}

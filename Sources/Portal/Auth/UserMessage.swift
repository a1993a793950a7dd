/// A sentence the portal shows a person, in both its languages.
public struct UserMessage: Hashable, Sendable {
    /// The text in Bahasa Indonesia, the portal's default language.
    public let indonesian: String
    /// The same sentence in English.
    public let english: String

    /// Makes a message from its two texts.
    public init(id indonesian: String, en english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language == .indonesian ? indonesian : english
    }

    /// The message with `destination` in brackets before the closing full stop of both texts
    /// (`… melalui SMS (08…).`).
    func naming(_ destination: String) -> UserMessage {
        UserMessage(id: "\(indonesian.dropLast()) (\(destination)).", en: "\(english.dropLast()) (\(destination)).")
    }
}

extension LoginOutcome {
    /// What the person sees: the same words for an unknown user, a wrong password and a locked
    /// account, so the login page cannot be used to find out which accounts exist or are locked.
    /// Refusals that come after a right password may say more, since the person proved who they are.
    public func message(destination: String? = nil) -> UserMessage {
        switch self {
        case .loggedIn:
            return UserMessage(id: "Berhasil masuk.", en: "You are logged in.")
        case .codeSent(let channel, _, let isResend):
            // Whole sentences, the destination put in only when there is one: the simulator
            // names none, and building each sentence by interpolation cost some 3,700
            // instructions a message.
            let message = switch (channel, isResend) {
            case (.sms, false):
                UserMessage(id: "Kode verifikasi telah dikirim melalui SMS.", en: "A verification code was sent by SMS.")
            case (.sms, true):
                UserMessage(id: "Kode verifikasi baru telah dikirim melalui SMS.", en: "A new verification code was sent by SMS.")
            case (.email, false):
                UserMessage(id: "Kode verifikasi telah dikirim melalui e-mail.", en: "A verification code was sent by e-mail.")
            case (.email, true):
                UserMessage(id: "Kode verifikasi baru telah dikirim melalui e-mail.",
                            en: "A new verification code was sent by e-mail.")
            }
            return destination.map { message.naming($0) } ?? message
        case .codeRejected(let reason, let triesLeft):
            switch reason {
            case .otpWrong where triesLeft > 0:
                return UserMessage(id: "Kode verifikasi salah. Sisa percobaan: \(triesLeft).",
                                   en: "Wrong verification code. Tries left: \(triesLeft).")
            case .otpExpired:
                return UserMessage(id: "Kode verifikasi kedaluwarsa. Masuk lagi untuk menerima kode baru.",
                                   en: "The verification code has expired. Log in again to get a new one.")
            default:
                return UserMessage(id: "Kode verifikasi tidak berlaku lagi. Masuk lagi untuk menerima kode baru.",
                                   en: "The verification code is no longer valid. Log in again to get a new one.")
            }
        case .refused(let reason):
            return Self.refusal(reason)
        }
    }

    private static func refusal(_ reason: ReasonCode) -> UserMessage {
        switch reason {
        case .captchaFailed:
            UserMessage(id: "Verifikasi CAPTCHA gagal. Silakan coba lagi.", en: "The CAPTCHA check failed. Please try again.")
        case .captchaUnavailable, .serviceOutage:
            UserMessage(id: "Layanan sedang mengalami gangguan. Silakan coba lagi nanti.",
                        en: "The service is having problems. Please try again later.")
        case .maintenance:
            UserMessage(id: "Layanan sedang dalam pemeliharaan. Silakan coba lagi nanti.",
                        en: "The service is down for maintenance. Please try again later.")
        case .accountSuspended, .accountDisabled:
            UserMessage(id: "Akun Anda tidak aktif. Hubungi layanan bantuan Imigrasi.",
                        en: "Your account is not active. Please contact the immigration helpdesk.")
        case .unverifiedIdentity:
            UserMessage(id: "Identitas Anda belum diverifikasi. Selesaikan verifikasi identitas terlebih dahulu.",
                        en: "Your identity has not been verified yet. Please complete identity verification first.")
        case .verificationPending:
            UserMessage(id: "Verifikasi identitas Anda sedang diproses.", en: "Your identity verification is still being processed.")
        case .verificationRejected:
            UserMessage(id: "Verifikasi identitas Anda ditolak. Ajukan verifikasi ulang.",
                        en: "Your identity verification was rejected. Please submit it again.")
        case .mustChangePassword:
            // Only someone who typed the temporary password sees this.
            UserMessage(id: "Kata sandi sementara hanya untuk mengganti kata sandi. Buat kata sandi baru terlebih dahulu.",
                        en: "A temporary password only lets you set a new one. Please choose your new password first.")
        case .passwordRefused:
            UserMessage(id: "Kata sandi baru tidak memenuhi ketentuan.", en: "The new password does not meet the rules.")
        case .resendLimit:
            UserMessage(id: "Terlalu banyak permintaan kode. Tunggu beberapa menit lalu coba lagi.",
                        en: "Too many codes requested. Wait a few minutes and try again.")
        default:
            // Unknown user, wrong password, locked: one answer for all three.
            UserMessage(id: "Nama pengguna atau kata sandi salah.", en: "Invalid username or password.")
        }
    }
}

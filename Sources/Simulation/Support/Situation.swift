import Portal

/// Why a simulated person contacts support, as they experienced it. What they *say* follows
/// from this; the *true cause* is worked out separately from the world's state at the time,
/// and the two can differ (someone locked out by an attacker says their password is wrong).
enum Situation: UInt16, CaseIterable, Sendable {
    /// Kept getting "invalid username or password" and gave up (own wrong passwords).
    case passwordRefused
    /// The one-time code never came.
    case codeNeverArrived
    /// The code was rejected or expired.
    case codeRejected
    /// Asked for a reset; nothing came, or the link did not work.
    case resetTrouble
    /// The portal showed an error or a maintenance page.
    case portalDown
    /// Told their identity is not verified.
    case notVerified
    /// Could not get past the CAPTCHA.
    case captcha
    /// Told there were too many attempts from their network.
    case throttled
    /// Got a login code they never asked for (an attacker had their password).
    case unexpectedCode
    /// Noticed someone else logged in as them.
    case someoneElseLoggedIn
    /// Their browser or network never reached the portal.
    case pageWontLoad
    /// A cast member's scripted words.
    case scripted
    /// Uploads or submissions kept failing (the page said to try later), or the portal says
    /// the application needs something they do not understand.
    case applicationTrouble
    /// The application has waited longer than its kind usually takes.
    case applicationStuck

    /// The chance someone in this situation contacts support, before the scenario's scale.
    var baseChance: Double {
        switch self {
        case .passwordRefused: 0.35
        case .codeNeverArrived: 0.45
        case .codeRejected: 0.3
        case .resetTrouble: 0.45
        case .portalDown: 0.3
        case .notVerified: 0.6
        case .captcha: 0.2
        case .throttled: 0.3
        case .unexpectedCode: 0.15
        case .someoneElseLoggedIn: 0.5
        case .pageWontLoad: 0.5
        case .scripted: 1
        case .applicationTrouble: 0.35
        case .applicationStuck: 0.5
        }
    }

    /// What the person says, in their language.
    func words(in language: Language) -> String {
        let (indonesian, english): (String, String) = switch self {
        case .passwordRefused:
            ("Saya tidak bisa masuk, katanya kata sandi salah padahal sudah benar.",
             "I can't log in: it says my password is wrong, but I'm sure it's right.")
        case .codeNeverArrived: ("Kode OTP tidak pernah masuk ke HP/e-mail saya.", "The OTP code never arrives.")
        case .codeRejected: ("Kode OTP selalu ditolak.", "The OTP code is always rejected.")
        case .resetTrouble:
            ("Saya sudah minta atur ulang kata sandi tapi tidak bisa.", "I asked for a password reset but it doesn't work.")
        case .portalDown: ("Situsnya error terus, tidak bisa masuk.", "The site keeps showing an error; I can't get in.")
        case .notVerified: ("Akun saya belum terverifikasi, padahal sudah lama daftar.", "My account still isn't verified.")
        case .captcha: ("Saya tidak bisa melewati CAPTCHA.", "I can't get past the CAPTCHA.")
        case .throttled: ("Katanya terlalu banyak percobaan dari jaringan saya.", "It says too many attempts from my network.")
        case .unexpectedCode: ("Saya dapat kode OTP padahal tidak sedang masuk.", "I got a login code I didn't ask for.")
        case .someoneElseLoggedIn: ("Sepertinya ada orang lain yang masuk ke akun saya.", "I think someone else logged into my account.")
        case .pageWontLoad: ("Halaman login tidak mau terbuka.", "The login page won't load.")
        case .scripted: ("", "")
        case .applicationTrouble:
            ("Permohonan saya tidak bisa diproses, unggah dokumen gagal terus.",
             "My application won't go through: uploading the documents keeps failing.")
        case .applicationStuck:
            ("Permohonan saya sudah lama tidak ada kabar, statusnya tidak berubah.",
             "My application has been stuck for a long time; its status never changes.")
        }
        return language == .indonesian ? indonesian : english
    }

    /// The category a first-line agent files it under, from what the person says.
    var category: TicketCategory {
        switch self {
        case .passwordRefused, .captcha, .throttled, .pageWontLoad: .login
        case .codeNeverArrived, .codeRejected: .otp
        case .resetTrouble: .passwordReset
        case .portalDown: .outage
        case .notVerified: .verification
        case .unexpectedCode, .someoneElseLoggedIn: .security
        case .scripted: .login
        case .applicationTrouble, .applicationStuck: .application
        }
    }

    /// The ticket's priority: security first, then whatever stops someone completely.
    var priority: String {
        switch self {
        case .unexpectedCode, .someoneElseLoggedIn: "high"
        case .portalDown, .codeNeverArrived: "normal"
        default: "normal"
        }
    }

    /// The category of a cast member's own words, by what they mention.
    static func category(ofWords words: String) -> TicketCategory {
        let lowered = words.lowercased()
        if ["otp", "kode", "code", "sms"].contains(where: lowered.contains) { return .otp }
        if ["reset", "lupa", "forgot", "atur ulang"].contains(where: lowered.contains) { return .passwordReset }
        if ["lock", "kunci", "blok"].contains(where: lowered.contains) { return .locked }
        if ["verif"].contains(where: lowered.contains) { return .verification }
        if ["hack", "someone", "orang lain", "phish"].contains(where: lowered.contains) { return .security }
        if ["application", "permohonan", "upload", "unggah", "document", "dokumen"].contains(where: lowered.contains) {
            return .application
        }
        if ["down", "error", "maintenance", "pemeliharaan"].contains(where: lowered.contains) { return .outage }
        return .login
    }

    /// The metric counting tickets of a category.
    static func metric(forCategory category: TicketCategory) -> Metric {
        switch category {
        case .otp: .ticketsOTP
        case .passwordReset: .ticketsReset
        case .locked: .ticketsLocked
        case .verification: .ticketsVerification
        case .outage: .ticketsOutage
        case .security: .ticketsSecurity
        case .application: .ticketsApplication
        case .login: .ticketsLogin
        }
    }
}

/// A ticket made during the run, numbered when the run ends (in time order, so the same seed
/// gives the same numbers whatever the thread count).
struct PendingTicket: Sendable {
    let openedAt: Int64
    let partition: Int
    let order: Int
    let person: Int
    let channel: ContactChannel
    let says: String
    let messageSeen: String?
    let category: String
    let trueCause: String
    let priority: String
}

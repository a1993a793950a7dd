import JSON
import Portal

/// A planning or training run, as a scenario file describes it. Every field but `name` has a
/// default (the file format and its rules are in `Scenario+Decoding.swift`).
public struct Scenario: Sendable {
    /// Short identifier (`sms-gateway-outage`); names the world and reports.
    public var name: String
    /// One line for people.
    public var title: String
    /// What happens and what to watch, for a trainer or planner.
    public var description: String
    /// The master seed every random stream is derived from.
    public var seed: UInt64
    /// When the run starts.
    public var start: Instant
    /// How long it runs.
    public var duration: TimeSpan
    /// The zone its times are shown in.
    public var zone: Zone
    public var population: PopulationSpec
    public var load: LoadSpec
    /// The portal's rule settings.
    public var policy: PortalPolicy
    /// Capacity, latency and random failures of each component, by `Component.index`.
    public var components: [ComponentSpec]
    /// Scripted outages.
    public var incidents: [IncidentSpec]
    public var maintenance: [MaintenanceSpec]
    public var attacks: [AttackSpec]
    public var support: SupportSpec
    /// Named people who do exactly what their scripts say, and nothing else.
    public var cast: [CastMember]
    /// A training exercise, kept as written (graded by `apoa scenario grade`).
    public var exercise: JSONValue?
    /// The exercise, read and checked (nil when the scenario is none).
    public var exerciseSpec: Exercise?
    /// Pass marks on the run: `apoa simulate` exits 1 when one is broken.
    public var thresholds: [Threshold]

    /// The end of the run.
    public var end: Instant { start + duration }

    /// A scenario with every default: 1,000 people for a day from 2026-12-01 00:00 WIB.
    public init(name: String) {
        self.name = name
        title = ""
        description = ""
        seed = 1
        start = Instant(millisecondsSince1970: 1_796_058_000_000)  // 2026-12-01T00:00:00+07:00
        duration = .days(1)
        zone = .jakarta
        population = PopulationSpec()
        load = LoadSpec()
        policy = .standard
        components = Component.allCases.map(ComponentSpec.standard)
        incidents = []
        maintenance = []
        attacks = []
        support = SupportSpec()
        cast = []
        exercise = nil
        exerciseSpec = nil
        thresholds = []
    }
}

/// Who the random population is.
public struct PopulationSpec: Sendable, Equatable {
    /// People with accounts (the cast comes on top).
    public var users = 1000
    /// Share who are foreigners (passport, often a stay permit; mostly English).
    public var foreigners = 0.2
    /// Share with a second factor enrolled.
    public var secondFactor = 0.7
    /// Of those, the share who get codes by SMS (the rest by e-mail).
    public var smsShare = 0.8
    /// Share whose identity is not verified yet (their logins are refused).
    public var unverified = 0.03
    /// How people behave, as shares that sum to 1.
    public var profiles = ProfileShares()
    /// Share who log in from shared or public computers (an internet café, an office PC).
    public var sharedComputers = 0.05

    /// The defaults.
    public init() {}
}

/// The behaviour profiles of DESIGN.md, as shares of the population.
public struct ProfileShares: Sendable, Equatable {
    public var careful = 0.6
    public var forgetful = 0.25
    public var typoProne = 0.1
    public var impatient = 0.05

    /// The defaults.
    public init() {}
}

/// How many sessions people start, and when.
public struct LoadSpec: Sendable, Equatable {
    /// Sessions each person starts per day, on average (before the curves and surges).
    public var sessionsPerUserPerDay = 0.5
    /// How the day's sessions spread over its hours.
    public var dailyCurve = DailyCurve.officeHours
    /// Relative load Monday to Sunday (7 numbers; scaled so a week averages 1).
    public var weekly: [Double] = [1.1, 1.1, 1.1, 1.1, 1.0, 0.35, 0.25]
    /// Periods of extra load.
    public var surges: [SurgeSpec] = []

    /// The defaults.
    public init() {}
}

/// The shape of a day.
public enum DailyCurve: Sendable, Equatable {
    /// Most sessions 08:00–16:00 on weekdays' working hours, a lunch dip, little at night.
    case officeHours
    /// Most sessions 18:00–23:00, after work.
    case evening
    /// The same every hour.
    case flat
    /// `1 + amplitude × cos(2π (hour − peakHour) / 24)`.
    case sinusoid(amplitude: Double, peakHour: Double)
    /// 24 relative weights, hour 0 to 23 (local time of the scenario's zone).
    case hourly([Double])
}

/// A period when more people come: a visa deadline, or a password-policy change that makes
/// everyone who logs in reset their password.
public struct SurgeSpec: Sendable, Equatable {
    /// What kind of surge.
    public enum Kind: String, CaseIterable, Sendable {
        /// More sessions: people rush before a deadline.
        case deadline
        /// People who log in must reset their password (a share of them), and more come.
        case passwordPolicyChange = "password-policy-change"
    }

    public var kind: Kind
    public var at: Instant
    public var duration: TimeSpan
    /// Load multiplier while it lasts (≥ 0).
    public var factor: Double
    /// For `password-policy-change`: the share of people made to reset at their next login.
    public var share: Double

    /// A surge.
    public init(kind: Kind = .deadline, at: Instant, duration: TimeSpan, factor: Double = 2, share: Double = 1) {
        self.kind = kind
        self.at = at
        self.duration = duration
        self.factor = factor
        self.share = share
    }
}

/// One component's capacity and reliability.
public struct ComponentSpec: Sendable, Equatable {
    /// Requests a second it serves without slowing; past it requests queue and then fail. Nil: no limit.
    public var capacityPerSecond: Double?
    /// How long a request takes when the component is idle.
    public var latency: TimeSpan
    /// Mean time between random failures; nil: it fails only when a scenario says so.
    public var mtbf: TimeSpan?
    /// Mean time to repair a random failure.
    public var mttr: TimeSpan

    /// A component spec.
    public init(capacityPerSecond: Double?, latency: TimeSpan, mtbf: TimeSpan? = nil, mttr: TimeSpan = .hours(1)) {
        self.capacityPerSecond = capacityPerSecond
        self.latency = latency
        self.mtbf = mtbf
        self.mttr = mttr
    }

    /// The defaults: enough capacity for a national portal's normal day, no random failures.
    public static func standard(_ component: Component) -> ComponentSpec {
        switch component {
        case .auth: ComponentSpec(capacityPerSecond: 400, latency: .milliseconds(250))
        case .captcha: ComponentSpec(capacityPerSecond: 400, latency: .milliseconds(150))
        case .smsGateway: ComponentSpec(capacityPerSecond: 60, latency: .seconds(8))
        case .email: ComponentSpec(capacityPerSecond: 100, latency: .seconds(30))
        case .applications: ComponentSpec(capacityPerSecond: 150, latency: .milliseconds(400))
        case .documents: ComponentSpec(capacityPerSecond: 80, latency: .seconds(1))
        case .payments: ComponentSpec(capacityPerSecond: 80, latency: .milliseconds(800))
        }
    }
}

/// A scripted outage: `component` is in `status` from `at` for `duration`.
public struct IncidentSpec: Sendable, Equatable {
    public var at: Instant
    public var component: Component
    public var status: ComponentStatus
    public var duration: TimeSpan

    /// An incident.
    public init(at: Instant, component: Component, status: ComponentStatus, duration: TimeSpan) {
        self.at = at
        self.component = component
        self.status = status
        self.duration = duration
    }
}

/// The two languages of every notice.
public struct NoticeText: Sendable, Equatable {
    public var indonesian: String
    public var english: String

    /// A notice text.
    public init(indonesian: String, english: String) {
        self.indonesian = indonesian
        self.english = english
    }
}

/// A maintenance window: its components are `under-maintenance` from `starts` for `duration`.
public struct MaintenanceSpec: Sendable, Equatable {
    public var starts: Instant
    public var duration: TimeSpan
    public var components: [Component]
    /// How long before `starts` the notice is published; nil: unannounced.
    public var announce: TimeSpan?
    /// The notice people see, when announced.
    public var notice: NoticeText?
    /// Share of people who see a published notice before they try.
    public var seenBy: Double

    /// A window.
    public init(starts: Instant, duration: TimeSpan, components: [Component], announce: TimeSpan? = nil,
                notice: NoticeText? = nil, seenBy: Double = 0.5) {
        self.starts = starts
        self.duration = duration
        self.components = components
        self.announce = announce
        self.notice = notice
        self.seenBy = seenBy
    }

    /// The notice an announced window is published as (its text is the title in both languages).
    static func draft(_ text: NoticeText, starts: Instant, duration: TimeSpan, components: [Component]) -> NoticeDraft {
        NoticeDraft(kind: .maintenance, title: UserMessage(id: text.indonesian, en: text.english),
                    components: components.map { AffectedComponent.Request($0) }, starts: starts, end: .after(duration))
    }
}

/// An attack on the portal.
public struct AttackSpec: Sendable, Equatable {
    /// The kinds of attack.
    public enum Kind: String, CaseIterable, Sendable {
        /// Leaked username–password pairs tried on many accounts, a few tries each, from an IP pool.
        case credentialStuffing = "credential-stuffing"
        /// One account (or a few), many passwords.
        case bruteForce = "brute-force"
        /// A few common passwords against many accounts, slowly, to stay under the lockout.
        case passwordSpraying = "password-spraying"
        /// People give their password to a fake site; the attacker logs in with it later.
        case phishing
    }

    public var kind: Kind
    public var at: Instant
    public var duration: TimeSpan
    /// Accounts attacked (victims, for phishing).
    public var accounts: Int
    /// Addresses the attack comes from.
    public var ips: Int
    /// Tries per account.
    public var attemptsPerAccount: Int
    /// Usernames that must be among the targets.
    public var targets: [String]
    /// Share of tries that use the account's real password (leaked, phished).
    public var successRate: Double
    /// Share of tries against usernames that do not exist (stuffing lists are full of them).
    public var nonexistent: Double

    /// An attack with the defaults of its kind.
    public init(kind: Kind, at: Instant, duration: TimeSpan = .hours(1)) {
        self.kind = kind
        self.at = at
        self.duration = duration
        self.targets = []
        switch kind {
        case .credentialStuffing:
            accounts = 500; ips = 40; attemptsPerAccount = 3; successRate = 0.02; nonexistent = 0.3
        case .bruteForce:
            accounts = 1; ips = 3; attemptsPerAccount = 200; successRate = 0; nonexistent = 0
        case .passwordSpraying:
            accounts = 2000; ips = 20; attemptsPerAccount = 2; successRate = 0.005; nonexistent = 0.1
        case .phishing:
            accounts = 50; ips = 10; attemptsPerAccount = 1; successRate = 1; nonexistent = 0
        }
    }
}

/// The help desk people contact.
public struct SupportSpec: Sendable, Equatable {
    /// Scale of how likely someone in trouble contacts support (each situation has its own base).
    public var contactProbability = 0.25
    /// Agents on duty.
    public var agents = 10
    /// Average time an agent spends on a ticket.
    public var handleTime = TimeSpan.minutes(6)
    /// How people reach the desk, as shares that sum to 1: hotline, e-mail, web form.
    public var channels = ContactShares()

    /// The defaults.
    public init() {}
}

/// Shares of the contact channels.
public struct ContactShares: Sendable, Equatable {
    public var hotline = 0.6
    public var email = 0.25
    public var form = 0.15

    /// The defaults.
    public init() {}
}

/// A named person with a script (DESIGN.md's `cast`).
public struct CastMember: Sendable, Equatable {
    public var username: Username
    public var email: EmailAddress
    public var phone: PhoneNumber?
    public var kind: AccountKind
    /// NIK for a citizen; passport, and perhaps a KITAS or KITAP, for a foreigner.
    public var documents: [IdentityDocument]
    public var secondFactor: SecondFactor
    public var verification: Verification
    /// `active` unless the member is to show a suspended or disabled account.
    public var status: AccountStatus
    public var language: Language
    /// The steps, in time order, with their times resolved.
    public var script: [CastStep]

    /// A cast member.
    public init(username: Username, email: EmailAddress, phone: PhoneNumber? = nil, kind: AccountKind = .citizen,
                documents: [IdentityDocument] = [], secondFactor: SecondFactor = .none, verification: Verification = .verified,
                status: AccountStatus = .active, language: Language = .indonesian, script: [CastStep] = []) {
        self.username = username
        self.email = email
        self.phone = phone
        self.kind = kind
        self.documents = documents
        self.secondFactor = secondFactor
        self.verification = verification
        self.status = status
        self.language = language
        self.script = script
    }
}

/// One step of a cast member's script.
public struct CastStep: Sendable, Equatable {
    public var at: Instant
    public var action: CastAction

    /// A step.
    public init(at: Instant, action: CastAction) {
        self.at = at
        self.action = action
    }
}

/// What a cast member does (the `do` verbs).
public enum CastAction: Sendable, Equatable {
    /// Which password a scripted login types.
    public enum PasswordChoice: String, CaseIterable, Sendable {
        case correct
        case wrong
        /// The password before the last reset.
        case old
    }

    /// What a scripted login does when a one-time code is asked.
    public enum CodeChoice: String, CaseIterable, Sendable {
        case correct
        case wrong
        /// Never types one.
        case none
    }

    case login(password: PasswordChoice, otp: CodeChoice, captcha: LoginAttempt.CaptchaAnswer, ip: IPAddress?, device: DeviceLabel?)
    case requestReset(Channel)
    /// Uses the newest reset link or code, setting a new password.
    case completeReset
    case logout
    case contactSupport(ContactChannel, says: String)
    case visitPhishingSite
    /// Opens a draft application of the kind (the portal's rules decide whether the member may).
    case submitApplication(ApplicationKind)
    /// Uploads a document to the member's newest open application; a draft whose every
    /// required document has then passed is submitted at once.
    case uploadDocument(DocumentUpload)
}

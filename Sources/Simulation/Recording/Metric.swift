/// The hourly series a run keeps for reports and planners (`metrics` table, one row per hour).
enum Metric: Int, CaseIterable, Sendable {
    case loginsAttempted, loginsSucceeded, loginsFailed
    case failedWrongPassword, failedUnknownUser, failedLocked, failedCaptcha, failedOutage, failedMaintenance
    case failedUnverified, failedThrottled
    case lockoutsOwner, lockoutsAttack
    case otpSent, otpUndelivered, otpVerified, otpFailed
    case resetsRequested, resetsCompleted
    case sessionsStarted, visits, visitsPostponed
    case attackAttempts
    case ticketsLogin, ticketsOTP, ticketsReset, ticketsLocked, ticketsVerification, ticketsOutage, ticketsSecurity
    case ticketsApplication
    case requestsAuth, requestsCaptcha, requestsSMS, requestsEmail
    case applicationsOpened, applicationsSubmitted, applicationsNeedingAction, applicationsApproved, applicationsRejected
    case applicationsRefused, documentsUploaded, documentsFailed, appointmentsBooked, appointmentsMissed

    /// How many metrics there are (`allCases.count`, without making the array).
    static let count = allCases.count

    /// The series name in the world file.
    var series: String {
        switch self {
        case .loginsAttempted: "logins.attempted"
        case .loginsSucceeded: "logins.succeeded"
        case .loginsFailed: "logins.failed"
        case .failedWrongPassword: "failures.wrong-password"
        case .failedUnknownUser: "failures.unknown-user"
        case .failedLocked: "failures.locked"
        case .failedCaptcha: "failures.captcha"
        case .failedOutage: "failures.service-outage"
        case .failedMaintenance: "failures.maintenance"
        case .failedUnverified: "failures.unverified"
        case .failedThrottled: "failures.throttled"
        case .lockoutsOwner: "lockouts.owner"
        case .lockoutsAttack: "lockouts.attack"
        case .otpSent: "otp.sent"
        case .otpUndelivered: "otp.undelivered"
        case .otpVerified: "otp.verified"
        case .otpFailed: "otp.failed"
        case .resetsRequested: "resets.requested"
        case .resetsCompleted: "resets.completed"
        case .sessionsStarted: "sessions.started"
        case .visits: "visits"
        case .visitsPostponed: "visits.postponed-by-notice"
        case .attackAttempts: "attacks.attempts"
        case .ticketsLogin: "tickets.login"
        case .ticketsApplication: "tickets.application"
        case .ticketsOTP: "tickets.otp"
        case .ticketsReset: "tickets.password-reset"
        case .ticketsLocked: "tickets.locked"
        case .ticketsVerification: "tickets.verification"
        case .ticketsOutage: "tickets.outage"
        case .ticketsSecurity: "tickets.security"
        case .requestsAuth: "requests.auth"
        case .requestsCaptcha: "requests.captcha"
        case .requestsSMS: "requests.sms-gateway"
        case .requestsEmail: "requests.email"
        case .applicationsOpened: "applications.opened"
        case .applicationsSubmitted: "applications.submitted"
        case .applicationsNeedingAction: "applications.needs-action"
        case .applicationsApproved: "applications.approved"
        case .applicationsRejected: "applications.rejected"
        case .applicationsRefused: "applications.refused"
        case .documentsUploaded: "documents.uploaded"
        case .documentsFailed: "documents.failed-check"
        case .appointmentsBooked: "appointments.booked"
        case .appointmentsMissed: "appointments.missed"
        }
    }
}

/// Counts per hour of the run and per metric, in one flat array (hour-major).
struct MetricTable: Sendable {
    let hours: Int
    private(set) var values: [Int64]

    init(hours: Int) {
        self.hours = hours
        values = Array(repeating: 0, count: hours * Metric.allCases.count)
    }

    /// A table of counts already made (hour-major, `hours × Metric.count` of them).
    init(hours: Int, values: [Int64]) {
        precondition(values.count == hours * Metric.count, "a metric table needs a count per hour and metric")
        self.hours = hours
        self.values = values
    }

    @inline(__always)
    mutating func add(_ metric: Metric, hour: Int, _ amount: Int64 = 1) {
        guard hour >= 0, hour < hours else { return }
        values[hour * Metric.allCases.count + metric.rawValue] &+= amount
    }

    func value(_ metric: Metric, hour: Int) -> Int64 {
        values[hour * Metric.allCases.count + metric.rawValue]
    }

    /// Adds another table (of the same run) into this one.
    mutating func merge(_ other: MetricTable) {
        for index in values.indices { values[index] &+= other.values[index] }
    }

    /// The sum of a metric over the run.
    func total(_ metric: Metric) -> Int64 {
        (0..<hours).reduce(0) { $0 &+ value(metric, hour: $1) }
    }
}

import Portal
import World

/// Who caused the events being recorded: the metrics tell an owner's lockouts from an attacker's.
enum Actor: Sendable {
    case owner
    case attacker
    case cast
}

/// Where a partition's events go: into the partition's digest and hourly counts always, and
/// into a buffer for the world's event log when the whole log is kept (`--record all`).
struct PartitionRecorder: EventRecorder {
    let start: Int64
    let keepsEvents: Bool
    /// SHA-256 of the chain values, hour by hour (`EventEncoding`); `finalDigest` adds the last.
    private var digest = SHA256()
    /// The running fold of this partition's events.
    var chain: UInt64 = 0
    let metrics: MetricCounter
    var buffer: [Event] = []
    var eventCount: Int64 = 0
    var actor = Actor.owner
    /// The device of the last event that had one, and its fold (`EventEncoding.fold`): a
    /// visit's events come one after another from one device, and comparing a label's words
    /// costs less than hashing its bytes again (7.6 M of 1,932 M instructions at 100,000 people).
    private var lastDevice: DeviceLabel?
    private var lastDeviceFold: UInt64 = 0

    init(start: Instant, hours: Int, keepsEvents: Bool) {
        self.start = start.millisecondsSince1970
        self.keepsEvents = keepsEvents
        metrics = MetricCounter(hours: hours)
    }

    @inline(__always)
    mutating func record(_ event: consuming Event) {
        chain = EventEncoding.chain(chain, event, deviceFold: deviceFold(event.device))
        eventCount += 1
        count(kind: event.kind, reason: event.reason, hour: hour(event.at))
        if keepsEvents { buffer.append(event) }
    }

    /// `EventEncoding.fold(device)`, remembered for the last device.
    @inline(__always)
    private mutating func deviceFold(_ device: DeviceLabel?) -> UInt64 {
        guard let device else { return 0 }
        if device != lastDevice {
            lastDevice = device
            lastDeviceFold = EventEncoding.fold(device)
        }
        return lastDeviceFold
    }

    /// Ends minute `minute` of the run: at each hour's end the chain value goes into the digest.
    /// Not every minute: SHA-256 over a chain value per partition and minute was a fifteenth of
    /// the core at 100,000 people, and the chain already covers every event in order.
    mutating func endMinute(_ minute: Int) {
        if minute % 60 == 59 { digest.update(chain) }
    }

    /// The partition's digest at the end of the run: the hourly chain values, then the last.
    func finalDigest() -> SHA256.Digest {
        var digest = digest
        digest.update(chain)
        return digest.finalize()
    }

    /// The hour of the run an instant falls in.
    @inline(__always)
    func hour(_ at: Instant) -> Int {
        Int((at.millisecondsSince1970 - start) / 3_600_000)
    }

    private mutating func count(kind: EventKind, reason: ReasonCode, hour: Int) {
        switch kind {
        case .loginSucceeded:
            metrics.add(.loginsAttempted, hour: hour)
            metrics.add(.loginsSucceeded, hour: hour)
            metrics.add(.sessionsStarted, hour: hour)
        case .loginFailed:
            metrics.add(.loginsAttempted, hour: hour)
            metrics.add(.loginsFailed, hour: hour)
            switch reason {
            case .wrongPassword: metrics.add(.failedWrongPassword, hour: hour)
            case .unknownUser: metrics.add(.failedUnknownUser, hour: hour)
            case .lockedTemporary, .lockedPermanent: metrics.add(.failedLocked, hour: hour)
            case .captchaFailed, .captchaUnavailable: metrics.add(.failedCaptcha, hour: hour)
            case .maintenance: metrics.add(.failedMaintenance, hour: hour)
            case .serviceOutage: metrics.add(.failedOutage, hour: hour)
            case .unverifiedIdentity, .verificationPending, .verificationRejected: metrics.add(.failedUnverified, hour: hour)
            case .sourceThrottled: metrics.add(.failedThrottled, hour: hour)
            default: break
            }
        case .accountLocked:
            metrics.add(actor == .attacker ? .lockoutsAttack : .lockoutsOwner, hour: hour)
        case .otpSent:
            metrics.add(.otpSent, hour: hour)
            if reason == .gatewayUnavailable { metrics.add(.otpUndelivered, hour: hour) }
        case .otpVerified: metrics.add(.otpVerified, hour: hour)
        case .otpFailed: metrics.add(.otpFailed, hour: hour)
        case .resetRequested: metrics.add(.resetsRequested, hour: hour)
        case .resetCompleted: metrics.add(.resetsCompleted, hour: hour)
        case .applicationCreated: metrics.add(.applicationsOpened, hour: hour)
        case .applicationStatusChanged:
            switch reason {
            case .submitted: metrics.add(.applicationsSubmitted, hour: hour)
            case .documentCheckFailed, .documentsRequested, .appointmentMissed: metrics.add(.applicationsNeedingAction, hour: hour)
            case .approved: metrics.add(.applicationsApproved, hour: hour)
            case .requirementsNotMet, .actionDeadlinePassed: metrics.add(.applicationsRejected, hour: hour)
            default: break
            }
        case .applicationRefused, .documentRefused, .appointmentRefused: metrics.add(.applicationsRefused, hour: hour)
        case .documentUploaded:
            metrics.add(.documentsUploaded, hour: hour)
            if reason != .ok { metrics.add(.documentsFailed, hour: hour) }
        case .appointmentBooked: metrics.add(.appointmentsBooked, hour: hour)
        case .appointmentMissed: metrics.add(.appointmentsMissed, hour: hour)
        default: break
        }
    }
}

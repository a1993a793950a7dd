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
    /// The hour of the run the last event fell in, as the first instant of it and where its
    /// counts start (`MetricCounter.row`): a visit's events come minutes apart, and comparing
    /// the instant with the hour's start costs less than dividing it and checking the hour
    /// at every count. `Int64.max` and the row that is not counted before the first event
    /// (instants before the run are not remembered).
    private var hourStart = Int64.max
    private var hourRow = 0

    init(start: Instant, hours: Int, keepsEvents: Bool) {
        self.start = start.millisecondsSince1970
        self.keepsEvents = keepsEvents
        metrics = MetricCounter(hours: hours)
        hourRow = metrics.row(-1)
    }

    @inline(__always)
    mutating func record(_ event: consuming Event) {
        chain = EventEncoding.chain(chain, event, deviceFold: deviceFold(event.device))
        eventCount += 1
        count(kind: event.kind, reason: event.reason, row: row(event.at))
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
        if Self.endsHour(minute) { digest.update(chain) }
    }

    /// Whether minute `minute` of the run is the last of an hour: the only minutes whose end
    /// does anything here, so a partition with nothing to do calls `endMinute` only then.
    /// Unsigned (a minute is never negative): a signed remainder takes twice the instructions,
    /// and this is asked every minute of every partition.
    @inline(__always)
    static func endsHour(_ minute: Int) -> Bool {
        UInt(bitPattern: minute) % 60 == 59
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

    /// Where the counts of the hour `at` falls in start (`MetricCounter.row`), remembered for
    /// the hour of the last event.
    @inline(__always)
    private mutating func row(_ at: Instant) -> Int {
        let ms = at.millisecondsSince1970
        // Wrapping, and unsigned: one comparison for "in the hour", also when `hourStart` is
        // `Int64.max` or the instant is before it.
        if UInt64(bitPattern: ms &- hourStart) < 3_600_000 { return hourRow }
        return newRow(ms)
    }

    @inline(never)
    private mutating func newRow(_ ms: Int64) -> Int {
        let hour = hour(Instant(millisecondsSince1970: ms))
        let row = metrics.row(hour)
        // Before the run, `hour` rounds toward zero: hour 0 is not one hour long there.
        if ms >= start {
            hourStart = start + Int64(hour) * 3_600_000
            hourRow = row
        }
        return row
    }

    // Mutating though it changes only the counter: as a non-mutating call the recorder was
    // copied (retains and releases of its parts) for every event. Always inlined: most events
    // are recorded where their kind is a constant, and there the switch folds away.
    @inline(__always)
    private mutating func count(kind: EventKind, reason: ReasonCode, row: Int) {
        switch kind {
        case .loginSucceeded:
            metrics.add(.loginsAttempted, row: row)
            metrics.add(.loginsSucceeded, row: row)
            metrics.add(.sessionsStarted, row: row)
        case .loginFailed:
            metrics.add(.loginsAttempted, row: row)
            metrics.add(.loginsFailed, row: row)
            switch reason {
            case .wrongPassword: metrics.add(.failedWrongPassword, row: row)
            case .unknownUser: metrics.add(.failedUnknownUser, row: row)
            case .lockedTemporary, .lockedPermanent: metrics.add(.failedLocked, row: row)
            case .captchaFailed, .captchaUnavailable: metrics.add(.failedCaptcha, row: row)
            case .maintenance: metrics.add(.failedMaintenance, row: row)
            case .serviceOutage: metrics.add(.failedOutage, row: row)
            case .unverifiedIdentity, .verificationPending, .verificationRejected: metrics.add(.failedUnverified, row: row)
            case .sourceThrottled: metrics.add(.failedThrottled, row: row)
            default: break
            }
        case .accountLocked:
            metrics.add(actor == .attacker ? .lockoutsAttack : .lockoutsOwner, row: row)
        case .otpSent:
            metrics.add(.otpSent, row: row)
            if reason == .gatewayUnavailable { metrics.add(.otpUndelivered, row: row) }
        case .otpVerified: metrics.add(.otpVerified, row: row)
        case .otpFailed: metrics.add(.otpFailed, row: row)
        case .resetRequested: metrics.add(.resetsRequested, row: row)
        case .resetCompleted: metrics.add(.resetsCompleted, row: row)
        case .applicationCreated: metrics.add(.applicationsOpened, row: row)
        case .applicationStatusChanged:
            switch reason {
            case .submitted: metrics.add(.applicationsSubmitted, row: row)
            case .documentCheckFailed, .documentsRequested, .appointmentMissed: metrics.add(.applicationsNeedingAction, row: row)
            case .approved: metrics.add(.applicationsApproved, row: row)
            case .requirementsNotMet, .actionDeadlinePassed: metrics.add(.applicationsRejected, row: row)
            default: break
            }
        case .applicationRefused, .documentRefused, .appointmentRefused: metrics.add(.applicationsRefused, row: row)
        case .documentUploaded:
            metrics.add(.documentsUploaded, row: row)
            if reason != .ok { metrics.add(.documentsFailed, row: row) }
        case .appointmentBooked: metrics.add(.appointmentsBooked, row: row)
        case .appointmentMissed: metrics.add(.appointmentsMissed, row: row)
        default: break
        }
    }
}

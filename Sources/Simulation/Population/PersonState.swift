import Portal

/// What changes about a simulated person during a run, packed into 40 bytes: ten million of
/// them must fit in memory beside everything else (the small fields come first, so no padding
/// is needed before the times). Traits that never change are not here; they are drawn again
/// from the person's stream when needed (`PersonTraits`).
struct PersonState: Sendable {
    /// Brute-force failures (Keycloak's count).
    var failures: UInt16 = 0
    /// Temporary lockouts.
    var lockouts: UInt16 = 0
    /// `Flag` bits.
    var flags: UInt16 = 0
    /// Sessions started so far (numbers them).
    var sessions: UInt16 = 0
    /// Resets completed: which password is "current", which "old".
    var passwordVersion: UInt8 = 0
    /// Bit k: the person's own device k is familiar to the portal.
    var familiarDevices: UInt8 = 0
    /// The person's fixed facts, packed (`Facts.packed`) with `Facts.isDrawn` set, or 0 until
    /// first needed: drawn once, read on every visit.
    var facts: UInt16 = 0
    /// The IPv4 address of the last failure (0: none).
    var lastFailureIP: UInt32 = 0
    /// Milliseconds since 1970, `Int64.min` when none.
    var lastFailure = Int64.min
    var notBefore = Int64.min
    var lastLoginAt = Int64.min

    /// One-bit facts about a person.
    enum Flag: UInt16 {
        case permanentlyLocked = 1
        case stepUpDue = 2
        /// The current lock (or failures) came from an attacker, not the person.
        case lockedByAttack = 4
        /// Must reset at the next visit (a password-policy change).
        case mustReset = 8
        /// Gave their password to a phishing site.
        case phished = 16
        /// An attacker logged in as them.
        case compromised = 32
        /// In a visit right now (an episode is open).
        case visiting = 64
        /// Already reset because of a password-policy change.
        case resetForPolicy = 128
    }

    func has(_ flag: Flag) -> Bool { flags & flag.rawValue != 0 }

    mutating func set(_ flag: Flag, _ on: Bool = true) {
        flags = on ? flags | flag.rawValue : flags & ~flag.rawValue
    }

    /// The brute-force record in the portal's terms.
    @inline(__always)
    var bruteForce: BruteForceState {
        // The times are kept as the portal stores them (`Int64.min` for none), so they are copied as they are.
        BruteForceState(failures: Int(failures), temporaryLockouts: Int(lockouts),
                        lastFailureMilliseconds: lastFailure, notBeforeMilliseconds: notBefore,
                        isPermanentlyLocked: has(.permanentlyLocked),
                        lastFailureIP: lastFailureIP == 0 ? nil : IPAddress(ipv4: lastFailureIP))
    }

    /// Takes back what the portal's rules changed.
    @inline(__always)
    mutating func store(_ record: borrowing AuthRecord, familiar deviceBits: UInt8) {
        let force = record.bruteForce
        failures = UInt16(clamping: force.failures)
        lockouts = UInt16(clamping: force.temporaryLockouts)
        lastFailure = force.lastFailureMilliseconds
        notBefore = force.notBeforeMilliseconds
        lastFailureIP = force.lastFailureIP?.ipv4 ?? 0
        set(.permanentlyLocked, force.isPermanentlyLocked)
        set(.stepUpDue, record.isStepUpDue)
        lastLoginAt = record.lastLoginMilliseconds
        familiarDevices = deviceBits
    }
}

import Portal
import World

/// The canonical form of an event, as the run's digest takes it: one fixed 40-byte record,
/// built in registers. A partition folds each record into a 64-bit chain (`chain`), and the
/// chain's value goes into the partition's SHA-256 at the end of every hour of the run and at
/// its end: SHA-256 over 40 bytes per event cost more than the portal's rules that made the
/// event. Part of the reproducibility
/// contract: changing it changes every digest.
///
/// | bytes | field |
/// | --- | --- |
/// | 0–7 | at (ms, little-endian) |
/// | 8–11 | account number (0: none) |
/// | 12, 13 | kind, reason (their case number, in declaration order) |
/// | 14 | channel (0 none, 1 sms, 2 email) |
/// | 15 | component (0 none, else 1 + index) |
/// | 16–31 | IP address (16 bytes, zero when absent) |
/// | 32–39 | device and detail, folded: FNV-1a 64 of the device's UTF-8, mixed with the detail's values |
enum EventEncoding {
    /// Folds an event into a partition's chain value; `deviceFold` is `fold(event.device)`,
    /// which the caller may remember from an event before.
    @inline(__always)
    static func chain(_ value: UInt64, _ event: Event, deviceFold: UInt64) -> UInt64 {
        let record = record(event, deviceFold: deviceFold)
        var chained = SplitMix64.mix(value ^ record.0)
        chained = SplitMix64.mix(chained ^ record.1)
        chained = SplitMix64.mix(chained ^ record.2)
        chained = SplitMix64.mix(chained ^ record.3)
        return SplitMix64.mix(chained ^ record.4)
    }

    /// The event's 40-byte record (see the table above), as five words.
    @inline(__always)
    static func record(_ event: Event, deviceFold: UInt64) -> (UInt64, UInt64, UInt64, UInt64, UInt64) {
        var record: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        record.0 = UInt64(bitPattern: event.at.millisecondsSince1970)
        let account = UInt64(truncatingIfNeeded: event.account?.rawValue ?? 0) & 0xFFFF_FFFF
        let channel: UInt64 = event.channel.map { $0 == .sms ? 1 : 2 } ?? 0
        let component = UInt64(event.component.map { $0.index + 1 } ?? 0)
        record.1 = account | UInt64(caseNumber(event.kind)) << 32 | UInt64(caseNumber(event.reason)) << 40
            | channel << 48 | component << 56
        record.2 = event.ip?.high ?? 0
        record.3 = event.ip?.low ?? 0
        record.4 = SplitMix64.mix(deviceFold ^ SplitMix64.mix(foldCommon(event.detail)))
        return record
    }

    /// A simple enum's case number: its in-memory tag, which is the case's position in
    /// declaration order (Swift's layout for enums without payloads).
    @inline(__always)
    private static func caseNumber<E>(_ value: E) -> UInt8 {
        withUnsafeBytes(of: value) { $0[0] }
    }

    /// FNV-1a 64 of a device label's UTF-8 (0 for none).
    @inline(__always)
    static func fold(_ label: DeviceLabel?) -> UInt64 {
        label?.withUTF8(fold) ?? 0
    }

    /// FNV-1a 64 of a string's UTF-8 (0 for none).
    @inline(__always)
    static func fold(_ text: String?) -> UInt64 {
        guard let text else { return 0 }
        // Over the contiguous bytes (for a short string, a copy on the stack): walking
        // `utf8` one index at a time cost more than the rest of the record.
        if let hash = text.utf8.withContiguousStorageIfAvailable(fold) { return hash }
        return fold(Array(text.utf8)[...])
    }

    @inline(__always)
    private static func fold<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        fold(bytes, from: fnvOffsetBasis)
    }

    /// Where an FNV-1a 64 fold starts.
    private static var fnvOffsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }

    /// FNV-1a 64 of `bytes`, going on from `hash` (the offset basis for a fold of its own).
    @inline(__always)
    private static func fold<Bytes: Collection<UInt8>>(_ bytes: Bytes, from hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01B3
        }
        return hash
    }

    /// `fold(_:)` of a detail, with the two commonest — none, and a login's session — folded in
    /// place: calling the whole fold copied the detail (up to 80 bytes) out of the event first,
    /// 66 instructions for a session's two mixes.
    @inline(__always)
    private static func foldCommon(_ detail: EventDetail?) -> UInt64 {
        switch detail {
        case nil: 0
        case .session(let id)?: mix(sessionTag, UInt64(bitPattern: id))
        default: fold(detail)
        }
    }

    /// A detail's tag mixed, then each value in turn xored in and mixed. Fixed arities rather
    /// than a variadic list: a variadic call can allocate its array.
    @inline(__always)
    private static func mix(_ tag: UInt64, _ a: UInt64) -> UInt64 {
        SplitMix64.mix(SplitMix64.mix(tag) ^ a)
    }

    private static func mix(_ tag: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        SplitMix64.mix(mix(tag, a) ^ b)
    }

    private static func mix(_ tag: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        SplitMix64.mix(mix(tag, a, b) ^ c)
    }

    /// The tag of a session detail (`foldCommon` folds it too).
    private static let sessionTag: UInt64 = 6

    /// A detail's case and values, folded into 64 bits: the tag mixed, then each value in turn
    /// xored in and mixed.
    private static func fold(_ detail: EventDetail?) -> UInt64 {
        guard let detail else { return 0 }
        switch detail {
        case .identifier(let text): return mix(1, text.withUTF8(fold))
        case .failures(let count, let reset): return mix(2, UInt64(count), reset ? 1 : 0)
        case .lock(let until, let failures, let lockouts):
            return mix(3, UInt64(bitPattern: until?.millisecondsSince1970 ?? .min), UInt64(failures), UInt64(lockouts))
        case .cleared(let failures, let wasLocked): return mix(4, UInt64(failures), wasLocked ? 1 : 0)
        case .sourceBlock(let until, let failures): return mix(5, UInt64(bitPattern: until.millisecondsSince1970), UInt64(failures))
        case .session(let id): return mix(sessionTag, UInt64(bitPattern: id))
        case .resend(let count): return mix(7, UInt64(count))
        case .expectedDevice(let device): return mix(8, fold(device))
        case .token(let id): return mix(9, UInt64(bitPattern: id))
        case .account(let kind, let verification): return mix(10, UInt64(caseNumber(kind)), UInt64(caseNumber(verification)))
        case .clock(let from, let by): return mix(11, UInt64(bitPattern: from.millisecondsSince1970), UInt64(bitPattern: by.milliseconds))
        // Once free text, these fold as their text did (the digest is part of the contract),
        // byte for byte, without making it: making the text cost 1,570 instructions per
        // phishing visit or ticket (17.1 M of 2,156 M at 100,000 people).
        case .unknownKind, .attack, .ticket: return mix(12, foldText(detail))
        case .application(let id, let kind): return mix(13, UInt64(bitPattern: id ?? -1), UInt64(caseNumber(kind)))
        case .transition(let application, let from, let to, let by, let document):
            return mix(14, UInt64(bitPattern: application),
                       UInt64(caseNumber(from)) << 16 | UInt64(caseNumber(to)) << 8 | UInt64(caseNumber(by)),
                       document.map { UInt64(caseNumber($0)) + 1 } ?? 0)
        case .document(let application, let id, let kind):
            return mix(15, UInt64(bitPattern: application), UInt64(bitPattern: id ?? -1), UInt64(caseNumber(kind)))
        case .appointment(let application, let id, let office, let at):
            return mix(16, UInt64(bitPattern: application) ^ UInt64(bitPattern: id ?? -1) << 32,
                       UInt64(caseNumber(office)), UInt64(bitPattern: at.millisecondsSince1970))
        }
    }

    /// `fold(detail.description)` for the details once kept as free text, fed the pieces
    /// `EventDetail.writeFreeText` writes them in.
    static func foldText(_ detail: EventDetail) -> UInt64 {
        var text = TextFold()
        guard detail.writeFreeText(to: &text) else { return fold(detail.description) }
        return text.hash
    }

    /// FNV-1a 64 (as `fold(_:)`), fed a piece at a time.
    struct TextFold: TextOutputStream {
        private(set) var hash = EventEncoding.fnvOffsetBasis

        mutating func write(_ string: String) {
            var string = string
            hash = string.withUTF8 { EventEncoding.fold($0, from: hash) }
        }
    }
}

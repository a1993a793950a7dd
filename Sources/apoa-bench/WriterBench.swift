import Foundation
import Portal
import World

/// The world writer alone: how fast events go into a world file, and what building its
/// indexes costs. A run with `--record all` cannot be faster than this.
enum WriterBench {
    static func run(events: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-writer-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let start = Instant(millisecondsSince1970: 1_796_058_000_000)
        let builder = try WorldBuilder(path: directory.appendingPathComponent("w.sqlite").path, policy: .standard, now: start,
                                       zone: .jakarta, meta: [])
        // A realistic mix: successful logins with sessions, codes, failures with counts.
        let kinds: [(EventKind, ReasonCode, Channel?, (Int) -> EventDetail?)] = [
            (.otpSent, .secondFactorEnrolled, .sms, { _ in nil }),
            (.otpVerified, .secondFactorEnrolled, .sms, { _ in nil }),
            (.loginSucceeded, .ok, nil, { _ in nil }),
            (.sessionStarted, .ok, nil, { .session(Int64($0)) }),
            (.loginFailed, .wrongPassword, nil, { .failures($0 % 5 + 1, reset: false) }),
        ]
        let began = Date()
        for index in 0..<events {
            let (kind, reason, channel, detail) = kinds[index % kinds.count]
            let person = index / 5
            try builder.appendEvent(Event(
                at: start + .milliseconds(Int64(index) * 40), account: AccountID(Int64(person % 1_000_000 + 1)), kind: kind,
                reason: reason, ip: IPAddress(ipv4: 0x2440_0000 &+ UInt32(truncatingIfNeeded: person)),
                device: "d\(person)-1", channel: channel, detail: detail(person)))
        }
        let inserted = Date()
        _ = try builder.finish()
        let finished = Date()
        let insert = inserted.timeIntervalSince(began)
        print(String(format: "writer: %d events in %.2f s (%.0f events/s), indexes and finish %.2f s", events, insert,
                     Double(events) / insert, finished.timeIntervalSince(inserted)))
    }
}

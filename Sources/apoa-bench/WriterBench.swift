import Foundation
import Portal
import World

/// The world writer alone: how fast events go into a world file, how fast accounts go into a
/// part of it, and what indexing and copying the part in cost. A run with `--record all`
/// cannot be faster than this.
enum WriterBench {
    static func run(events: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-writer-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let start = Instant(millisecondsSince1970: 1_796_058_000_000)
        let builder = try WorldBuilder(path: directory.appendingPathComponent("w.sqlite").path, policy: .standard, now: start,
                                       zone: .jakarta, meta: [])
        let people = max(1, events / 4)
        // A realistic mix: successful logins with sessions, codes, failures with counts, for
        // people in no particular order (as a day's logins come).
        let kinds: [(EventKind, ReasonCode, Channel?, (Int) -> EventDetail?)] = [
            (.otpSent, .secondFactorEnrolled, .sms, { _ in nil }),
            (.otpVerified, .secondFactorEnrolled, .sms, { _ in nil }),
            (.loginSucceeded, .ok, nil, { .session(Int64($0)) }),
            (.loginFailed, .wrongPassword, nil, { .failures($0 % 5 + 1, reset: false) }),
        ]
        let began = Date()
        for index in 0..<events {
            let (kind, reason, channel, detail) = kinds[index % kinds.count]
            let person = (index / 4 &* 7_919) % people
            try builder.appendEvent(Event(
                at: start + .milliseconds(Int64(index) * 40), account: AccountID(Int64(person + 1)), kind: kind,
                reason: reason, ip: IPAddress(ipv4: 0x2440_0000 &+ UInt32(truncatingIfNeeded: person)),
                device: "d\(person)-1", channel: channel, detail: detail(person)))
        }
        let inserted = Date()
        // Made before the clock starts: this times SQLite's side of writing them.
        let rows = GeneratedAccounts((0..<people).map { person in
            let digits = String(100_000_000 + person).dropFirst()
            return GeneratedAccount(
                id: AccountID(Int64(person + 1)), username: "user.\(person)", email: "user.\(person)@example.id",
                phone: "+62812\(digits)", kind: .citizen, language: .indonesian, secondFactor: .sms, verification: .verified,
                createdAt: start, lastLoginAt: nil, isStepUpDue: false, documentType: .nik, documentNumber: "31740150\(digits)")
        })
        let made = Date()
        let part = try builder.makePart(named: "accounts")
        try part.addGeneratedAccounts(rows)
        let accounts = Date()
        try part.finish()
        let partIndexed = Date()
        try builder.buildIndexes()
        let indexed = Date()
        try builder.absorb(part)
        let absorbed = Date()
        _ = try builder.finish()
        let finished = Date()
        func seconds(_ from: Date, _ to: Date) -> Double { to.timeIntervalSince(from) }
        print(String(format: "writer: %d events in %.2f s (%.0f events/s); %d accounts in %.2f s, their indexes %.2f s; "
                     + "event index %.2f s; copying the accounts in %.2f s; finish %.2f s",
                     events, seconds(began, inserted), Double(events) / seconds(began, inserted), people,
                     seconds(made, accounts), seconds(accounts, partIndexed), seconds(partIndexed, indexed),
                     seconds(indexed, absorbed), seconds(absorbed, finished)))
    }
}

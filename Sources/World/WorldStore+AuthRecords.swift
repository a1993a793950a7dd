import Portal
import SQLiteDB

extension WorldStore {
    /// The login state of an account: profile flags, brute-force row, challenge, familiar sources.
    func loadAuthRecord(_ id: AccountID) throws -> AuthRecord {
        let account = try loadAccount(id)
        guard let row = try connection.queryRow("SELECT last_login_at, step_up_due, must_change_password FROM accounts WHERE id = ?", [id.rawValue]) else {
            throw WorldError.unknownAccount(id.description, suggestions: [])
        }
        // No row is a clean record: a simulated world writes rows only for accounts with failures.
        let force = try connection.queryRow("SELECT * FROM brute_force WHERE account_id = ?", [id.rawValue])
        let bruteForce = BruteForceState(
            failures: Int(force?.int("failures") ?? 0),
            temporaryLockouts: Int(force?.int("temporary_lockouts") ?? 0),
            lastFailure: force?.int("last_failure").map(Instant.init(millisecondsSince1970:)),
            notBefore: force?.int("not_before").map(Instant.init(millisecondsSince1970:)),
            isPermanentlyLocked: force?.bool("permanently_locked") ?? false,
            lastFailureIP: force?.text("last_failure_ip").flatMap(IPAddress.init))
        var ips: [IPAddress] = []
        var devices: [DeviceLabel] = []
        for source in try connection.query(
            "SELECT kind, value FROM familiar_sources WHERE account_id = ? ORDER BY kind, rank", [id.rawValue]) {
            if source.text("kind") == "ip" {
                if let ip = source.text("value").flatMap(IPAddress.init) { ips.append(ip) }
            } else if let device = try deviceLabel(source, "value", of: "familiar_sources") {
                devices.append(device)
            }
        }
        return AuthRecord(
            account: id, status: account.status, verification: account.verification, secondFactor: account.secondFactor,
            bruteForce: bruteForce, challenge: try loadChallenge(id), familiar: FamiliarSources(ips: ips, devices: devices),
            lastLoginAt: row.int("last_login_at").map(Instant.init(millisecondsSince1970:)),
            isStepUpDue: row.bool("step_up_due") ?? false, mustChangePassword: row.bool("must_change_password") ?? false)
    }

    /// Writes back what the rules may change. `codeHash` replaces the challenge's code hash
    /// when a new code was sent; nil keeps the stored one.
    func save(_ record: AuthRecord, codeHash: PasswordHash? = nil) throws {
        let id = record.account.rawValue
        try connection.run("UPDATE accounts SET last_login_at = ?, step_up_due = ?, must_change_password = ? WHERE id = ?",
                           [record.lastLoginAt?.millisecondsSince1970, record.isStepUpDue, record.mustChangePassword, id])
        let force = record.bruteForce
        try connection.run("""
            INSERT INTO brute_force (account_id, failures, temporary_lockouts, last_failure, not_before, permanently_locked,
                last_failure_ip) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id) DO UPDATE SET failures = excluded.failures,
                temporary_lockouts = excluded.temporary_lockouts, last_failure = excluded.last_failure,
                not_before = excluded.not_before, permanently_locked = excluded.permanently_locked,
                last_failure_ip = excluded.last_failure_ip
            """, [id, force.failures, force.temporaryLockouts, force.lastFailure?.millisecondsSince1970,
                  force.notBefore?.millisecondsSince1970, force.isPermanentlyLocked, force.lastFailureIP?.description])
        try connection.run("DELETE FROM familiar_sources WHERE account_id = ?", [id])
        let insert = try connection.prepare("INSERT INTO familiar_sources (account_id, kind, rank, value) VALUES (?, ?, ?, ?)")
        for (rank, ip) in record.familiar.ips.enumerated() { try insert.execute([id, "ip", rank, ip.description]) }
        for (rank, device) in record.familiar.devices.enumerated() { try insert.execute([id, "device", rank, device]) }
        try saveChallenge(record.challenge, of: record.account, codeHash: codeHash)
    }

    private func loadChallenge(_ id: AccountID) throws -> OTPChallenge? {
        guard let row = try connection.queryRow("SELECT * FROM otp_challenges WHERE account_id = ?", [id.rawValue]),
              let channel = row.text("channel").flatMap(Channel.init(rawValue:)),
              let reason = row.text("reason").flatMap(ReasonCode.init(rawValue:)),
              let issuedAt = row.int("issued_at"), let expiresAt = row.int("expires_at") else { return nil }
        var challenge = OTPChallenge(channel: channel, reason: reason, device: try deviceLabel(row, of: "otp_challenges"),
                                     at: Instant(millisecondsSince1970: issuedAt), isDelivered: row.bool("delivered") ?? false,
                                     policy: policy.otp)
        challenge.expiresAt = Instant(millisecondsSince1970: expiresAt)
        challenge.tries = Int(row.int("tries") ?? 0)
        challenge.resends = Int(row.int("resends") ?? 0)
        challenge.isUsed = row.bool("used") ?? false
        return challenge
    }

    private func saveChallenge(_ challenge: OTPChallenge?, of account: AccountID, codeHash: PasswordHash?) throws {
        guard let challenge else {
            try connection.run("DELETE FROM otp_challenges WHERE account_id = ?", [account.rawValue])
            return
        }
        try connection.run("""
            INSERT INTO otp_challenges (account_id, channel, reason, device, code_hash, issued_at, expires_at, tries, resends, used, delivered)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id) DO UPDATE SET
                channel = excluded.channel, reason = excluded.reason, device = excluded.device,
                code_hash = coalesce(excluded.code_hash, otp_challenges.code_hash),
                issued_at = excluded.issued_at, expires_at = excluded.expires_at, tries = excluded.tries,
                resends = excluded.resends, used = excluded.used, delivered = excluded.delivered
            """, [account.rawValue, challenge.channel.rawValue, challenge.reason.rawValue, challenge.device, codeHash?.encoded,
                  challenge.issuedAt.millisecondsSince1970, challenge.expiresAt.millisecondsSince1970, challenge.tries,
                  challenge.resends, challenge.isUsed, challenge.isDelivered])
    }

    /// The stored hash of the account's current one-time code.
    func challengeCodeHash(_ id: AccountID) throws -> PasswordHash? {
        try connection.scalar("SELECT code_hash FROM otp_challenges WHERE account_id = ?", [id.rawValue])
            .textValue.flatMap(PasswordHash.init(encoded:))
    }

    /// The stored password hash of an account.
    func credential(_ id: AccountID) throws -> PasswordHash? {
        try connection.scalar("SELECT hash FROM credentials WHERE account_id = ?", [id.rawValue])
            .textValue.flatMap(PasswordHash.init(encoded:))
    }
}

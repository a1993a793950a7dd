import SQLiteDB

/// The world file's tables, built up by numbered migrations.
///
/// `PRAGMA user_version` holds the number of the last migration applied. Opening a world runs
/// the ones it lacks, in one transaction; a world from a newer `apoa` is refused rather than
/// guessed at. The README's "world file" section documents every table; keep the two in step.
enum Schema {
    /// The tables every world of the current version has; opening checks them, so a damaged
    /// world is refused at the door rather than half-way through a command.
    static let tables = [
        "meta", "accounts", "identity_documents", "credentials", "brute_force", "source_failures", "familiar_sources",
        "sessions", "otp_challenges", "reset_tokens", "outbox", "events", "operators",
    ]

    /// The version a world has after every migration here.
    static var currentVersion: Int { migrations.count }

    /// Migration N (1-based) takes a world from version N-1 to N.
    static let migrations: [String] = [version1]

    /// Brings `connection` to the current version; returns the version it had.
    @discardableResult
    static func migrate(_ connection: Connection) throws -> Int {
        let found = try connection.userVersion()
        guard found <= currentVersion else {
            throw WorldError.schemaTooNew(path: connection.path, found: found, supported: currentVersion)
        }
        guard found < currentVersion else { return found }
        try connection.inTransaction(.immediate) {
            for sql in migrations[found...] {
                try connection.execute(sql)
            }
            try connection.setUserVersion(currentVersion)
        }
        return found
    }

    private static let version1 = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE accounts (
            id            INTEGER PRIMARY KEY,
            username      TEXT NOT NULL UNIQUE,
            email         TEXT NOT NULL UNIQUE,
            phone         TEXT UNIQUE,
            kind          TEXT NOT NULL CHECK (kind IN ('citizen', 'foreigner')),
            language      TEXT NOT NULL CHECK (language IN ('id', 'en')),
            second_factor TEXT NOT NULL CHECK (second_factor IN ('none', 'sms', 'email')),
            verification  TEXT NOT NULL CHECK (verification IN ('unverified', 'pending', 'verified', 'rejected')),
            status        TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'disabled')),
            created_at    INTEGER NOT NULL,
            last_login_at INTEGER,
            step_up_due   INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE identity_documents (
            type       TEXT NOT NULL CHECK (type IN ('nik', 'passport', 'kitas', 'kitap')),
            number     TEXT NOT NULL,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            PRIMARY KEY (type, number)
        ) WITHOUT ROWID;
        CREATE INDEX identity_documents_by_number ON identity_documents(number);
        CREATE INDEX identity_documents_by_account ON identity_documents(account_id);

        CREATE TABLE credentials (
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
            hash       TEXT NOT NULL CHECK (hash LIKE '$y$%'),
            changed_at INTEGER NOT NULL
        );

        CREATE TABLE brute_force (
            account_id         INTEGER PRIMARY KEY REFERENCES accounts(id),
            failures           INTEGER NOT NULL DEFAULT 0,
            temporary_lockouts INTEGER NOT NULL DEFAULT 0,
            last_failure       INTEGER,
            not_before         INTEGER,
            permanently_locked INTEGER NOT NULL DEFAULT 0,
            last_failure_ip    TEXT
        );
        CREATE INDEX brute_force_by_not_before ON brute_force(not_before) WHERE not_before IS NOT NULL;
        CREATE INDEX brute_force_permanent ON brute_force(account_id) WHERE permanently_locked = 1;

        CREATE TABLE source_failures (
            ip            TEXT PRIMARY KEY,
            failures      INTEGER NOT NULL,
            last_failure  INTEGER,
            blocked_until INTEGER
        ) WITHOUT ROWID;

        CREATE TABLE familiar_sources (
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            kind       TEXT NOT NULL CHECK (kind IN ('ip', 'device')),
            rank       INTEGER NOT NULL,
            value      TEXT NOT NULL,
            PRIMARY KEY (account_id, kind, rank)
        ) WITHOUT ROWID;

        CREATE TABLE sessions (
            id           INTEGER PRIMARY KEY,
            account_id   INTEGER NOT NULL REFERENCES accounts(id),
            started_at   INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL,
            ended_at     INTEGER,
            end_reason   TEXT,
            ip           TEXT,
            device       TEXT
        );
        CREATE INDEX sessions_by_account ON sessions(account_id, started_at);

        CREATE TABLE otp_challenges (
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
            channel    TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            reason     TEXT NOT NULL,
            device     TEXT,
            code_hash  TEXT CHECK (code_hash LIKE '$y$%'),
            issued_at  INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            tries      INTEGER NOT NULL,
            resends    INTEGER NOT NULL,
            used       INTEGER NOT NULL,
            delivered  INTEGER NOT NULL
        );

        CREATE TABLE reset_tokens (
            id           INTEGER PRIMARY KEY,
            account_id   INTEGER NOT NULL REFERENCES accounts(id),
            channel      TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            token_hash   TEXT CHECK (token_hash LIKE '$y$%'),
            requested_at INTEGER NOT NULL,
            expires_at   INTEGER NOT NULL,
            used_at      INTEGER,
            tries        INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX reset_tokens_by_account ON reset_tokens(account_id, requested_at);

        CREATE TABLE outbox (
            id         INTEGER PRIMARY KEY,
            at         INTEGER NOT NULL,
            account_id INTEGER REFERENCES accounts(id),
            channel    TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            recipient  TEXT NOT NULL,
            purpose    TEXT NOT NULL CHECK (purpose IN ('otp', 'reset')),
            delivered  INTEGER NOT NULL,
            body       TEXT NOT NULL
        );
        CREATE INDEX outbox_by_account ON outbox(account_id, at);

        CREATE TABLE events (
            seq        INTEGER PRIMARY KEY,
            at         INTEGER NOT NULL,
            account_id INTEGER,
            kind       TEXT NOT NULL,
            reason     TEXT NOT NULL,
            ip         TEXT,
            device     TEXT,
            channel    TEXT,
            component  TEXT,
            detail     TEXT
        );
        CREATE INDEX events_by_account ON events(account_id, at);
        CREATE INDEX events_by_time ON events(at);

        CREATE TABLE operators (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            role       TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'auditor', 'admin')),
            created_at INTEGER NOT NULL
        );

        -- For people reading the world with the sqlite3 shell: times as UTC text, names not numbers.
        CREATE VIEW event_log AS
            SELECT e.seq, strftime('%Y-%m-%dT%H:%M:%fZ', e.at / 1000.0, 'unixepoch') AS at_utc,
                   a.username, e.kind, e.reason, e.ip, e.device, e.channel, e.component, e.detail
            FROM events e LEFT JOIN accounts a ON a.id = e.account_id;
        CREATE VIEW lock_status AS
            SELECT a.username, b.failures, b.temporary_lockouts,
                   strftime('%Y-%m-%dT%H:%M:%SZ', b.not_before / 1000, 'unixepoch') AS locked_until_utc,
                   b.permanently_locked, b.last_failure_ip
            FROM brute_force b JOIN accounts a ON a.id = b.account_id
            WHERE b.failures > 0 OR b.not_before IS NOT NULL OR b.permanently_locked = 1;
        """
}

import SQLiteDB

/// The world file's tables, built up by numbered migrations.
///
/// `PRAGMA user_version` holds the number of the last migration applied. Opening a world runs
/// the ones it lacks, in one transaction; a world from a newer `apoa` is refused rather than
/// guessed at. Each migration is split into its tables and its indexes (unique constraints
/// included), so a simulation can load millions of rows into bare tables and build the indexes
/// once at the end, which SQLite does far faster than keeping them up to date row by row.
/// The README's "world file" section documents every table; keep the two in step.
///
/// The event log is append-only and its times never go back (the world clock only moves
/// forward; a simulation writes minute by minute), so `seq` order is time order: an index on
/// `at` would add nothing but an hour of sorting to a big world, and within one account the
/// index's row numbers are already in time order.
///
/// Allowed values are checked with `x = 'a' OR x = 'b'`, not `x IN ('a', 'b')`: SQLite builds
/// a temporary b-tree for an IN list of three or more each time it checks a row, which made
/// bulk loading ten times slower.
enum Schema {
    /// One step of the schema.
    struct Migration {
        let tables: String
        let indexes: String
    }

    /// Migration N (1-based) takes a world from version N-1 to N.
    static let migrations: [Migration] = [version1, version2, version3, version4, version5]

    /// The version a world has after every migration here.
    static var currentVersion: Int { migrations.count }

    /// The tables every world of the current version has; opening checks them, so a damaged
    /// world is refused at the door rather than half-way through a command.
    static let tables = [
        "meta", "accounts", "identity_documents", "credentials", "brute_force", "source_failures", "familiar_sources",
        "sessions", "otp_challenges", "reset_tokens", "outbox", "events", "operators",
        "tickets", "component_status", "maintenance_windows", "metrics",
        "applications", "application_documents", "appointments", "notifications", "audit", "incidents",
        "notices", "notice_components", "notice_updates",
    ]

    /// Brings `connection` to the current version; returns the version it had.
    @discardableResult
    static func migrate(_ connection: Connection) throws -> Int {
        let found = try connection.userVersion()
        guard found <= currentVersion else {
            throw WorldError.schemaTooNew(path: connection.path, found: found, supported: currentVersion)
        }
        guard found < currentVersion else { return found }
        try connection.inTransaction(.immediate) {
            for migration in migrations[found...] {
                try connection.execute(migration.tables)
                try connection.execute(migration.indexes)
            }
            try connection.setUserVersion(currentVersion)
        }
        return found
    }

    /// Every table of the current version, without their indexes (for bulk loading).
    static var allTables: String { migrations.map(\.tables).joined(separator: "\n") }

    /// Every index of the current version (after bulk loading).
    static var allIndexes: String { migrations.map(\.indexes).joined(separator: "\n") }

    private static let version1 = Migration(tables: """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE accounts (
            id            INTEGER PRIMARY KEY,
            username      TEXT NOT NULL,
            email         TEXT NOT NULL,
            phone         TEXT,
            kind          TEXT NOT NULL CHECK (kind = 'citizen' OR kind = 'foreigner'),
            language      TEXT NOT NULL CHECK (language = 'id' OR language = 'en'),
            second_factor TEXT NOT NULL CHECK (second_factor = 'none' OR second_factor = 'sms' OR second_factor = 'email'),
            verification  TEXT NOT NULL CHECK (verification = 'unverified' OR verification = 'pending' OR verification = 'verified' OR verification = 'rejected'),
            status        TEXT NOT NULL CHECK (status = 'active' OR status = 'suspended' OR status = 'disabled'),
            created_at    INTEGER NOT NULL,
            last_login_at INTEGER,
            step_up_due   INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE identity_documents (
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            type       TEXT NOT NULL CHECK (type = 'nik' OR type = 'passport' OR type = 'kitas' OR type = 'kitap'),
            number     TEXT NOT NULL
        );

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

        CREATE TABLE source_failures (
            ip            TEXT PRIMARY KEY,
            failures      INTEGER NOT NULL,
            last_failure  INTEGER,
            blocked_until INTEGER
        ) WITHOUT ROWID;

        CREATE TABLE familiar_sources (
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            kind       TEXT NOT NULL CHECK (kind = 'ip' OR kind = 'device'),
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

        CREATE TABLE otp_challenges (
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
            channel    TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'email'),
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
            channel      TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'email'),
            token_hash   TEXT CHECK (token_hash LIKE '$y$%'),
            requested_at INTEGER NOT NULL,
            expires_at   INTEGER NOT NULL,
            used_at      INTEGER,
            tries        INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE outbox (
            id         INTEGER PRIMARY KEY,
            at         INTEGER NOT NULL,
            account_id INTEGER REFERENCES accounts(id),
            channel    TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'email'),
            recipient  TEXT NOT NULL,
            purpose    TEXT NOT NULL CHECK (purpose = 'otp' OR purpose = 'reset'),
            delivered  INTEGER NOT NULL,
            body       TEXT NOT NULL
        );

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

        CREATE TABLE operators (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            role       TEXT NOT NULL CHECK (role = 'agent' OR role = 'supervisor' OR role = 'auditor' OR role = 'admin'),
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
        """, indexes: """
        CREATE UNIQUE INDEX accounts_by_username ON accounts(username);
        CREATE UNIQUE INDEX accounts_by_email ON accounts(email);
        CREATE UNIQUE INDEX accounts_by_phone ON accounts(phone);
        CREATE UNIQUE INDEX identity_documents_by_number ON identity_documents(number, type);
        CREATE INDEX identity_documents_by_account ON identity_documents(account_id);
        CREATE INDEX brute_force_by_not_before ON brute_force(not_before) WHERE not_before IS NOT NULL;
        CREATE INDEX brute_force_permanent ON brute_force(account_id) WHERE permanently_locked = 1;
        CREATE INDEX sessions_by_account ON sessions(account_id, started_at);
        CREATE INDEX reset_tokens_by_account ON reset_tokens(account_id, requested_at);
        CREATE INDEX outbox_by_account ON outbox(account_id, at);
        CREATE INDEX events_by_account ON events(account_id) WHERE account_id IS NOT NULL;
        """)

    private static let version2 = Migration(tables: """
        CREATE TABLE tickets (
            id           INTEGER PRIMARY KEY,
            opened_at    INTEGER NOT NULL,
            account_id   INTEGER REFERENCES accounts(id),
            channel      TEXT NOT NULL CHECK (channel = 'hotline' OR channel = 'email' OR channel = 'form'),
            says         TEXT NOT NULL,
            message_seen TEXT,
            category     TEXT NOT NULL,
            true_cause   TEXT NOT NULL,
            status       TEXT NOT NULL CHECK (status = 'new' OR status = 'open' OR status = 'pending' OR status = 'solved' OR status = 'closed'),
            priority     TEXT NOT NULL CHECK (priority = 'low' OR priority = 'normal' OR priority = 'high' OR priority = 'urgent')
        );

        CREATE TABLE component_status (
            component TEXT NOT NULL,
            starts_at INTEGER NOT NULL,
            ends_at   INTEGER NOT NULL,
            status    TEXT NOT NULL CHECK (status = 'degraded' OR status = 'partial-outage' OR status = 'major-outage' OR status = 'under-maintenance'),
            cause     TEXT NOT NULL
        );

        CREATE TABLE maintenance_windows (
            id           INTEGER PRIMARY KEY,
            starts_at    INTEGER NOT NULL,
            ends_at      INTEGER NOT NULL,
            components   TEXT NOT NULL,
            announced_at INTEGER,
            notice_id    TEXT,
            notice_en    TEXT,
            seen_by      REAL NOT NULL
        );

        CREATE TABLE metrics (
            series       TEXT NOT NULL,
            bucket_start INTEGER NOT NULL,
            value        REAL NOT NULL,
            PRIMARY KEY (series, bucket_start)
        ) WITHOUT ROWID;
        """, indexes: """
        CREATE INDEX tickets_by_account ON tickets(account_id, opened_at);
        CREATE INDEX tickets_by_status ON tickets(status, opened_at);
        CREATE INDEX component_status_by_time ON component_status(component, starts_at);
        """)

    /// Applications (APOA), their documents, office appointments and the account's inbox.
    /// An application's history is its `application-status-changed` events (`detail` names it).
    private static let version3 = Migration(tables: """
        CREATE TABLE applications (
            id            INTEGER PRIMARY KEY,
            account_id    INTEGER NOT NULL REFERENCES accounts(id),
            kind          TEXT NOT NULL CHECK (kind = 'visa-extension' OR kind = 'kitas' OR kind = 'kitap' OR kind = 'reentry-permit' OR kind = 'passport' OR kind = 'e-voa'),
            state         TEXT NOT NULL CHECK (state = 'draft' OR state = 'submitted' OR state = 'under-review' OR state = 'needs-action' OR state = 'approved' OR state = 'rejected' OR state = 'withdrawn'),
            state_since   INTEGER NOT NULL,
            created_at    INTEGER NOT NULL,
            submitted_at  INTEGER,
            action_needed TEXT
        );

        CREATE TABLE application_documents (
            id             INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id),
            kind           TEXT NOT NULL,
            format         TEXT NOT NULL CHECK (format = 'pdf' OR format = 'jpg' OR format = 'png'),
            size_kb        INTEGER NOT NULL CHECK (size_kb > 0),
            readable       INTEGER NOT NULL CHECK (readable = 0 OR readable = 1),
            expires        INTEGER,
            uploaded_at    INTEGER NOT NULL,
            result         TEXT NOT NULL
        );

        CREATE TABLE appointments (
            id             INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id),
            office         TEXT NOT NULL,
            purpose        TEXT NOT NULL CHECK (purpose = 'biometrics' OR purpose = 'interview'),
            at             INTEGER NOT NULL,
            day            TEXT NOT NULL,
            status         TEXT NOT NULL CHECK (status = 'booked' OR status = 'attended' OR status = 'missed' OR status = 'cancelled'),
            booked_at      INTEGER NOT NULL
        );

        CREATE TABLE notifications (
            id             INTEGER PRIMARY KEY,
            account_id     INTEGER NOT NULL REFERENCES accounts(id),
            at             INTEGER NOT NULL,
            topic          TEXT NOT NULL,
            application_id INTEGER REFERENCES applications(id),
            language       TEXT NOT NULL CHECK (language = 'id' OR language = 'en'),
            text           TEXT NOT NULL,
            read_at        INTEGER
        );
        """, indexes: """
        CREATE INDEX applications_by_account ON applications(account_id, created_at);
        CREATE INDEX applications_by_state ON applications(state, state_since);
        CREATE INDEX application_documents_by_application ON application_documents(application_id, uploaded_at);
        CREATE INDEX appointments_by_office_day ON appointments(office, day);
        CREATE INDEX appointments_by_application ON appointments(application_id);
        CREATE INDEX notifications_by_account ON notifications(account_id, at);
        """)

    /// The desk: the audit chain, incidents that group tickets, how a ticket was worked, and a
    /// password change the desk forces with a temporary password.
    ///
    /// The audit log is append-only (triggers refuse UPDATE and DELETE) and hash-chained: each
    /// row's `hash` is SHA-256 over its own fields and the previous row's hash, and `meta`'s
    /// `audit_head` holds the newest hash, so a changed, removed or cut-off row shows.
    private static let version4 = Migration(tables: """
        CREATE TABLE audit (
            seq           INTEGER PRIMARY KEY,
            at            INTEGER NOT NULL,
            operator      TEXT NOT NULL,
            role          TEXT NOT NULL,
            action        TEXT NOT NULL,
            target        TEXT,
            ticket        INTEGER,
            detail        TEXT NOT NULL,
            outcome       TEXT NOT NULL CHECK (outcome = 'done' OR outcome = 'refused'),
            previous_hash TEXT NOT NULL,
            hash          TEXT NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

        CREATE TABLE incidents (
            id          INTEGER PRIMARY KEY,
            title       TEXT NOT NULL,
            opened_at   INTEGER NOT NULL,
            opened_by   TEXT NOT NULL,
            resolved_at INTEGER,
            note        TEXT
        );

        ALTER TABLE tickets ADD COLUMN assignee TEXT;
        ALTER TABLE tickets ADD COLUMN first_response_at INTEGER;
        ALTER TABLE tickets ADD COLUMN solved_at INTEGER;
        ALTER TABLE tickets ADD COLUMN closed_at INTEGER;
        ALTER TABLE tickets ADD COLUMN incident_id INTEGER REFERENCES incidents(id);
        ALTER TABLE tickets ADD COLUMN resolution TEXT;
        ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
        """, indexes: """
        CREATE INDEX tickets_by_incident ON tickets(incident_id) WHERE incident_id IS NOT NULL;
        CREATE INDEX tickets_by_category ON tickets(category, opened_at);
        CREATE INDEX events_failed_by_ip ON events(ip, account_id) WHERE kind = 'login-failed';
        """)

    /// Maintenance and incident notices the desk publishes: their texts in both languages, the
    /// components each takes down and how far, their windows (one, or recurring in a zone), the
    /// desk's timed updates and a cancellation. A notice's status is not stored: it follows the
    /// world clock (`Notice.status(at:)`). `in_force_until` is kept so the notices in force at an
    /// instant are found without reading the finished ones.
    private static let version5 = Migration(tables: """
        CREATE TABLE notices (
            id              INTEGER PRIMARY KEY,
            kind            TEXT NOT NULL CHECK (kind = 'maintenance' OR kind = 'incident'),
            title_id        TEXT NOT NULL,
            title_en        TEXT NOT NULL,
            body_id         TEXT,
            body_en         TEXT,
            starts_at       INTEGER NOT NULL,
            ends_at         INTEGER,
            recurrence      TEXT,
            recurrence_zone TEXT,
            recur_until     INTEGER,
            recur_count     INTEGER,
            in_force_until  INTEGER,
            published_at    INTEGER NOT NULL,
            published_by    TEXT NOT NULL,
            cancelled_at    INTEGER,
            cancelled_by    TEXT,
            cancel_reason   TEXT,
            CHECK ((body_id IS NULL) = (body_en IS NULL)),
            CHECK ((recurrence IS NULL) = (recurrence_zone IS NULL))
        );

        CREATE TABLE notice_components (
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            position  INTEGER NOT NULL,
            component TEXT NOT NULL,
            status    TEXT NOT NULL CHECK (status = 'degraded' OR status = 'partial-outage' OR status = 'major-outage' OR status = 'under-maintenance'),
            PRIMARY KEY (notice_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE notice_updates (
            id         INTEGER PRIMARY KEY,
            notice_id  INTEGER NOT NULL REFERENCES notices(id),
            at         INTEGER NOT NULL,
            status     TEXT NOT NULL,
            message_id TEXT NOT NULL,
            message_en TEXT NOT NULL,
            posted_by  TEXT NOT NULL
        );
        """, indexes: """
        CREATE INDEX notices_in_force ON notices(in_force_until);
        CREATE INDEX notice_updates_by_notice ON notice_updates(notice_id, at);
        CREATE UNIQUE INDEX notice_components_once ON notice_components(notice_id, component);
        """)
}

import Portal
import SQLiteDB

extension WorldStore {
    /// The account's applications, oldest first (the `applications_by_account` index).
    public func applications(of account: AccountID) throws -> [Application] {
        try read { _ in
            try connection.query("SELECT * FROM applications WHERE account_id = ? ORDER BY created_at, id", [account.rawValue])
                .map(application)
        }
    }

    /// One application with its documents, appointments and history.
    ///
    /// The history is the account's events whose detail names the application
    /// (`application=ID …`): its creation, uploads and their results, moves with reason and
    /// actor, refusals, bookings and attendance.
    public func applicationDetail(_ id: Int64) throws -> ApplicationDetail {
        try read { now in
            let application = try loadApplication(id)
            let username = try connection.scalar("SELECT username FROM accounts WHERE id = ?",
                                                  [application.account.rawValue]).textValue ?? "?"
            let history = try connection.query("""
                SELECT e.*, NULL AS username FROM events e WHERE e.account_id = ? AND e.detail LIKE ? ORDER BY e.seq
                """, [application.account.rawValue, "application=\(id) %"])
                .map(loggedEvent).map { ApplicationHistoryEntry(seq: $0.seq, event: $0.event) }
            return ApplicationDetail(application: application, username: username, documents: try documents(of: id),
                                     appointments: try appointments(of: id), history: history, now: now)
        }
    }

    /// Applications in `state` that entered it before `before`, longest waiting first (the
    /// `applications_by_state` index); at most `limit`.
    public func applications(in state: ApplicationState, enteredBefore before: Instant, limit: Int = 1_000) throws -> [Application] {
        try read { _ in
            try connection.query("""
                SELECT * FROM applications WHERE state = ? AND state_since < ? ORDER BY state_since, id LIMIT ?
                """, [state.rawValue, before.millisecondsSince1970, limit]).map(application)
        }
    }

    /// The status of each application's newest appointment, for those that have one: whether
    /// an application waits on the office or on the person to book (`Application.isStuck`).
    public func visits(of applications: [Application]) throws -> [Int64: AppointmentStatus] {
        try read { _ in
            var visits: [Int64: AppointmentStatus] = [:]
            for application in applications where application.kind.appointment != nil {
                visits[application.id] = try newestAppointment(of: application.id)?.status
            }
            return visits
        }
    }

    /// The usernames of these accounts (those that exist), in one read.
    public func usernames(of accounts: [AccountID]) throws -> [AccountID: String] {
        try read { _ in
            var names: [AccountID: String] = [:]
            for id in accounts where names[id] == nil {
                names[id] = try connection.scalar("SELECT username FROM accounts WHERE id = ?", [id.rawValue]).textValue
            }
            return names
        }
    }

    /// What the helpdesk needs about the account's applications, at the world clock: each in
    /// `needs-action` with what to fix (which document, what failed, since when, the failed
    /// upload), and each whose office visit the person has yet to book; then each waiting on
    /// the office longer than its kind's usual processing time.
    public func applicationsNeedingAttention(_ account: AccountID) throws -> [ApplicationAttention] {
        try read { now in try applicationsNeedingAttention(account, at: now) }
    }

    /// `applicationsNeedingAttention(_:)` inside a transaction.
    func applicationsNeedingAttention(_ account: AccountID, at now: Instant) throws -> [ApplicationAttention] {
        let all = try connection.query("SELECT * FROM applications WHERE account_id = ? ORDER BY created_at, id",
                                       [account.rawValue]).map(application)
        var waitingOnPerson: [ApplicationAttention] = []
        var stuck: [ApplicationAttention] = []
        for application in all {
            if application.state == .needsAction {
                let documents = try documents(of: application.id)
                let items = application.actionNeeded.map { item in
                    // The upload the item stands for: the newest of its kind that failed for this reason.
                    let failed = item.document.flatMap { kind in
                        documents.last { $0.upload.kind == kind && $0.result == item.reason }
                    }
                    return ActionNeeded(item: item, failedUpload: failed)
                }
                waitingOnPerson.append(ApplicationAttention(application: application, actionNeeded: items, waiting: nil))
            } else if application.state.isWaitingOnOffice {
                let visit = try newestAppointment(of: application.id)?.status
                if let purpose = application.visitToBook(visit: visit) {
                    waitingOnPerson.append(ApplicationAttention(application: application, actionNeeded: [], waiting: nil,
                                                                visitToBook: purpose))
                } else if application.isStuck(at: now, visit: visit), let submitted = application.submittedAt {
                    stuck.append(ApplicationAttention(application: application, actionNeeded: [], waiting: now - submitted))
                }
            }
        }
        return waitingOnPerson + stuck
    }
}

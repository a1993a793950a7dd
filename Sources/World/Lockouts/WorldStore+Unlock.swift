import Portal
import SQLiteDB

/// What an unlock needs to know of the ticket it is done for.
public struct TicketReference: Equatable, Sendable {
    /// The ticket's number.
    public let id: Int64
    /// The account the ticket is about; nil when the person's account was not found.
    public let account: AccountID?
}

extension WorldStore {
    /// Clears the lock of account `id` at the world clock through the portal's unlock rule
    /// (`AuthRecord.unlock`) and logs its `lock-cleared` event; changes nothing when the account
    /// is not locked. Inside a desk action (`audited`) it joins the action's transaction.
    public func unlock(_ id: AccountID) throws -> AuthRecord.UnlockOutcome {
        try transaction { now in
            var record = try loadAuthRecord(id)
            var events = EventList()
            let outcome = record.unlock(at: now, policy: policy.bruteForce, events: &events)
            if case .cleared = outcome {
                try save(record)
                try append(events.events)
            }
            return outcome
        }
    }

    /// The ticket numbered `id`, or nil when there is none.
    public func ticketReference(_ id: Int64) throws -> TicketReference? {
        try read { _ in
            try connection.queryRow("SELECT id, account_id FROM tickets WHERE id = ?", [id]).map { row in
                TicketReference(id: id, account: row.int("account_id").map(AccountID.init))
            }
        }
    }
}

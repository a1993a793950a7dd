import Portal

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
}

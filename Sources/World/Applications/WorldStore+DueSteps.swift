import Portal

extension WorldStore {
    /// The steps the portal takes by itself once their time has come, for a world whose clock
    /// the desk moves by hand (a simulation takes them as it goes): every application left in
    /// `needs-action` for `ApplicationWorkflow.actionDeadline` is rejected by the system
    /// (`action-deadline-passed`), with its notification. Returns the applications rejected.
    ///
    /// Run inside the desk action that moved the clock, so the move and its consequences are
    /// one transaction and one audit line.
    public func runDueSteps() throws -> [Application] {
        let now = try now()
        // `enteredBefore` is strict: an application that entered needs-action exactly a deadline ago is due.
        let cutoff = now - ApplicationWorkflow.actionDeadline + .milliseconds(1)
        var rejected: [Application] = []
        var refused: Set<Int64> = []
        while true {
            let due = try applications(in: .needsAction, enteredBefore: cutoff, limit: 1_000).filter { !refused.contains($0.id) }
            guard !due.isEmpty else { break }
            for application in due {
                // A move the rules refuse leaves the application as it is (and logs why); it is not retried.
                if let moved = try? moveApplication(application.id, to: .rejected, by: .system, reason: .actionDeadlinePassed) {
                    rejected.append(moved)
                } else {
                    refused.insert(application.id)
                }
            }
        }
        return rejected
    }
}

import SQLiteDB

extension WorldBuilder {
    /// Copies the desk's own records from the world at `previous` — the one a continued run
    /// replaces — into this one: operators, the audit log (rows and head, so the chain still
    /// verifies), incidents, how each ticket was worked, the notices (the scenario's again, with
    /// what the desk did to them, and the desk's own) and the messages the desk sent. What the desk did *to people* (unlocks, resets) is not copied: the run
    /// did it again, at its time, through the portal's rules.
    ///
    /// The run must have opened the same tickets before the previous world's end (same
    /// scenario, seed and size: a run's beginning does not depend on how long it goes on); a
    /// worked ticket that is not the same ticket here is an error, not a silent mismatch.
    public func carryDeskRecords(from previous: String) throws {
        do {
            try connection.run("ATTACH DATABASE ? AS previous", [previous])
            defer { try? connection.execute("DETACH DATABASE previous") }
            try connection.execute("BEGIN")
            do {
                try carryRows()
                try connection.execute("COMMIT")
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        } catch let error as SQLiteError {
            throw WorldError(error, path: path)
        }
    }

    private func carryRows() throws {
        let mismatched = try connection.scalar("""
            SELECT MIN(old.id) FROM previous.tickets old LEFT JOIN main.tickets new ON new.id = old.id
            WHERE new.id IS NULL OR new.opened_at != old.opened_at OR new.account_id IS NOT old.account_id
            """)
        if case .integer(let id) = mismatched {
            throw WorldError.notAWorld(path: path, why: "ticket #\(id) of the world being continued is not the run's ticket #\(id): "
                + "the world was not made by this scenario and this version of apoa; simulate it again")
        }
        try connection.execute("""
            INSERT INTO main.operators (name, role, created_at)
                SELECT name, role, created_at FROM previous.operators
                WHERE name NOT IN (SELECT name FROM main.operators) ORDER BY id;
            INSERT INTO main.audit SELECT * FROM previous.audit ORDER BY seq;
            INSERT OR REPLACE INTO main.meta (key, value) SELECT key, value FROM previous.meta WHERE key = 'audit_head';
            INSERT INTO main.incidents SELECT * FROM previous.incidents ORDER BY id;
            UPDATE main.tickets SET (status, assignee, first_response_at, solved_at, closed_at, incident_id, resolution) =
                (SELECT status, assignee, first_response_at, solved_at, closed_at, incident_id, resolution
                 FROM previous.tickets old WHERE old.id = main.tickets.id)
                WHERE id IN (SELECT id FROM previous.tickets
                             WHERE status != 'new' OR assignee IS NOT NULL OR incident_id IS NOT NULL);
            DELETE FROM main.notice_components;
            DELETE FROM main.notices;
            INSERT INTO main.notices SELECT * FROM previous.notices ORDER BY id;
            INSERT INTO main.notice_components SELECT * FROM previous.notice_components;
            INSERT INTO main.notice_updates SELECT * FROM previous.notice_updates ORDER BY id;
            INSERT INTO main.outbox SELECT * FROM previous.outbox ORDER BY id;
            """)
    }
}

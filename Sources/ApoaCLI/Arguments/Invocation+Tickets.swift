import World

/// Arguments the ticket commands share.
extension Invocation {
    /// The `ID` positional: a ticket number (`12` or `#12`).
    func ticketID() throws(CLIError) -> Int64 {
        try ticketNumber(try required("ID"))
    }

    /// Every ticket number the `ID...` positional took, in order, without repeats; commas also
    /// separate them (`4,7 9`), so a list pasted from elsewhere works.
    func ticketIDs() throws(CLIError) -> [Int64] {
        let words = arguments.lists["ID"] ?? positional("ID").map { [$0] } ?? []
        var ids: [Int64] = []
        for word in words {
            for part in word.split(separator: ",", omittingEmptySubsequences: true) {
                let id = try ticketNumber(String(part))
                if !ids.contains(id) { ids.append(id) }
            }
        }
        guard !ids.isEmpty else { throw usage("missing ID") }
        return ids
    }

    /// The `--incident N` option: an incident number, or nil when not given.
    func incidentNumber() throws(CLIError) -> Int64? {
        try parse("incident", expected: "an incident number like 1") { text in
            Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text).flatMap { $0 >= 1 ? $0 : nil }
        }
    }

    /// The `--category C` option: one of the desk's categories, or nil when not given.
    func ticketCategory() throws(CLIError) -> String? {
        try parse("category", expected: "one of " + Ticket.categories.joined(separator: ", ")) { text in
            Ticket.categories.contains(text) ? text : nil
        }
    }

    private func ticketNumber(_ text: String) throws(CLIError) -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id >= 1 else {
            throw usage("ID: expected a ticket number like 12, found '\(text)'")
        }
        return id
    }
}

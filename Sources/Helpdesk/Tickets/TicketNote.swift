/// What the desk writes on a ticket or an incident — a note, an incident's title — must be
/// something a colleague can read later: not blank, and not a pasted book.
enum TicketNote {
    /// The longest note, in characters.
    static let maximumLength = 1_000

    /// A note: `text` without leading and trailing white space, or a refusal.
    static func note(_ text: String) throws(HelpdeskError) -> String {
        try checked(text, as: "the note", hint: "say what was done, or what the person must do")
    }

    /// An incident's title, likewise.
    static func title(_ text: String) throws(HelpdeskError) -> String {
        try checked(text, as: "the incident's title", hint: "say what went wrong, like 'SMS gateway down'")
    }

    private static func checked(_ text: String, as what: String, hint: String) throws(HelpdeskError) -> String {
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty else { throw .refused("\(what) is empty: \(hint)") }
        guard trimmed.count <= maximumLength else {
            throw .refused("\(what) has \(trimmed.count) characters; at most \(maximumLength)")
        }
        return trimmed
    }
}

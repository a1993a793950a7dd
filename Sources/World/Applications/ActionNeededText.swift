import Portal

/// How `applications.action_needed` stores what a `needs-action` application waits for:
/// `document:reason@since` items separated by `;`, with `-` for no document
/// (`photo:too-large@1796083200000;-:appointment-missed@1796090400000`). Text rather than a
/// table because it is read with its application and rarely holds more than one item.
enum ActionNeededText {
    static func encode(_ items: [ActionItem]) -> String? {
        guard !items.isEmpty else { return nil }
        return items.map { "\($0.document?.rawValue ?? "-"):\($0.reason.rawValue)@\($0.since.millisecondsSince1970)" }
            .joined(separator: ";")
    }

    /// The items, or nil when the text is not in this form (a damaged world).
    static func decode(_ text: String?) -> [ActionItem]? {
        guard let text, !text.isEmpty else { return [] }
        var items: [ActionItem] = []
        for part in text.split(separator: ";") {
            let fields = part.split(separator: ":", maxSplits: 1)
            guard fields.count == 2 else { return nil }
            let rest = fields[1].split(separator: "@", maxSplits: 1)
            guard rest.count == 2, let reason = ReasonCode(rawValue: String(rest[0])), let since = Int64(rest[1]) else { return nil }
            let document: DocumentKind?
            if fields[0] == "-" {
                document = nil
            } else {
                guard let kind = DocumentKind(rawValue: String(fields[0])) else { return nil }
                document = kind
            }
            items.append(ActionItem(document: document, reason: reason, since: Instant(millisecondsSince1970: since)))
        }
        return items
    }
}

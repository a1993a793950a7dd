import Portal
import SQLiteDB

extension WorldStore {
    /// Changes the e-mail, phone or language of the account `who` names (nil: unchanged), one
    /// `profile-changed` event per field that really changed, and a notification in the
    /// language the account had before. Returns the account as it now is.
    ///
    /// Refused with nothing written when the result contradicts itself (no phone with SMS
    /// codes) or the e-mail or phone belongs to another account.
    public func changeProfile(of who: String, email: EmailAddress? = nil, phone: PhoneNumber?? = nil,
                              language: Language? = nil) throws -> Account {
        try transaction { now in
            var account = try findAccount(who)
            let before = account
            if let email, email != before.email,
               try connection.scalar("SELECT 1 FROM accounts WHERE email = ? AND id != ?", [email.value, account.id.rawValue]) != .null {
                throw WorldError.duplicate(field: "e-mail", value: email.value)
            }
            if let phone = phone ?? nil, phone != before.phone,
               try connection.scalar("SELECT 1 FROM accounts WHERE phone = ? AND id != ?", [phone.value, account.id.rawValue]) != .null {
                throw WorldError.duplicate(field: "phone", value: phone.value)
            }
            var events = EventList()
            let notice: Notification?
            do throws(PortalError) {
                notice = try account.changeProfile(email: email, phone: phone, language: language, at: now, events: &events)
            } catch {
                throw WorldError.refused(error)
            }
            guard let notice else { return account }
            try connection.run("UPDATE accounts SET email = ?, phone = ?, language = ? WHERE id = ?",
                               [account.email.value, account.phone?.value, account.language.rawValue, account.id.rawValue])
            try append(events.events)
            try deliver([notice], in: before.language)
            return account
        }
    }

    /// The account's notifications, oldest first; only unread ones when asked.
    public func notifications(of account: AccountID, unreadOnly: Bool = false) throws -> [StoredNotification] {
        try read { _ in
            let sql = "SELECT * FROM notifications WHERE account_id = ?" + (unreadOnly ? " AND read_at IS NULL" : "")
                + " ORDER BY at, id"
            return try connection.query(sql, [account.rawValue]).map { row in
                let id = row.int("id") ?? 0
                guard let at = row.int("at"), let topic = row.text("topic").flatMap(NotificationTopic.init(rawValue:)),
                      let language = row.text("language").flatMap(Language.init(rawValue:)), let text = row.text("text") else {
                    throw WorldError.notAWorld(path: path, why: "notification \(id) is damaged")
                }
                return StoredNotification(id: id, at: Instant(millisecondsSince1970: at), topic: topic,
                                          application: row.int("application_id"), language: language, text: text,
                                          readAt: row.int("read_at").map(Instant.init(millisecondsSince1970:)))
            }
        }
    }

    /// Marks the account's unread notifications (only those numbered in `ids`, when given) read
    /// at the world clock, as the person opening the inbox does. Returns how many. Reading is
    /// not a state change of the portal's rules, so it records no event.
    @discardableResult
    public func markNotificationsRead(of account: AccountID, ids: [Int64]? = nil) throws -> Int {
        try transaction { now in
            var marked = 0
            if let ids {
                for id in ids {
                    try connection.run("UPDATE notifications SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL",
                                       [now.millisecondsSince1970, id, account.rawValue])
                    marked += connection.changes
                }
            } else {
                try connection.run("UPDATE notifications SET read_at = ? WHERE account_id = ? AND read_at IS NULL",
                                   [now.millisecondsSince1970, account.rawValue])
                marked = connection.changes
            }
            return marked
        }
    }
}

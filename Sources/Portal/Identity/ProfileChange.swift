/// Changes to the contact details and language of an account, each an event.
///
/// A changed e-mail or phone is where codes and reset links go from then on, which is why the
/// desk must be able to see when and that it happened (a takeover often starts there). The
/// notification goes to the account's inbox in the language it had before the change.
extension Account {
    /// Applies the changes given (nil: unchanged; `phone: .some(nil)` removes the phone), records
    /// one `profile-changed` event per field that really changed, and returns the notification,
    /// or nil when nothing changed. Refuses removing the phone of an account whose second factor is SMS.
    public mutating func changeProfile<R: EventRecorder>(
        email: EmailAddress? = nil, phone: PhoneNumber?? = nil, language: Language? = nil, at now: Instant,
        events: inout R
    ) throws(PortalError) -> Notification? {
        var changed: [ReasonCode] = []
        var next = self
        var fields: [String] = []
        if let email, email != self.email { next.email = email; changed.append(.emailChanged); fields.append("e-mail") }
        if let phone, phone != self.phone { next.phone = phone; changed.append(.phoneChanged); fields.append("phone") }
        if let language, language != self.language {
            next.language = language
            changed.append(.languageChanged)
            fields.append("language")
        }
        guard !changed.isEmpty else { return nil }
        try next.check()
        for reason in changed {
            events.record(Event(at: now, account: id, kind: .profileChanged, reason: reason))
        }
        let notice = Notification(account: id, at: now, topic: .profileChanged, application: nil,
                                  text: UserMessage(id: "Profil Anda diubah (\(fields.joined(separator: ", "))). Jika bukan Anda, hubungi layanan bantuan.",
                                                    en: "Your profile was changed (\(fields.joined(separator: ", "))). If this was not you, contact support."))
        self = next
        return notice
    }
}

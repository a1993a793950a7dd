import Helpdesk
import Portal

/// E-mail addresses, phone numbers and document numbers as the operator's role allows: as
/// they are, or masked (`a***@example.id`, `+62 ***-****-7890`, `nik:3174********0001`) for
/// no operator and for roles without the personal-data permission.
struct PersonalData {
    /// Whether they show unmasked.
    let isShown: Bool

    /// Everything shown: for the person who just typed it (adding or updating an account).
    static let shown = PersonalData(isShown: true)

    init(isShown: Bool) {
        self.isShown = isShown
    }

    /// As `desk`'s operator may see it (masked when no operator is named).
    init(for desk: Desk?) {
        isShown = desk?.showsPersonalData == true
    }

    func email(_ address: EmailAddress) -> String {
        isShown ? address.value : Masking.email(address)
    }

    func phone(_ number: PhoneNumber) -> String {
        isShown ? number.value : Masking.phone(number)
    }

    /// `nik:3174015008900001`, or `nik:3174********0001`.
    func document(_ document: IdentityDocument) -> String {
        isShown ? document.description : "\(document.type.rawValue):\(Masking.document(document))"
    }
}

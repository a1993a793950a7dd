// Parts already known to be valid: a simulated person's username, address, phone and document
// are valid by construction (SimulationTests compare them with what the checking initialisers
// make), and checking them again cost more than the reset they were needed for. Package-only:
// outside the package every value goes through its check. Static functions rather than
// initialisers, so that `Username.init` and the like stay unambiguous as function values.

extension Username {
    /// A username known to be valid, kept as it is.
    package static func known(_ value: String) -> Username {
        Username(knownValue: value)
    }

    private init(knownValue value: String) {
        self.value = value
    }
}

extension EmailAddress {
    /// An address known to be valid and lower-case, kept as it is.
    package static func known(_ value: String) -> EmailAddress {
        EmailAddress(knownValue: value)
    }

    private init(knownValue value: String) {
        self.value = value
    }
}

extension PhoneNumber {
    /// A number known to be valid and in its stored form, kept as it is.
    package static func known(_ value: String) -> PhoneNumber {
        PhoneNumber(knownValue: value)
    }

    private init(knownValue value: String) {
        self.value = value
    }
}

extension IdentityDocument {
    /// A document whose number is known to be valid for its type and in its stored form.
    package static func known(type: DocumentType, number: String) -> IdentityDocument {
        IdentityDocument(type: type, knownNumber: number)
    }

    private init(type: DocumentType, knownNumber number: String) {
        self.type = type
        self.number = number
    }
}

import JSON
import Portal

extension ScenarioDecoder {
    /// The `cast` array.
    ///
    /// A member has `username` and `email` (required), `phone`, `kind` (`citizen` by default),
    /// `document` (`TYPE:NUMBER`), `secondFactor` (`none`), `verification` (`verified`),
    /// `status` (`active`; `suspended` or `disabled` to show such an account), `language` (`id` for citizens, `en` for foreigners) and `script`. Usernames, e-mail
    /// addresses, phone numbers and documents are unique within the cast, and usernames and
    /// addresses must not be a population account's (checked when `population` is known).
    /// The account a member makes must pass `Account.check()`.
    func cast(_ elements: [JSONElement], population: KnownPopulation?) -> [CastMember] {
        var owners = CastOwners()
        return elements.compactMap { member($0, population: population, owners: &owners) }
    }

    private func member(_ element: JSONElement, population: KnownPopulation?, owners: inout CastOwners) -> CastMember? {
        var reader = element.object(issues: issues)
        defer { reader.finish() }
        let before = issues.count
        let usernameElement = reader.required("username")
        let username = usernameElement.flatMap { parsed($0, expected: "a username like ani.wijaya", Username.init) }
        let emailElement = reader.required("email")
        let email = emailElement.flatMap { parsed($0, expected: "an e-mail address like ani@example.id", EmailAddress.init) }
        let phoneElement = reader.element("phone")
        let phone = phoneElement.flatMap { parsed($0, expected: "a phone number like +6281234567890", PhoneNumber.init) }
        let kind = AccountKind(rawValue: reader.oneOf(
            "kind", default: AccountKind.citizen.rawValue, allowed: AccountKind.allCases.map(\.rawValue))) ?? .citizen
        // `document` is one "TYPE:NUMBER", or a list of them (a passport and a KITAS).
        let documentElement = reader.element("document")
        var documentElements: [JSONElement] = []
        if let element = documentElement {
            if case .array = element.node.kind { documentElements = element.array(issues: issues) ?? [] } else { documentElements = [element] }
        }
        let documentPairs = documentElements.compactMap { element in
            parsed(element, expected: "a document as TYPE:NUMBER, like nik:3171014101900001", IdentityDocument.init(parsing:))
                .map { (document: $0, element: element) }
        }
        let documents = documentPairs.map(\.document)
        let secondFactor = SecondFactor(rawValue: reader.oneOf(
            "secondFactor", default: SecondFactor.none.rawValue, allowed: SecondFactor.allCases.map(\.rawValue))) ?? .none
        let verification = Verification(rawValue: reader.oneOf(
            "verification", default: Verification.verified.rawValue, allowed: Verification.allCases.map(\.rawValue))) ?? .verified
        let status = AccountStatus(rawValue: reader.oneOf(
            "status", default: AccountStatus.active.rawValue, allowed: AccountStatus.allCases.map(\.rawValue))) ?? .active
        let defaultLanguage: Language = kind == .citizen ? .indonesian : .english
        let language = Language(rawValue: reader.oneOf(
            "language", default: defaultLanguage.rawValue, allowed: Language.allCases.map(\.rawValue))) ?? defaultLanguage

        // The account is checked only when every part of it was read as written: a default
        // standing in for a reported field would make a second, misleading complaint.
        if issues.count == before, let username, let email {
            let account = Account(
                id: AccountID(0), username: username, email: email, phone: phone, kind: kind,
                documents: documents, language: language, secondFactor: secondFactor,
                verification: verification, status: status, createdAt: start)
            do {
                try account.check()
            } catch {
                element.report(error.description, issues: issues)
            }
        }
        if let username, let usernameElement {
            owners.claim(username.value, of: "username", by: element.path, at: usernameElement, issues: issues)
            if population?.has(username: username.value) == true {
                usernameElement.report("'\(username.value)' is already a population account's username", issues: issues)
            }
        }
        if let email, let emailElement {
            owners.claim(email.value, of: "email", by: element.path, at: emailElement, issues: issues)
            if population?.has(email: email.value) == true {
                emailElement.report("'\(email.value)' is already a population account's e-mail address", issues: issues)
            }
        }
        if let phone, let phoneElement {
            owners.claim(phone.value, of: "phone", by: element.path, at: phoneElement, issues: issues)
            if population?.has(phone: phone.value) == true {
                phoneElement.report("'\(phone.value)' is already a population account's phone number", issues: issues)
            }
        }
        for (document, documentElement) in documentPairs {
            owners.claim(document.number, of: "document", by: element.path, at: documentElement, issues: issues)
            if population?.has(document: document) == true {
                documentElement.report("'\(document)' is already a population account's document", issues: issues)
            }
        }

        let script = reader.array("script").map { steps in
            self.script(steps, member: element.path, hasPhone: phoneElement != nil)
        } ?? []
        // A member with problems elsewhere is kept, so attacks may still name it without a
        // second complaint; the scenario is invalid anyway.
        guard let username, let email else { return nil }
        return CastMember(
            username: username, email: email, phone: phone, kind: kind, documents: documents, secondFactor: secondFactor,
            verification: verification, status: status, language: language, script: script)
    }
}

/// Which cast member holds each username, address, phone number and document, so a second
/// claim is named with the first: `'ani.wijaya' is already cast[0]'s`.
struct CastOwners {
    private var owners: [String: String] = [:]

    /// Records that `member` (`cast[2]`) holds `value` as its `field`, or records an issue at
    /// `element` when another member already does.
    mutating func claim(_ value: String, of field: String, by member: String, at element: JSONElement, issues: JSONIssues) {
        let key = "\(field) \(value)"
        if let owner = owners[key] {
            element.report("'\(value)' is already \(owner)'s", issues: issues)
        } else {
            owners[key] = member
        }
    }
}

import Testing
@testable import Portal

@Suite("Identity: usernames, e-mail, phones, documents, accounts")
struct IdentityTests {
    @Test("usernames are 3 to 32 of a-z 0-9 . _ -, compared without case", arguments: [
        ("ani.wijaya", "ani.wijaya"), ("Ani.Wijaya", "ani.wijaya"), ("budi_99", "budi_99"), ("x-1", "x-1"),
    ])
    func usernames(text: String, stored: String) throws {
        #expect(try Username(text).value == stored)
    }

    @Test("bad usernames say what was expected", arguments: ["ab", ".ani", "ani wijaya", "ani@x", String(repeating: "a", count: 33), "añi"])
    func badUsernames(text: String) {
        #expect(throws: PortalError.self) { try Username(text) }
    }

    @Test("e-mail addresses", arguments: [("Ani@Example.ID", true), ("a@b.co", true), ("ani@example", false), ("@example.id", false),
                                          ("ani@-x.id", false), ("ani@@x.id", false), ("ani x@y.id", false), ("ani@x.1d", false)])
    func emails(text: String, isValid: Bool) {
        #expect(((try? EmailAddress(text)) != nil) == isValid)
    }

    @Test("Indonesian numbers become E.164", arguments: [
        ("081234567890", "+6281234567890"), ("+62 812-3456-7890", "+6281234567890"), ("6281234567890", "+6281234567890"),
        ("(0812) 3456.7890", "+6281234567890"), ("+31612345678", "+31612345678"),
    ])
    func phones(text: String, e164: String) throws {
        #expect(try PhoneNumber(text).value == e164)
    }

    @Test("bad phone numbers", arguments: ["12345", "+0812345678", "0812-ABC-7890", "+1234567890123456"])
    func badPhones(text: String) {
        #expect(throws: PortalError.invalidPhone(text)) { try PhoneNumber(text) }
    }

    @Test("a NIK is 16 digits with a birth date inside", arguments: [
        ("nik:3174015008900001", true),   // born 10 August 1990... day 50 = 10 + 40: a woman
        ("nik:3174011008900001", true),
        ("nik:3174017208900001", false),  // day 72
        ("nik:3174011013900001", false),  // month 13
        ("nik:317401100890000", false),   // 15 digits
        ("passport:X1234567", true), ("passport:NX1234567", true), ("passport:ABCDEFG", false), ("passport:X12", false),
        ("kitas:2C11AB123456", true), ("kitap:2D21CD000001", true), ("kitas:12345", false),
        ("visa:123", false), ("3174015008900001", false),
    ])
    func documents(text: String, isValid: Bool) {
        #expect(((try? IdentityDocument(parsing: text)) != nil) == isValid)
    }

    static func account(_ kind: AccountKind, _ documents: [String], verified: Bool = false, sms: Bool = false, phone: Bool = true)
        throws -> Account {
        Account(id: AccountID(1), username: try Username("someone"), email: try EmailAddress("someone@example.id"),
                phone: phone ? try PhoneNumber("081234567890") : nil, kind: kind,
                documents: try documents.map { try IdentityDocument(parsing: $0) },
                secondFactor: sms ? .sms : .none, verification: verified ? .verified : .unverified,
                createdAt: Instant(millisecondsSince1970: 0))
    }

    @Test("documents must fit the kind of account")
    func accountChecks() throws {
        try Self.account(.citizen, ["nik:3174015008900001"], verified: true).check()
        try Self.account(.foreigner, ["passport:X1234567", "kitas:2C11AB123456"], verified: true).check()
        try Self.account(.citizen, []).check()
        let refused: [Account] = [
            try Self.account(.citizen, ["passport:X1234567"]),
            try Self.account(.citizen, ["nik:3174015008900001", "nik:3174011008900001"]),
            try Self.account(.foreigner, ["nik:3174015008900001"]),
            try Self.account(.foreigner, ["kitas:2C11AB123456"]),
            try Self.account(.foreigner, ["passport:X1234567", "kitas:2C11AB123456", "kitap:2D21CD000001"]),
            try Self.account(.citizen, [], verified: true),
            try Self.account(.citizen, [], sms: true, phone: false),
        ]
        for account in refused {
            #expect(throws: PortalError.self) { try account.check() }
        }
    }

    @Test("verification moves unverified → pending → verified | rejected")
    func verification() {
        #expect(Verification.unverified.next == [.pending])
        #expect(Verification.pending.next == [.verified, .rejected])
        #expect(Verification.verified.next.isEmpty)
    }

    @Test("masking keeps enough to recognise, no more")
    func masking() throws {
        #expect(Masking.email(try EmailAddress("ani@example.id")) == "a***@example.id")
        #expect(Masking.phone(try PhoneNumber("081234567890")) == "+62 ***-****-7890")
        #expect(Masking.document(try IdentityDocument(parsing: "nik:3174015008900001")) == "3174********0001")
        #expect(Masking.document(try IdentityDocument(parsing: "passport:X1234567")) == "*****567")
    }
}

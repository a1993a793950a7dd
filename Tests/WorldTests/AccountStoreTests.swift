import Portal
import Testing
@testable import World

@Suite("Accounts in the world")
struct AccountStoreTests {
    @Test("an account is found by username, e-mail, phone or document number")
    func finds() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 1)
        let ani = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        _ = try world.addAccount(try Fixtures.jan(), password: "Tulip-Fields-88", random: &random)
        for who in ["ani.wijaya", "ANI.WIJAYA", "ani@example.id", "+62 812-3456-7890", "081234567890", "3174015008900001"] {
            #expect(try world.account(matching: who).id == ani.id, "\(who)")
        }
        #expect(try world.account(matching: "nx1234567").username.value == "jan.devries")
        #expect(try world.account(matching: "2C11AB123456").username.value == "jan.devries")
        #expect(try world.accounts().map(\.username.value) == ["ani.wijaya", "jan.devries"])
    }

    @Test("an unknown account comes with the closest usernames and e-mails")
    func suggestions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 1)
        _ = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        #expect(throws: WorldError.unknownAccount("ani@exmple.id", suggestions: ["ani@example.id"])) {
            try world.account(matching: "ani@exmple.id")
        }
        #expect(throws: WorldError.unknownAccount("zed", suggestions: [])) { try world.account(matching: "zed") }
    }

    @Test("a duplicate username, e-mail, phone or document is refused and nothing is written", arguments: [
        ("username", "ani.wijaya"), ("e-mail", "ani@example.id"), ("phone", "+6281234567890"), ("document", "nik:3174015008900001"),
    ])
    func duplicates(field: String, value: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 1)
        _ = try world.addAccount(try Fixtures.ani(), password: Fixtures.password, random: &random)
        var other = NewAccount(username: try Username("budi.santoso"), email: try EmailAddress("budi@example.id"),
                               phone: try PhoneNumber("081299990000"), documents: [try IdentityDocument(parsing: "nik:3174011008900002")],
                               verification: .verified)
        switch field {
        case "username": other.username = try Username(value)
        case "e-mail": other.email = try EmailAddress(value)
        case "phone": other.phone = try PhoneNumber(value)
        default: other.documents = [try IdentityDocument(parsing: value)]
        }
        let before = try world.events(for: nil).count
        #expect(throws: WorldError.duplicate(field: field, value: value)) {
            try world.addAccount(other, password: "Kopi-Tubruk-77", random: &random)
        }
        #expect(try world.accounts().count == 1)
        #expect(try world.events(for: nil).count == before)
    }

    @Test("a weak password or an inconsistent profile is refused before anything is written")
    func refusals() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let world = try Fixtures.world(in: directory)
        var random = Xoshiro256StarStar(seed: 1)
        #expect(throws: WorldError.refused(.passwordRefused(.common))) {
            try world.addAccount(try Fixtures.ani(), password: "password123", random: &random)
        }
        var noDocument = try Fixtures.ani()
        noDocument.documents = []
        #expect(throws: WorldError.self) { try world.addAccount(noDocument, password: Fixtures.password, random: &random) }
        #expect(try world.accounts().isEmpty)
    }
}

import Testing
@testable import Portal

@Suite("Passwords: policy and yescrypt")
struct CredentialTests {
    @Test("the policy refuses short, long, common and personal passwords", arguments: [
        ("Merah-Putih-2026", nil),
        ("short1!", PasswordProblem.tooShort(minimum: 8)),
        (String(repeating: "x", count: 65), .tooLong(maximum: 64)),
        ("Password123", .common),
        ("BISMILLAH", .common),
        ("ani.wijaya-2026", .containsName),
        ("two\nlines-here", .controlCharacter),
    ] as [(String, PasswordProblem?)])
    func policy(password: String, problem: PasswordProblem?) throws {
        let check = { () throws(PortalError) in
            try PasswordPolicy.standard.check(password, username: try Username("ani.wijaya"), email: try EmailAddress("ani@example.id"))
        }
        if let problem {
            #expect(throws: PortalError.passwordRefused(problem)) { try check() }
        } else {
            try check()
        }
    }

    @Test("a refusal never repeats the password")
    func refusalHidesPassword() {
        let error = PortalError.passwordRefused(.common)
        #expect(!error.description.contains("Password123"))
    }

    @Test("yescrypt hashes verify the right password only, and differ by salt")
    func yescrypt() throws {
        var random = Xoshiro256StarStar(seed: 42)
        let first = try PasswordHash(hashing: "Merah-Putih-2026", cost: 1, using: &random)
        let second = try PasswordHash(hashing: "Merah-Putih-2026", cost: 1, using: &random)
        #expect(first.encoded.hasPrefix("$y$"))
        #expect(first != second)
        #expect(first.matches("Merah-Putih-2026"))
        #expect(!first.matches("merah-putih-2026"))
        #expect(!first.encoded.contains("Merah"))
        #expect(PasswordHash(encoded: first.encoded) == first)
        #expect(PasswordHash(encoded: "plaintext") == nil)
    }

    @Test("the same salt bytes give the same hash (the desk's only randomness is injected)")
    func deterministicGivenEntropy() throws {
        var a = Xoshiro256StarStar(seed: 7)
        var b = Xoshiro256StarStar(seed: 7)
        let first = try PasswordHash(hashing: "Merah-Putih-2026", cost: 1, using: &a)
        let second = try PasswordHash(hashing: "Merah-Putih-2026", cost: 1, using: &b)
        #expect(first == second)
    }
}

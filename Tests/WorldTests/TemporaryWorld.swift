import Foundation
import Portal
@testable import World

/// A directory of its own for one test, removed by the test's `defer`. (A plain value, not a
/// closure-taking helper: Swift 6.3.1 miscompiles `#require(throws:)` inside nested closures.)
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-world-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

enum Fixtures {
    static let start = Instant(millisecondsSince1970: 1_796_083_200_000)  // 2026-12-01T07:00:00+07:00
    static let password = "Merah-Putih-2026"

    static func ani(secondFactor: SecondFactor = .sms) throws -> NewAccount {
        NewAccount(username: try Username("ani.wijaya"), email: try EmailAddress("ani@example.id"),
                   phone: try PhoneNumber("081234567890"), kind: .citizen,
                   documents: [try IdentityDocument(parsing: "nik:3174015008900001")],
                   language: .indonesian, secondFactor: secondFactor, verification: .verified)
    }

    static func jan() throws -> NewAccount {
        NewAccount(username: try Username("jan.devries"), email: try EmailAddress("jan@example.nl"), kind: .foreigner,
                   documents: [try IdentityDocument(parsing: "passport:NX1234567"), try IdentityDocument(parsing: "kitas:2C11AB123456")],
                   language: .english, verification: .verified)
    }

    /// A world with the standard policy at `start`.
    static func world(in directory: TemporaryDirectory, policy: PortalPolicy = .standard) throws -> WorldStore {
        try WorldStore.create(at: directory.file("world.sqlite"), policy: policy, start: start, zone: .jakarta)
    }
}

import Foundation
import Portal
import Testing

/// The README's application tables are made from the rules themselves, so they cannot drift.
@Suite("The README's application tables")
struct ReadmeApplicationTablesTests {
    static func readme() throws -> String {
        try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
    }

    static var kinds: String {
        (["| kind | who | required documents | fee | usual processing | office visit |", "| --- | --- | --- | --- | --- | --- |"]
            + ApplicationKind.allCases.map { kind in
                "| `\(kind.rawValue)` | \(kind.applicant.rawValue) | \(kind.requiredDocuments.map(\.rawValue).joined(separator: ", ")) "
                    + "| Rp \(grouped(kind.feeRupiah)) "
                    + "| \(kind.usualProcessing) | \(kind.appointment?.rawValue ?? "—") |"
            }).joined(separator: "\n")
    }

    /// `3.500.000`: thousands grouped with dots, as rupiah are written.
    static func grouped(_ amount: Int) -> String {
        amount < 1_000 ? String(amount) : grouped(amount / 1_000) + "." + String(String(amount % 1_000 + 1_000).dropFirst())
    }

    static var workflow: String {
        (["| from | to | by | reasons | the rule |", "| --- | --- | --- | --- | --- |"]
            + ApplicationWorkflow.rules.map { rule in
                "| `\(rule.from.rawValue)` | `\(rule.to.rawValue)` | \(rule.by.rawValue) | "
                    + rule.reasons.map { "`\($0.rawValue)`" }.joined(separator: ", ") + " | \(rule.allows) |"
            }).joined(separator: "\n")
    }

    static var documents: String {
        (["| document | formats | the kind's limit | expiry checked |", "| --- | --- | --- | --- |"]
            + DocumentKind.allCases.map { kind in
                "| `\(kind.rawValue)` | \(kind.formats.map(\.rawValue).joined(separator: ", ")) | \(kind.maximumKB) KB "
                    + "| \(kind.hasExpiry ? "yes" : "no") |"
            }).joined(separator: "\n")
    }

    static var offices: String {
        (["| office | name | appointments a day |", "| --- | --- | --- |"]
            + Office.allCases.map { "| `\($0.rawValue)` | \($0.name) | \($0.dailyCapacity) |" }).joined(separator: "\n")
    }

    @Test("kinds, workflow, documents and offices in the README match the rules", arguments: ["kinds", "workflow", "documents", "offices"])
    func table(name: String) throws {
        let expected = switch name {
        case "kinds": Self.kinds
        case "workflow": Self.workflow
        case "documents": Self.documents
        default: Self.offices
        }
        #expect(try Self.readme().contains(expected + "\n"), "README.md should hold this \(name) table:\n\(expected)")
    }
}

import Foundation
import Testing
@testable import ApoaCLI

@Suite("The README's diagnoses")
struct ReadmeDiagnoseTests {
    /// Each `$ apoa diagnose …` block of the README's Diagnose section: the command and what follows it.
    static func examples() throws -> [(command: String, output: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.components(separatedBy: "```text\n$ apoa diagnose ").dropFirst().compactMap { block in
            guard let end = block.range(of: "\n```\n") else { return nil }
            let body = block[..<end.lowerBound]
            guard let newline = body.firstIndex(of: "\n") else { return nil }
            return ("diagnose " + body[..<newline], String(body[body.index(after: newline)...]) + "\n")
        }
    }

    @Test("the quickstart's diagnoses in the README are what apoa prints")
    func quickstart() throws {
        let examples = try Self.examples()
        #expect(examples.count == 2)
        let desk = try Desk()
        defer { desk.remove() }
        let scenario = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/quickstart.json").path
        #expect(desk.run(["simulate", scenario, "--quiet"]).status == 0)
        for (command, output) in examples {
            // As printed in the README: no operator unless the command names one.
            let result = desk.run(command.split(separator: " ").map(String.init), environment: ["APOA_WORLD": desk.world])
            #expect(result.out == output, "apoa \(command)")
        }
    }
}

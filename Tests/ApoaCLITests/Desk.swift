import Foundation
import Portal
@testable import ApoaCLI

/// `apoa` run in-process against a world in a directory of its own, with a recording console
/// and seeded secrets, as a person at the desk would run it.
final class Desk {
    let directory: String
    private var runs: UInt64 = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("apoa-cli-\(UInt64.random(in: 1...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    var world: String { "\(directory)/world.sqlite" }

    struct Result {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs `apoa arguments…` with `input` on standard input.
    @discardableResult
    func run(_ arguments: [String], input: String = "", environment: [String: String]? = nil) -> Result {
        runs += 1
        let console = RecordingConsole(input: input)
        let status = Apoa.run(arguments: arguments, environment: environment ?? ["APOA_WORLD": world, "APOA_OPERATOR": "admin"], console: console,
                              random: AnyRandom(base: Xoshiro256StarStar(seed: runs)))
        return Result(status: status, out: console.output, err: console.errors)
    }

    @discardableResult
    func run(_ line: String, input: String = "") -> Result {
        run(line.split(separator: " ").map(String.init), input: input)
    }

    /// The golden file's text, or nil when missing. `UPDATE_GOLDEN=1 swift test` rewrites them.
    static func golden(_ name: String, actual: String) -> String? {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)").path
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? Data(actual.utf8).write(to: URL(fileURLWithPath: path))
        }
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}

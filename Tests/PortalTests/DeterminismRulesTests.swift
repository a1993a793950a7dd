import Foundation
import Testing

/// DESIGN.md: wall-clock time and system randomness enter only where a real secret is made for
/// a real person at the desk. This test reads the sources and holds everyone to it.
@Suite("Determinism rules in the sources")
struct DeterminismRulesTests {
    /// The only files allowed to use the system's randomness or clock, and why.
    static let allowed: Set<String> = [
        "Sources/ApoaCLI/SystemEntropy.swift",  // salts, codes and tokens made at the desk for real use
        "Sources/ApoaCLI/Output/ProgressBar.swift",  // shows rate and time left; never feeds the run
        "Sources/apoa-bench/main.swift",  // measures the run from outside
        "Sources/apoa-bench/WriterBench.swift",  // measures the writer from outside
        "Sources/apoa-bench/DeskBench.swift",  // measures the desk's commands from outside
    ]

    static let banned = [
        "Date()", "Date.now", "UUID()", ".random(", "SystemRandomNumberGenerator", "hashValue", "Hasher",
        "ContinuousClock", "SuspendingClock", "arc4random", "CFAbsoluteTimeGetCurrent", "clock_gettime", "gettimeofday",
    ]

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test("no clock or system randomness outside the allowed files")
    func noBannedCalls() throws {
        let root = Self.packageRoot
        let sources = root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        var offences: [String] = []
        for file in files {
            let relative = String(file.path.dropFirst(root.path.count + 1))
            if Self.allowed.contains(relative) { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                for word in Self.banned where code.contains(word) {
                    offences.append("\(relative):\(number + 1): \(word)")
                }
            }
        }
        #expect(offences.isEmpty, "\(offences.joined(separator: "\n"))")
    }
}

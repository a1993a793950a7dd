import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa simulate with thresholds")
struct ThresholdCommandTests {
    static func scenario(_ thresholds: String) -> String {
        """
        { "name": "t", "seed": 2, "start": "2026-12-01T00:00:00+07:00", "duration": "6h", "population": { "users": 100 },
          "thresholds": [\(thresholds)] }
        """
    }

    @Test("all met: exit 0 and a line for each; one broken: exit 1, the world is still written")
    func exitStatus() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let good = "\(desk.directory)/good.json"
        try Data(Self.scenario(#""loginSuccessRate >= 0", "ticketsPerHour.max <= 100000""#).utf8).write(to: URL(fileURLWithPath: good))
        let met = desk.run(["simulate", good])
        #expect(met.status == 0)
        #expect(met.out.contains("  thresholds   all 2 met\n    met    loginSuccessRate >= 0  (measured "))
        let bad = "\(desk.directory)/bad.json"
        try Data(Self.scenario(#""sessions > 100000000""#).utf8).write(to: URL(fileURLWithPath: bad))
        let broken = desk.run(["simulate", bad, "--json"])
        #expect(broken.status == 1)
        #expect(broken.out.contains("\"threshold\": \"sessions > 100000000\"") && broken.out.contains("\"met\": false"))
        #expect(FileManager.default.fileExists(atPath: desk.world))
    }

    @Test("a threshold on an unknown metric is a scenario error naming it: exit 65")
    func unknownMetric() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let file = "\(desk.directory)/s.json"
        try Data(Self.scenario(#""loginSucessRate >= 0.9""#).utf8).write(to: URL(fileURLWithPath: file))
        let result = desk.run(["simulate", file])
        #expect(result.status == 65)
        #expect(result.err.hasPrefix("apoa: error: \(file):2: thresholds[0]: unknown metric 'loginSucessRate' (did you mean 'loginSuccessRate'?)"))
    }
}

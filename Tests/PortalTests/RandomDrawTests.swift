import Foundation
import Portal
import Testing

@Suite("Random draws")
struct RandomDrawTests {
    /// The stream the C reference used for the derived draws.
    static func otpStream() -> RandomStream { RandomStream(seed: 20_261_201, name: "otp", entity: 1) }

    @Test("match the C reference draw for draw")
    func golden() {
        var stream = Self.otpStream()
        #expect(stream.digits(8) == "33033046")
        #expect(stream.token(length: 16) == "hdpn67d34rztofjc")
        #expect([stream.nextUnitDouble(), stream.nextUnitDouble(), stream.nextUnitDouble()]
            == [0.71119566940567724, 0.22702097155917045, 0.15792537399485951])
        #expect((0..<5).map { _ in stream.next(below: 1_000) } == [427, 814, 94, 363, 633])
    }

    @Test("next(below:) stays below the bound", arguments: [1, 2, 3, 7, 10, 1_000, 1 << 63 + 1, UInt64.max] as [UInt64])
    func belowRange(bound: UInt64) {
        var stream = RandomStream(seed: 3, name: "below", entity: bound)
        for _ in 0..<10_000 { #expect(stream.next(below: bound) < bound) }
    }

    @Test("next(below:) is uniform: chi-square over 100 000 draws of 0..<10")
    func belowUniform() {
        var stream = RandomStream(seed: 11, name: "uniformity")
        var counts = [Int](repeating: 0, count: 10)
        let draws = 100_000
        for _ in 0..<draws { counts[Int(stream.next(below: 10))] += 1 }
        let expected = Double(draws) / 10
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        // 27.88 is the 0.999 quantile of chi-square with 9 degrees of freedom; the seed is fixed.
        #expect(chiSquare < 27.88)
    }

    @Test("next(below:) is unbiased where naive modulo is not")
    func belowLargeBound() {
        // With bound 3·2⁶², `value % bound` would land below 2⁶² half the time; the right share is a third.
        var stream = RandomStream(seed: 12, name: "bias")
        let bound: UInt64 = 3 << 62
        let low = (0..<60_000).filter { _ in stream.next(below: bound) < 1 << 62 }.count
        #expect(abs(Double(low) / 60_000 - 1.0 / 3) < 0.01)
    }

    @Test("nextUnitDouble is in [0, 1) with mean one half")
    func unitDouble() {
        var stream = RandomStream(seed: 13, name: "unit")
        let values = (0..<100_000).map { _ in stream.nextUnitDouble() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(values.reduce(0, +) / 100_000 - 0.5) < 0.005)
    }

    @Test("chance is never at 0 or below, always at 1 or above, and draws nothing then")
    func chanceEdges() {
        var stream = RandomStream(seed: 14, name: "chance")
        let untouched = stream
        for probability in [0, -1, -.infinity, .nan] as [Double] {
            let happened = stream.chance(probability)
            #expect(!happened)
        }
        for probability in [1, 2, .infinity] as [Double] {
            let happened = stream.chance(probability)
            #expect(happened)
        }
        var reference = untouched
        #expect(stream.next() == reference.next())
    }

    @Test("chance happens at its rate")
    func chanceRate() {
        var stream = RandomStream(seed: 15, name: "chance")
        let hits = (0..<100_000).filter { _ in stream.chance(0.25) }.count
        #expect(abs(Double(hits) / 100_000 - 0.25) < 0.01)
    }

    @Test("exponential has its mean and agrees with the C library's logarithm")
    func exponential() {
        var stream = RandomStream(seed: 16, name: "exponential")
        var total = 0.0
        for _ in 0..<100_000 {
            var copy = stream
            let u = copy.nextUnitDouble()
            let expected = -Foundation.log(1 - u)
            let value = stream.exponential(mean: 1)
            #expect(value >= 0)
            // Our logarithm is portable, not the C library's, but within an ulp or two of it.
            #expect(abs(value - expected) <= 2 * expected.ulp, "u = \(u)")
            total += value
        }
        #expect(abs(total / 100_000 - 1) < 0.02)
        var scaled = RandomStream(seed: 16, name: "exponential")
        #expect(abs((0..<100_000).reduce(0.0) { sum, _ in sum + scaled.exponential(mean: 5) } / 100_000 - 5) < 0.1)
    }

    @Test("normal has its mean and standard deviation, and repeats for the same stream")
    func normal() {
        var stream = RandomStream(seed: 17, name: "normal")
        let values = (0..<100_000).map { _ in stream.normal(mean: 10, standardDeviation: 2) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        #expect(abs(mean - 10) < 0.05)
        #expect(abs(variance.squareRoot() - 2) < 0.05)
        // About 68.3% within one standard deviation.
        #expect(abs(Double(values.filter { abs($0 - 10) < 2 }.count) / 100_000 - 0.6827) < 0.01)
        var again = RandomStream(seed: 17, name: "normal")
        #expect((0..<1_000).map { _ in again.normal(mean: 10, standardDeviation: 2) } == Array(values.prefix(1_000)))
    }

    @Test("pick follows the weights and skips what cannot be picked")
    func pick() {
        var stream = RandomStream(seed: 18, name: "pick")
        let weighted: [(String, Double)] = [("sms", 1), ("email", 3), ("never", 0), ("broken", -2), ("nan", .nan), ("inf", .infinity)]
        var counts: [String: Int] = [:]
        for _ in 0..<100_000 { counts[stream.pick(from: weighted) ?? "nil", default: 0] += 1 }
        #expect(Set(counts.keys) == ["sms", "email"])
        #expect(abs(Double(counts["sms", default: 0]) / 100_000 - 0.25) < 0.01)
        #expect(stream.pick(from: [("only", 0.001)]) == "only")
    }

    @Test("pick returns nil for nothing to pick, and draws nothing then")
    func pickNothing() {
        var stream = RandomStream(seed: 19, name: "pick")
        let untouched = stream
        #expect(stream.pick(from: [(Int, Double)]()) == nil)
        #expect(stream.pick(from: [(1, 0.0), (2, 0.0)]) == nil)
        #expect(stream.pick(from: [(1, -1.0)]) == nil)
        var reference = untouched
        #expect(stream.next() == reference.next())
    }

    @Test("digits keep their count and leading zeros")
    func digits() {
        var stream = RandomStream(seed: 20, name: "digits")
        #expect(stream.digits(0) == "")
        let codes = (0..<1_000).map { _ in stream.digits(6) }
        #expect(codes.allSatisfy { $0.utf8.count == 6 && $0.allSatisfy { ("0"..."9").contains($0) } })
        #expect(codes.contains { $0.hasPrefix("0") })
        #expect(Set(codes.joined()).count == 10)
    }

    @Test("tokens use the URL-safe base32 alphabet, all of it")
    func token() {
        var stream = RandomStream(seed: 21, name: "token")
        #expect(stream.token(length: 0) == "")
        let text = (0..<100).map { _ in stream.token(length: 32) }.joined()
        #expect(text.utf8.count == 3_200)
        #expect(Set(text) == Set("abcdefghijklmnopqrstuvwxyz234567"))
    }
}

import Foundation
import Portal
import Testing

@Suite("RandomStream")
struct RandomStreamTests {
    /// Golden values, computed by a C program written from the documented derivation: changing
    /// them changes every world.
    @Test("pins the first draws of named streams", arguments: [
        (UInt64(20_261_201), "login", UInt64(0), [0x79A4_35A9_379A_A87D, 0xD154_12FD_F6CC_4DC2, 0x1A3D_5EAB_9235_8D38]),
        (20_261_201, "login", 1, [0xFBC7_7FA2_3680_27DE, 0x533D_3A03_4FA8_7806, 0x2591_5A26_1796_C816]),
        (20_261_201, "otp", 1, [0x4E99_3676_A854_532D, 0x5CFA_1CD9_C21A_6B36, 0x0C77_6B14_EF6E_56E4]),
        (0, "", 0, [0xE410_0CBB_8D34_CCE4, 0x8A8A_F83C_2904_D9D6, 0x0598_A56A_5C9D_0116]),
    ] as [(UInt64, String, UInt64, [UInt64])])
    func golden(seed: UInt64, name: String, entity: UInt64, expected: [UInt64]) {
        var stream = RandomStream(seed: seed, name: name, entity: entity)
        #expect((0..<3).map { _ in stream.next() } == expected)
    }

    @Test("gives the same sequence for the same seed, name and entity")
    func reproducible() {
        var first = RandomStream(seed: 99, name: "behaviour.login", entity: 12_345)
        var second = RandomStream(seed: 99, name: "behaviour.login", entity: 12_345)
        #expect((0..<1_000).map { _ in first.next() } == (0..<1_000).map { _ in second.next() })
    }

    @Test("gives unrelated sequences when the seed, name or entity differs")
    func independent() {
        func firstDraws(_ seed: UInt64, _ name: String, _ entity: UInt64) -> [UInt64] {
            var stream = RandomStream(seed: seed, name: name, entity: entity)
            return (0..<4).map { _ in stream.next() }
        }
        let base = firstDraws(1, "otp", 7)
        let others = [
            firstDraws(2, "otp", 7), firstDraws(1, "otq", 7), firstDraws(1, "otp", 8), firstDraws(1, "otp", 0),
            firstDraws(1, "Otp", 7), firstDraws(1, "otp ", 7), firstDraws(1, "", 7),
        ]
        for other in others {
            #expect(other != base)
            // Unrelated, not merely different: no draw in common.
            #expect(Set(other).isDisjoint(with: base))
        }
        #expect(firstDraws(1, "otp", 7) == RandomStream(seed: 1, name: "otp", entity: 7).drawn(4))
    }

    @Test("defaults to entity 0")
    func defaultEntity() {
        #expect(RandomStream(seed: 5, name: "outages").drawn(3) == RandomStream(seed: 5, name: "outages", entity: 0).drawn(3))
    }
}

extension RandomStream {
    /// The first `count` draws of a copy of this stream.
    func drawn(_ count: Int) -> [UInt64] {
        var copy = self
        return (0..<count).map { _ in copy.next() }
    }
}

@Suite("Random stream families")
struct RandomStreamFamilyTests {
    @Test("a family's stream is the named stream of that entity", arguments: [UInt64(0), 1, 482, UInt64.max])
    func sameStream(entity: UInt64) {
        var direct = RandomStream(seed: 20_261_201, name: "visit", entity: entity)
        var family = RandomStream.Family(seed: 20_261_201, name: "visit").stream(entity)
        for _ in 0..<8 { #expect(direct.next() == family.next()) }
    }
}

@Suite("Portable cosine")
struct PortableCosineTests {
    @Test("agrees with the reference cosine to 1e-14", arguments: stride(from: -20.0, through: 20.0, by: 0.37).map { $0 })
    func agrees(x: Double) {
        #expect(abs(PortableMath.cos(x) - Foundation.cos(x)) < 1e-14)
    }
}

@Suite("Portable logarithm")
struct PortableLogarithmTests {
    @Test("agrees with the reference logarithm to about an ulp", arguments: [
        1e-300, 1e-10, 0.001, 0.25, 0.5, 0.70710678, 0.9999999, 1.0, 1.0000001, 1.41421357, 2.0, 3.0, 10.0, 1e10, 1e300,
        Double.leastNormalMagnitude, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude, 4.9e-320,
    ])
    func agrees(x: Double) {
        let expected = Foundation.log(x)
        #expect(abs(PortableMath.log(x) - expected) <= 2 * expected.ulp)
    }

    @Test("NaN for NaN and negatives, −∞ for zero, +∞ for +∞")
    func unusual() {
        #expect(PortableMath.log(.nan).isNaN)
        #expect(PortableMath.log(-1).isNaN)
        #expect(PortableMath.log(-.infinity).isNaN)
        #expect(PortableMath.log(-Double.leastNonzeroMagnitude).isNaN)
        #expect(PortableMath.log(0) == -.infinity)
        #expect(PortableMath.log(-0.0) == -.infinity)
        #expect(PortableMath.log(.infinity) == .infinity)
        #expect(PortableMath.log(1) == 0)
    }

    @Test("every power of two gives k·ln2 as its high and low parts add up, with no early return for it")
    func powersOfTwo() {
        let ln2High = Double(bitPattern: 0x3FE6_2E42_FEE0_0000), ln2Low = Double(bitPattern: 0x3DEA_39EF_3579_3C76)
        for k in -1074...1023 {
            let x = Double(sign: .plus, exponent: k, significand: 1)
            #expect(PortableMath.log(x).bitPattern == (Double(k) * ln2High + Double(k) * ln2Low).bitPattern, "2^\(k)")
        }
    }

    @Test("without the check, the same bits for every 1 − u an exponential draw takes")
    func positiveNormal() {
        // The ends and the places the method turns (√2/2, 1), then two million draws.
        var values: [Double] = [1, 0x1p-53, 0x1p-52, 0.5, 0.5 + 0x1p-53, 0.707_106_781_186_547_5, 0.707_106_781_186_547_6,
                                1 - 0x1p-53, Double.leastNormalMagnitude, Double.greatestFiniteMagnitude, 1.414_213_562_373_095_1]
        var random = RandomStream(seed: 99, name: "log")
        for _ in 0..<(1 << 21) { values.append(1 - random.nextUnitDouble()) }
        for x in values {
            #expect(PortableMath.log(positiveNormal: x).bitPattern == PortableMath.log(x).bitPattern, "\(x)")
        }
        var a = RandomStream(seed: 7, name: "waits"), b = a
        for _ in 0..<10_000 {
            #expect(a.exponential(mean: 3.5).bitPattern == (-3.5 * PortableMath.log(1 - b.nextUnitDouble())).bitPattern)
        }
    }
}

import Portal
import Testing

/// Reference outputs from the authors' algorithm compiled as C (xoshiro256starstar.c).
@Suite("Xoshiro256StarStar")
struct Xoshiro256StarStarTests {
    @Test("matches the reference C implementation when seeded by SplitMix64", arguments: [
        (UInt64(0), [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0, 0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59]),
        (42, [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1, 0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64]),
    ] as [(UInt64, [UInt64])])
    func seeded(seed: UInt64, expected: [UInt64]) {
        var generator = Xoshiro256StarStar(seed: seed)
        #expect((0..<5).map { _ in generator.next() } == expected)
    }

    @Test("takes its state from four SplitMix64 outputs")
    func seeding() {
        let state = Xoshiro256StarStar(seed: 42).state
        #expect([state.0, state.1, state.2, state.3]
            == [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394])
    }

    @Test("matches the reference C implementation from a given state")
    func explicitState() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<5).map { _ in generator.next() }
            == [0x2D00, 0, 0x5A00_7080, 0x10E0_0000_0000_9D80, 0x10E0_B61C_E100_9D80])
    }

    @Test("resumes from a saved state")
    func resumes() {
        var original = Xoshiro256StarStar(seed: 7)
        for _ in 0..<10 { _ = original.next() }
        var resumed = Xoshiro256StarStar(state: original.state)
        #expect((0..<100).map { _ in original.next() } == (0..<100).map { _ in resumed.next() })
    }
}

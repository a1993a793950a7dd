import Portal

/// Where simulated people log in from: a home address of their own on an Indonesian provider's
/// range, their own devices, or an internet café's shared address and PCs.
enum PersonNetwork {
    /// Indonesian providers' ranges (first address, size): Telkom 36.64/10, 180.240/12,
    /// Indosat 114.120/13, XL 182.0/12. Past their 6.8 million addresses, people share (as
    /// behind a provider's NAT).
    private static let ranges: [(UInt32, UInt32)] = [
        (0x2440_0000, 1 << 22), (0xB4F0_0000, 1 << 20), (0x7278_0000, 1 << 19), (0xB600_0000, 1 << 20),
    ]

    /// The person's home address.
    static func homeIP(_ person: Int) -> IPAddress {
        var index = UInt32(truncatingIfNeeded: person &* 2_654_435_761 % 6_815_744)
        for (first, size) in ranges {
            if index < size { return IPAddress(ipv4: first &+ index) }
            index -= size
        }
        return IPAddress(ipv4: 0x2440_0000 &+ index)
    }

    /// The café a person who uses shared computers goes to (forty regulars each).
    static func cafe(_ person: Int) -> Int { person / 40 }

    /// A café's address: 103.147.8.0/22 and up, one per café.
    static func cafeIP(_ cafe: Int) -> IPAddress {
        IPAddress(ipv4: 0x6793_0800 &+ UInt32(truncatingIfNeeded: cafe % 262_144))
    }

    /// The label of a person's own device `k` (`d482-1`). Made on every login, so for people
    /// below 10⁸ (every population the simulator runs) its two words are put together in
    /// registers: about 70 instructions a label, where interpolating it was about 250
    /// (callgrind, 100 k users × 7 days). Others are interpolated, out of line: with that path
    /// in it, every label paid for a stack frame and was returned through memory.
    @inline(__always)
    static func device(_ person: Int, _ k: Int) -> DeviceLabel {
        guard person >= 0, person < 100_000_000, k >= 0 else { return interpolatedDevice(person, k) }
        let (digits, count) = DeviceLabel.decimalBytes(UInt64(person))
        // `d`, the digits from byte 1, then `-` and the device's digit (k ≥ 0: unsigned, the
        // same digit for fewer instructions).
        let tail = UInt64(UInt8(ascii: "-")) | (UInt64(UInt8(ascii: "0")) &+ UInt64(k) % 10) &<< 8
        let spelled = DeviceLabel.placed(digits, at: 1)
        let ending = DeviceLabel.placed(tail, at: count &+ 1)
        return DeviceLabel(word0: UInt64(UInt8(ascii: "d")) | spelled.word0 | ending.word0,
                           word1: spelled.word1 | ending.word1, length: count &+ 3)
    }

    @inline(never)
    private static func interpolatedDevice(_ person: Int, _ k: Int) -> DeviceLabel {
        "d\(person)-\(k % 10)"
    }

    /// A café PC (`cafe12-pc3`), put together in registers as `device(_:_:)` is when it fits
    /// in 16 bytes (cafés and PCs below 10⁸ whose digits number 9 at most: every café a
    /// population of under 40 × 10⁶ people uses, at PCs 0–999); others are interpolated.
    static func cafeDevice(_ cafe: Int, _ pc: Int) -> DeviceLabel {
        guard cafe >= 0, cafe < 100_000_000, pc >= 0, pc < 100_000_000 else { return interpolatedCafeDevice(cafe, pc) }
        let (cafeDigits, cafeCount) = DeviceLabel.decimalBytes(UInt64(cafe))
        let (pcDigits, pcCount) = DeviceLabel.decimalBytes(UInt64(pc))
        let count = 4 &+ cafeCount &+ 3 &+ pcCount
        guard count <= 16 else { return interpolatedCafeDevice(cafe, pc) }
        // `cafe`, its digits from byte 4, `-pc`, the PC's digits.
        let prefix: UInt64 = 0x6566_6163 // "cafe", its first byte lowest
        let separator: UInt64 = 0x63_702D // "-pc"
        let spelled = DeviceLabel.placed(cafeDigits, at: 4)
        let dash = DeviceLabel.placed(separator, at: 4 &+ cafeCount)
        let pcSpelled = DeviceLabel.placed(pcDigits, at: 7 &+ cafeCount)
        return DeviceLabel(word0: prefix | spelled.word0 | dash.word0 | pcSpelled.word0,
                           word1: spelled.word1 | dash.word1 | pcSpelled.word1, length: count)
    }

    @inline(never)
    private static func interpolatedCafeDevice(_ cafe: Int, _ pc: Int) -> DeviceLabel {
        "cafe\(cafe)-pc\(pc)"
    }
}

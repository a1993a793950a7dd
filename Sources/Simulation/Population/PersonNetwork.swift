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

    /// The label of a person's own device `k` (`d482-1`); made on every login, so its bytes are
    /// written straight into the label: interpolating them cost about 250 instructions a label,
    /// this about 155 (callgrind). Negative numbers, which the simulator never has, are
    /// interpolated.
    static func device(_ person: Int, _ k: Int) -> DeviceLabel {
        guard person >= 0, k >= 0 else { return "d\(person)-\(k % 10)" }
        let number = UInt64(person)
        let count = 1 + DeviceLabel.decimalDigitCount(number) + 2
        return DeviceLabel(unsafeUninitializedBytes: count) { bytes in
            bytes[0] = UInt8(ascii: "d")
            DeviceLabel.writeDecimal(number, endingAt: count - 2, in: bytes)
            bytes[count - 2] = UInt8(ascii: "-")
            bytes[count - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: k % 10)
        }
    }

    /// A café PC (`cafe12-pc3`), written as `device(_:_:)` is.
    static func cafeDevice(_ cafe: Int, _ pc: Int) -> DeviceLabel {
        guard cafe >= 0, pc >= 0 else { return "cafe\(cafe)-pc\(pc)" }
        let (cafeNumber, pcNumber) = (UInt64(cafe), UInt64(pc))
        let pcDigits = DeviceLabel.decimalDigitCount(pcNumber)
        let count = 4 + DeviceLabel.decimalDigitCount(cafeNumber) + 3 + pcDigits
        return DeviceLabel(unsafeUninitializedBytes: count) { bytes in
            bytes[0] = UInt8(ascii: "c")
            bytes[1] = UInt8(ascii: "a")
            bytes[2] = UInt8(ascii: "f")
            bytes[3] = UInt8(ascii: "e")
            DeviceLabel.writeDecimal(cafeNumber, endingAt: count - pcDigits - 3, in: bytes)
            bytes[count - pcDigits - 3] = UInt8(ascii: "-")
            bytes[count - pcDigits - 2] = UInt8(ascii: "p")
            bytes[count - pcDigits - 1] = UInt8(ascii: "c")
            DeviceLabel.writeDecimal(pcNumber, endingAt: count, in: bytes)
        }
    }
}

extension TimeSpan: CustomStringConvertible {
    /// The units of the text form, largest first; a text names each at most once, in this order.
    private static let units: [(suffix: String, milliseconds: Int64)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1_000), ("ms", 1),
    ]

    /// Parses a span written as one or more `<digits><unit>`: `250ms`, `90s`, `15m`, `2h`, `3d`,
    /// `1h30m`, `1d2h3m4s5ms`.
    ///
    /// Units are `d`, `h`, `m`, `s` and `ms`, each at most once and largest first (`30m1h` and
    /// `1h1h` are refused). A component may be zero (`0s`). No sign, spaces, fractions or
    /// upper-case units (`1M`); a total beyond `Int64` milliseconds is refused. Returns nil when
    /// the text is not of this form.
    public init?(parsing text: String) {
        let bytes = text.utf8
        var index = bytes.startIndex
        var total: Int64 = 0
        // Position in `units` of the last unit read; each next unit must come after it.
        var lastUnit = -1
        while index != bytes.endIndex {
            var count: Int64 = 0
            var digitCount = 0
            while index != bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let (shifted, overflowA) = count.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = shifted.addingReportingOverflow(Int64(bytes[index] - UInt8(ascii: "0")))
                if overflowA || overflowB { return nil }
                count = sum
                digitCount += 1
                index = bytes.index(after: index)
            }
            guard digitCount > 0, index != bytes.endIndex else { return nil }

            let unit: Int
            switch bytes[index] {
            case UInt8(ascii: "d"): unit = 0
            case UInt8(ascii: "h"): unit = 1
            case UInt8(ascii: "m"):
                let following = bytes.index(after: index)
                if following != bytes.endIndex, bytes[following] == UInt8(ascii: "s") {
                    unit = 4
                    index = following
                } else {
                    unit = 2
                }
            case UInt8(ascii: "s"): unit = 3
            default: return nil
            }
            index = bytes.index(after: index)
            guard unit > lastUnit else { return nil }
            lastUnit = unit

            let (part, overflowA) = count.multipliedReportingOverflow(by: Self.units[unit].milliseconds)
            let (sum, overflowB) = total.addingReportingOverflow(part)
            if overflowA || overflowB { return nil }
            total = sum
        }
        guard lastUnit >= 0 else { return nil }
        self.init(milliseconds: total)
    }

    /// The canonical text: largest units first, zero components left out, `0s` for zero
    /// (90 seconds is `1m30s`, 1500 ms is `1s500ms`, 24 hours is `1d`).
    ///
    /// A negative span is written with a leading `-` (`-1m30s`), which `init?(parsing:)` refuses:
    /// negative spans are results, never input.
    public var description: String {
        if milliseconds == 0 { return "0s" }
        var text = milliseconds < 0 ? "-" : ""
        // The magnitude, so that Int64.min has one too.
        var rest = milliseconds.magnitude
        for unit in Self.units {
            let size = UInt64(unit.milliseconds)
            let count = rest / size
            if count > 0 {
                text += String(count)
                text += unit.suffix
                rest -= count * size
            }
        }
        return text
    }
}

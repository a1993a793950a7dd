/// Numbers as text, the same on every machine: no locale, no `String(format:)`, no shortest-
/// representation surprises. Reports, CSV files and chart coordinates all write numbers here.
///
/// Rounding is half away from zero on the value the `Double` holds (so 0.125 → 0.13, while
/// 0.145, held as 0.14499…, → 0.14), and never shows `-0`. Values that are not finite are
/// written `-`: no report has one, and a reader should see that something is missing.
public enum NumberText {
    /// `value` with `places` digits after the point (0...9) and, when `grouping`, a comma every
    /// three digits before it: `decimal(1234.5, places: 1, grouping: true)` is `1,234.5`.
    public static func decimal(_ value: Double, places: Int, grouping: Bool = false) -> String {
        precondition((0...9).contains(places), "NumberText writes 0 to 9 decimal places")
        guard value.isFinite else { return "-" }
        let scale = power(places)
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        // Past 2^63 there is no fraction left to show; such numbers never reach a report.
        guard scaled < 9.2e18 else { return "-" }
        let units = UInt64(scaled)
        var text = digits(units / scale, grouping: grouping)
        if places > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return value < 0 && units != 0 ? "-" + text : text
    }

    /// A whole number with a comma every three digits: `7,299`, `-1,024`.
    public static func integer(_ value: Int64) -> String {
        let text = digits(value.magnitude, grouping: true)
        return value < 0 ? "-" + text : text
    }

    /// `value` rounded to at most `places` digits after the point, trailing zeros (and a bare
    /// point) dropped, no grouping: `12.5`, `3`, `0.25`. For CSV cells and SVG coordinates.
    public static func plain(_ value: Double, maxPlaces places: Int) -> String {
        var text = decimal(value, places: places)
        guard places > 0, text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A share (0.669) as a percentage with `places` decimals: `66.9%`.
    public static func percent(_ share: Double, places: Int = 1) -> String {
        guard share.isFinite else { return "-" }
        return decimal(share * 100, places: places) + "%"
    }

    private static func power(_ places: Int) -> UInt64 {
        (0..<places).reduce(1) { value, _ in value * 10 }
    }

    private static func digits(_ value: UInt64, grouping: Bool) -> String {
        let text = String(value)
        guard grouping, text.count > 3 else { return text }
        var out = ""
        for (index, digit) in text.enumerated() {
            if index > 0, (text.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

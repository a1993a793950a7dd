@testable import Reports
import Testing

@Suite("Number text")
struct NumberTextTests {
    @Test("decimals round half away from zero, group with commas and never show -0", arguments: [
        (1234.5, 1, true, "1,234.5"), (1234.5, 0, true, "1,235"), (-1234.5, 0, true, "-1,235"), (0.125, 2, false, "0.13"),
        (2.5, 0, false, "3"), (-2.5, 0, false, "-3"), (-0.004, 2, false, "0.00"), (-0.0, 1, false, "0.0"),
        (999_999.999, 2, true, "1,000,000.00"), (0.669 * 100, 1, false, "66.9"), (7.0, 3, false, "7.000"),
        (1_000.0, 0, false, "1000"), (Double.nan, 1, false, "-"), (Double.infinity, 0, true, "-"),
    ])
    func decimal(value: Double, places: Int, grouping: Bool, expected: String) {
        #expect(NumberText.decimal(value, places: places, grouping: grouping) == expected)
    }

    @Test("whole numbers group every three digits", arguments: [
        (Int64(0), "0"), (999, "999"), (1_000, "1,000"), (7_299, "7,299"), (-1_024, "-1,024"), (1_234_567, "1,234,567"),
        (Int64.min, "-9,223,372,036,854,775,808"),
    ])
    func integer(value: Int64, expected: String) {
        #expect(NumberText.integer(value) == expected)
    }

    @Test("plain numbers drop trailing zeros and the bare point", arguments: [
        (12.5, 2, "12.5"), (3.0, 2, "3"), (0.25, 3, "0.25"), (0.001, 2, "0"), (-0.001, 2, "0"), (-3.456, 2, "-3.46"),
        (120.0, 0, "120"), (1e6, 2, "1000000"),
    ])
    func plain(value: Double, places: Int, expected: String) {
        #expect(NumberText.plain(value, maxPlaces: places) == expected)
    }

    @Test("shares as percentages")
    func percent() {
        #expect(NumberText.percent(4029.0 / 6018.0) == "66.9%")
        #expect(NumberText.percent(1) == "100.0%")
        #expect(NumberText.percent(0.5, places: 0) == "50%")
        #expect(NumberText.percent(.nan) == "-")
    }
}

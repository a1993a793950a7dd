@testable import Reports
import Portal
import Testing

@Suite("Percentages on the page")
struct PercentTests {
    @Test("rounds down, so only a day without trouble shows 100", arguments: [
        (Int64(999_999), Int64(1_000_000), 1, "99.9%"),
        (1_000_000, 1_000_000, 1, "100.0%"),
        (1_000_000, 1_000_000, 2, "100.00%"),
        (5, 1_000, 1, "0.5%"),
        (0, 1_000, 1, "0.0%"),
        (2, 3, 2, "66.66%"),
        (1, 3, 0, "33%"),
    ])
    func english(share: Int64, whole: Int64, decimals: Int, text: String) {
        #expect(PageText.english.percent(.milliseconds(share), of: .milliseconds(whole), decimals: decimals) == text)
    }

    @Test("writes a decimal comma in Indonesian")
    func indonesian() {
        #expect(PageText.indonesian.percent(.hours(23), of: .hours(24)) == "95,8%")
    }
}

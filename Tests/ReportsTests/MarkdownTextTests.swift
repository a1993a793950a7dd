@testable import Reports
import Testing

@Suite("Markdown text")
struct MarkdownTextTests {
    @Test("markup characters are escaped and line breaks become spaces", arguments: [
        ("A bad Tuesday: every kind of trouble", "A bad Tuesday: every kind of trouble"),
        ("a|b", "a\\|b"), ("*not bold*", "\\*not bold\\*"), ("<script>", "\\<script\\>"), ("[link](x)", "\\[link\\](x)"),
        ("two\nlines", "two lines"), ("back\\slash", "back\\\\slash"), ("66.9%", "66.9%"), ("`code`", "\\`code\\`"),
    ])
    func escaped(text: String, expected: String) {
        #expect(MarkdownText.escaped(text) == expected)
    }

    @Test("tables: header, alignment row, rows padded to the header's width")
    func table() {
        let text = MarkdownText.table(header: ["hour", "logins"], alignments: [.left, .right], rows: [["08:00", "1,034"], ["a|b"]])
        #expect(text == "| hour | logins |\n| --- | ---: |\n| 08:00 | 1,034 |\n| a\\|b |  |\n")
    }
}

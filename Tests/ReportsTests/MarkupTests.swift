import Reports
import Testing

@Suite("Markup escaping")
struct MarkupTests {
    @Test("escapes the five special characters", arguments: [
        ("plain text", "plain text"),
        ("a & b", "a &amp; b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (#"say "hi""#, "say &quot;hi&quot;"),
        ("it's", "it&#39;s"),
        ("&amp;", "&amp;amp;"),
        ("Pemeliharaan 01.00–03.00 WIB ✓", "Pemeliharaan 01.00–03.00 WIB ✓"),
        ("", ""),
    ])
    func escapes(text: String, escaped: String) {
        #expect(Markup.escaped(text) == escaped)
    }

    @Test("keeps tab and line breaks, replaces control characters XML forbids")
    func controlCharacters() {
        #expect(Markup.escaped("a\tb\nc\r") == "a\tb\nc\r")
        #expect(Markup.escaped("bell\u{07}null\u{00}") == "bell\u{FFFD}null\u{FFFD}")
        #expect(Markup.escaped("x\u{FFFE}") == "x\u{FFFD}")
    }

    @Test("percent-encodes all but unreserved characters", arguments: [
        ("45", "45"),
        ("a-b_c.d~e", "a-b_c.d~e"),
        ("a b/c", "a%20b%2Fc"),
        ("pemeliharaan#1", "pemeliharaan%231"),
        ("é", "%C3%A9"),
    ])
    func percentEncodes(text: String, encoded: String) {
        #expect(Markup.percentEncoded(text) == encoded)
    }
}

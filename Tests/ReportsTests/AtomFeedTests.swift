import Portal
import Reports
import Testing

@Suite("Status page Atom feed")
struct AtomFeedTests {
    static let atomNamespace = "http://www.w3.org/2005/Atom"

    static func feed(_ input: StatusPage.Input) throws -> XMLTree {
        try XMLTree.parse(StatusPage.atom(input))
    }

    @Test("parses and has what RFC 4287 requires of a feed", arguments: StatusPage.Language.allCases)
    func feedElements(language: StatusPage.Language) throws {
        let feed = try Self.feed(SampleStatus.input(language))
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == Self.atomNamespace)
        #expect(feed.attributes["xml:lang"] == language.rawValue)
        for name in ["id", "title", "updated", "author"] {
            #expect(feed.children(name).count == 1, "feed needs exactly one \(name)")
        }
        #expect(feed.children("author").first?.children("name").first?.fullText == "APOA")
        let links = feed.children("link")
        #expect(links.contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == "https://status.apoa.example/feed.atom" })
        #expect(links.contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == "https://status.apoa.example/" })
        #expect(feed.children("id").first?.fullText == "tag:status.apoa.example,2026:\(language.rawValue)/status")
        // The newest entry is the document maintenance, published at 10:00.
        #expect(feed.children("updated").first?.fullText == "2026-12-02T10:00:00+07:00")
    }

    @Test("has one entry per maintenance notice and per incident update, each complete", arguments: StatusPage.Language.allCases)
    func entries(language: StatusPage.Language) throws {
        let entries = try Self.feed(SampleStatus.input(language)).children("entry")
        #expect(entries.count == 2 + 2 + 3)
        var ids: [String] = []
        var updated: [Instant] = []
        for entry in entries {
            for name in ["id", "title", "updated", "content"] {
                #expect(entry.children(name).count == 1, "entry needs exactly one \(name)")
            }
            #expect(entry.attributes["xml:lang"] == language.rawValue)
            #expect(entry.children("content").first?.attributes["type"] == "text")
            #expect(entry.children("link").first?.attributes["href"]?.hasPrefix("https://status.apoa.example/#") == true)
            let id = try #require(entry.children("id").first?.fullText)
            #expect(id.hasPrefix("tag:status.apoa.example,2026:\(language.rawValue)/"))
            ids.append(id)
            updated.append(try Instant(iso8601: try #require(entry.children("updated").first?.fullText)))
        }
        #expect(Set(ids).count == ids.count, "entry ids are unique")
        #expect(updated == updated.sorted(by: >), "newest first")
        #expect(ids.contains("tag:status.apoa.example,2026:\(language.rawValue)/incident/38/update/3"))
        #expect(ids.contains("tag:status.apoa.example,2026:\(language.rawValue)/maintenance/41"))
    }

    @Test("titles an update by its status and keeps the message as text")
    func entryText() throws {
        let entries = try Self.feed(SampleStatus.input(.english)).children("entry")
        let resolved = try #require(entries.first { $0.children("id").first?.fullText.hasSuffix("incident/38/update/3") == true })
        #expect(resolved.children("title").first?.fullText == "Resolved: Login failures for some users")
        #expect(resolved.children("content").first?.fullText
            == "Login works normally again.\nAffected components: Login (GO ID), CAPTCHA")
        #expect(resolved.children("link").first?.attributes["href"] == "https://status.apoa.example/#incident-38")
    }

    @Test("stays well-formed whatever the notices say")
    func hostileText() throws {
        var input = SampleStatus.input(.english)
        input.incidents[0].title = "</title><entry>& \u{01}"
        input.incidents[0].id = "a b/c"
        input.maintenance[0].body = "]]> <![CDATA["
        let feed = try Self.feed(input)
        let titles = feed.elements("title").map(\.fullText)
        #expect(titles.contains("Identified: </title><entry>& \u{FFFD}"))
        #expect(feed.elements("id").contains { $0.fullText.hasSuffix("/incident/a%20b%2Fc/update/2") })
    }

    @Test("has no entries and the page's time as updated when nothing was announced")
    func empty() throws {
        var input = SampleStatus.input(.english)
        input.incidents = []
        input.maintenance = []
        let feed = try Self.feed(input)
        #expect(feed.children("entry").isEmpty)
        #expect(feed.children("updated").first?.fullText == "2026-12-02T10:15:00+07:00")
    }
}

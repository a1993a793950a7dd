import Portal
import Reports
import Testing

@Suite("Status page HTML")
struct StatusPageHTMLTests {
    static func page(_ language: StatusPage.Language) throws -> (text: String, tree: XMLTree) {
        let text = StatusPage.html(SampleStatus.input(language))
        return (text, try XMLTree.parse(text))
    }

    @Test("declares the page's language and has one h1 and no skipped heading level", arguments: StatusPage.Language.allCases)
    func structure(language: StatusPage.Language) throws {
        let (text, tree) = try Self.page(language)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        #expect(tree.name == "html" && tree.attributes["lang"] == language.rawValue)
        let levels = tree.all.compactMap { element -> Int? in
            guard element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()) else {
                return nil
            }
            return level
        }
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading h\(next) follows h\(previous)")
        }
        #expect(tree.elements("h2").count == 4)
        #expect(tree.elements("h3").count == Component.allCases.count + 4)
    }

    @Test("starts with a skip link to main, which exists")
    func skipLink() throws {
        let (_, tree) = try Self.page(.english)
        let body = try #require(tree.children("body").first)
        let first = try #require(body.children.first)
        #expect(first.name == "a" && first.attributes["href"] == "#main" && first.fullText == "Skip to main content")
        #expect(tree.elements("main").first?.attributes["id"] == "main")
    }

    @Test("runs no script and loads nothing from elsewhere", arguments: StatusPage.Language.allCases)
    func selfContained(language: StatusPage.Language) throws {
        let (text, tree) = try Self.page(language)
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.lowercased().contains("javascript:"))
        #expect(tree.all.allSatisfy { $0.attributes["src"] == nil && !$0.attributes.keys.contains { $0.hasPrefix("on") } })
        let references = tree.all.compactMap { $0.attributes["href"] }
        #expect(references.allSatisfy { !$0.contains("://") && !$0.hasPrefix("//") }, "\(references)")
        #expect(!text.contains("@import") && !text.contains("url("))
    }

    @Test("says every status in words beside its colour")
    func statusInWords() throws {
        let (_, tree) = try Self.page(.english)
        let badges = tree.all.filter { $0.attributes["class"]?.hasPrefix("badge ") == true }
        #expect(badges.count == Component.allCases.count + 4)
        #expect(badges.allSatisfy { !$0.fullText.isEmpty })
        let sms = try #require(tree.all.first { $0.attributes["id"] == "component-sms-gateway" })
        #expect(sms.fullText.contains("Major outage") || sms.all.contains { $0.fullText == "Major outage" })
        let banner = try #require(tree.all.first { $0.attributes["class"]?.hasPrefix("banner") == true })
        #expect(banner.fullText == "Major service outage")
    }

    @Test("labels every day's bar in words", arguments: [
        (StatusPage.Language.english, "2026-11-14: 98.6% operational, worst: partial outage"),
        (.indonesian, "2026-11-14: 98,6% beroperasi normal, terburuk: gangguan sebagian"),
        (.english, "2026-11-03: no data"),
        (.english, "2026-12-02: 78.0% operational, worst: major outage"),
    ])
    func dayLabels(language: StatusPage.Language, label: String) throws {
        let (_, tree) = try Self.page(language)
        let titles = tree.elements("rect").flatMap { $0.children("title") }.map(\.fullText)
        #expect(titles.count == 30 * Component.allCases.count)
        #expect(titles.contains(label))
    }

    @Test("writes every time as <time> with an ISO 8601 datetime in the world's zone")
    func times() throws {
        let (text, tree) = try Self.page(.english)
        let times = tree.elements("time")
        #expect(!times.isEmpty)
        for time in times {
            let datetime = try #require(time.attributes["datetime"])
            let instant = try Instant(iso8601: datetime)
            #expect(time.fullText == instant.display(in: .jakarta))
            #expect(time.fullText.hasSuffix(" WIB"))
        }
        #expect(text.contains(#"<time datetime="2026-12-02T10:15:00+07:00">2026-12-02 10:15 WIB</time>"#))
    }

    @Test("shows the zone's abbreviation in WITA and WIT")
    func otherZones() throws {
        var input = SampleStatus.input(.indonesian)
        input.zone = try #require(Zone(identifier: "Asia/Makassar"))
        #expect(StatusPage.html(input).contains(">2026-12-02 11:15 WITA</time>"))
        input.zone = try #require(Zone(identifier: "Asia/Jayapura"))
        #expect(StatusPage.html(input).contains("Semua waktu dalam WIT (Asia/Jayapura)."))
    }

    @Test("is written in the page's language only", arguments: [
        (StatusPage.Language.indonesian, ["Status APOA", "Komponen", "Riwayat insiden", "Gangguan besar", "Terjadwal"],
         ["Components", "Past incidents"]),
        (.english, ["APOA status", "Components", "Past incidents", "Major outage", "Scheduled"],
         ["Komponen", "Riwayat insiden"]),
    ])
    func language(language: StatusPage.Language, present: [String], absent: [String]) throws {
        let (text, _) = try Self.page(language)
        for phrase in present { #expect(text.contains(phrase), "missing \(phrase)") }
        for phrase in absent { #expect(!text.contains(phrase), "unexpected \(phrase)") }
    }

    @Test("says all systems are operational in either language when they are")
    func allOperational() {
        var input = SampleStatus.input(.indonesian)
        input.components = input.components.map { StatusPage.ComponentState(component: $0.component, status: .operational, uptime: []) }
        #expect(StatusPage.html(input).contains(">Semua sistem berjalan normal</p>"))
        input.language = .english
        #expect(StatusPage.html(input).contains(">All systems operational</p>"))
    }

    @Test("escapes notice text, which cannot add markup")
    func escapesNotices() throws {
        var input = SampleStatus.input(.english)
        input.incidents[0].title = #"<script>alert("x")</script> & more"#
        input.incidents[0].updates[0].message = "<img src=x onerror=alert(1)>"
        input.portalName = "APOA <b>"
        let text = StatusPage.html(input)
        #expect(!text.contains("<script"))
        #expect(text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"))
        #expect(text.contains("&lt;img src=x onerror=alert(1)&gt;"))
        let tree = try XMLTree.parse(text)
        #expect(tree.elements("img").isEmpty && tree.elements("b").isEmpty)
    }

    @Test("lists incidents and their updates newest first, open ones in their own section")
    func order() throws {
        let (_, tree) = try Self.page(.english)
        let sections = tree.elements("section").map { $0.attributes["aria-labelledby"] ?? "" }
        #expect(sections == ["current-incidents", "maintenance", "components", "past-incidents"])
        let articles = tree.elements("article").map { $0.attributes["id"] ?? "" }
        #expect(articles == ["incident-45", "maintenance-44", "maintenance-41", "incident-38"])
        let past = try #require(tree.all.first { $0.attributes["id"] == "incident-38" })
        let updates = past.elements("li").map { $0.elements("strong").first?.fullText ?? "" }
        #expect(updates == ["Resolved", "Monitoring", "Investigating"])
    }

    @Test("links the other language's page when there is one")
    func otherLanguage() throws {
        let text = StatusPage.html(SampleStatus.input(.indonesian, otherLanguageURL: "../en/"))
        #expect(text.contains(#"<a href="../en/" hreflang="en" lang="en">English</a>"#))
        #expect(!StatusPage.html(SampleStatus.input(.indonesian)).contains("hreflang"))
    }

    @Test("leaves out the current-incidents section when nothing is open and says when nothing is scheduled")
    func quietDay() throws {
        var input = SampleStatus.input(.english)
        input.incidents = input.incidents.filter { $0.id == "38" }
        input.maintenance = []
        let tree = try XMLTree.parse(StatusPage.html(input))
        #expect(tree.elements("h2").map(\.fullText) == ["Maintenance", "Components", "Past incidents"])
        #expect(tree.elements("p").contains { $0.fullText == "No maintenance in progress or scheduled." })
    }
}

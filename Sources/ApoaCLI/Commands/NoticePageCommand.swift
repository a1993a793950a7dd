import Foundation
import Reports
import World

/// `apoa notice page`: the static status page of the world, now.
enum NoticePageCommand {
    static let spec = CommandSpec(
        ["notice", "page"],
        summary: "Write the status page: index.html, status.json and feed.atom, in Indonesian and English.",
        discussion: """
            The page shows every component's status now (the world's record of outages and the notices in
            force, the worst winning), its last 30 days as bars, maintenance in progress or to come, and
            incidents with their updates. It needs no JavaScript and is one fixed language: without --lang
            both are written, to OUT/id/ and OUT/en/, each linking to the other; with --lang one is written
            to OUT itself. Times are in the world's zone. Reads the world; writes only OUT.
            """,
        options: [
            .value("out", "DIR", required: true, "the directory to write into (made if missing)"),
            .value("lang", "id|en", "one language only, into DIR itself"),
        ],
        examples: ["apoa notice page --out status", "apoa notice page --out /var/www/status-en --lang en"],
        run: { invocation in
            guard let out = invocation.value("out"), !out.isEmpty else { throw invocation.usage("--out: expected a directory") }
            let only = try invocation.parse("lang", expected: "id or en", StatusPage.Language.init(rawValue:))
            let world = try invocation.openWorld()
            _ = try invocation.reader(world)
            let root = URL(fileURLWithPath: out)
            let pages: [(StatusPage.Language, URL, String?)] = if let only {
                [(only, root, nil)]
            } else {
                [(.indonesian, root.appendingPathComponent("id"), "../en/"), (.english, root.appendingPathComponent("en"), "../id/")]
            }
            for (language, directory, other) in pages {
                let input = try StatusPage.Input(world: world, language: language, otherLanguageURL: other)
                do {
                    try StatusPage.write(input, to: directory)
                } catch {
                    throw CLIError.io("--out: cannot write the status page to '\(directory.path)': \(error)")
                }
                invocation.say("wrote \(directory.path)/index.html, status.json and feed.atom (\(language.rawValue))")
            }
        })
}

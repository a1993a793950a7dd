import Portal

/// The portal's public status page: `index.html`, `status.json` and `feed.atom`, rendered from a
/// plain ``Input`` value.
///
/// Rendering is pure: the same input gives the same bytes, with no clock, world or network. A
/// page is in one fixed language; to publish both, render the input twice, once per language.
public enum StatusPage {
    /// The language a page is written in, from start to end.
    public enum Language: String, CaseIterable, Sendable {
        /// Bahasa Indonesia.
        case indonesian = "id"
        /// English.
        case english = "en"
    }

    /// One file of the page: its name in the output directory and its text.
    public struct File: Equatable, Sendable {
        /// `index.html`, `status.json` or `feed.atom`.
        public let name: String
        /// The whole file, UTF-8, ending in a newline.
        public let contents: String
    }

    /// The three files of the page for `input`, in a fixed order.
    public static func files(for input: Input) -> [File] {
        [
            File(name: "index.html", contents: html(input)),
            File(name: "status.json", contents: json(input)),
            File(name: "feed.atom", contents: atom(input)),
        ]
    }
}

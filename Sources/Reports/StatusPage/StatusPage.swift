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
}

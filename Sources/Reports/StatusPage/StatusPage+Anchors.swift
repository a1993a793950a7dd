import Portal

extension StatusPage.Maintenance {
    /// The page's `id` for this notice, also the fragment the feed links to.
    var anchor: String { "maintenance-" + Markup.percentEncoded(id) }
}

extension StatusPage.Incident {
    /// The page's `id` for this incident, also the fragment the feed links to.
    var anchor: String { "incident-" + Markup.percentEncoded(id) }
}

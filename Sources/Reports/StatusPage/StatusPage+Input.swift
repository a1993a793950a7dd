import Portal

extension StatusPage {
    /// Everything the page shows, already chosen: the renderer adds nothing and reads nothing else.
    ///
    /// Text fields (titles, bodies, messages, recurrence) must already be in `language`. Order
    /// does not matter: components keep the order given; maintenance and incidents are sorted
    /// by the renderer (see ``html(_:)``).
    public struct Input: Equatable, Sendable {
        /// The portal's name, as the page's title: `APOA`.
        public var portalName: String
        /// The one language of the page's fixed text and of every notice text in it.
        public var language: Language
        /// When the page was made (the world's clock); shown, and the feed's fallback `updated`.
        public var generated: Instant
        /// The zone every time is shown in, with its abbreviation (WIB, WITA, WIT).
        public var zone: Zone
        /// The absolute URL the page is published at, ending in `/`: the feed links to it and its
        /// host names the feed's `tag:` identifiers, so it should not change once published.
        public var siteURL: String
        /// A link to the same page in the other language (relative, like `../en/`), or nil for none.
        public var otherLanguageURL: String?
        /// Each component with its status now and its daily history, in the order to show them.
        public var components: [ComponentState]
        /// Maintenance in progress or scheduled; completed or cancelled windows are left out.
        public var maintenance: [Maintenance]
        /// Incidents to list, open and resolved (the caller picks the window, such as 30 days).
        public var incidents: [Incident]

        /// The URL `StatusPage` uses when a caller has none: a reserved `.example` name.
        public static let defaultSiteURL = "https://status.apoa.example/"

        /// An input with every field given; `siteURL` and `otherLanguageURL` may be left out.
        public init(
            portalName: String, language: Language, generated: Instant, zone: Zone,
            siteURL: String = Input.defaultSiteURL, otherLanguageURL: String? = nil,
            components: [ComponentState], maintenance: [Maintenance] = [], incidents: [Incident] = []
        ) {
            self.portalName = portalName
            self.language = language
            self.generated = generated
            self.zone = zone
            self.siteURL = siteURL
            self.otherLanguageURL = otherLanguageURL
            self.components = components
            self.maintenance = maintenance
            self.incidents = incidents
        }
    }

    /// A component's status now and its history by day.
    public struct ComponentState: Equatable, Sendable {
        /// Which component.
        public var component: Component
        /// Its status at `Input.generated`.
        public var status: ComponentStatus
        /// One entry per local day, oldest first, usually 30 ending today: make it with
        /// ``UptimeDay/history(of:periods:days:in:observed:)``.
        public var uptime: [UptimeDay]

        /// A component's state.
        public init(component: Component, status: ComponentStatus, uptime: [UptimeDay]) {
            self.component = component
            self.status = status
            self.uptime = uptime
        }
    }
}

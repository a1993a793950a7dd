import Portal

/// A finding with what orders it: trouble still going on before trouble the person got past
/// after a call, and that before what waits once they are in; then how strongly its kind of
/// cause explains a person's trouble, how recent its evidence is (newer first), and the order
/// the rules run in.
struct RankedFinding {
    let finding: Finding
    let weight: Weight
    /// The newest event it rests on; nil when it rests on the account's state alone.
    let at: Instant?
    /// Whether it is about tries that led to a call the person got in after.
    let isResolved: Bool

    /// Still going on and stopping the login (2), over since the call (1), the rest (0).
    var band: Int {
        isResolved ? 1 : weight >= .lastTries ? 2 : 0
    }

    /// How strongly a kind of finding explains the trouble, strongest first.
    enum Weight: Int, Comparable {
        /// Someone else got into the account: before anything else, secure it.
        case intruder = 100
        /// Every login is refused whatever the person does (suspended, unverified, locked by an
        /// attack), or someone else holds the password.
        case closed = 90
        /// Locked now, until the clock or the desk opens it.
        case lockedNow = 80
        /// What went wrong with the person's tries since they last got in.
        case lastTries = 70
        /// Waiting for the person once they are in: a password to change, an application to fix.
        case afterLogin = 50
        /// None of the person's tries reached the portal.
        case silence = 35
        /// Waiting on someone else: an application the office has not decided.
        case elsewhere = 30

        static func < (left: Weight, right: Weight) -> Bool { left.rawValue < right.rawValue }
    }

    init(_ finding: Finding, _ weight: Weight, at: Instant?, isResolved: Bool = false) {
        self.finding = finding
        self.weight = weight
        self.at = at
        self.isResolved = isResolved
    }
}

/// A group of rules: the findings it makes of one case, each ranked.
protocol DiagnosisRules {
    static func findings(in facts: DiagnosisFacts) -> [RankedFinding]
}

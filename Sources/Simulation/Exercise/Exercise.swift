import Portal
import World

/// A training exercise: what the trainee is told, and the objectives graded on the world after
/// they worked it (`apoa scenario grade`). The checks' contract is in Scenarios/README.md.
public struct Exercise: Equatable, Sendable {
    public let brief: String
    public let objectives: [Objective]

    /// One thing the trainee should do, and how the world shows whether they did.
    public struct Objective: Equatable, Sendable {
        /// `unlock-budi`: unique in the exercise.
        public let id: String
        /// In words, for the trainee.
        public let text: String
        public let check: Check
    }

    /// What an objective checks.
    public enum Check: Equatable, Sendable {
        /// The desk cleared each account's lock, and none is locked at grading.
        case unlocked([String])
        /// The desk unlocked none of them.
        case leftLocked([String])
        /// The desk did not unlock the account before a password reset of it completed (or forced it).
        case notUnlockedWithoutReset(String)
        /// The desk reset the account's password through one of these ways, and no other.
        case resetVia(account: String, ways: [ResetWay])
        /// A desk notice published before `before`, covering every component, of `kind` when given.
        case noticePublished(before: Instant, components: [Component], kind: NoticeKind?)
        /// At least this many tickets of the category solved or closed.
        case ticketsResolved(category: String, atLeast: Int)
        /// The last desk action at most this long after the exercise began.
        case within(TimeSpan)

        /// The names of the checks, as the file writes them.
        public static let names = ["unlocked", "leftLocked", "notUnlockedWithoutReset", "resetVia", "noticePublished",
                                   "ticketsResolved", "within"]
    }

    /// How the desk can reset a password (as its audit line says).
    public typealias ResetWay = DeskResetWay
}

import Foundation

/// Rows of a world written on a thread of their own, into a temporary file of their own, while
/// the `WorldBuilder` that made the part does something else (a simulation writes its final
/// state here while the builder indexes the event log, or all but the accounts while the
/// builder writes and indexes those); the builder's `absorb` then copies them in.
///
/// A part holds every table but the world's settings and operators, which only the builder
/// writes. It is used from one thread at a time.
public final class WorldPart: WorldRows, @unchecked Sendable {
    /// Tables a part never copies into its world.
    static let excludedTables: Set<String> = ["meta", "operators"]

    private(set) var isFinished = false

    /// Commits the rows, builds the part's indexes (so `absorb` copies them ready-made) and
    /// closes the file.
    public func finish() throws {
        try commitAndIndex()
        close()
        isFinished = true
    }
}

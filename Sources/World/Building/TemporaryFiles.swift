import Foundation
import Synchronization

/// Temporary files that worlds are being built in, so that a command cut short by Ctrl-C can
/// remove them before it exits. Without this, an interrupted simulation left its hidden
/// `.NAME.building` files behind (hundreds of megabytes for a large run) until the next build
/// of the same world replaced them. The world itself is never half written either way: it is
/// only ever replaced by a rename (or, for `apoa init`, a link).
public final class TemporaryFiles: Sendable {
    /// The files this process is building worlds in right now (every `WorldBuilder`,
    /// `WorldPart` and new world of `WorldStore.create` notes its own here, and a sweep the
    /// directory of its points' worlds).
    public static let building = TemporaryFiles()

    private struct State {
        var paths: Set<String> = []
        /// Set by `removeAll`: the process is on its way out, and starts no new file.
        var isClosed = false
    }

    private let state = Mutex(State())

    /// An empty list (`building` is the process's; a list of its own is for tests).
    public init() {}

    /// Notes a file a world is about to be built in. Throws, noting nothing, once `removeAll`
    /// has run: a file made after the sweep (by a writer thread still running while the
    /// process exits) would otherwise be left behind.
    public func add(_ path: String) throws {
        let added = state.withLock { state in
            guard !state.isClosed else { return false }
            state.paths.insert(path)
            return true
        }
        guard added else { throw WorldError.io(path: path, why: "the command was interrupted") }
    }

    /// Forgets a file that was renamed into place or already removed.
    public func forget(_ path: String) {
        _ = state.withLock { $0.paths.remove(path) }
    }

    /// The files noted now, in no particular order.
    public var current: Set<String> {
        state.withLock { $0.paths }
    }

    /// Removes every file noted now, with SQLite's journal files, and takes no more: for an
    /// interrupted command on its way out. Returns how many there were.
    @discardableResult
    public func removeAll() -> Int {
        let taken = state.withLock { state in
            defer {
                state.paths.removeAll()
                state.isClosed = true
            }
            return state.paths
        }
        for path in taken { Self.remove(path) }
        return taken.count
    }

    /// Removes a file (or a directory, with what is in it) and the journal files SQLite may
    /// keep beside it.
    public static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

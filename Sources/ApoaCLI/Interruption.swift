import Dispatch
import Foundation
import World

/// What Ctrl-C (SIGINT) or a plain `kill` (SIGTERM) does to a running `apoa`: the files a world
/// was being built in are removed, `apoa: interrupted` goes to stderr, and the process exits
/// with 128 + the signal's number (130 for Ctrl-C).
///
/// The world file itself needs nothing: a simulation replaces it only by renaming a finished
/// file over it, and the desk's changes are SQLite transactions, which a cut leaves undone.
/// What was left were the hidden `.NAME.building` files of a simulation cut short — hundreds of
/// megabytes for a big run — until the next build of the same world replaced them.
enum Interruption {
    /// The signal sources, kept for the life of the process. Written once, by `install`, on
    /// the main thread before any command runs.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Handles SIGINT and SIGTERM from now on, on a dispatch queue (not inside the signal
    /// handler itself, where removing files would not be safe).
    static func install() {
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop(by: number) }
            source.resume()
            sources.append(source)
        }
    }

    private static func stop(by number: Int32) -> Never {
        TemporaryFiles.building.removeAll()
        // A progress bar may hold the line: end it first.
        let text = (isatty(STDERR_FILENO) == 1 ? "\n" : "") + "apoa: interrupted\n"
        FileHandle.standardError.write(Data(text.utf8))
        exit(ExitStatus.interrupted(by: number))
    }
}

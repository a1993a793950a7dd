/// Why a command stopped, and so what it prints and which status it exits with.
///
/// One function (`Apoa.report`) turns any of these — or any library error — into text and a status.
enum CLIError: Error, Equatable, CustomStringConvertible {
    /// The command line itself is wrong: printed above the usage line, exit 64.
    case usage(String, command: String?)
    /// The operation was refused or failed: exit 1.
    case failure(String)
    /// The input data is wrong (a policy or scenario file, a world): exit 65.
    case badData(String)
    /// The file system failed: exit 74.
    case io(String)
    /// Exit with this status and print nothing more (the command already said what it had to).
    case exit(Int32)

    /// The message, as `Apoa.report` prints it after `apoa: error: `.
    var description: String {
        switch self {
        case .usage(let message, _), .failure(let message), .badData(let message), .io(let message): message
        case .exit(let status): "exit status \(status)"
        }
    }
}

/// The exit statuses of DESIGN.md.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let io: Int32 = 74
    /// Cut short by a signal: 128 + its number, as shells report it (130 for Ctrl-C).
    static func interrupted(by signal: Int32) -> Int32 { 128 + signal }
}

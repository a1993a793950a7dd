import JSON
import Portal
import SQLiteDB

/// What can go wrong with a world: the one error type of this module.
public enum WorldError: Error, Equatable, CustomStringConvertible {
    /// No file at the path.
    case missing(path: String)
    /// A file that is not an SQLite database, or not a world.
    case notAWorld(path: String, why: String)
    /// A world written by a newer `apoa`.
    case schemaTooNew(path: String, found: Int, supported: Int)
    /// `init` found a file where the world should go.
    case exists(path: String)
    /// The file system said no.
    case io(path: String, why: String)
    /// SQLite failed (the error hides bound values).
    case database(SQLiteError)
    /// A policy file or object with problems, every one listed.
    case invalidPolicy([JSONIssue])
    /// Nothing in the world matches `who`; `suggestions` are close usernames or e-mails.
    case unknownAccount(String, suggestions: [String])
    /// A username, e-mail, phone or document already on another account.
    case duplicate(field: String, value: String)
    /// The clock only moves forward.
    case clockBackwards(TimeSpan)
    /// The portal's rules refused the input.
    case refused(PortalError)

    /// The exit-status class: bad data (65) or I/O (74); the rest are refused operations.
    public var isBadData: Bool {
        switch self {
        case .notAWorld, .schemaTooNew, .invalidPolicy: true
        default: false
        }
    }

    /// Whether the file system, not the content, is at fault.
    public var isIOError: Bool {
        switch self {
        case .missing, .io: true
        case .database(let error): error.isIOError
        default: false
        }
    }

    /// A lower-case message naming the thing.
    public var description: String {
        switch self {
        case .missing(let path):
            "no world at '\(path)' (make one with 'apoa init' or 'apoa simulate', or name it with --world)"
        case .notAWorld(let path, let why): "'\(path)' is not an apoa world: \(why)"
        case .schemaTooNew(let path, let found, let supported):
            "'\(path)' has schema version \(found); this apoa reads up to \(supported) (use a newer apoa)"
        case .exists(let path): "'\(path)' already exists; apoa init never overwrites a world (remove it or pick another --world)"
        case .io(let path, let why): "'\(path)': \(why)"
        case .database(let error): "database error: \(error)"
        case .invalidPolicy(let issues): issues.map(\.description).joined(separator: "\n")
        case .unknownAccount(let who, let suggestions):
            "no account matches '\(who)'" + (suggestions.isEmpty ? "" : " (closest: \(suggestions.joined(separator: ", ")))")
        case .duplicate(let field, let value): "\(field) '\(value)' is already used by another account"
        case .clockBackwards(let span): "the world clock only moves forward, not by -\(span)"
        case .refused(let error): error.description
        }
    }
}

extension SQLiteError {
    /// Whether SQLite failed on the file rather than the data (disk full, permissions, I/O).
    var isIOError: Bool {
        // SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_CANTOPEN 14, SQLITE_READONLY 8, SQLITE_PERM 3.
        [3, 8, 10, 13, 14].contains(primaryCode)
    }
}

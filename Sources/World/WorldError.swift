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
    /// The clock stops at the end of year 9999 (so no time computed from it can overflow).
    case clockLimit(TimeSpan)
    /// The portal's rules refused the input.
    case refused(PortalError)
    /// No application has this number.
    case unknownApplication(Int64)
    /// The application has no appointment with this number.
    case unknownAppointment(Int64, application: Int64)
    /// No ticket has this number.
    case unknownTicket(Int64)
    /// No incident has this number.
    case unknownIncident(Int64)
    /// No notice has this number.
    case unknownNotice(Int64)
    /// The application rules refused a step for `reason`; `why` says what that means here. The
    /// refusal's event is in the log (when the rules record one); nothing else changed.
    case applicationRefused(ReasonCode, why: String)
    /// The account has no address on that channel (no phone for SMS).
    case noAddress(String, Channel)
    /// The reset rules sent nothing (`rate-limited`, ...).
    case resetRefused(String, PasswordReset.RequestOutcome)
    /// `operator add` for a name already taken.
    case operatorExists(String)
    /// An operator name `apoa` would not accept.
    case invalidOperatorName(String)

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
            "no account matches '\(Self.shortened(who))'" + (suggestions.isEmpty ? "" : " (closest: \(suggestions.joined(separator: ", ")))")
        case .duplicate(let field, let value): "\(field) '\(Self.shortened(value))' is already used by another account"
        case .clockBackwards(let span): "the world clock only moves forward, not by -\(span)"
        case .clockLimit(let span): "the world clock stops at the end of year 9999; it cannot move by \(span)"
        case .refused(let error): error.description
        case .unknownApplication(let id): "no application #\(id) (see 'apoa application list WHO')"
        case .unknownAppointment(let id, let application):
            "application #\(application) has no appointment #\(id) (see 'apoa application show \(application)')"
        case .unknownTicket(let id): "no ticket #\(id) (see 'apoa tickets list')"
        case .unknownIncident(let id):
            "no incident #\(id) (open one by linking tickets to it: 'apoa tickets link ID --incident \(id) --title TEXT')"
        case .unknownNotice(let id): "no notice #\(id) (see 'apoa notice list --all')"
        case .applicationRefused(let reason, let why): "refused (\(reason.rawValue)): \(why)"
        case .noAddress(let username, let channel):
            "\(username) has no \(channel == .sms ? "mobile number" : "e-mail address") on file: "
                + "send the reset \(channel == .sms ? "by e-mail (--via email)" : "by SMS (--via sms)"), or update the account first"
        case .resetRefused(let username, let outcome):
            if case .nothing(.rateLimited) = outcome {
                "\(username) already had the most reset requests allowed in the last hour; wait, or use --temporary"
            } else if case .nothing(let reason) = outcome {
                "no reset sent to \(username) (\(reason.rawValue))"
            } else {
                "no reset sent to \(username)"
            }
        case .operatorExists(let name): "there is already an operator named '\(name)'"
        case .invalidOperatorName(let name):
            "'\(Self.shortened(name))' cannot be an operator's name: use 1 to 32 of a-z, 0-9, '.', '_' and '-', starting with a letter"
        }
    }
}

extension WorldError {
    /// Input echoed in a message: at most 64 characters, so one pasted paragraph stays one line.
    static func shortened(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : $0 }
        return flat.count <= 64 ? String(flat) : String(flat.prefix(64)) + "…"
    }

    /// What an SQLite failure on the world at `path` means for the person: a damaged file is
    /// not a world (65), a file-system failure is I/O (74), anything else a database error.
    init(_ error: SQLiteError, path: String) {
        switch error.primaryCode {
        case 26: self = .notAWorld(path: path, why: "it is not an SQLite database")
        case 11: self = .notAWorld(path: path, why: "it is damaged (\(error.message))")
        case 3, 8, 10, 13, 14: self = .io(path: path, why: error.message)
        default:
            // Our own SQL fails on a missing table or column only when the file was changed under us.
            if error.message.hasPrefix("no such table") || error.message.hasPrefix("no such column") {
                self = .notAWorld(path: path, why: "it is damaged (\(error.message))")
            } else {
                self = .database(error)
            }
        }
    }
}

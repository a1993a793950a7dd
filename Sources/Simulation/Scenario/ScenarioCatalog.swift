import Foundation
import JSON

/// The scenario files of one folder, each read and checked: what `apoa scenario list` shows.
public struct ScenarioCatalog: Sendable {
    /// One `*.json` file of the folder.
    public struct Entry: Sendable {
        /// The file's name in the folder: `quickstart.json`.
        public var file: String
        /// The scenario, when the file is a valid one.
        public var scenario: Scenario?
        /// Every problem when it is not, in file order (a listing shows the first); empty when valid.
        public var problems: [JSONIssue]

        /// Whether the file is a valid scenario.
        public var isValid: Bool { scenario != nil }
    }

    /// The folder, as given.
    public let folder: String
    /// Its `*.json` files in name order (byte order, so the same on every machine).
    public let entries: [Entry]

    /// Reads every `*.json` file in `folder`; a file that is not a valid scenario is an entry
    /// with its problems, never a thrown error.
    ///
    /// Throws `.unreadableFolder` when `folder` is missing, not a folder, or cannot be listed.
    public init(folder: String) throws(SimulationError) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .unreadableFolder(path: folder, why: "no such folder")
        }
        guard isDirectory.boolValue else { throw .unreadableFolder(path: folder, why: "it is a file, not a folder") }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableFolder(path: folder, why: "it cannot be listed")
        }
        self.folder = folder
        let separator = folder.hasSuffix("/") ? "" : "/"
        entries = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { name in
                do throws(SimulationError) {
                    return Entry(file: name, scenario: try Scenario.load(path: folder + separator + name), problems: [])
                } catch {
                    let problems = switch error {
                    case .invalidScenario(let issues): issues
                    case .unreadable(let path, let why), .unreadableFolder(let path, let why):
                        [JSONIssue(file: path, path: "", line: nil, message: "cannot read it: \(why)")]
                    }
                    return Entry(file: name, scenario: nil, problems: problems)
                }
            }
    }
}

extension Scenario {
    /// `20,000`, or `5,000 + 3 named` with a cast: the people a listing shows.
    public var people: String { peopleSummary }

    /// How many objectives its exercise has; nil when it is not a training exercise.
    public var objectiveCount: Int? { exerciseOutline?.objectives.count }
}

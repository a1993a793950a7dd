// swift-tools-version: 6.0
import PackageDescription

// APOA Desk: one command, `apoa`, over a model of the GO ID / APOA portal.
// No Swift package dependencies: the toolchain plus SQLite 3 and libxcrypt from the system.
let package = Package(
    name: "apoa-desk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apoa", targets: ["apoa"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),

        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        .target(name: "JSON"),
        .target(name: "Portal", dependencies: ["CCrypt"]),
        .target(name: "World", dependencies: ["Portal", "SQLiteDB", "JSON"]),
        .target(name: "ApoaCLI", dependencies: ["Portal", "World", "JSON"]),
        .executableTarget(name: "apoa", dependencies: ["ApoaCLI"]),

        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "PortalTests", dependencies: ["Portal"]),
        .testTarget(name: "WorldTests", dependencies: ["World", "Portal", "SQLiteDB"]),
        // Golden files are read from the source tree by path (#filePath), not bundled.
        .testTarget(name: "ApoaCLITests", dependencies: ["ApoaCLI", "World", "Portal"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
import PackageDescription

// APOA Desk: one command, `apoa`, over a model of the GO ID / APOA portal.
// No Swift package dependencies: the toolchain plus SQLite 3 and libxcrypt from the system.
let package = Package(
    name: "apoa-desk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apoa", targets: ["apoa"]),
        .executable(name: "apoa-bench", targets: ["apoa-bench"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),

        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        .target(name: "JSON"),
        // Cross-module optimisation lets the simulator specialise the portal's generic rules for
        // its own event recorder instead of calling them through witness tables.
        .target(name: "Portal", dependencies: ["CCrypt"], swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]),
        .target(name: "World", dependencies: ["Portal", "SQLiteDB", "JSON"]),
        // Each partition is run by one thread at a time, between barriers, by construction; the
        // runtime's exclusivity checks on its stored properties cost a quarter of the simulator's
        // time, so they are off here (the compile-time checks stay).
        .target(name: "Simulation", dependencies: ["Portal", "World", "JSON"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "Helpdesk", dependencies: ["Portal", "World"]),
        // Renderers over plain values (status page, feeds) and the staffing formulas; one file
        // (StatusPage+World) reads a world into the page's input.
        .target(name: "Reports", dependencies: ["Portal", "World", "JSON"]),
        .target(name: "ApoaCLI", dependencies: ["Portal", "World", "JSON", "Simulation", "Helpdesk", "Reports"]),
        .executableTarget(name: "apoa", dependencies: ["ApoaCLI"]),
        .executableTarget(name: "apoa-bench", dependencies: ["Simulation", "World", "Portal", "Helpdesk", "JSON"]),

        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "PortalTests", dependencies: ["Portal"]),
        .testTarget(name: "WorldTests", dependencies: ["World", "Portal", "SQLiteDB"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "World", "Portal", "JSON"]),
        // Simulation makes the small worlds whose reports are tested.
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Portal", "JSON", "World", "Simulation"]),
        .testTarget(name: "HelpdeskTests", dependencies: ["Helpdesk", "Simulation", "World", "Portal"]),
        // Golden files are read from the source tree by path (#filePath), not bundled.
        .testTarget(name: "ApoaCLITests", dependencies: ["ApoaCLI", "World", "Portal", "SQLiteDB", "apoa"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

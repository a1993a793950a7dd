import CSQLite

/// Process-wide settings of the SQLite library.
public enum SQLiteLibrary {
    /// Turns off SQLite's memory statistics, which take a global mutex on every allocation;
    /// bulk loads spend a tenth of their time there. Only possible before SQLite first starts,
    /// so call it before opening any connection; returns whether it took effect.
    @discardableResult
    public static func disableMemoryStatistics() -> Bool {
        apoa_sqlite3_config_memstatus(0) == SQLITE_OK
    }
}

import CCrypt

/// A stored secret: a yescrypt hash in crypt(3) form (`$y$j9T$salt$hash`).
///
/// Used for passwords and for the one-time codes and reset tokens the world keeps, so no
/// secret is stored in plain text. Hashing is deterministic given the salt's random bytes,
/// which the caller supplies: the desk from the system's generator, tests from a seeded one.
public struct PasswordHash: Hashable, Sendable, CustomStringConvertible {
    /// The crypt(3) string.
    public let encoded: String

    /// Wraps a stored hash; nil when it is not a yescrypt string.
    public init?(encoded: String) {
        guard encoded.hasPrefix("$y$"), encoded.split(separator: "$").count == 4 else { return nil }
        self.encoded = encoded
    }

    /// The yescrypt cost libxcrypt uses by default (about 13 ms per hash on the reference machine).
    public static let defaultCost = 5

    /// Hashes `secret` with a salt made from `randomBytes` (16 are plenty) at `cost` (1…11).
    public init<R: RandomNumberGenerator>(hashing secret: String, cost: Int = defaultCost, using random: inout R) throws(PortalError) {
        let entropy: [CChar] = (0..<16).map { _ in CChar(bitPattern: UInt8(truncatingIfNeeded: random.next())) }
        var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        guard crypt_gensalt_rn("$y$", UInt(cost), entropy, Int32(entropy.count), &setting, Int32(setting.count)) != nil else {
            throw .hashingFailed
        }
        guard let encoded = Self.crypt(secret, setting: setting), encoded.hasPrefix("$y$") else {
            throw .hashingFailed
        }
        self.encoded = encoded
    }

    /// Whether `secret` hashes to this value (compared in constant time).
    public func matches(_ secret: String) -> Bool {
        guard let candidate = Self.crypt(secret, setting: Array(encoded.utf8CString)) else { return false }
        let a = Array(candidate.utf8)
        let b = Array(encoded.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// A hash of nothing anyone knows, to spend the same yescrypt work on a path that has no
    /// account to check (an unknown user), so timing does not tell which accounts exist. A
    /// constant at the default cost: it protects nothing, so its salt need not be secret.
    public static let dummy = PasswordHash(unchecked: "$y$j9T$V/rPVp0NppKPtpmQVl4RV.$GCMe2LjEompzsNnKo79XPosK2te0pGAu9zdUuYZeDz8")

    private init(unchecked encoded: String) {
        self.encoded = encoded
    }

    /// Never the hash itself: it is not secret, but it is of no use in a message either.
    public var description: String { "yescrypt hash" }

    private static func crypt(_ secret: String, setting: [CChar]) -> String? {
        // crypt_data is ~32 KiB: on the heap, zeroed as libxcrypt asks before first use.
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer { data.deallocate() }
        UnsafeMutableRawPointer(data).initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        guard let output = crypt_r(secret, setting, data) else { return nil }
        let result = String(cString: output)
        // libxcrypt signals failure with a string starting with '*'.
        return result.hasPrefix("*") ? nil : result
    }
}

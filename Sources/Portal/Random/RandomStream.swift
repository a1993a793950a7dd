/// A named stream of random numbers: DESIGN.md's rule that every consumer draws from its own
/// stream, derived from (master seed, stream name, entity id).
///
/// The derivation is part of the world's reproducibility contract; changing it changes every
/// world. For seed `seed`, name `name` and entity `entity`:
///
/// 1. `key` = FNV-1a 64 of the UTF-8 bytes of `name` (offset basis 0xCBF29CE484222325,
///    prime 0x100000001B3: for each byte, `key ^= byte; key &*= prime`).
/// 2. `s = SplitMix64.mix(seed ^ SplitMix64.mix(key))`
/// 3. `s = SplitMix64.mix(s ^ SplitMix64.mix(entity &+ 0x9E3779B97F4A7C15))`
/// 4. The stream is `Xoshiro256StarStar(seed: s)` (state: the first four outputs of
///    `SplitMix64(seed: s)`).
///
/// So streams of different names or entities are unrelated, a stream's draws do not depend on
/// which other streams exist or in what order they are drawn (thread count does not matter), and
/// adding a stream perturbs nothing else. Entity 0 is the stream's own, unshared use (world-wide
/// draws); give a signed id as `UInt64(bitPattern:)`.
public struct RandomStream: RandomNumberGenerator, Sendable {
    @usableFromInline var generator: Xoshiro256StarStar

    /// The stream `name` of entity `entity` in the world with master seed `seed`.
    public init(seed: UInt64, name: String, entity: UInt64 = 0) {
        generator = Xoshiro256StarStar(seed: Self.derivedSeed(seed: seed, name: name, entity: entity))
    }

    /// The streams of one name in one world, with steps 1 and 2 of the derivation done once: for
    /// code that makes a stream per person or per visit, millions of times.
    public struct Family: Sendable {
        @usableFromInline let named: UInt64

        /// The family of streams `name` in the world with master seed `seed`.
        public init(seed: UInt64, name: String) {
            self.init(seed: seed, mixedKey: Self.mixedKey(name))
        }

        /// The family of streams whose name gave `mixedKey` (`mixedKey(_:)`), in the world with
        /// master seed `seed`: for code that makes a family per entity, so that it hashes the
        /// name once rather than every time.
        @inlinable @inline(__always)
        public init(seed: UInt64, mixedKey: UInt64) {
            named = SplitMix64.mix(seed ^ mixedKey)
        }

        /// Step 1 of the derivation and the first mix of step 2 for `name`:
        /// `SplitMix64.mix(key)`, which depends on the name alone.
        public static func mixedKey(_ name: String) -> UInt64 {
            SplitMix64.mix(RandomStream.fnv1a64(name))
        }

        /// The stream of `entity`: the same as `RandomStream(seed:name:entity:)`.
        @inlinable @inline(__always)
        public func stream(_ entity: UInt64) -> RandomStream {
            RandomStream(derivedSeed: SplitMix64.mix(named ^ SplitMix64.mix(entity &+ 0x9E37_79B9_7F4A_7C15)))
        }
    }

    /// A stream from its already derived seed (`Family.stream`).
    @inlinable @inline(__always)
    init(derivedSeed: UInt64) {
        generator = Xoshiro256StarStar(seed: derivedSeed)
    }

    /// The seed of the stream's xoshiro256** generator (steps 1 to 3 of the derivation).
    static func derivedSeed(seed: UInt64, name: String, entity: UInt64) -> UInt64 {
        let key = fnv1a64(name)
        let named = SplitMix64.mix(seed ^ SplitMix64.mix(key))
        return SplitMix64.mix(named ^ SplitMix64.mix(entity &+ 0x9E37_79B9_7F4A_7C15))
    }

    /// FNV-1a, 64-bit, over the UTF-8 bytes of `text`.
    static func fnv1a64(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01B3
            }
            return hash
        }
    }

    /// The next 64 random bits of the stream.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        generator.next()
    }
}

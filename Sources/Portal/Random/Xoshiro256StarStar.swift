/// xoshiro256** 1.0 (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
/// 2018): 256 bits of state, period 2^256 − 1, the generator the simulator draws from.
///
/// Outputs are bit-for-bit those of the authors' reference C code for the same state.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose state is the first four outputs of `SplitMix64(seed: seed)`, as the
    /// authors recommend. Any seed is fine, including 0.
    ///
    /// Always inlined, as `next()` is: the simulator seeds a fresh stream for each decision, and
    /// as a call the state went through memory both ways.
    @inlinable @inline(__always)
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
    }

    /// A generator with exactly this state (as `state` returned it). Traps when all four words are
    /// zero: that state only ever yields zeros.
    @inlinable
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** needs a state that is not all zero")
        (s0, s1, s2, s3) = state
    }

    /// The current state, to store a generator and resume it with `init(state:)`.
    @inlinable
    public var state: (UInt64, UInt64, UInt64, UInt64) {
        (s0, s1, s2, s3)
    }

    /// The next 64 random bits.
    ///
    /// Always inlined: `@inlinable` alone left it a call from the simulator (4.7 million at 100k
    /// users over a week), with the four words loaded and stored around each one.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        // The "**" scrambler: multiply, rotate, multiply the second word.
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// `value` rotated left by `count` bits (0 < count < 64).
    @inlinable @inline(__always)
    static func rotateLeft(_ value: UInt64, by count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 &- count))
    }
}

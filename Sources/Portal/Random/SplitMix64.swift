/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014):
/// its 64-bit mixing function and the generator built on it.
///
/// The world uses it to turn seeds into well-spread states (see ``RandomStream``), not as the
/// generator the simulator draws from: that is ``Xoshiro256StarStar``.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The Weyl sequence the generator walks: the golden ratio as a 64-bit odd number.
    @usableFromInline
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The counter; each output mixes the next value of it.
    @usableFromInline
    var state: UInt64

    /// A generator whose first output is `mix(seed &+ 0x9E3779B97F4A7C15)`.
    @inlinable
    public init(seed: UInt64) {
        state = seed
    }

    /// Advances the counter by the golden-ratio increment and returns it mixed.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        state &+= Self.golden
        return Self.mix(state)
    }

    /// SplitMix64's finalizer, a bijection on 64-bit values in which every input bit affects
    /// every output bit: `z ^= z >> 30; z &*= 0xBF58476D1CE4E5B9; z ^= z >> 27;
    /// z &*= 0x94D049BB133111EB; z ^= z >> 31`. `mix(0)` is 0.
    @inlinable @inline(__always)
    public static func mix(_ z: UInt64) -> UInt64 {
        var z = z
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

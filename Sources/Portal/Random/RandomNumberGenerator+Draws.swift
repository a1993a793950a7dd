/// Draws the simulator needs, defined here rather than taken from the standard library so that
/// their results are fixed by this code: the standard library may change how its own bounded
/// integers, floating-point values and shuffles consume a generator between releases, which
/// would change every world.
///
/// Each draw documents how many values it takes from the generator; that count is part of the
/// reproducibility contract too.
///
/// The small draws the simulator makes on every decision are always inlined: as calls (even
/// specialised) the generator's state went to memory and back around each one.
extension RandomNumberGenerator {
    /// A uniform double in [0, 1): the top 53 bits of one value, times 2⁻⁵³.
    @inlinable @inline(__always)
    public mutating func nextUnitDouble() -> Double {
        let bits: UInt64 = next()
        return Double(bits >> 11) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound`, without bias. Traps when `bound` is 0.
    ///
    /// Lemire's multiply-shift ("Fast random integer generation in an interval", 2019): the high
    /// word of `value × bound`, drawing again only in the rare case (probability below
    /// bound / 2⁶⁴) that the low word falls in the short, biased slice.
    @inlinable @inline(__always)
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "next(below:) needs a bound above 0")
        var value: UInt64 = next()
        var product = value.multipliedFullWidth(by: bound)
        if product.low < bound {
            // 2⁶⁴ mod bound: the low words below it belong to a partial copy of the range.
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                value = next()
                product = value.multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// True with probability `probability`: never for 0 or less (or NaN), always for 1 or more.
    /// Takes one value when 0 < probability < 1, none otherwise.
    @inlinable @inline(__always)
    public mutating func chance(_ probability: Double) -> Bool {
        if !(probability > 0) { return false }
        if probability >= 1 { return true }
        return nextUnitDouble() < probability
    }

    /// An exponentially distributed value with mean `mean` (the wait between events of a
    /// Poisson process): `−mean · log(1 − u)` for one unit double u, so always finite and ≥ 0.
    @inlinable @inline(__always)
    public mutating func exponential(mean: Double) -> Double {
        // 1 − u is in [2⁻⁵³, 1] and exact, so normal, and its logarithm finite.
        -mean * PortableMath.log(positiveNormal: 1 - nextUnitDouble())
    }

    /// A normally distributed value: Marsaglia's polar form of the Box–Muller transform.
    ///
    /// Draws pairs of unit doubles (u, v mapped to [−1, 1)) until the point lies inside the unit
    /// circle (on average 1.27 pairs, so 2.55 values), and returns
    /// `mean + standardDeviation · u · √(−2 log(s) / s)` with s = u² + v². The second deviate the
    /// method yields is thrown away rather than kept for the next call, so each draw depends on
    /// the generator alone. Uses no sine or cosine, only functions that give the same bits on
    /// every machine.
    @inlinable
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        while true {
            let u = 2 * nextUnitDouble() - 1
            let v = 2 * nextUnitDouble() - 1
            let s = u * u + v * v
            if s > 0, s < 1 {
                return mean + standardDeviation * u * (-2 * PortableMath.log(s) / s).squareRoot()
            }
        }
    }

    /// One of the values, each with probability proportional to its weight; nil when the list is
    /// empty or no weight is positive.
    ///
    /// A weight that is not a finite positive number counts as zero, so such a value is never
    /// picked (and weights that add up past the largest `Double` give nil). Takes one value when
    /// it returns one, none when it returns nil.
    @inlinable
    public mutating func pick<T>(from weighted: [(T, Double)]) -> T? {
        var total = 0.0
        var lastPickable = -1
        for (index, entry) in weighted.enumerated() where Self.isPickable(weight: entry.1) {
            total += entry.1
            lastPickable = index
        }
        guard lastPickable >= 0, total.isFinite else { return nil }
        let target = nextUnitDouble() * total
        var reached = 0.0
        for entry in weighted where Self.isPickable(weight: entry.1) {
            reached += entry.1
            if target < reached { return entry.0 }
        }
        // Rounding can leave `target` a hair above the last running sum.
        return weighted[lastPickable].0
    }

    /// Whether a weight takes part in `pick(from:)`.
    @inlinable
    static func isPickable(weight: Double) -> Bool {
        weight.isFinite && weight > 0
    }

    /// `count` random decimal digits, leading zeros kept (`004217`): a one-time code. One
    /// `next(below: 10)` per digit, first digit first. Traps when `count` is negative.
    @inlinable
    public mutating func digits(_ count: Int) -> String {
        precondition(count >= 0, "digits(_:) needs a count of 0 or more")
        return String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count {
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: next(below: 10))
            }
            return count
        }
    }

    /// `length` random characters of the URL-safe base32 alphabet `a`–`z`, `2`–`7` (5 bits
    /// each): the secret of a reset link. One `next(below: 32)` per character. Traps when
    /// `length` is negative.
    @inlinable
    public mutating func token(length: Int) -> String {
        precondition(length >= 0, "token(length:) needs a length of 0 or more")
        return String(unsafeUninitializedCapacity: length) { buffer in
            for index in 0..<length {
                let symbol = UInt8(truncatingIfNeeded: next(below: 32))
                buffer[index] = symbol < 26 ? UInt8(ascii: "a") + symbol : UInt8(ascii: "2") + (symbol - 26)
            }
            return length
        }
    }
}

/// Floating-point functions computed the same way on every machine.
///
/// The C library's `log` differs between libm implementations and versions in the last bit,
/// and one bit can turn a simulated branch; a world must give the same digest everywhere. These
/// use only IEEE 754 operations that are exactly specified (+, −, ×, ÷, square root, exponent and
/// significand extraction), so their results are bit-identical wherever Swift runs.
public enum PortableMath {
    /// The natural logarithm, within about one ulp: fdlibm's method (Sun Microsystems, 1993),
    /// written from its description.
    ///
    /// Write x = 2^k·m with √2/2 ≤ m < √2 and f = m − 1. With s = f/(2+f),
    /// log(m) = log(1+s) − log(1−s) = 2s + 2s³/3 + 2s⁵/5 + …; the tail after 2s is a
    /// polynomial R in s² (the Remez coefficients Lg1…Lg7), and
    /// log(x) = k·ln2 + f − (f²/2 − s·(f²/2 + R)), with ln2 split in a high part whose product
    /// with k is exact and a low part that corrects it.
    ///
    /// Always inlined: as a call from another module it went through a thunk, and the call,
    /// thunk and frame were about 5 of its 44 instructions, 1.4 million times a simulated week
    /// at 100 k people (7.6 M of 1,871 M).
    @inlinable @inline(__always)
    public static func log(_ x: Double) -> Double {
        // Positive, normal and finite (exponent field 1 to 0x7FE, sign clear) in one unsigned
        // comparison, rather than four floating-point tests for NaN, negatives, zero and
        // infinity and one for subnormals: the simulator only ever asks for these.
        let bits = x.bitPattern
        guard bits &- 0x0010_0000_0000_0000 < 0x7FE0_0000_0000_0000 else { return unusualLog(x) }
        return log(positiveNormal: x)
    }

    /// `log(x)` for an x its caller knows to be positive, normal and finite, without checking:
    /// 1 − u for a unit draw u is one of 2⁵³ such values (the least 2⁻⁵³), and an exponential
    /// draw takes one on every wait the simulator draws.
    @inlinable @inline(__always)
    public static func log(positiveNormal x: Double) -> Double {
        let bits = x.bitPattern
        assert(bits &- 0x0010_0000_0000_0000 < 0x7FE0_0000_0000_0000, "log(positiveNormal:) of \(x)")
        let significand = Double(bitPattern: bits & 0x000F_FFFF_FFFF_FFFF | 0x3FF0_0000_0000_0000)
        return log(exponent: Double(Int(bits >> 52) - 1023), significand: significand)
    }

    /// `log` of NaN, zero, a negative, infinity or a subnormal.
    @usableFromInline
    static func unusualLog(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return .infinity }
        let (k, m) = exponentAndSignificand(x)
        return log(exponent: k, significand: m)
    }

    /// log(2^k·m) for 1 ≤ m < 2: the method described at `log(_:)`.
    @inlinable @inline(__always)
    static func log(exponent: Double, significand: Double) -> Double {
        // The constants by bit pattern, so that no decimal-to-binary conversion can differ.
        let ln2High = Double(bitPattern: 0x3FE6_2E42_FEE0_0000)
        let ln2Low = Double(bitPattern: 0x3DEA_39EF_3579_3C76)
        let lg1 = Double(bitPattern: 0x3FE5_5555_5555_5593)
        let lg2 = Double(bitPattern: 0x3FD9_9999_9997_FA04)
        let lg3 = Double(bitPattern: 0x3FD2_4924_9422_9359)
        let lg4 = Double(bitPattern: 0x3FCC_71C5_1D8E_78AF)
        let lg5 = Double(bitPattern: 0x3FC7_4664_96CB_03DE)
        let lg6 = Double(bitPattern: 0x3FC3_9A09_D078_C69F)
        let lg7 = Double(bitPattern: 0x3FC2_F112_DF3E_5244)

        var (k, m) = (exponent, significand)
        if m > 1.414_213_562_373_095_1 {
            m *= 0.5
            k += 1
        }
        let f = m - 1  // exact (Sterbenz)
        // No early return for f = 0 (fdlibm's, for exact powers of two): s, z, w and r are then
        // 0 and the formula below gives k·ln2High + k·ln2Low bit for bit, and the test cost
        // three instructions of every call for a case a draw almost never meets.

        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        // Odd and even powers evaluated separately, as fdlibm does, for a shorter dependency chain.
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        let halfFSquared = 0.5 * f * f
        return k * ln2High - ((halfFSquared - (s * (halfFSquared + r) + k * ln2Low)) - f)
    }

    /// x = 2^k·m with 1 ≤ m < 2, both exact (`exponent` and `significand`). For a normal
    /// number they are read off its bits: the standard library's properties are calls that
    /// cost more than the rest of `log`, which a simulated run calls millions of times.
    @inlinable
    static func exponentAndSignificand(_ x: Double) -> (Double, Double) {
        let biased = x.bitPattern >> 52 & 0x7FF
        guard biased != 0 else { return (Double(x.exponent), x.significand) }  // subnormal
        let significand = Double(bitPattern: x.bitPattern & 0x000F_FFFF_FFFF_FFFF | 0x3FF0_0000_0000_0000)
        return (Double(Int(biased) - 1023), significand)
    }

    /// The cosine, to about 1e-15, by reduction to [−π/4, π/4] and Taylor polynomials: slower
    /// than libm's and less exact far from zero, but the same bits everywhere, which a load curve
    /// feeding session times needs more.
    public static func cos(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let halfPi = Double.pi / 2
        let quarterTurns = (x / halfPi).rounded()
        let r = x - quarterTurns * halfPi
        let r2 = r * r
        // Taylor terms to r^16 / r^17: below 1e-16 for |r| ≤ π/4.
        var cosine = 1.0
        var sine = r
        var termC = 1.0
        var termS = r
        for n in 1...8 {
            termC *= -r2 / Double((2 * n - 1) * (2 * n))
            termS *= -r2 / Double((2 * n) * (2 * n + 1))
            cosine += termC
            sine += termS
        }
        switch Int(quarterTurns.truncatingRemainder(dividingBy: 4) + 4) % 4 {
        case 0: return cosine
        case 1: return -sine
        case 2: return -cosine
        default: return sine
        }
    }
}

extension SHA256 {
    /// Runs the FIPS 180-4 §6.2.2 compression function over every whole 64-byte block of
    /// `blocks`, in order, updating `state`; a trailing partial block is ignored.
    @usableFromInline
    static func compress(_ state: inout Words, _ blocks: UnsafeRawBufferPointer) {
        guard var block = blocks.baseAddress else { return }
        // The state lives in locals for the whole run so it stays in registers between blocks.
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        for _ in 0..<(blocks.count / blockByteCount) {
            // The schedule is a rolling window of 16 words (W[t] overwrites W[t-16]) held in
            // locals: no array, no bounds checks, no allocation.
            var w0 = block.loadUnaligned(fromByteOffset: 0, as: UInt32.self).bigEndian
            var w1 = block.loadUnaligned(fromByteOffset: 4, as: UInt32.self).bigEndian
            var w2 = block.loadUnaligned(fromByteOffset: 8, as: UInt32.self).bigEndian
            var w3 = block.loadUnaligned(fromByteOffset: 12, as: UInt32.self).bigEndian
            var w4 = block.loadUnaligned(fromByteOffset: 16, as: UInt32.self).bigEndian
            var w5 = block.loadUnaligned(fromByteOffset: 20, as: UInt32.self).bigEndian
            var w6 = block.loadUnaligned(fromByteOffset: 24, as: UInt32.self).bigEndian
            var w7 = block.loadUnaligned(fromByteOffset: 28, as: UInt32.self).bigEndian
            var w8 = block.loadUnaligned(fromByteOffset: 32, as: UInt32.self).bigEndian
            var w9 = block.loadUnaligned(fromByteOffset: 36, as: UInt32.self).bigEndian
            var w10 = block.loadUnaligned(fromByteOffset: 40, as: UInt32.self).bigEndian
            var w11 = block.loadUnaligned(fromByteOffset: 44, as: UInt32.self).bigEndian
            var w12 = block.loadUnaligned(fromByteOffset: 48, as: UInt32.self).bigEndian
            var w13 = block.loadUnaligned(fromByteOffset: 52, as: UInt32.self).bigEndian
            var w14 = block.loadUnaligned(fromByteOffset: 56, as: UInt32.self).bigEndian
            var w15 = block.loadUnaligned(fromByteOffset: 60, as: UInt32.self).bigEndian
            var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)

            // Fully unrolled: each round renames the working variables instead of shifting
            // them, so only two of the eight change per round. The constants are FIPS 180-4
            // §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first
            // 64 primes.
            round(a, b, c, &d, e, f, g, &h, 0x428a2f98, w0)
            round(h, a, b, &c, d, e, f, &g, 0x71374491, w1)
            round(g, h, a, &b, c, d, e, &f, 0xb5c0fbcf, w2)
            round(f, g, h, &a, b, c, d, &e, 0xe9b5dba5, w3)
            round(e, f, g, &h, a, b, c, &d, 0x3956c25b, w4)
            round(d, e, f, &g, h, a, b, &c, 0x59f111f1, w5)
            round(c, d, e, &f, g, h, a, &b, 0x923f82a4, w6)
            round(b, c, d, &e, f, g, h, &a, 0xab1c5ed5, w7)
            round(a, b, c, &d, e, f, g, &h, 0xd807aa98, w8)
            round(h, a, b, &c, d, e, f, &g, 0x12835b01, w9)
            round(g, h, a, &b, c, d, e, &f, 0x243185be, w10)
            round(f, g, h, &a, b, c, d, &e, 0x550c7dc3, w11)
            round(e, f, g, &h, a, b, c, &d, 0x72be5d74, w12)
            round(d, e, f, &g, h, a, b, &c, 0x80deb1fe, w13)
            round(c, d, e, &f, g, h, a, &b, 0x9bdc06a7, w14)
            round(b, c, d, &e, f, g, h, &a, 0xc19bf174, w15)
            w0 &+= sigma1(w14) &+ w9 &+ sigma0(w1)
            round(a, b, c, &d, e, f, g, &h, 0xe49b69c1, w0)
            w1 &+= sigma1(w15) &+ w10 &+ sigma0(w2)
            round(h, a, b, &c, d, e, f, &g, 0xefbe4786, w1)
            w2 &+= sigma1(w0) &+ w11 &+ sigma0(w3)
            round(g, h, a, &b, c, d, e, &f, 0x0fc19dc6, w2)
            w3 &+= sigma1(w1) &+ w12 &+ sigma0(w4)
            round(f, g, h, &a, b, c, d, &e, 0x240ca1cc, w3)
            w4 &+= sigma1(w2) &+ w13 &+ sigma0(w5)
            round(e, f, g, &h, a, b, c, &d, 0x2de92c6f, w4)
            w5 &+= sigma1(w3) &+ w14 &+ sigma0(w6)
            round(d, e, f, &g, h, a, b, &c, 0x4a7484aa, w5)
            w6 &+= sigma1(w4) &+ w15 &+ sigma0(w7)
            round(c, d, e, &f, g, h, a, &b, 0x5cb0a9dc, w6)
            w7 &+= sigma1(w5) &+ w0 &+ sigma0(w8)
            round(b, c, d, &e, f, g, h, &a, 0x76f988da, w7)
            w8 &+= sigma1(w6) &+ w1 &+ sigma0(w9)
            round(a, b, c, &d, e, f, g, &h, 0x983e5152, w8)
            w9 &+= sigma1(w7) &+ w2 &+ sigma0(w10)
            round(h, a, b, &c, d, e, f, &g, 0xa831c66d, w9)
            w10 &+= sigma1(w8) &+ w3 &+ sigma0(w11)
            round(g, h, a, &b, c, d, e, &f, 0xb00327c8, w10)
            w11 &+= sigma1(w9) &+ w4 &+ sigma0(w12)
            round(f, g, h, &a, b, c, d, &e, 0xbf597fc7, w11)
            w12 &+= sigma1(w10) &+ w5 &+ sigma0(w13)
            round(e, f, g, &h, a, b, c, &d, 0xc6e00bf3, w12)
            w13 &+= sigma1(w11) &+ w6 &+ sigma0(w14)
            round(d, e, f, &g, h, a, b, &c, 0xd5a79147, w13)
            w14 &+= sigma1(w12) &+ w7 &+ sigma0(w15)
            round(c, d, e, &f, g, h, a, &b, 0x06ca6351, w14)
            w15 &+= sigma1(w13) &+ w8 &+ sigma0(w0)
            round(b, c, d, &e, f, g, h, &a, 0x14292967, w15)
            w0 &+= sigma1(w14) &+ w9 &+ sigma0(w1)
            round(a, b, c, &d, e, f, g, &h, 0x27b70a85, w0)
            w1 &+= sigma1(w15) &+ w10 &+ sigma0(w2)
            round(h, a, b, &c, d, e, f, &g, 0x2e1b2138, w1)
            w2 &+= sigma1(w0) &+ w11 &+ sigma0(w3)
            round(g, h, a, &b, c, d, e, &f, 0x4d2c6dfc, w2)
            w3 &+= sigma1(w1) &+ w12 &+ sigma0(w4)
            round(f, g, h, &a, b, c, d, &e, 0x53380d13, w3)
            w4 &+= sigma1(w2) &+ w13 &+ sigma0(w5)
            round(e, f, g, &h, a, b, c, &d, 0x650a7354, w4)
            w5 &+= sigma1(w3) &+ w14 &+ sigma0(w6)
            round(d, e, f, &g, h, a, b, &c, 0x766a0abb, w5)
            w6 &+= sigma1(w4) &+ w15 &+ sigma0(w7)
            round(c, d, e, &f, g, h, a, &b, 0x81c2c92e, w6)
            w7 &+= sigma1(w5) &+ w0 &+ sigma0(w8)
            round(b, c, d, &e, f, g, h, &a, 0x92722c85, w7)
            w8 &+= sigma1(w6) &+ w1 &+ sigma0(w9)
            round(a, b, c, &d, e, f, g, &h, 0xa2bfe8a1, w8)
            w9 &+= sigma1(w7) &+ w2 &+ sigma0(w10)
            round(h, a, b, &c, d, e, f, &g, 0xa81a664b, w9)
            w10 &+= sigma1(w8) &+ w3 &+ sigma0(w11)
            round(g, h, a, &b, c, d, e, &f, 0xc24b8b70, w10)
            w11 &+= sigma1(w9) &+ w4 &+ sigma0(w12)
            round(f, g, h, &a, b, c, d, &e, 0xc76c51a3, w11)
            w12 &+= sigma1(w10) &+ w5 &+ sigma0(w13)
            round(e, f, g, &h, a, b, c, &d, 0xd192e819, w12)
            w13 &+= sigma1(w11) &+ w6 &+ sigma0(w14)
            round(d, e, f, &g, h, a, b, &c, 0xd6990624, w13)
            w14 &+= sigma1(w12) &+ w7 &+ sigma0(w15)
            round(c, d, e, &f, g, h, a, &b, 0xf40e3585, w14)
            w15 &+= sigma1(w13) &+ w8 &+ sigma0(w0)
            round(b, c, d, &e, f, g, h, &a, 0x106aa070, w15)
            w0 &+= sigma1(w14) &+ w9 &+ sigma0(w1)
            round(a, b, c, &d, e, f, g, &h, 0x19a4c116, w0)
            w1 &+= sigma1(w15) &+ w10 &+ sigma0(w2)
            round(h, a, b, &c, d, e, f, &g, 0x1e376c08, w1)
            w2 &+= sigma1(w0) &+ w11 &+ sigma0(w3)
            round(g, h, a, &b, c, d, e, &f, 0x2748774c, w2)
            w3 &+= sigma1(w1) &+ w12 &+ sigma0(w4)
            round(f, g, h, &a, b, c, d, &e, 0x34b0bcb5, w3)
            w4 &+= sigma1(w2) &+ w13 &+ sigma0(w5)
            round(e, f, g, &h, a, b, c, &d, 0x391c0cb3, w4)
            w5 &+= sigma1(w3) &+ w14 &+ sigma0(w6)
            round(d, e, f, &g, h, a, b, &c, 0x4ed8aa4a, w5)
            w6 &+= sigma1(w4) &+ w15 &+ sigma0(w7)
            round(c, d, e, &f, g, h, a, &b, 0x5b9cca4f, w6)
            w7 &+= sigma1(w5) &+ w0 &+ sigma0(w8)
            round(b, c, d, &e, f, g, h, &a, 0x682e6ff3, w7)
            w8 &+= sigma1(w6) &+ w1 &+ sigma0(w9)
            round(a, b, c, &d, e, f, g, &h, 0x748f82ee, w8)
            w9 &+= sigma1(w7) &+ w2 &+ sigma0(w10)
            round(h, a, b, &c, d, e, f, &g, 0x78a5636f, w9)
            w10 &+= sigma1(w8) &+ w3 &+ sigma0(w11)
            round(g, h, a, &b, c, d, e, &f, 0x84c87814, w10)
            w11 &+= sigma1(w9) &+ w4 &+ sigma0(w12)
            round(f, g, h, &a, b, c, d, &e, 0x8cc70208, w11)
            w12 &+= sigma1(w10) &+ w5 &+ sigma0(w13)
            round(e, f, g, &h, a, b, c, &d, 0x90befffa, w12)
            w13 &+= sigma1(w11) &+ w6 &+ sigma0(w14)
            round(d, e, f, &g, h, a, b, &c, 0xa4506ceb, w13)
            w14 &+= sigma1(w12) &+ w7 &+ sigma0(w15)
            round(c, d, e, &f, g, h, a, &b, 0xbef9a3f7, w14)
            w15 &+= sigma1(w13) &+ w8 &+ sigma0(w0)
            round(b, c, d, &e, f, g, h, &a, 0xc67178f2, w15)

            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
            h5 &+= f
            h6 &+= g
            h7 &+= h
            block += blockByteCount
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
    }

    /// One round of §6.2.2 step 3, written so that `d` receives the new `e` and `h` the new `a`.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ k: UInt32, _ w: UInt32
    ) {
        let choice = g ^ (e & (f ^ g))
        let majority = (a & b) | (c & (a | b))
        let t1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ choice &+ k &+ w
        let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ majority
        d &+= t1
        h = t1 &+ t2
    }

    /// σ₀ of the message schedule (§4.1.2, 4.6).
    @inline(__always)
    private static func sigma0(_ x: UInt32) -> UInt32 {
        rotate(x, 7) ^ rotate(x, 18) ^ (x &>> 3)
    }

    /// σ₁ of the message schedule (§4.1.2, 4.7).
    @inline(__always)
    private static func sigma1(_ x: UInt32) -> UInt32 {
        rotate(x, 17) ^ rotate(x, 19) ^ (x &>> 10)
    }

    /// Rotates right; with a constant count the optimizer emits a single `ror`.
    @inline(__always)
    private static func rotate(_ x: UInt32, _ count: UInt32) -> UInt32 {
        (x &>> count) | (x &<< (32 &- count))
    }
}

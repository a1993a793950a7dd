/// SHA-256 (FIPS 180-4), incremental.
///
/// Feed bytes with the `update` overloads in any split, then call ``finalize()``; the digest
/// depends only on the concatenated bytes, never on where the updates were cut. The value is
/// a plain struct with no heap storage, so copying a hasher forks the stream and sharing one
/// between tasks means sending a copy.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(UInt64(42))
/// hasher.update("ani@example.id")
/// let digest = hasher.finalize()   // digest.description is 64 lower-case hex digits
/// ```
public struct SHA256: Sendable {
    /// Eight 32-bit words: the chaining value H(i) of FIPS 180-4.
    @usableFromInline
    typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// Sixty-four bytes of storage for one message block, kept inline so a hasher never allocates.
    @usableFromInline
    typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    /// Bytes per message block.
    @inlinable
    static var blockByteCount: Int { 64 }

    @usableFromInline
    var state: Words

    /// The first `pendingCount` bytes of the current, not yet compressed block.
    @usableFromInline
    var pending: Block

    @usableFromInline
    var pendingCount: Int

    /// Total message length so far; FIPS 180-4 limits messages to 2⁶⁴ bits, so wrapping is moot.
    @usableFromInline
    var byteCount: UInt64

    /// Creates a hasher for an empty message.
    public init() {
        // FIPS 180-4 §5.3.3: the first 32 bits of the fractional parts of √2, √3, …, √19.
        state = (0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
        pending = (0, 0, 0, 0, 0, 0, 0, 0)
        pendingCount = 0
        byteCount = 0
    }

    /// Appends raw bytes to the message; this is the fast path every other overload ends in.
    ///
    /// The bytes are read during the call only; the buffer may be reused as soon as it returns.
    @inlinable
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        let count = buffer.count
        let offset = pendingCount
        // Most event-stream writes are a few bytes that fit in the open block: copying them
        // inline, without a call, keeps small updates cheap.
        if count < Self.blockByteCount &- offset {
            withUnsafeMutableBytes(of: &pending) { pendingBytes in
                UnsafeMutableRawBufferPointer(rebasing: pendingBytes[offset...]).copyMemory(from: buffer)
            }
            pendingCount = offset &+ count
            byteCount &+= UInt64(truncatingIfNeeded: count)
            return
        }
        absorb(buffer)
    }

    /// Appends a sequence of bytes to the message.
    ///
    /// Arrays, array slices and other contiguous collections go through the fast path;
    /// other sequences are fed one byte at a time.
    @inlinable
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let wasContiguous: Void? = bytes.withContiguousStorageIfAvailable { elements in
            update(UnsafeRawBufferPointer(elements))
        }
        if wasContiguous != nil { return }
        for byte in bytes {
            update(byte)
        }
    }

    /// Appends the 8 bytes of `value`, least significant first, so the digest is the same on
    /// every platform.
    ///
    /// `update(UInt64(1))` hashes exactly like `update([1, 0, 0, 0, 0, 0, 0, 0] as [UInt8])`.
    @inlinable
    public mutating func update(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { update($0) }
    }

    /// Appends the 8 bytes of the two's-complement bit pattern of `value`, least significant
    /// first: the same bytes as `update(UInt64(bitPattern: value))`.
    @inlinable
    public mutating func update(_ value: Int64) {
        update(UInt64(bitPattern: value))
    }

    /// Appends the 4 bytes of `value`, least significant first.
    @inlinable
    public mutating func update(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { update($0) }
    }

    /// Appends the 2 bytes of `value`, least significant first.
    @inlinable
    public mutating func update(_ value: UInt16) {
        withUnsafeBytes(of: value.littleEndian) { update($0) }
    }

    /// Appends the single byte `value`.
    @inlinable
    public mutating func update(_ value: UInt8) {
        withUnsafeBytes(of: value) { update($0) }
    }

    /// Appends the UTF-8 bytes of `text` followed by one 0 byte.
    ///
    /// The terminator keeps consecutive strings apart: `"ab", "c"` and `"a", "bc"` hash
    /// differently. That guarantee needs texts without an embedded NUL (`"\0"`); a text that
    /// may hold one should be preceded by its length instead, e.g. `update(UInt64(text.utf8.count))`.
    @inlinable
    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
        update(UInt8(0))
    }

    /// Pads the message and returns its digest.
    ///
    /// The hasher is taken by value: `SHA256` is copyable, so a caller that goes on using its
    /// variable afterwards works on an unchanged copy. That makes `finalize()` mid-stream a way
    /// to read a running digest without disturbing later updates.
    public consuming func finalize() -> Digest {
        // FIPS 180-4 §5.1.1: a 1 bit, zeros up to 56 mod 64 bytes, then the bit length, big-endian.
        let bitLength = byteCount &<< 3
        var offset = pendingCount
        var block = pending
        withUnsafeMutableBytes(of: &block) { bytes in
            bytes[offset] = 0x80
            offset += 1
            if offset > 56 {
                // No room left for the length: it goes in an extra block of its own.
                bytes[offset...].initializeMemory(as: UInt8.self, repeating: 0)
                Self.compress(&state, UnsafeRawBufferPointer(bytes))
                offset = 0
            }
            bytes[offset..<56].initializeMemory(as: UInt8.self, repeating: 0)
            bytes.storeBytes(of: bitLength.bigEndian, toByteOffset: 56, as: UInt64.self)
            Self.compress(&state, UnsafeRawBufferPointer(bytes))
        }
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in words {
            digest.append(UInt8(truncatingIfNeeded: word &>> 24))
            digest.append(UInt8(truncatingIfNeeded: word &>> 16))
            digest.append(UInt8(truncatingIfNeeded: word &>> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return Digest(bytes: digest)
    }

    /// Returns the digest of `bytes` in one call.
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> Digest where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Takes `buffer` when it fills or overflows the open block: completes that block,
    /// compresses whole blocks straight from `buffer`, and keeps the tail.
    @usableFromInline
    mutating func absorb(_ buffer: UnsafeRawBufferPointer) {
        var rest = buffer[...]
        byteCount &+= UInt64(truncatingIfNeeded: rest.count)
        if pendingCount > 0 {
            let taken = min(Self.blockByteCount - pendingCount, rest.count)
            let offset = pendingCount
            withUnsafeMutableBytes(of: &pending) { pendingBytes in
                UnsafeMutableRawBufferPointer(rebasing: pendingBytes[offset..<(offset + taken)])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: rest.prefix(taken)))
            }
            pendingCount += taken
            rest = rest.dropFirst(taken)
            guard pendingCount == Self.blockByteCount else { return }
            let block = pending
            withUnsafeBytes(of: block) { Self.compress(&state, $0) }
            pendingCount = 0
        }
        let wholeByteCount = rest.count - rest.count % Self.blockByteCount
        // Whole blocks are compressed where they lie; copying them through `pending` would
        // add a second pass over every byte.
        Self.compress(&state, UnsafeRawBufferPointer(rebasing: rest.prefix(wholeByteCount)))
        rest = rest.dropFirst(wholeByteCount)
        withUnsafeMutableBytes(of: &pending) { pendingBytes in
            pendingBytes.copyMemory(from: UnsafeRawBufferPointer(rebasing: rest))
        }
        pendingCount = rest.count
    }
}

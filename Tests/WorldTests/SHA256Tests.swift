import Testing
import World

/// A message and its published or `hashlib`-computed digest.
struct DigestCase: Sendable, CustomTestStringConvertible {
    let name: String
    let message: [UInt8]
    let hex: String

    var testDescription: String { name }
}

/// An integer `update` overload and the bytes it promises to append.
struct IntegerCase: Sendable, CustomTestStringConvertible {
    let name: String
    let feed: @Sendable (inout SHA256) -> Void
    let bytes: [UInt8]

    var testDescription: String { name }
}

/// 131 bytes with no repeating pattern short enough to hide a misplaced block boundary.
let message131: [UInt8] = (0..<131).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }

func digest(feeding feed: (inout SHA256) -> Void) -> SHA256.Digest {
    var hasher = SHA256()
    feed(&hasher)
    return hasher.finalize()
}

@Suite("SHA256 known answers")
struct SHA256KnownAnswerTests {
    // FIPS 180-2 appendix B examples, checked against `hashlib.sha256` on this machine.
    static let nistVectors: [DigestCase] = [
        DigestCase(
            name: "empty", message: [],
            hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        DigestCase(
            name: "abc", message: Array("abc".utf8),
            hex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        DigestCase(
            name: "448 bits",
            message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            hex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        DigestCase(
            name: "896 bits",
            message: Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
            hex: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ]

    // Prefixes either side of the padding edges: 55 bytes is the longest message padded in one
    // block, 56 the shortest that needs a second, 64 and 128 end exactly on a block.
    static let paddingEdges: [DigestCase] = [
        (1, "084fed08b978af4d7d196a7446a86b58009e636b611db16211b65a9aadff29c5"),
        (55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"),
        (56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"),
        (57, "35df609437dcfea3279283ab79fd554e2bf78f8f7ae2de532d8ee300b09e8f73"),
        (63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"),
        (64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"),
        (65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"),
        (119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"),
        (120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"),
        (128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"),
        (131, "4c14830d5f17552093a46de0f6884f8f3010789462dab3db3d1cc679575e01ad"),
    ].map { DigestCase(name: "\($0.0) bytes", message: Array(message131.prefix($0.0)), hex: $0.1) }

    @Test("NIST example vectors", arguments: nistVectors)
    func nistVector(_ vector: DigestCase) {
        #expect(SHA256.hash(vector.message).description == vector.hex)
    }

    @Test("one million 'a'")
    func millionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            SHA256.hash(message).description
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("messages around the padding edges", arguments: paddingEdges)
    func paddingEdge(_ vector: DigestCase) {
        #expect(SHA256.hash(vector.message).description == vector.hex)
    }
}

@Suite("SHA256 incremental updates")
struct SHA256IncrementalTests {
    static let whole = SHA256.hash(message131)

    @Test("two updates split at any offset equal one update", arguments: 0...130)
    func splitOnce(at offset: Int) {
        let split = digest { hasher in
            hasher.update(message131[..<offset])
            hasher.update(message131[offset...])
        }
        #expect(split == Self.whole)
    }

    @Test("raw-buffer updates split at any offset equal one update", arguments: 0...130)
    func splitRawBuffer(at offset: Int) {
        let split = digest { hasher in
            message131.withUnsafeBytes { raw in
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[..<offset]))
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset...]))
            }
        }
        #expect(split == Self.whole)
    }

    @Test("equal-sized chunks of any size equal one update", arguments: 1...131)
    func chunks(of size: Int) {
        let chunked = digest { hasher in
            for start in stride(from: 0, to: message131.count, by: size) {
                hasher.update(message131[start..<min(start + size, message131.count)])
            }
        }
        #expect(chunked == Self.whole)
    }

    @Test("a non-contiguous sequence hashes like the same bytes in an array")
    func nonContiguousSequence() {
        let lazyBytes = message131.lazy.map { $0 }.filter { _ in true }
        #expect(digest { $0.update(lazyBytes) } == Self.whole)
        #expect(SHA256.hash(UInt8(0)...UInt8(200)) == SHA256.hash(Array(UInt8(0)...UInt8(200))))
    }

    @Test("finalizing a copy mid-stream leaves the original running")
    func runningDigest() {
        var hasher = SHA256()
        hasher.update(message131[..<50])
        let prefixDigest = hasher.finalize()
        hasher.update(message131[50...])
        #expect(prefixDigest == SHA256.hash(message131[..<50]))
        #expect(hasher.finalize() == Self.whole)
    }
}

@Suite("SHA256 typed updates")
struct SHA256TypedUpdateTests {
    static let integerCases: [IntegerCase] = [
        IntegerCase(name: "UInt64 1", feed: { $0.update(UInt64(1)) }, bytes: [1, 0, 0, 0, 0, 0, 0, 0]),
        IntegerCase(
            name: "UInt64 0x0102030405060708", feed: { $0.update(UInt64(0x0102_0304_0506_0708)) },
            bytes: [8, 7, 6, 5, 4, 3, 2, 1]),
        IntegerCase(
            name: "Int64 -1", feed: { $0.update(Int64(-1)) }, bytes: [UInt8](repeating: 0xff, count: 8)),
        IntegerCase(
            name: "Int64 -2", feed: { $0.update(Int64(-2)) }, bytes: [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
        IntegerCase(name: "Int64 5", feed: { $0.update(Int64(5)) }, bytes: [5, 0, 0, 0, 0, 0, 0, 0]),
        IntegerCase(name: "UInt32 0x01020304", feed: { $0.update(UInt32(0x0102_0304)) }, bytes: [4, 3, 2, 1]),
        IntegerCase(name: "UInt16 0x0102", feed: { $0.update(UInt16(0x0102)) }, bytes: [2, 1]),
        IntegerCase(name: "UInt8 0xab", feed: { $0.update(UInt8(0xab)) }, bytes: [0xab]),
        IntegerCase(name: "String abc", feed: { $0.update("abc") }, bytes: [0x61, 0x62, 0x63, 0]),
        IntegerCase(name: "String empty", feed: { $0.update("") }, bytes: [0]),
        IntegerCase(name: "String é", feed: { $0.update("é") }, bytes: [0xc3, 0xa9, 0]),
    ]

    @Test("each overload appends the bytes its documentation promises", arguments: integerCases)
    func overloadBytes(_ testCase: IntegerCase) {
        #expect(digest(feeding: testCase.feed) == SHA256.hash(testCase.bytes))
    }

    // Every open-block fill level, so the inline copy and the block-crossing path both run.
    @Test("overloads agree with byte arrays after any prefix length", arguments: 0...64)
    func overloadsAfterPrefix(_ prefixLength: Int) {
        let prefix = Array(message131.prefix(prefixLength))
        let typed = digest { hasher in
            hasher.update(prefix)
            hasher.update(UInt64(0x1122_3344_5566_7788))
            hasher.update(UInt32(0x99aa_bbcc))
            hasher.update(UInt16(0xddee))
            hasher.update(UInt8(0xff))
            hasher.update("event")
        }
        let bytes: [UInt8] =
            prefix + [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0xcc, 0xbb, 0xaa, 0x99, 0xee, 0xdd, 0xff]
            + Array("event".utf8) + [0]
        #expect(typed == SHA256.hash(bytes))
    }

    @Test("string updates keep their boundaries")
    func stringBoundaries() {
        let left = digest { $0.update("ab"); $0.update("c") }
        let right = digest { $0.update("a"); $0.update("bc") }
        #expect(left != right)
        #expect(
            digest { $0.update("abc") }.description
                == "dc1114cd074914bd872cc1f9a23ec910ea2203bc79779ab2e17da25782a624fc")
    }
}

@Suite("SHA256.Digest")
struct SHA256DigestTests {
    static let digests = [
        SHA256.hash([UInt8]()), SHA256.hash(Array("abc".utf8)), SHA256.hash(message131),
    ]

    @Test("description is 64 lower-case hex digits", arguments: digests)
    func descriptionShape(_ digest: SHA256.Digest) {
        #expect(digest.bytes.count == 32)
        #expect(digest.description.count == 64)
        #expect(digest.description.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) })
    }

    @Test("hex round trip", arguments: digests)
    func hexRoundTrip(_ digest: SHA256.Digest) {
        #expect(SHA256.Digest(hex: digest.description) == digest)
        #expect(SHA256.Digest(hex: digest.description.uppercased()) == digest)
    }

    @Test(
        "init(hex:) rejects text that is not 64 hex digits",
        arguments: [
            "",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8550",
            "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "0xb0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            " 3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "é3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
        ])
    func rejectsBadHex(_ text: String) {
        #expect(SHA256.Digest(hex: text) == nil)
    }
}

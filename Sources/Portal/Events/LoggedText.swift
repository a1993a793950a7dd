/// Text a person typed, as an event's detail keeps it (an unknown username, an application
/// kind the portal does not have): up to 72 bytes of UTF-8, held inline.
///
/// Plain data rather than a `String` so that `Event` is plain data: the simulator makes
/// millions of events a second, and one `String` payload anywhere in `EventDetail` made every
/// copy of every event go through reference counting. What is typed is cut before it gets
/// here (`LoginFlow.loggable` keeps 64 bytes and an ellipsis), so the capacity bounds nothing
/// a person sees.
public struct LoggedText: Hashable, Sendable, BitwiseCopyable, CustomStringConvertible {
    /// The most bytes of UTF-8 it holds.
    public static let capacity = 72

    // The bytes in order, zero past `count`, so equal texts are equal values: 64 + 8 bytes,
    // two vectors rather than a tuple so that equality and hashing are synthesised.
    private var head = SIMD64<UInt8>()
    private var tail = SIMD8<UInt8>()
    private var count: UInt8 = 0

    /// No text (what the simulator's logins type: it keeps no usernames).
    public init() {}

    /// The longest start of `text` that fits: whole characters, at most `capacity` bytes.
    public init(prefixOf text: some StringProtocol) {
        var kept = 0
        for character in text {
            let size = character.utf8.count
            guard kept + size <= Self.capacity else { break }
            for byte in character.utf8 {
                if kept < 64 { head[kept] = byte } else { tail[kept - 64] = byte }
                kept += 1
            }
        }
        count = UInt8(kept)
    }

    /// Calls `body` with the text's UTF-8 bytes (valid only inside `body`), without making a `String`.
    public func withUTF8<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        // A 64-byte vector and an 8-byte one lie one after the other in a tuple.
        try withUnsafeBytes(of: (head, tail)) { try body(UnsafeRawBufferPointer(rebasing: $0.prefix(Int(count)))) }
    }

    /// The text.
    public var description: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}

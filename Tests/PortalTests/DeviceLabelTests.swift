import Testing
@testable import Portal

@Suite("Device labels")
struct DeviceLabelTests {
    @Test("a label is its text, up to forty bytes of UTF-8", arguments: [
        "phone-1", "b", "d482-1", "cafe12-pc3", "ponsel-ibu-é", String(repeating: "x", count: 40),
        String(repeating: "é", count: 20),
    ])
    func roundTrip(text: String) throws {
        let label = try #require(DeviceLabel(text))
        #expect(label.description == text)
        #expect(label.withUTF8 { Array($0) } == Array(text.utf8))
    }

    @Test("empty, longer than forty bytes, or more than one word is not a label", arguments: [
        "", String(repeating: "x", count: 41), String(repeating: "é", count: 20) + "x", "my phone", "phone\n1", "tab\t1",
        "nul\u{0}1", "bell\u{7}", "zero\u{200B}width", "no\u{00A0}break",
    ])
    func refused(text: String) {
        #expect(DeviceLabel(text) == nil)
    }

    @Test("a label spelled from numbers has the bytes the string would", arguments: [
        (482, 1), (0, 0), (9, 7), (10, 2), (99_999_999, 0), (100_000_000, 5), (1_234_567_890, 3),
        (10_000_000_000_000_000, 1), (Int.max, 9), (-15, 4), (Int.min, 8),
    ])
    func interpolation(person: Int, device: Int) {
        let label: DeviceLabel = "d\(person)-\(device)"
        #expect(label.description == "d\(person)-\(device)")
    }

    @Test("decimal digits interpolated into a label are the string's", arguments: [
        0, 7, 9, 10, 42, 99, 100, 482, 999, 1_000, 48_213, 99_999_999, 100_000_000, 1_234_567_890_123, Int.max, -1, Int.min,
    ])
    func interpolatedDecimal(value: Int) {
        let label: DeviceLabel = "n\(value)x"
        let text = "n\(value)x"
        #expect(label.description == text)
        #expect(label == DeviceLabel(text))
    }

    @Test("decimal bytes are the string's, first byte lowest, zero past the last", arguments: [
        UInt64(0), 7, 9, 10, 42, 99, 100, 482, 999, 1_000, 48_213, 100_000, 1_000_000, 9_999_999, 10_000_000, 99_999_999,
    ])
    func decimalBytes(value: UInt64) {
        let (bytes, count) = DeviceLabel.decimalBytes(value)
        let text = String(value)
        #expect(count == text.utf8.count)
        #expect(bytes == text.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    @Test("a label put together from two words is the label of its bytes", arguments: 0..<16)
    func placedWords(start: Int) {
        // "0123456789abcdef" with eight bytes of it placed at `start` and the rest before it.
        let text = Array("0123456789abcdef".utf8)
        let length = min(start + 8, 16)
        var head: UInt64 = 0
        for index in (0..<min(start, 8)).reversed() { head = head << 8 | UInt64(text[index]) }
        var headHigh: UInt64 = 0
        for index in (8..<max(start, 8)).reversed() { headHigh = headHigh << 8 | UInt64(text[index]) }
        var placedBytes: UInt64 = 0
        for index in (start..<length).reversed() { placedBytes = placedBytes << 8 | UInt64(text[index]) }
        let placed = DeviceLabel.placed(placedBytes, at: start)
        let label = DeviceLabel(word0: head | placed.word0, word1: headHigh | placed.word1, length: length)
        let expected = String(decoding: text[0..<length], as: UTF8.self)
        #expect(label.description == expected)
        #expect(label == DeviceLabel(expected))
    }

    @Test("a label spelled from text, up to the last byte")
    func textInterpolation() {
        let username = "ani.wijaya"
        let label: DeviceLabel = "\(username)-phone"
        #expect(label == "ani.wijaya-phone")
        let long = String(repeating: "x", count: 34)
        let full: DeviceLabel = "\(long)-\(12_345)"
        #expect(full.description == long + "-12345")
    }

    @Test("labels are equal, and hash alike, exactly when their text is")
    func equality() {
        let spelled: DeviceLabel = "d\(48)2-1"
        let literal: DeviceLabel = "d482-1"
        #expect(spelled == literal)
        #expect(spelled.hashValue == literal.hashValue)
        #expect(spelled != "d482-10")
        #expect(DeviceLabel("phone-1") != DeviceLabel("phone-2"))
        #expect(Set<DeviceLabel>(["a", "b", "a", "b-1"]).count == 3)
    }

    @Test("a label is plain data: copying one takes no reference count")
    func isPlainData() {
        #expect(_isPOD(DeviceLabel.self))
        #expect(_isPOD(Session.self))
        #expect(_isPOD(OTPChallenge.self))
    }
}

/// What writes a generated account's text (`GeneratedAccounts.append`): each method appends one
/// value's UTF-8 bytes to `text`, and nothing else. The simulator's people write theirs byte by
/// byte; a `GeneratedAccount` copies its strings.
public protocol GeneratedAccountText {
    /// Appends the username.
    func writeUsername(to text: inout [UInt8])
    /// Appends the e-mail address.
    func writeEmail(to text: inout [UInt8])
    /// Appends the phone number.
    func writePhone(to text: inout [UInt8])
    /// Appends the identity document's number.
    func writeDocumentNumber(to text: inout [UInt8])
}

extension GeneratedAccount: GeneratedAccountText {
    /// Appends `username`.
    public func writeUsername(to text: inout [UInt8]) { text.appendUTF8(username) }
    /// Appends `email`.
    public func writeEmail(to text: inout [UInt8]) { text.appendUTF8(email) }
    /// Appends `phone`.
    public func writePhone(to text: inout [UInt8]) { text.appendUTF8(phone) }
    /// Appends `documentNumber`.
    public func writeDocumentNumber(to text: inout [UInt8]) { text.appendUTF8(documentNumber) }
}

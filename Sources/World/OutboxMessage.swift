import Portal

/// A message the simulated SMS or e-mail gateway was handed: what the person's phone or
/// mailbox received (or, when the gateway was down, what it failed to send).
public struct OutboxMessage: Equatable, Sendable {
    /// Why it was sent.
    public enum Purpose: String, Sendable {
        case otp
        case reset
    }

    public let id: Int64
    public let at: Instant
    public let account: AccountID?
    public let channel: Channel
    public let recipient: String
    public let purpose: Purpose
    /// False when the gateway was down: the person never got it.
    public let isDelivered: Bool
    /// The text. An undelivered message keeps its text with the secret blanked out, since no one
    /// will ever use it.
    public let body: String
}

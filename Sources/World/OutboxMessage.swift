import Portal

/// A message the simulated SMS or e-mail gateway was handed: what the person's phone or
/// mailbox received (or, when the gateway was down, what it failed to send).
public struct OutboxMessage: Equatable, Sendable {
    /// Why it was sent.
    public enum Purpose: String, Sendable {
        /// A login's one-time code.
        case otp
        /// A password-reset link (e-mail) or code (SMS).
        case reset
    }

    /// The outbox's row number; orders messages sent at the same instant.
    public let id: Int64
    /// When the gateway was handed it, at the world clock.
    public let at: Instant
    /// The account it was sent for; nil when the stored row names none.
    public let account: AccountID?
    /// SMS or e-mail: which gateway was handed it.
    public let channel: Channel
    /// The phone number (E.164) or e-mail address it went to, unmasked.
    public let recipient: String
    /// A login code or a password reset.
    public let purpose: Purpose
    /// False when the gateway was down: the person never got it.
    public let isDelivered: Bool
    /// The text. An undelivered message keeps its text with the secret blanked out, since no one
    /// will ever use it.
    public let body: String
}

import World

/// Something a desk action needs its operator's role to allow.
public enum Permission: String, CaseIterable, Sendable {
    /// Read accounts, diagnoses, lockouts, tickets and the audit log.
    case read
    /// See e-mail addresses, phone numbers and identity-document numbers unmasked.
    case seePersonalData
    /// Unlock one account.
    case unlock
    /// Unlock every account an outage or maintenance locked, in one go.
    case bulkUnlock
    /// Override a refusal the rules give for safety (unlocking an attacked account before a reset).
    case force
    /// Send a reset link or code, or hand out a temporary password.
    case resetPassword
    /// Assign, resolve, link and close tickets.
    case workTickets
    /// Publish, update and cancel maintenance and incident notices.
    case publishNotices
    /// Add operators; manage accounts and the world clock.
    case administer
}

/// THE ROLE RULE: which role may do what. Agents work people's problems; supervisors also act
/// on many accounts at once and may override; auditors only read, with personal data masked;
/// admins manage operators and may do everything.
extension Operator.Role {
    /// What this role allows.
    public var permissions: Set<Permission> {
        switch self {
        case .agent: [.read, .unlock, .resetPassword, .workTickets]
        case .supervisor: [.read, .seePersonalData, .unlock, .bulkUnlock, .force, .resetPassword, .workTickets, .publishNotices]
        case .auditor: [.read]
        case .admin: Set(Permission.allCases)
        }
    }

    /// Whether this role allows `permission`.
    public func allows(_ permission: Permission) -> Bool {
        permissions.contains(permission)
    }
}

/// The IP addresses and devices an account has logged in from: what "unfamiliar" is measured against.
///
/// Most recent first, a few of each: people change networks and phones, and an address seen
/// once a year ago should not vouch for a login today.
public struct FamiliarSources: Equatable, Sendable {
    /// How many of each are kept.
    public static let capacity = 8

    /// Known addresses, most recent first.
    public private(set) var ips: [IPAddress]
    /// Known devices, most recent first.
    public private(set) var devices: [String]

    /// Nothing known yet, or what the store kept.
    public init(ips: [IPAddress] = [], devices: [String] = []) {
        self.ips = Array(ips.prefix(Self.capacity))
        self.devices = Array(devices.prefix(Self.capacity))
    }

    /// Whether logins came from this device before.
    public func knows(device: String?) -> Bool {
        guard let device else { return false }
        return devices.contains(device)
    }

    /// Whether logins came from this address before.
    public func knows(ip: IPAddress?) -> Bool {
        guard let ip else { return false }
        return ips.contains(ip)
    }

    /// Puts a successful login's address and device first.
    public mutating func remember(ip: IPAddress?, device: String?) {
        if let ip { ips = Self.promote(ip, in: ips) }
        if let device { devices = Self.promote(device, in: devices) }
    }

    private static func promote<T: Equatable>(_ item: T, in list: [T]) -> [T] {
        Array(([item] + list.filter { $0 != item }).prefix(capacity))
    }
}

/// The IP addresses and devices an account has logged in from: what "unfamiliar" is measured against.
///
/// Most recent first, a few of each: people change networks and phones, and an address seen
/// once a year ago should not vouch for a login today.
public struct FamiliarSources: Equatable, Sendable {
    /// How many of each are kept.
    public static let capacity = 8

    // The newest of each is held apart from the older ones: a record that knows one address
    // and one device (what a login makes of an empty record, millions of times in a simulated
    // run) then needs no array. The split is canonical — no newest means no older — so the
    // synthesised equality compares the lists.
    private var newestIP: IPAddress?
    private var olderIPs: [IPAddress] = []
    private var newestDevice: DeviceLabel?
    private var olderDevices: [DeviceLabel] = []

    /// Known addresses, most recent first.
    public var ips: [IPAddress] {
        newestIP.map { [$0] + olderIPs } ?? []
    }

    /// Known devices, most recent first.
    public var devices: [DeviceLabel] {
        newestDevice.map { [$0] + olderDevices } ?? []
    }

    /// Nothing known yet.
    public init() {}

    /// What the store kept (or nothing).
    public init(ips: [IPAddress] = [], devices: [DeviceLabel] = []) {
        if let first = ips.first {
            newestIP = first
            olderIPs = Array(ips.dropFirst().prefix(Self.capacity - 1))
        }
        if let first = devices.first {
            newestDevice = first
            olderDevices = Array(devices.dropFirst().prefix(Self.capacity - 1))
        }
    }

    /// Whether logins came from this device before.
    public func knows(device: DeviceLabel?) -> Bool {
        guard let device else { return false }
        return newestDevice == device || olderDevices.contains(device)
    }

    /// Whether logins came from this address before.
    public func knows(ip: IPAddress?) -> Bool {
        guard let ip else { return false }
        return newestIP == ip || olderIPs.contains(ip)
    }

    /// Puts a successful login's address and device first.
    public mutating func remember(ip: IPAddress?, device: DeviceLabel?) {
        if let ip { Self.promote(ip, newest: &newestIP, older: &olderIPs) }
        if let device { Self.promote(device, newest: &newestDevice, older: &olderDevices) }
    }

    private static func promote<T: Equatable>(_ item: T, newest: inout T?, older: inout [T]) {
        guard let previous = newest, previous != item else {
            newest = item
            // A list the store kept may repeat an entry.
            if older.contains(item) { older = older.filter { $0 != item } }
            return
        }
        older = Array(([previous] + older.filter { $0 != item }).prefix(capacity - 1))
        newest = item
    }
}

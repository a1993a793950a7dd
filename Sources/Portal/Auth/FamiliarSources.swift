/// The IP addresses and devices an account has logged in from: what "unfamiliar" is measured against.
///
/// Most recent first, a few of each: people change networks and phones, and an address seen
/// once a year ago should not vouch for a login today.
public struct FamiliarSources: Equatable, Sendable {
    /// How many of each are kept.
    public static let capacity = 8

    // The newest of each is held apart from the older ones: a record that knows one address
    // and one device (what a login makes of an empty record, millions of times in a simulated
    // run) then needs no array. The split is canonical — no newest means no older, and no
    // older ones at all is nil — so the synthesised equality compares the lists.
    private var newestIP: IPAddress?
    private var newestDevice: DeviceLabel?
    private var older: Older?

    /// The older addresses and devices, behind one reference (nil when there are none): a
    /// record without them (nearly every one in a simulated run) is then destroyed by one
    /// release of nil, where two arrays cost an outlined destroy of the whole `AuthRecord` on
    /// every simulated login (41 M of 2,503 M instructions at 100,000 people; now 18 M, the
    /// destroy still going through the record's value witness). Immutable, so sharing it
    /// between copies keeps value semantics.
    private final class Older: Equatable, Sendable {
        let ips: [IPAddress]
        let devices: [DeviceLabel]

        /// The lists, or nil when both are empty.
        static func of(ips: [IPAddress], devices: [DeviceLabel]) -> Older? {
            ips.isEmpty && devices.isEmpty ? nil : Older(ips: ips, devices: devices)
        }

        private init(ips: [IPAddress], devices: [DeviceLabel]) {
            self.ips = ips
            self.devices = devices
        }

        static func == (lhs: Older, rhs: Older) -> Bool {
            lhs.ips == rhs.ips && lhs.devices == rhs.devices
        }
    }

    /// Known addresses, most recent first.
    public var ips: [IPAddress] {
        newestIP.map { [$0] + (older?.ips ?? []) } ?? []
    }

    /// Known devices, most recent first.
    public var devices: [DeviceLabel] {
        newestDevice.map { [$0] + (older?.devices ?? []) } ?? []
    }

    /// Nothing known yet.
    public init() {}

    /// What the store kept (or nothing).
    public init(ips: [IPAddress] = [], devices: [DeviceLabel] = []) {
        newestIP = ips.first
        newestDevice = devices.first
        older = Older.of(ips: Array(ips.dropFirst().prefix(Self.capacity - 1)),
                         devices: Array(devices.dropFirst().prefix(Self.capacity - 1)))
    }

    /// Whether logins came from this device before.
    public func knows(device: DeviceLabel?) -> Bool {
        guard let device else { return false }
        return newestDevice == device || (older?.devices.contains(device) ?? false)
    }

    /// Whether logins came from this address before.
    public func knows(ip: IPAddress?) -> Bool {
        guard let ip else { return false }
        return newestIP == ip || (older?.ips.contains(ip) ?? false)
    }

    /// Puts a successful login's address and device first. The common case (nothing older, the
    /// newest of each unknown or the same) is inlined where the login is; the rest is a call.
    /// (The call for every login was 6.5 M of 1,967 M instructions at 100,000 people.)
    @inline(__always)
    public mutating func remember(ip: IPAddress?, device: DeviceLabel?) {
        if older == nil, newestIP == nil || newestIP == ip, newestDevice == nil || newestDevice == device {
            if let ip { newestIP = ip }
            if let device { newestDevice = device }
            return
        }
        promote(ip: ip, device: device)
    }

    @inline(never)
    private mutating func promote(ip: IPAddress?, device: DeviceLabel?) {
        var ips = older?.ips ?? []
        var devices = older?.devices ?? []
        if let ip { Self.promote(ip, newest: &newestIP, older: &ips) }
        if let device { Self.promote(device, newest: &newestDevice, older: &devices) }
        older = Older.of(ips: ips, devices: devices)
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

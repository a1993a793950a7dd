/// What the components do to one request: for each, whether it answers.
///
/// The caller decides (the desk from the world's current statuses, the simulator by drawing
/// against `ComponentStatus.failureShare`); the login rules only read the answer, so they stay
/// free of randomness. Packed into one word — three bits per component — because the simulator
/// makes one per attempt, millions a second, and a dictionary would allocate each time.
public struct PlatformConditions: Equatable, Sendable {
    /// Per component (by `Component` order), 0 when it answers, else 1 + the status's index.
    private var packed: UInt32 = 0

    /// Every component answers.
    public static let allUp = PlatformConditions()

    /// Every component answers; mark failures with `setDown`.
    public init() {}

    /// Marks a component as not answering this request, because of `status`.
    public mutating func setDown(_ component: Component, because status: ComponentStatus) {
        let shift = UInt32(component.index * 3)
        packed = packed & ~(0b111 << shift) | (UInt32(status.index + 1) << shift)
    }

    /// The status that stops the component from answering, or nil when it answers.
    ///
    /// A switch rather than an index into `ComponentStatus.allCases`: the rules ask this two or
    /// three times per login, and the array made it a call each time (11.5 M of 2,198 M
    /// instructions at 100,000 people); this one is inlined into the rules.
    @inline(__always)
    public func outage(of component: Component) -> ComponentStatus? {
        switch packed >> UInt32(component.index * 3) & 0b111 {
        case 0: nil
        case 1: .operational
        case 2: .degraded
        case 3: .partialOutage
        case 4: .majorOutage
        default: .underMaintenance
        }
    }

    /// Whether every component answers.
    public var isAllUp: Bool { packed == 0 }
}

extension Component {
    /// Position in `allCases`: a small number for packed and array storage.
    public var index: Int {
        switch self {
        case .auth: 0
        case .captcha: 1
        case .smsGateway: 2
        case .email: 3
        case .applications: 4
        case .documents: 5
        case .payments: 6
        }
    }
}

extension ComponentStatus {
    /// Position in `allCases`.
    public var index: Int {
        switch self {
        case .operational: 0
        case .degraded: 1
        case .partialOutage: 2
        case .majorOutage: 3
        case .underMaintenance: 4
        }
    }
}

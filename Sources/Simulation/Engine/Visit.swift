import Portal

/// A person's visit to the portal in progress: how far they got and what they saw.
struct Visit: Sendable {
    let started: Int64
    /// Password tries so far.
    var attempts: UInt8 = 0
    /// Times they waited for a code that did not come.
    var codeWaits: UInt8 = 0
    /// Times the portal was down when they tried.
    var outageRetries: UInt8 = 0
    /// Resets asked for in this visit.
    var resets: UInt8 = 0
    /// Their own device in use (`deviceCount` or more: a café PC).
    let device: UInt8
    /// That device's label, spelled once for the visit: every try and code sent names it, and
    /// spelling it each time was a twentieth of the run.
    let label: DeviceLabel
    /// The address it comes from (their home's, or the café's), worked out once as the label
    /// is: every try and code entered, and a reset, come from it (working it out for each was
    /// 620,000 calls for 347,000 visits at 100,000 people).
    let ip: IPAddress
    /// The last answer the portal gave them.
    var lastOutcome: LoginOutcome?

    /// A café PC rather than one of the person's own devices.
    static let cafeDevice: UInt8 = 200
}

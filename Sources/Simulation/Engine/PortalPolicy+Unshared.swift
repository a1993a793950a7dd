import Portal

extension PortalPolicy {
    /// The same policy with array storage of its own, for one partition: a policy's arrays are
    /// retained at every call of the rules, and a count shared by every thread would pass its
    /// cache line back and forth between them.
    var unshared: PortalPolicy {
        var copy = self
        copy.otp.stepUp = otp.stepUp.map { $0 }
        return copy
    }
}

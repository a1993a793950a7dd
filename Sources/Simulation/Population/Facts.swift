import Portal

/// What the login rules and behaviour need of a person on every visit, without their names:
/// packed into 16 bits of `PersonState`, so a visit never draws the person again.
///
/// Kept packed here too, each fact read off its bits when asked for: unpacking every fact on
/// every visit, and passing six of them between calls, cost more than the few a call reads.
struct Facts: Sendable, Equatable {
    /// Bits 0–1 profile, 2–3 second factor, 4–5 verification, 6 language, 7 shared computer,
    /// 8–9 devices less one; the rest zero.
    let packed: UInt16

    init(profile: Profile, secondFactor: SecondFactor, verification: Verification, language: Language,
         usesSharedComputer: Bool, deviceCount: Int) {
        assert((1...4).contains(deviceCount), "a person has one to four devices")
        packed = UInt16(profile.rawValue) | UInt16(Self.code(secondFactor)) << 2 | UInt16(Self.code(verification)) << 4
            | (language == .english ? 1 << 6 : 0) | (usesSharedComputer ? 1 << 7 : 0) | UInt16(deviceCount - 1) << 8
    }

    var profile: Profile {
        // A switch: `Profile(rawValue:)` was a call on every login.
        switch packed & 3 {
        case 0: .careful
        case 1: .forgetful
        case 2: .typoProne
        default: .impatient
        }
    }

    var secondFactor: SecondFactor {
        switch packed >> 2 & 3 {
        case 1: .sms
        case 2: .email
        default: .none
        }
    }

    var verification: Verification {
        switch packed >> 4 & 3 {
        case 0: .unverified
        case 1: .pending
        case 2: .verified
        default: .rejected
        }
    }

    var language: Language { packed >> 6 & 1 == 1 ? .english : .indonesian }

    var usesSharedComputer: Bool { packed >> 7 & 1 == 1 }

    /// Own devices: 1 to 3 as drawn (the two bits would hold 4).
    var deviceCount: Int { Int(packed >> 8 & 3) + 1 }

    /// The facts of the population person at `index`, drawn from their stream of `family`
    /// (the run's "person" streams) without the names: what a run's set-up needs of everyone.
    init(person index: Int, family: RandomStream.Family, spec: PopulationSpec) {
        var random = family.stream(UInt64(index))
        self = PersonTraits.drawFacts(&random, spec: spec).facts
    }

    init(_ traits: PersonTraits) {
        self.init(profile: traits.profile, secondFactor: traits.secondFactor, verification: traits.verification,
                  language: traits.language, usesSharedComputer: traits.usesSharedComputer, deviceCount: traits.deviceCount)
    }

    init(_ member: CastMember) {
        self.init(profile: .careful, secondFactor: member.secondFactor, verification: member.verification,
                  language: member.language, usesSharedComputer: false, deviceCount: 1)
    }

    /// Set in a person's stored facts once they are drawn (`packed` uses bits 0–9 only).
    static let isDrawn: UInt16 = 1 << 15

    /// The facts packed in `packed` (bits above 9, such as `isDrawn`, are ignored).
    @inline(__always)
    init(packed: UInt16) {
        self.packed = packed & 0x3FF
    }

    private static func code(_ factor: SecondFactor) -> Int {
        switch factor {
        case .none: 0
        case .sms: 1
        case .email: 2
        }
    }

    private static func code(_ verification: Verification) -> Int {
        switch verification {
        case .unverified: 0
        case .pending: 1
        case .verified: 2
        case .rejected: 3
        }
    }
}

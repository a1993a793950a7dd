import Portal

/// What the login rules and behaviour need of a person on every visit, without their names:
/// packed into 16 bits of `PersonState`, so a visit never draws the person again.
struct Facts: Sendable, Equatable {
    let profile: Profile
    let secondFactor: SecondFactor
    let verification: Verification
    let language: Language
    let usesSharedComputer: Bool
    /// Own devices, 1 to 3.
    let deviceCount: Int

    init(profile: Profile, secondFactor: SecondFactor, verification: Verification, language: Language,
         usesSharedComputer: Bool, deviceCount: Int) {
        self.profile = profile
        self.secondFactor = secondFactor
        self.verification = verification
        self.language = language
        self.usesSharedComputer = usesSharedComputer
        self.deviceCount = deviceCount
    }

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

    /// Bits 0–1 profile, 2–3 second factor, 4–5 verification, 6 language, 7 shared computer, 8–9 devices.
    var packed: UInt16 {
        UInt16(profile.rawValue) | UInt16(Self.code(secondFactor)) << 2 | UInt16(Self.code(verification)) << 4
            | (language == .english ? 1 << 6 : 0) | (usesSharedComputer ? 1 << 7 : 0) | UInt16(deviceCount - 1) << 8
    }

    /// Unpacks; switches, not array literals, because this runs on every visit and a literal
    /// would allocate each time.
    @inline(__always)
    init(packed: UInt16) {
        let secondFactor: SecondFactor = switch packed >> 2 & 3 {
        case 1: .sms
        case 2: .email
        default: .none
        }
        let verification: Verification = switch packed >> 4 & 3 {
        case 0: .unverified
        case 1: .pending
        case 2: .verified
        default: .rejected
        }
        // A switch, as for the others: `Profile(rawValue:)` was a call on every login.
        let profile: Profile = switch packed & 3 {
        case 0: .careful
        case 1: .forgetful
        case 2: .typoProne
        default: .impatient
        }
        self.init(profile: profile, secondFactor: secondFactor,
                  verification: verification, language: packed >> 6 & 1 == 1 ? .english : .indonesian,
                  usesSharedComputer: packed >> 7 & 1 == 1, deviceCount: Int(packed >> 8 & 3) + 1)
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

import Testing
import Portal
@testable import Simulation

/// A person's facts are kept packed, in `PersonState` and in `Facts` itself: each must read back
/// as it was made, whatever the others are, and survive the store's `isDrawn` bit.
@Suite("Packed facts")
struct FactsTests {
    @Test("every combination of facts reads back as it was made, also from its stored bits")
    func roundTrip() {
        for profile in Profile.allCases {
            for secondFactor in SecondFactor.allCases {
                for verification in Verification.allCases {
                    for language in Language.allCases {
                        for shared in [false, true] {
                            for devices in 1...3 {
                                let facts = Facts(profile: profile, secondFactor: secondFactor, verification: verification,
                                                  language: language, usesSharedComputer: shared, deviceCount: devices)
                                #expect(facts.profile == profile)
                                #expect(facts.secondFactor == secondFactor)
                                #expect(facts.verification == verification)
                                #expect(facts.language == language)
                                #expect(facts.usesSharedComputer == shared)
                                #expect(facts.deviceCount == devices)
                                #expect(facts.packed & ~0x3FF == 0)
                                #expect(Facts(packed: facts.packed | Facts.isDrawn) == facts)
                            }
                        }
                    }
                }
            }
        }
    }
}

import Testing
@testable import Reports

@Suite("Staffing: Erlang C and Erlang A")
struct StaffingTests {
    static let target = Staffing.Target(share: 0.8, seconds: 20)

    @Test("10 Erlangs (200 calls an hour of 3 minutes), 80% in 20 s: 14 agents, as the published tables say")
    func tenErlangs() throws {
        let plan = try #require(Staffing.plan(callsPerHour: 200, handleTime: 180, target: Self.target))
        #expect(plan.agents == 14)
        // 13 agents answer fewer than 80% within 20 s.
        #expect(ErlangC(callsPerHour: 200, handleTime: 180, agents: 13).serviceLevel(within: 20) < 0.8)
        // The published figures for 14 agents: P(wait) 17.4%, service level 88.8%, ASA 7.8 s, occupancy 71.4%.
        #expect(abs(plan.waitProbability - 0.1741) < 0.0005)
        #expect(abs(plan.serviceLevel - 0.8884) < 0.0005)
        #expect(abs(plan.averageSpeedOfAnswer - 7.8) < 0.05)
        #expect(abs(plan.occupancy - 10.0 / 14) < 1e-9)
    }

    @Test("Erlang C's wait probability for 2 Erlangs on 3 agents is 4/9 (worked by hand)")
    func byHand() {
        // A = 2, N = 3: A^N/N! · N/(N−A) = 8/6 · 3 = 4; Σ A^k/k! for k < 3 = 1 + 2 + 2 = 5; C = 4 / 9.
        #expect(abs(ErlangC(callsPerHour: 7200, handleTime: 1, agents: 3).waitProbability - 4.0 / 9) < 1e-12)
    }

    @Test("shrinkage rosters more people than are on the phones at once")
    func shrinkage() throws {
        let plan = try #require(Staffing.plan(callsPerHour: 200, handleTime: 180, target: Self.target, shrinkage: 0.3))
        #expect(plan.agents == 14 && plan.rostered == 20)
    }

    @Test("fewer agents than the load cannot keep up: everyone waits")
    func overloaded() {
        let queue = ErlangC(callsPerHour: 200, handleTime: 180, agents: 10)
        #expect(!queue.isStable && queue.waitProbability == 1 && queue.serviceLevel(within: 20) == 0)
    }

    @Test("Erlang A with very patient callers is Erlang C")
    func patientIsErlangC() {
        let a = ErlangA(callsPerHour: 200, handleTime: 180, patience: 1e9, agents: 14)
        let c = ErlangC(callsPerHour: 200, handleTime: 180, agents: 14)
        #expect(abs(a.waitProbability - c.waitProbability) < 1e-4)
        #expect(abs(a.serviceLevel(within: 20) - c.serviceLevel(within: 20)) < 1e-3)
        #expect(a.abandonment < 1e-6)
    }

    @Test("impatient callers: some hang up, fewer wait long, and no more agents are needed than Erlang C says")
    func impatient() throws {
        let a = ErlangA(callsPerHour: 200, handleTime: 180, patience: 60, agents: 12)
        #expect(a.abandonment > 0.01 && a.abandonment < 0.2)
        #expect(a.averageSpeedOfAnswer < ErlangC(callsPerHour: 200, handleTime: 180, agents: 12).averageSpeedOfAnswer)
        let planA = try #require(Staffing.plan(callsPerHour: 200, handleTime: 180, target: Self.target, patience: 60))
        #expect(planA.agents <= 14 && planA.abandonment != nil)
    }

    @Test("Erlang A with one agent and no queue to speak of: the textbook M/M/1+M wait probability")
    func singleAgent() {
        // λ = 1/min, μ = 1/min, θ = 1/min: π_n ∝ λ^n / Π(μ + (k−1)θ) = 1/n!; P(wait) = 1 − π_0 = 1 − 1/e.
        let a = ErlangA(callsPerHour: 60, handleTime: 60, patience: 60, agents: 1)
        #expect(abs(a.waitProbability - (1 - exp(-1.0))) < 1e-9)
    }
}

import Foundation

import Portal

/// One try of an attacker, planned before the run: who, when, from where, with which password.
struct AttackAttempt: Sendable {
    let at: Int64
    /// The attacked person's global index; nil for a username that does not exist.
    let person: Int?
    /// The username tried when it does not exist (stuffing lists are full of them).
    let username: String?
    let ip: IPAddress
    let device: DeviceLabel
    /// Whether this try uses the account's real password (leaked, reused, phished).
    let isRightPassword: Bool
    /// Which attack (index in the scenario).
    let attack: Int
}

/// A phishing victim's visit to the fake site, which the attacker's later login follows.
struct PhishingVisit: Sendable {
    let at: Int64
    let person: Int
    let attack: Int
}

/// Every attack of a scenario, made into tries. Each attack draws from its own stream, so
/// adding an attack changes nothing else in the run.
struct AttackPlan: Sendable {
    private(set) var attempts: [AttackAttempt] = []
    private(set) var visits: [PhishingVisit] = []

    init(scenario: Scenario, castIndexByUsername: [String: Int], populationUsers: Int) {
        for (number, attack) in scenario.attacks.enumerated() {
            var random = RandomStream(seed: scenario.seed, name: "attack", entity: UInt64(number))
            let ips = (0..<attack.ips).map { Self.attackerIP(attack: number, index: $0) }
            var targets: [Int] = attack.targets.compactMap { name in
                castIndexByUsername[name]
                    ?? PersonTraits.index(ofUsername: name, seed: scenario.seed, spec: scenario.population)
            }
            var chosen = Set(targets)
            // Random victims among the population, distinct, until the count is reached.
            let wanted = min(attack.accounts, populationUsers)
            var guard_ = 0
            while targets.count < wanted, guard_ < wanted * 20 {
                guard_ += 1
                let person = Int(random.next(below: UInt64(populationUsers)))
                if chosen.insert(person).inserted { targets.append(person) }
            }
            let start = attack.at.millisecondsSince1970
            let span = max(1, attack.duration.milliseconds)
            switch attack.kind {
            case .phishing:
                // Each victim gives their password to the fake site; hours later the attacker uses
                // it, from an address and device the victim never used.
                for (order, person) in targets.enumerated() {
                    let visit = start + Int64(random.next(below: UInt64(span)))
                    visits.append(PhishingVisit(at: visit, person: person, attack: number))
                    let delay = Int64(60_000 + random.exponential(mean: 3 * 3_600_000))
                    attempts.append(AttackAttempt(at: visit + delay, person: person, username: nil,
                                                  ip: ips[order % ips.count], device: "phish\(number)-\(order % 31)",
                                                  isRightPassword: true, attack: number))
                }
            case .credentialStuffing, .bruteForce, .passwordSpraying:
                for (order, person) in targets.enumerated() {
                    let isLeaked = random.chance(attack.successRate)
                    var times = (0..<attack.attemptsPerAccount).map { _ in start + Int64(random.next(below: UInt64(span))) }
                    times.sort()
                    // A leaked password works the first time; the bot stops there.
                    if isLeaked { times = Array(times.prefix(1)) }
                    for time in times {
                        let ip = ips[Int(random.next(below: UInt64(ips.count)))]
                        attempts.append(AttackAttempt(at: time, person: person, username: nil, ip: ip,
                                                      device: "bot\(number)-\(order % 97)", isRightPassword: isLeaked, attack: number))
                    }
                }
                // Usernames that exist nowhere: the attack's share of tries on them.
                let fakeCount = Int((Double(targets.count * attack.attemptsPerAccount) * attack.nonexistent).rounded())
                for fake in 0..<fakeCount {
                    let ip = ips[Int(random.next(below: UInt64(ips.count)))]
                    attempts.append(AttackAttempt(at: start + Int64(random.next(below: UInt64(span))), person: nil,
                                                  username: "user\(number)x\(fake)", ip: ip, device: "bot\(number)-x",
                                                  isRightPassword: false, attack: number))
                }
            }
        }
    }

    /// Attacker addresses: hosting ranges abroad, different for each attack.
    static func attackerIP(attack: Int, index: Int) -> IPAddress {
        let blocks: [UInt32] = [0x2D_00_00_00, 0xB9_00_00_00, 0x5B_00_00_00, 0x67_00_00_00]  // 45/8, 185/8, 91/8, 103/8
        let block = blocks[(attack + index) % blocks.count]
        let offset = UInt32(truncatingIfNeeded: (attack &* 7919 &+ index &* 104_729) % 16_000_000) + 0x10_0000
        return IPAddress(ipv4: block | (offset & 0x00FF_FFFF))
    }
}

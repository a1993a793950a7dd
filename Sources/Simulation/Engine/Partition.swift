import Portal
import World

/// One sixty-fourth of the people, with everything that happens to them: their state, their
/// agenda, their open visits, sessions, codes and reset tokens, the attacks on them.
///
/// A partition runs on one thread at a time, and only during a minute; between minutes the run
/// merges what partitions share (address records, load). That is what makes a run the same on
/// one thread or many, and why the class can be `@unchecked Sendable`: no two threads ever
/// touch one partition at once.
final class Partition: @unchecked Sendable {
    /// First: the fields of the queue a minute begins with come at the start of the object, so
    /// a minute that holds nothing touches one or two of its cache lines (the other partitions'
    /// minutes evict them between this one's).
    var queue: CalendarQueue
    let index: Int
    let plan: SimulationPlan
    /// The partition's people, by local index.
    let people: FlatArray<PersonState>
    var recorder: PartitionRecorder
    /// The running minute's context; outside `run`, `idle`'s.
    var context: SliceContext

    /// Open visits (a person trying to log in), by local index.
    let visits = FlatTable<UInt32, Visit>()
    /// Logged-in sessions, by local index.
    let sessions = FlatTable<UInt32, Session>()
    /// Pending one-time-code challenges, by local index.
    let challenges = FlatTable<UInt32, OTPChallenge>()
    /// Reset tokens sent, newest first, by local index.
    let resetTokens = FlatTable<UInt32, [ResetToken]>()
    /// Planned attacker tries against (or routed to) this partition.
    var attackAttempts: [AttackAttempt] = []

    /// This minute's address records, as changed here (over `context.sources`), and how many
    /// failures each got here — what the run merges at the minute's end.
    let sourceOverlay = FlatTable<IPAddress, SourceRecord>()
    let sourceFailures = FlatTable<IPAddress, Int>()
    /// This minute's requests per component (by `Component.index`; seven of the eight lanes).
    var load = SIMD8<Int>(repeating: 0)
    /// Tickets opened so far.
    var tickets: [PendingTicket] = []
    /// What last went wrong for each cast member, as a true cause (their scripts have no visits
    /// to keep it); cleared when a step goes right.
    let castTrouble = FlatTable<UInt32, String>()
    /// The password version a phishing victim gave away (`PersonState.passwordVersion` then).
    let phishedVersions = FlatTable<UInt32, UInt8>()
    /// Contacts decided but not yet made, by local index.
    let pendingContacts = FlatTable<UInt32, ContactPlan>()
    /// Applications, their documents, appointments and notifications (only of people who have one).
    let ledger = ApplicationLedger()
    var nextToken: Int64 = 1
    /// What `warmPeople` read (unused; it only has to be kept).
    private var warmth: UInt16 = 0
    /// Whether the partition's people do not fit in a cache (so `warmPeople` reads them ahead).
    /// Decided once: a call to `warmPeople` to find out was 4.5 M of the 123 M instructions
    /// of a run at 1,000 people.
    private let warmsPeople: Bool
    /// The context outside `run`: no minute, no address records, no load.
    private let idleSlot = SliceContext.Slot()
    private let idle: SliceContext

    // What the partition reads of the plan on every request, copied here: read through the
    // shared plan, every thread would bump the reference counts of the same arrays.
    /// The portal's login and reset rules, with storage of their own.
    let flow: LoginFlow
    let reset: PasswordReset
    /// Whether logins ask about unfamiliar devices (then a record lists the person's devices).
    let asksAboutDevices: Bool
    /// How each profile behaves, by `Profile.rawValue`.
    let profiles: [ProfileParameters]
    /// Each component's idle latency in milliseconds, by `Component.index`.
    let latencies: SIMD8<Double>
    /// Announced maintenance windows, and surges that force password resets.
    let notices: [SimulationPlan.Notice]
    let policySurges: [SimulationPlan.PolicySurge]

    init(index: Int, plan: SimulationPlan, keepsEvents: Bool) {
        self.index = index
        self.plan = plan
        let count = max(0, (plan.accounts - index + SimulationPlan.partitionCount - 1) / SimulationPlan.partitionCount)
        people = FlatArray(repeating: PersonState(), count: count)
        warmsPeople = count > Self.peopleThatFitInCache
        queue = CalendarQueue(start: plan.scenario.start.millisecondsSince1970, minutes: plan.minutes)
        recorder = PartitionRecorder(start: plan.scenario.start, hours: plan.hours, keepsEvents: keepsEvents)
        idle = idleSlot.current
        context = idle
        let policy = plan.scenario.policy.unshared
        flow = LoginFlow(policy: policy)
        reset = PasswordReset(policy: policy)
        asksAboutDevices = policy.otp.stepUp.contains(.unfamiliarDevice)
        profiles = plan.profileParameters.map { $0 }
        var latencies = SIMD8<Double>(repeating: 0)
        for component in plan.scenario.components.indices {
            latencies[component] = Double(plan.scenario.components[component].latency.milliseconds)
        }
        self.latencies = latencies
        notices = plan.noticeWindows.map { $0 }
        policySurges = plan.policySurges.map { $0 }
        // First: at one instant the desk's actions go before anything the people do then.
        scheduleDeskActions()
        scheduleVisits()
        scheduleCast()
        scheduleAttacks()
        seedApplications()
    }

    /// The global index of a local person.
    @inline(__always)
    func person(_ local: UInt32) -> Int {
        SimulationPlan.person(partition: index, local: Int(local))
    }

    /// Runs one minute of the run. Never inlined: profiles measure the partitions' work as this
    /// function's (`--toggle-collect`).
    ///
    /// A minute that holds nothing — nearly all of them at 1,000 people, a third at 100,000 —
    /// does nothing but look at the agenda: it leaves the context and the load as they are
    /// (the workers' tallies skip such a minute: `hadItems`), so it touches none of
    /// their cache lines.
    @inline(never)
    func run(minute: Int, context: SliceContext) {
        guard queue.begin(minute: minute) else {
            // Only an hour's end does anything for the recorder.
            if PartitionRecorder.endsHour(minute) { endHour(minute) }
            return
        }
        runItems(minute: minute, context: context)
    }

    /// The recorder's end of a minute that ends an hour. A call of its own: the digest's update
    /// takes the address of a local, which puts a stack check into the function it is inlined
    /// in, and `run` would make that check in every minute of every partition.
    @inline(never)
    private func endHour(_ minute: Int) {
        recorder.endMinute(minute)
    }

    /// Whether the last minute run began with anything to do; if not, its address tables and
    /// load are not this minute's, and are not to be merged.
    var hadItems: Bool { queue.currentCount > 0 }

    /// The items of a minute that has some. Its own function, so an empty minute saves and
    /// restores none of the registers it needs.
    @inline(never)
    private func runItems(minute: Int, context: SliceContext) {
        self.context = context
        assert(sourceOverlay.isEmpty && sourceFailures.isEmpty, "the merge empties the address tables after it reads them")
        load = SIMD8(repeating: 0)
        if warmsPeople { warmPeople() }
        while let item = queue.next() {
            handle(item)
        }
        // The shared context's slot is rewritten for the next minute.
        self.context = idle
        recorder.endMinute(minute)
    }

    /// Reads the state of everyone the minute begins with, before any of it runs, when the
    /// partition's people do not fit in a cache. Then each of them is a cache miss; read
    /// together, one after another with nothing waiting on the answer, the misses overlap
    /// instead of each stalling its item in turn.
    private func warmPeople() {
        var flags: UInt16 = 0
        for index in 0..<queue.currentCount {
            let item = queue.currentItem(index)
            if item.action != .attack { flags |= people[Int(item.subject)].flags }
        }
        // Kept, so the reads are not optimised away.
        warmth = flags
    }

    /// About a quarter of a megabyte of people per partition (sixteen for all of them).
    private static let peopleThatFitInCache = 6_000

    private func handle(_ item: Scheduled) {
        switch item.action {
        case .visit: visit(item.subject, at: item.at)
        case .retry: retry(item.subject, at: item.at)
        case .enterCode: enterCode(item.subject, at: item.at)
        case .askCodeAgain: askCodeAgain(item.subject, at: item.at)
        case .requestReset: requestReset(item.subject, at: item.at)
        case .completeReset: completeReset(item.subject, at: item.at)
        case .leave: leave(item.subject, at: item.at)
        case .contact: contact(item.subject, at: item.at, channelIndex: Int(item.argument))
        case .attack: attack(Int(item.subject), at: item.at)
        case .castStep: castStep(item.subject, step: Int(item.argument), at: item.at)
        case .phish: phish(item.subject, attack: Int(item.argument), at: item.at)
        case .applicationTask: applicationTask(item.subject, step: Int(item.argument), at: item.at)
        case .officerStep: officerStep(item.subject, token: item.argument, at: item.at)
        case .appointmentDue: appointmentDue(item.subject, at: item.at)
        case .appointmentReminder: appointmentReminder(item.subject, at: item.at)
        case .desk: deskStep(item.subject, item.argument, at: item.at)
        }
    }

    /// A stream for one decision: of one person, at one instant, for one purpose. Derived, not
    /// stored, so no state grows with the number of decisions.
    @inline(__always)
    func decisionStream(_ local: UInt32, _ at: Int64, _ purpose: UInt64) -> RandomStream {
        let key = UInt64(person(local)) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: at) &* 0xBF58_476D_1CE4_E5B9 ^ purpose
        return plan.streams.actions.stream(key)
    }

    // MARK: Setting up

    /// Every population person's visits over the run: a Poisson process in "load time", each
    /// gap an exponential draw from the person's own stream, mapped back to clock time through
    /// the arrival curve.
    private func scheduleVisits() {
        let curve = plan.arrivals
        let perMinute = plan.scenario.load.sessionsPerUserPerDay / 1440
        guard perMinute > 0, curve.total > 0 else { return }
        // Room for as many as come on average, and a little more.
        queue.reserveStaged(Int(Double(people.count) * perMinute * curve.total * 1.05) + 64)
        for local in 0..<people.count {
            let global = person(UInt32(local))
            guard global < plan.users else { continue }
            var stream = plan.streams.visits.stream(UInt64(global))
            var position = stream.exponential(mean: 1 / perMinute)
            while position < curve.total {
                let at = curve.instant(atWeight: position).millisecondsSince1970
                queue.schedule(at: at, subject: UInt32(local), action: .visit)
                position += stream.exponential(mean: 1 / perMinute)
            }
        }
    }

    private func scheduleCast() {
        for (offset, member) in plan.cast.enumerated() {
            let (partition, local) = SimulationPlan.place(plan.users + offset)
            guard partition == index else { continue }
            for (step, entry) in member.script.enumerated() {
                queue.schedule(at: entry.at.millisecondsSince1970, subject: UInt32(local), action: .castStep,
                               argument: UInt16(clamping: step))
            }
        }
    }

    private func scheduleAttacks() {
        for (number, attempt) in plan.attacks.attempts.enumerated() {
            // An attempt belongs to the partition of the account it hits; a made-up username's
            // to a partition chosen by the attempt's number, to spread them.
            let home = attempt.person.map { SimulationPlan.place($0).partition } ?? number % SimulationPlan.partitionCount
            guard home == index else { continue }
            attackAttempts.append(attempt)
            queue.schedule(at: attempt.at, subject: UInt32(attackAttempts.count - 1), action: .attack)
        }
        for visit in plan.attacks.visits {
            let (partition, local) = SimulationPlan.place(visit.person)
            guard partition == index else { continue }
            queue.schedule(at: visit.at, subject: UInt32(local), action: .phish, argument: UInt16(clamping: visit.attack))
        }
    }
}

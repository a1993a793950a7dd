import Portal
import World

/// The world's rows of a run of people in a row (by global index): the population's accounts,
/// and everyone's brute-force record where it is not clean. Made from the partitions after the
/// run, on any thread.
struct PeopleRows: Sendable {
    /// People a batch holds: enough to make writing them cheap per row, few enough that a
    /// handful of batches in flight cost a few megabytes.
    static let size = 4096

    private(set) var accounts: GeneratedAccounts
    private(set) var bruteForce: [(AccountID, BruteForceState)] = []

    /// Everyone's rows after the run, `size` people a chunk, in order.
    static func chunks(plan: SimulationPlan, partitions: [Partition]) -> ChunkPipeline<PeopleRows> {
        // Two chunks in hand per thread keep every helper busy; more would only hold memory.
        ChunkPipeline(count: (plan.accounts + size - 1) / size, capacity: 8) { chunk in
            PeopleRows(plan: plan, partitions: partitions, people: chunk * size..<min((chunk + 1) * size, plan.accounts))
        }
    }

    init(plan: SimulationPlan, partitions: [Partition], people: Range<Int>) {
        accounts = GeneratedAccounts(capacity: people.count)
        let start = plan.scenario.start
        for person in people {
            let (partition, local) = SimulationPlan.place(person)
            let state = partitions[partition].people[local]
            let id = SimulationPlan.accountID(person)
            if person < plan.users {
                PersonTraits(index: person, seed: plan.scenario.seed, spec: plan.scenario.population)
                    .appendRow(to: &accounts, id: id, createdAt: start, state: state)
            }
            let force = state.bruteForce
            if force != BruteForceState() { bruteForce.append((id, force)) }
        }
    }
}

import Portal
import World

/// The world's rows of a run of people in a row (by global index): the population's accounts,
/// and everyone's brute-force record where it is not clean. Made from the partitions after the
/// run, a batch at a time, so that thousands of rows go into SQLite at once.
struct PeopleRows: Sendable {
    /// People a batch holds: enough to make writing them cheap per row, few enough to cost
    /// under a megabyte.
    static let size = 4096

    private(set) var accounts: GeneratedAccounts
    private(set) var bruteForce: [(AccountID, BruteForceState)] = []

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

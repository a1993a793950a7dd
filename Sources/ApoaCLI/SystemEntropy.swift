/// The one place real randomness enters: salts, one-time codes and reset tokens made at the
/// desk for real use. The simulator never comes here (DESIGN.md, "Time and randomness"); the
/// determinism test allows this file by name.
struct SystemEntropy: RandomNumberGenerator {
    private var system = SystemRandomNumberGenerator()

    mutating func next() -> UInt64 {
        system.next()
    }
}

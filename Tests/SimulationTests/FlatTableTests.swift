import Testing
@testable import Simulation

@Suite("The flat table")
struct FlatTableTests {
    @Test("removing says whether there was a value, and takes only that one")
    func removeSaysWhetherThereWasOne() {
        let table = FlatTable<UInt32, Int>()
        for key in UInt32(0)..<40 { table[key] = Int(key) * 10 }
        #expect(table.remove(7))
        #expect(!table.remove(7))
        #expect(!table.remove(1_000))
        #expect(table.count == 39)
        #expect(table[7] == nil)
        // The others are all still found (removal shifts entries back; none may be lost).
        for key in UInt32(0)..<40 where key != 7 { #expect(table[key] == Int(key) * 10) }
    }

    @Test("emptied, a table keeps nothing and takes new entries")
    func removeAllEmpties() {
        let table = FlatTable<UInt32, String>()
        for key in UInt32(0)..<100 { table[key] = "value \(key)" }
        table.removeAll()
        #expect(table.isEmpty)
        #expect(table[5] == nil)
        #expect(Array(table).isEmpty)
        table[5] = "again"
        #expect(table[5] == "again")
        #expect(table.count == 1)
    }

    @Test("removing where a rule says so takes exactly those entries, whatever runs the removals shift")
    func removeAllWhere() {
        // Tables from nearly empty to half full (where runs are long and wrap round the end),
        // with every third, every other, all or none of the entries removed.
        for size in [1, 7, 31, 100, 500] {
            for modulus in [1, 2, 3, 1_000] {
                let table = FlatTable<UInt32, String>(expected: 4)
                var model: [UInt32: String] = [:]
                var key: UInt32 = 12_345
                for _ in 0..<size {
                    key = key &* 1_103_515_245 &+ 12_345
                    table[key] = "value \(key)"
                    model[key] = "value \(key)"
                }
                let doomed = { (key: UInt32) in key % UInt32(modulus) == 0 && modulus != 1_000 }
                table.removeAll { key, value in
                    #expect(value == "value \(key)")
                    return doomed(key)
                }
                model = model.filter { !doomed($0.key) }
                #expect(table.count == model.count, "size \(size), every \(modulus)")
                #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == model)
                for (key, value) in model { #expect(table[key] == value) }
            }
        }
    }
}

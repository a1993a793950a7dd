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
}

import SQLiteDB
import Testing

@Suite("Row")
struct RowTests {
    private let row = Row(
        columns: ["id", "name", "score", "active", "flag", "data", "nothing"],
        values: [.integer(3), .text("ani"), .real(1.5), .integer(1), .integer(2), .blob([7]), .null])

    @Test("typed accessors return the value of their own kind, or nil")
    func typedAccessors() {
        #expect(row.int("id") == 3)
        #expect(row.int("name") == nil)
        #expect(row.text("name") == "ani")
        #expect(row.text("id") == nil)
        #expect(row.double("score") == 1.5)
        #expect(row.double("id") == 3)
        #expect(row.double("name") == nil)
        #expect(row.bool("active") == true)
        #expect(row.bool("flag") == nil)
        #expect(row.blob("data") == [7])
        #expect(row.int("nothing") == nil)
        #expect(row.text("nothing") == nil)
    }

    @Test("subscripts by position and by name; a missing name is NULL")
    func subscripts() {
        #expect(row[1] == .text("ani"))
        #expect(row["score"] == .real(1.5))
        #expect(row["missing"] == .null)
        #expect(row["NAME"] == .null)
    }
}

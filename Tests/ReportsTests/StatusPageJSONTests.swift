import JSON
import Reports
import Testing

@Suite("Status page JSON")
struct StatusPageJSONTests {
    @Test("has the documented shape")
    func shape() throws {
        let value = try JSONParser.parse(StatusPage.json(SampleStatus.input(.english))).value
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.0) == ["portal", "language", "generated", "timeZone", "status", "components", "maintenance", "incidents"])
        #expect(value["portal"] == "APOA")
        #expect(value["language"] == "en")
        #expect(value["generated"] == "2026-12-02T10:15:00+07:00")
        #expect(value["timeZone"] == "Asia/Jakarta")
        #expect(value["status"] == "major-outage")
        // Login was down 90 minutes and under maintenance 120 of the 634 h 15 min since the record
        // began: 1 - 210 / 38 055 minutes, rounded down to six places.
        #expect(value["components"]?[0] == [
            "id": "auth", "name": "Login (GO ID)", "status": "operational",
            "uptime": ["days": 30, "operationalShare": .double(0.994481)],
        ])
        #expect(value["components"]?[2]?["status"] == "major-outage")
        #expect(value["maintenance"]?[0]?["id"] == "44")
        #expect(value["maintenance"]?[0]?["status"] == "in-progress")
        #expect(value["maintenance"]?[1]?["recurrence"] == "Every Sunday, 01:00–03:00 WIB")
        #expect(value["maintenance"]?[1]?["components"] == ["auth", "applications"])
        #expect(value["maintenance"]?[0]?["recurrence"] == .null)
    }

    @Test("lists only open incidents, updates newest first")
    func openIncidents() throws {
        let value = try JSONParser.parse(StatusPage.json(SampleStatus.input(.indonesian))).value
        guard case .array(let incidents) = value["incidents"] else {
            Issue.record("no incidents array")
            return
        }
        #expect(incidents.count == 1)
        #expect(incidents.first?["id"] == "45")
        #expect(incidents.first?["status"] == "identified")
        #expect(incidents.first?["updates"]?[0]?["at"] == "2026-12-02T09:05:00+07:00")
        #expect(incidents.first?["updates"]?[1]?["status"] == "investigating")
        #expect(incidents.first?["title"] == "Kode OTP lewat SMS tidak terkirim")
    }

    @Test("writes null uptime for a component without data")
    func noData() throws {
        var input = SampleStatus.input(.english)
        input.components = [StatusPage.ComponentState(component: .auth, status: .operational, uptime: [])]
        let value = try JSONParser.parse(StatusPage.json(input)).value
        #expect(value["components"]?[0]?["uptime"] == ["days": 0, "operationalShare": nil])
    }
}

import Foundation
import Testing
@testable import ApoaCLI

@Suite("apoa lockouts")
struct LockoutsCommandTests {
    @Test("--active: the morning's three locks by when they end, with cause and why; e-mail masked without an operator")
    func active() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let result = desk.run(as: nil, ["lockouts", "--active"])
        #expect(result.status == 0)
        #expect(result.out == """
            3 accounts locked at 2026-12-01 10:02 WIB
            USERNAME          E-MAIL               CAUSE   SINCE                    UNTIL                    LEFT    FAILURES  WHY
            citra.lestari     c***@example.id      attack  2026-12-01 09:32:37 WIB  2026-12-01 10:02:37 WIB  37s     5         44 tries in a day from 91.17.184.8, 185.16.30.239 and 1 more address
            yuni.irawan.1456  y***@kantor.example  outage  2026-12-01 09:34:26 WIB  2026-12-01 10:04:26 WIB  2m26s   5         5 of 5 failures while sms-gateway was down
            budi.santoso      b***@example.id      owner   2026-12-01 10:01:20 WIB  2026-12-01 10:31:20 WIB  29m20s  5         5 failures from 1 address, no other account tried

            """)
    }

    @Test("personal data: agents and auditors see e-mail masked, supervisors and admins in full", arguments: [
        ("ana", "b***@example.id"), ("aud", "b***@example.id"), ("sri", "budi@example.id"), ("admin", "budi@example.id"),
    ])
    func masking(name: String, email: String) throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let text = desk.run(as: name, ["lockouts", "--active"])
        #expect(text.status == 0)
        #expect(text.out.contains("budi.santoso      \(email)"))
        let json = desk.run(as: name, ["lockouts", "--active", "--json"])
        #expect(json.out.contains("\"email\": \"\(email)\""))
    }

    @Test("without --active, the locks of the last 24 hours that ended are listed too, as expired")
    func recent() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let result = desk.run(as: nil, ["lockouts"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("3 accounts locked at 2026-12-01 10:02 WIB, ") == true)
        #expect(lines.first?.hasSuffix(" more whose lock ended in the last 24h") == true)
        #expect(lines.contains { $0.hasPrefix("agus.wahyudi.2969 ") && $0.contains("  expired  ") })
        #expect(lines.last?.hasPrefix("budi.santoso ") == true)
    }

    @Test("--json: the documented keys of every lock")
    func json() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let result = desk.run(as: nil, ["lockouts", "--active", "--json"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("""
            {
              "now": "2026-12-01T10:02:00+07:00",
              "activeOnly": true,
              "lockouts": [
                {
                  "account": "3003",
                  "username": "citra.lestari",
                  "email": "c***@example.id",
                  "state": "temporary",
                  "since": "2026-12-01T09:32:37.184+07:00",
                  "until": "2026-12-01T10:02:37+07:00",
                  "secondsLeft": 37,
                  "failures": 5,
                  "temporaryLockouts": 1,
                  "cause": "attack",
                  "why": "44 tries in a day from 91.17.184.8, 185.16.30.239 and 1 more address",
                  "resetSince": null
                },
            """))
    }

    @Test("--by-source: the addresses behind the locks, with the accounts each tried and locked")
    func bySource() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let result = desk.run(as: nil, ["lockouts", "--active", "--by-source"])
        #expect(result.status == 0)
        #expect(result.out == """
            4 addresses behind 3 locks
            ADDRESS         FAILURES  ACCOUNTS TRIED  LOCKED  FLAG  LOCKED ACCOUNTS
            180.244.30.176  5         1               1             yuni.irawan.1456
            182.9.139.233   5         1               1             budi.santoso
            185.16.30.239   3         1               1             citra.lestari
            91.17.184.8     2         1               1             citra.lestari

            """)
        let json = desk.run(as: nil, ["lockouts", "--active", "--by-source", "--json"]).out
        #expect(json.contains("\"sources\": ["))
        #expect(json.contains("\"lockedAccounts\": [\n        \"citra.lestari\"\n      ],\n      \"stuffing\": false"))
    }

    @Test("an operator that does not exist is refused; a world with no locks says so")
    func edges() throws {
        let desk = try MorningWorld.desk()
        defer { desk.remove() }
        let unknown = desk.run(as: "nobody", ["lockouts"])
        #expect(unknown.status == 1)
        #expect(unknown.err.hasPrefix("apoa: error: no operator named 'nobody'"))
        let empty = try Desk()
        defer { empty.remove() }
        empty.run("init")
        #expect(empty.run("lockouts --active").out == "0 accounts locked at 2026-12-01 08:00 WIB\n")
        #expect(empty.run("lockouts --by-source").out == "0 addresses behind 0 locks\n")
    }

    @Test("help matches its golden file")
    func help() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let result = desk.run(["lockouts", "--help"])
        #expect(result.out == Desk.golden("lockouts.txt", actual: result.out))
    }
}

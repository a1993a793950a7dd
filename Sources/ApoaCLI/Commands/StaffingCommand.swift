import JSON
import Portal
import Reports

/// `apoa staffing`: how many agents the phones need for a call rate, by Erlang C (or Erlang A).
enum StaffingCommand {
    static let spec = CommandSpec(
        ["staffing"],
        summary: "How many agents the phones need: Erlang C, or Erlang A when callers hang up.",
        discussion: """
            The fewest agents on the phones that answer the target share of calls within the target time,
            with calls arriving at random and handle times that vary (Erlang C). With --patience, callers
            hang up after that long on average (Erlang A): fewer agents may meet the target, and the
            abandonment shows. Rostered adds shrinkage (breaks, training, absence): agents / (1 − shrinkage).
            Reads no world.
            """,
        options: [
            .value("calls", "N/h", required: true, "calls an hour, like 200/h"),
            .value("handle-time", "D", required: true, "average handle time, like 6m or 180s"),
            .value("target", "P/Ts", required: true, "service level: P% of calls answered within T, like 80/20s"),
            .value("shrinkage", "S%", "share of rostered time off the phones (default 0%)"),
            .value("patience", "D", "callers hang up after this long on average (Erlang A)"),
        ],
        examples: ["apoa staffing --calls 200/h --handle-time 3m --target 80/20s",
                   "apoa staffing --calls 450/h --handle-time 6m --target 90/30s --shrinkage 30% --patience 2m --json"],
        run: { invocation in
            let calls = try invocation.parse("calls", expected: "calls an hour like 200/h") { text -> Double? in
                let number = text.hasSuffix("/h") ? String(text.dropLast(2)) : text
                return Double(number).flatMap { $0 > 0 && $0.isFinite && $0 <= 1_000_000 ? $0 : nil }
            } ?? 0
            let handle = try invocation.parse("handle-time", expected: "a duration from 1s to 1d, like 6m") { text -> Double? in
                TimeSpan(parsing: text).flatMap { $0 >= .seconds(1) && $0 <= .days(1) ? Double($0.milliseconds) / 1000 : nil }
            } ?? 0
            let target = try invocation.parse("target", expected: "P/Ts with P from 1 to 99.9 and T a duration, like 80/20s") { text -> Staffing.Target? in
                let parts = text.split(separator: "/", maxSplits: 1)
                guard parts.count == 2, let share = Double(parts[0].hasSuffix("%") ? parts[0].dropLast() : parts[0]),
                      share >= 1, share < 100, let span = TimeSpan(parsing: String(parts[1])), span >= .zero, span <= .days(1)
                else { return nil }
                return Staffing.Target(share: share / 100, seconds: Double(span.milliseconds) / 1000)
            }
            let shrinkage = try invocation.parse("shrinkage", expected: "a percentage from 0% to 90%, like 30%") { text -> Double? in
                Double(text.hasSuffix("%") ? String(text.dropLast()) : text).flatMap { $0 >= 0 && $0 <= 90 ? $0 / 100 : nil }
            } ?? 0
            let patience = try invocation.parse("patience", expected: "a duration from 1s to 1d, like 2m") { text -> Double? in
                TimeSpan(parsing: text).flatMap { $0 >= .seconds(1) && $0 <= .days(1) ? Double($0.milliseconds) / 1000 : nil }
            }
            guard let target else { throw invocation.usage("missing --target") }
            guard let plan = Staffing.plan(callsPerHour: calls, handleTime: handle, target: target, shrinkage: shrinkage,
                                           patience: patience) else {
                throw CLIError.failure("no number of agents up to \(Staffing.agentLimit) meets \(percent(target.share)) "
                    + "within \(Self.seconds(target.seconds))")
            }
            if invocation.wantsJSON {
                var fields: [(String, JSONValue)] = [
                    ("agents", .integer(Int64(plan.agents))), ("rostered", .integer(Int64(plan.rostered))),
                    ("waitProbability", .double(fourPlaces(plan.waitProbability))), ("serviceLevel", .double(fourPlaces(plan.serviceLevel))),
                    ("averageSpeedOfAnswer", .double(fourPlaces(plan.averageSpeedOfAnswer))), ("occupancy", .double(fourPlaces(plan.occupancy))),
                ]
                if let abandonment = plan.abandonment { fields.append(("abandonment", .double(fourPlaces(abandonment)))) }
                invocation.print(JSONValue.object(fields).rendered())
                return
            }
            let load = calls / 3600 * handle
            invocation.print("\(plan.agents) agents on the phones, \(plan.rostered) rostered"
                + (shrinkage > 0 ? " (\(percent(shrinkage)) shrinkage)" : ""))
            invocation.print("  load                 \(String(format: "%.2f", load)) Erlangs (\(Self.number(calls)) calls/h × \(Self.seconds(handle)))")
            invocation.print("  model                \(patience == nil ? "Erlang C" : "Erlang A, patience \(Self.seconds(patience ?? 0))")")
            invocation.print("  service level        \(percent(plan.serviceLevel)) within \(Self.seconds(target.seconds)) "
                + "(target \(percent(target.share)))")
            invocation.print("  wait probability     \(percent(plan.waitProbability))")
            invocation.print("  average speed        \(String(format: "%.1f", plan.averageSpeedOfAnswer)) s to answer")
            invocation.print("  occupancy            \(percent(plan.occupancy))")
            if let abandonment = plan.abandonment { invocation.print("  abandonment          \(percent(abandonment))") }
        })



    private static func seconds(_ value: Double) -> String {
        TimeSpan.milliseconds(Int64((value * 1000).rounded())).description
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : String(value)
    }
}

import Portal
import World

/// Grades a worked world against its scenario's exercise, by the contract in
/// Scenarios/README.md: desk actions are the audit log's entries after the exercise began (the
/// end of the simulated run), by any operator but `scenario`.
public enum ExerciseGrader {
    public static func grade(_ world: WorldStore) throws -> ExerciseGrade {
        let record = try world.runRecord()
        guard let text = record.scenarioText else { throw GradeError.noScenario(world.path) }
        let scenario: Scenario
        do {
            scenario = try Scenario.decode(text: text, file: "\(world.path): meta.scenario_json")
        } catch {
            throw GradeError.unreadableScenario(world.path, error.description)
        }
        guard let exercise = scenario.exerciseSpec else { throw GradeError.noExercise(scenario.name) }
        // A continued world keeps when the desk first took over; an older one has only its scenario.
        let started = record.handover ?? scenario.end
        let context = Context(world: world, started: started, zone: world.zone,
                              actions: try world.auditEntries().filter { $0.at >= started && $0.operatorName != SimulationRun.scenarioPublisher })
        let results = try exercise.objectives.map { objective in
            let (isMet, evidence) = try context.check(objective.check)
            return ExerciseGrade.Result(objective: objective, isMet: isMet, evidence: evidence)
        }
        return ExerciseGrade(scenario: scenario.name, started: started, now: try world.now(), results: results)
    }

    /// What every check reads.
    struct Context {
        let world: WorldStore
        let started: Instant
        let zone: Zone
        /// Desk actions since the exercise began, oldest first.
        let actions: [AuditEntry]

        func time(_ instant: Instant) -> String { instant.display(in: zone) }

        func check(_ check: Exercise.Check) throws -> (Bool, [String]) {
            switch check {
            case .unlocked(let names): return try unlocked(names)
            case .leftLocked(let names): return try leftLocked(names)
            case .notUnlockedWithoutReset(let name): return try notUnlockedWithoutReset(name)
            case .resetVia(let account, let ways): return try resetVia(account, ways: ways)
            case .noticePublished(let before, let components, let kind): return try noticePublished(before, components, kind)
            case .ticketsResolved(let category, let atLeast): return try ticketsResolved(category, atLeast)
            case .within(let span): return within(span)
            }
        }

        /// The account's events since the exercise began.
        private func events(of name: String) throws -> [Event] {
            let account = try world.account(matching: name)
            return try world.events(for: account.id).map(\.event).filter { $0.at >= started }
        }

        private func deskUnlocks(of name: String) throws -> [Event] {
            try events(of: name).filter { $0.kind == .lockCleared && $0.reason == .deskUnlock }
        }

        private func unlocked(_ names: [String]) throws -> (Bool, [String]) {
            var met = true
            var evidence: [String] = []
            for name in names {
                let unlocks = try deskUnlocks(of: name)
                let lock = try world.overview(of: name).lock
                let isLocked = lock != .none
                if unlocks.isEmpty || isLocked { met = false }
                evidence.append("\(name): " + (unlocks.first.map { "unlocked by the desk at \(time($0.at))" } ?? "never unlocked by the desk")
                    + (isLocked ? "; locked now" : "; not locked now"))
            }
            return (met, evidence)
        }

        private func leftLocked(_ names: [String]) throws -> (Bool, [String]) {
            var met = true
            var evidence: [String] = []
            for name in names {
                let unlocks = try deskUnlocks(of: name)
                if !unlocks.isEmpty { met = false }
                evidence.append("\(name): " + (unlocks.first.map { "unlocked by the desk at \(time($0.at))" } ?? "left locked by the desk"))
            }
            return (met, evidence)
        }

        private func notUnlockedWithoutReset(_ name: String) throws -> (Bool, [String]) {
            let events = try events(of: name)
            guard let unlock = events.first(where: { $0.kind == .lockCleared && $0.reason == .deskUnlock }) else {
                return (true, ["\(name): not unlocked by the desk"])
            }
            let account = try world.account(matching: name)
            let forced = actions.first { $0.action == "unlock-force" && (try? world.account(matching: $0.target ?? ""))?.id == account.id }
            if let forced { return (false, ["\(name): unlocked with --force by \(forced.operatorName) at \(time(forced.at))"]) }
            let reset = events.first { ($0.kind == .resetCompleted || ($0.kind == .passwordChanged && $0.reason == .temporaryPassword)) && $0.at <= unlock.at }
            guard let reset else {
                return (false, ["\(name): unlocked by the desk at \(time(unlock.at)) with no password reset before it"])
            }
            return (true, ["\(name): password reset at \(time(reset.at)) (\(reset.kind.rawValue)), unlocked after it at \(time(unlock.at))"])
        }

        private func resetVia(_ name: String, ways: [Exercise.ResetWay]) throws -> (Bool, [String]) {
            let account = try world.account(matching: name)
            var used: [(AuditEntry, Exercise.ResetWay)] = []
            for action in actions {
                guard let way = DeskResetWay(auditEntry: action), let target = action.target,
                      (try? world.account(matching: target))?.id == account.id else { continue }
                used.append((action, way))
            }
            guard !used.isEmpty else { return (false, ["\(name): no password reset by the desk"]) }
            let met = used.allSatisfy { ways.contains($0.1) }
            return (met, used.map { action, way in
                "\(name): reset by \(way.rawValue) by \(action.operatorName) at \(time(action.at))"
                    + (ways.contains(way) ? "" : " (expected " + ways.map(\.rawValue).joined(separator: " or ") + ")")
            })
        }

        private func noticePublished(_ before: Instant, _ components: [Component], _ kind: NoticeKind?) throws -> (Bool, [String]) {
            let notices = try world.allNotices().filter { $0.publishedBy != SimulationRun.scenarioPublisher }
            let fitting = notices.filter { notice in
                notice.publishedAt < before && (kind.map { notice.kind == $0 } ?? true)
                    && components.allSatisfy { wanted in notice.components.contains { $0.component == wanted } }
            }
            if let notice = fitting.first {
                return (true, ["notice #\(notice.id) \(notice.kind.rawValue) (" + notice.components.map(\.component.rawValue).joined(separator: ", ")
                    + ") published at \(time(notice.publishedAt)) by \(notice.publishedBy), in Indonesian and English"])
            }
            let wanted = (kind?.rawValue ?? "notice") + " for " + components.map(\.rawValue).joined(separator: ", ")
            guard !notices.isEmpty else { return (false, ["no notice published by the desk; expected an \(wanted) before \(time(before))"]) }
            return (false, notices.map { notice in
                "notice #\(notice.id) \(notice.kind.rawValue) (" + notice.components.map(\.component.rawValue).joined(separator: ", ")
                    + ") published at \(time(notice.publishedAt)): not an \(wanted) before \(time(before))"
            })
        }

        private func ticketsResolved(_ category: String, _ atLeast: Int) throws -> (Bool, [String]) {
            let count = try world.ticketCount(TicketFilter(statuses: [.solved, .closed], category: category, limit: Int.max))
            return (count >= atLeast, ["\(count) \(category) ticket\(count == 1 ? "" : "s") solved or closed; \(atLeast) needed"])
        }

        private func within(_ span: TimeSpan) -> (Bool, [String]) {
            let done = actions.filter { $0.outcome == .done }
            guard let last = done.last else { return (false, ["no desk action since the exercise began at \(time(started))"]) }
            let taken = last.at - started
            return (taken <= span, ["the last desk action at \(time(last.at)), \(taken) after the start at \(time(started)); \(span) allowed"])
        }
    }
}

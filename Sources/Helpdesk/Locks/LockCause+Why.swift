import Portal
import World

extension LockCause {
    /// One line on why, with the evidence from `history` (the history the cause was read from):
    /// `118 tries in a day from 185.16.30.239, 91.17.184.8`, `5 of 5 failures while sms-gateway
    /// was down`, `5 of 5 failures from places they log in from`.
    public func why(_ history: LockHistory) -> String {
        let total = history.failures.count
        switch self {
        case .attack(let evidence):
            let addresses = Self.addresses(evidence.sources)
            if evidence.isRelentless {
                return "\(evidence.recentAttempts) tries in a day from \(addresses)"
            }
            let places = evidence.wideSourceFailures == 0 ? "places they never logged in from"
                : evidence.unfamiliarFailures == 0 ? "addresses that tried many accounts"
                : "places they never used and addresses that tried many accounts"
            return "\(evidence.suspiciousFailures) of \(total) failures from \(places) (\(addresses))"
        case .maintenance(let component):
            let during = Self.failures(history, during: component) { $0 == .underMaintenance }
            return "\(during) of \(total) failures while \(component.rawValue) was under maintenance"
        case .outage(let component, let status):
            let during = Self.failures(history, during: component) { $0 == status }
            let state = switch status {
            case .degraded: "degraded"
            case .partialOutage: "partly down"
            default: "down"
            }
            return "\(during) of \(total) failures while \(component.rawValue) was \(state)"
        case .ownMistakes:
            guard history.hasLoggedIn else {
                // No familiar place to compare with: what speaks for the person is that their
                // addresses tried hardly any other account.
                let ips = Set(history.failures.compactMap(\.ip))
                let others = max(0, (ips.map { history.sourceAccounts[$0] ?? 0 }.max() ?? 0) - 1)
                return "\(total) failures from \(ips.count) \(ips.count == 1 ? "address" : "addresses"), "
                    + (others == 0 ? "no other account tried" : "at most \(others) other accounts tried")
            }
            let familiar = history.failures.filter {
                history.familiar.knows(ip: $0.ip) || history.familiar.knows(device: $0.device)
            }.count
            return "\(familiar) of \(total) failures from places they log in from"
        }
    }

    /// The addresses most failures came from (at most three; one with a tenth of the top one's
    /// count or less is only counted); one that tried many accounts says how many.
    private static func addresses(_ sources: [AttackEvidence.Source]) -> String {
        guard let top = sources.first else { return "unknown addresses" }
        let shown = sources.prefix(3).filter { $0.failuresHere * 10 > top.failuresHere }.map { source in
            source.accountsTried >= wideSourceAccounts ? "\(source.ip) (\(source.accountsTried) accounts)" : source.ip.description
        }
        let more = sources.count - shown.count
        return shown.joined(separator: ", ") + (more == 0 ? "" : " and \(more) more \(more == 1 ? "address" : "addresses")")
    }

    /// The failures that met `component` in a state `matches` accepts.
    private static func failures(_ history: LockHistory, during component: Component,
                                 _ matches: (ComponentStatus) -> Bool) -> Int {
        let periods = history.periods.filter { $0.component == component && matches($0.status) }
        return history.failures.filter { failure in periods.contains { $0.contains(failure.at) } }.count
    }
}

/// What a wait waits for. Statuses compare case-insensitively.
public enum WaitCondition: Sendable, Hashable {
    /// Poll while the status is this one (kamaki's `--while`, the default for `--wait`).
    case whileStatus(String)
    /// Poll until the status is this one (kamaki's `--until`).
    case untilStatus(String)

    /// Whether polling is over once the resource has `status`.
    func isSatisfied(by status: String) -> Bool {
        switch self {
        case .whileStatus(let s): status.uppercased() != s.uppercased()
        case .untilStatus(let s): status.uppercased() == s.uppercased()
        }
    }
}

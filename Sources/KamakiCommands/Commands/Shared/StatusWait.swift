import ArgumentParser
import KamakiAPI
import KamakiClient

/// The shared rules of `port wait` and `server wait`: `--while`/`--until`/`--status`, one at most.
enum StatusWait {
    static func validate(whileStatus: String?, untilStatus: String?, status: String?, timeout: Int, valid: [String]) throws {
        let given = [whileStatus, untilStatus, status].compactMap { $0 }
        guard given.count <= 1 else {
            throw ValidationError("Invalid argument combination: use only one of --while, --until, --status")
        }
        if let value = given.first, !valid.contains(value.uppercased()) {
            throw ValidationError("Invalid status \(value); use one of \(valid.joined(separator: ", "))")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    static func condition(whileStatus: String?, untilStatus: String?) -> WaitCondition {
        if let untilStatus { return .untilStatus(untilStatus.uppercased()) }
        return .whileStatus((whileStatus ?? "BUILD").uppercased())
    }

    /// The note when no waiting is needed, or nil.
    static func alreadyDone(kind: String, id: String, current: String, condition: WaitCondition) -> String? {
        let shown = (id: TerminalText.escaped(id), status: TerminalText.escaped(current))
        return switch condition {
        case .untilStatus(let target) where current == target: "\(kind) \(shown.id): already in \(shown.status)"
        case .whileStatus(let status) where current != status: "\(kind) \(shown.id) status: \(shown.status)"
        default: nil
        }
    }

    /// The command that waits again the same way, for twice as long (the hint after a timeout).
    static func again(_ group: String, id: String, condition: WaitCondition, timeout: Int) -> String {
        let flag = switch condition {
        case .whileStatus(let status): "--while \(status)"
        case .untilStatus(let status): "--until \(status)"
        }
        return "kamaki \(group) wait \(id) \(flag) --timeout \(timeout * 2)"
    }

    static func label(kind: String, id: String, condition: WaitCondition) -> @Sendable (String) -> String {
        switch condition {
        case .whileStatus: { "\(kind) \(id) status still \($0)" }
        case .untilStatus(let target): { "\(kind) \(id) status not yet \(target) (now \($0))" }
        }
    }
}

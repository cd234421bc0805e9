import ArgumentParser
import KamakiAPI
import KamakiClient

/// The shared messages of `port wait` and `server wait` (their options: ``StatusWaitOptions``).
enum StatusWait {
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
        let flag =
            switch condition {
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

import KamakiAPI
import KamakiClient
import Synchronization

/// What `server create/delete/start/shutdown/reboot --wait` wait for.
enum ServerWaitGoal: Sendable {
    /// A new server leaving BUILD.
    case built
    /// The server in this status with no action pending.
    case settled(String)
    /// The server DELETED (or gone).
    case deleted

    var timeout: Duration {
        switch self {
        case .built: .seconds(180)
        default: .seconds(120)
        }
    }
}

/// Waits on one server or many at once (a cluster): one progress line on stderr (a terminal's
/// only, unless `-N`), counting the servers' statuses, and `Server N status: S` as each is done.
/// Cancelling the task (Ctrl-C) ends every poll at once.
enum ServerWaits {
    static func wait(
        _ ids: [String], until goal: ServerWaitGoal, client: CloudClient, context: CommandContext, noProgressBar: Bool
    ) async throws {
        let display = WaitDisplay(context: context, noProgressBar: noProgressBar)
        let statuses = StatusTally()
        let failures = try await withThrowingTaskGroup(of: (any Error)?.self) { group in
            for id in ids {
                group.addTask {
                    let progress = display.progress { status in
                        statuses.latest.withLock { all in
                            all[id] = status
                            return ids.count == 1 ? "Server \(id) status \(label(goal)) \(status)" : summary(all, of: ids.count)
                        }
                    }
                    do {
                        let status = try await poll(id, goal, client: client, progress: progress)
                        display.finish()
                        display.output.note("Server \(id) status: \(TerminalText.escaped(status))")
                        return nil
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch let error as ClientError {
                        return WaitDisplay.timeout(error, kind: "Server", id: id, command: "kamaki server info \(id)")
                    } catch {
                        return error
                    }
                }
            }
            var failures: [any Error] = []
            for try await failure in group { if let failure { failures.append(failure) } }
            return failures
        }
        display.finish()
        if let first = failures.first { throw first }
    }

    /// Polls one server until `goal`; its final status.
    private static func poll(
        _ id: String, _ goal: ServerWaitGoal, client: CloudClient, progress: (@Sendable (WaitProgress) -> Void)?
    ) async throws -> String {
        switch goal {
        case .built:
            return try await client.waitForServer(id, .whileStatus("BUILD"), timeout: goal.timeout, progress: progress).status
        case .settled(let status):
            return try await client.waitForServerSettled(id, status: status, timeout: goal.timeout, progress: progress).status
        case .deleted:
            try await client.waitForServerDeletion(id, timeout: goal.timeout, progress: progress)
            return "DELETED"
        }
    }

    private static func label(_ goal: ServerWaitGoal) -> String {
        if case .built = goal { return "still" }
        return "now"
    }

    /// `4 servers: 2 BUILD, 2 ACTIVE`.
    private static func summary(_ statuses: [String: String], of count: Int) -> String {
        var counts: [(String, Int)] = []
        for status in statuses.values.sorted() {
            if let index = counts.firstIndex(where: { $0.0 == status }) { counts[index].1 += 1 } else { counts.append((status, 1)) }
        }
        let waiting = count - statuses.count
        if waiting > 0 { counts.append(("not yet read", waiting)) }
        return "\(count) servers: " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}

/// The last status read of each server a cluster wait polls.
private final class StatusTally: Sendable {
    let latest = Mutex<[String: String]>([:])
}

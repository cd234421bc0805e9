import KamakiAPI

/// A server's status as Synnefo derives it, from the row's timestamps at read time (no timers): a task
/// (`BUILD`, `START`, `STOP`, `REBOOT`, `DESTROY`) is pending until `taskUntil`, the settle time after it
/// was asked for; meanwhile the server shows `interim` and the task's `SNF:task_state`.
extension ServerRecord {
    /// `SNF:task_state` of each task (Synnefo's `TASK_STATE_FROM_ACTION`).
    static let taskStates = ["BUILD": "BUILDING", "START": "STARTING", "STOP": "STOPPING", "REBOOT": "REBOOTING", "DESTROY": "DESTROYING"]

    /// The task still pending at `now`, if any.
    func pendingTask(now: Int64) -> String? {
        guard let task, let taskUntil, taskUntil > now else { return nil }
        return task
    }

    /// Whether the server's deletion has settled.
    func isDeleted(now: Int64) -> Bool {
        deleted.map { $0 <= now } ?? false
    }

    /// `BUILD`, `ACTIVE`, `STOPPED`, `REBOOT` or `DELETED` at `now`.
    func status(now: Int64) -> String {
        if isDeleted(now: now) { return "DELETED" }
        return pendingTask(now: now) == nil ? status : (interim ?? status)
    }

    /// `SNF:task_state` at `now`: `""` when no task is pending.
    func taskState(now: Int64) -> String {
        pendingTask(now: now).flatMap { Self.taskStates[$0] } ?? ""
    }

    /// 100 when ACTIVE; while building, the share of the settle time that has passed (at most 99).
    func progress(now: Int64) -> Int64 {
        let shown = status(now: now)
        if shown == "ACTIVE" { return 100 }
        guard shown == "BUILD", pendingTask(now: now) == "BUILD", let taskUntil, taskUntil > created else { return 0 }
        return min(99, (now - created) * 100 / (taskUntil - created))
    }

    /// When the server last changed as seen at `now`: a settled task changed it when it settled.
    func updated(now: Int64) -> Int64 {
        guard let taskUntil, taskUntil <= now else { return updated }
        return max(updated, taskUntil)
    }

    /// Synnefo's operating state behind the shown status (`STARTED` for ACTIVE and REBOOT), for messages.
    func operatingState(now: Int64) -> String {
        switch status(now: now) {
        case "ACTIVE", "REBOOT": "STARTED"
        case let other: other
        }
    }

    /// Synnefo's `validate_server_action` for `action` (`START`, `STOP`, `REBOOT`, `CONNECT`), after `get_vm`'s
    /// check that the server is not deleted.
    func validate(action: String, now: Int64) throws {
        if isDeleted(now: now) { throw APIFault.badRequest("Server has been deleted.") }
        if let pending = pendingTask(now: now) {
            if pending == "BUILD" { throw APIFault.buildInProgress("Server '\(id)' is being built.") }
            throw APIFault.badRequest("Cannot perform '\(action)' action while there is a pending '\(pending)'.")
        }
        let state = operatingState(now: now)
        if state == "ERROR" { throw APIFault.badRequest("Cannot perform '\(action)' action while server is in 'ERROR' state.") }
        if (action == "START" && state != "STOPPED") || (action == "STOP" && state != "STARTED") {
            throw APIFault.badRequest("Cannot perform '\(action)' action while server is in '\(state)' state.")
        }
    }

    /// The key names the server was created with.
    var keyNameList: [String] {
        ((try? JSON.parse(keyNames))?.arrayValue ?? []).compactMap(\.stringValue)
    }
}

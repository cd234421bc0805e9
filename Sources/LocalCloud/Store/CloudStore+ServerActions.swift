import GRDB
import KamakiAPI

extension CloudStore {
    /// Performs `action` on the user's server: the console's answer, or `nil` for an action that was started.
    ///
    /// Start, stop and reboot are Synnefo's `ServerCommand`: checked against the server's state and pending
    /// task, charged or released, then pending for the settle time.
    func perform(_ action: ServerAction, on text: String, user: String, cloud: CloudContext, host: String) throws -> JSON? {
        let server = try liveServer(id: text, user: user)
        let shown = server.status(now: now)
        let (task, interim, target): (String, String, String)
        switch action {
        case .start:
            try server.validate(action: "START", now: now)
            try ServerCharge.start(db, server: server)
            (task, interim, target) = ("START", shown, "ACTIVE")
        case .stop:
            try server.validate(action: "STOP", now: now)
            try ServerCharge.stop(db, server: server)
            (task, interim, target) = ("STOP", shown, "STOPPED")
        case .reboot:
            try server.validate(action: "REBOOT", now: now)
            if server.status == "STOPPED" { try ServerCharge.start(db, server: server) }
            (task, interim, target) = ("REBOOT", shown == "ACTIVE" ? "REBOOT" : shown, "ACTIVE")
        case .console(let type):
            return try console(of: server, type: type, host: host)
        }
        try db.execute(
            sql: "UPDATE servers SET status = ?, task = ?, interim = ?, task_until = ?, updated = ? WHERE id = ?",
            arguments: [target, cloud.settle > 0 ? task : nil, interim, now + cloud.settle, now, server.id])
        return nil
    }

    /// The VNC console of the user's running server, as Synnefo answers it (a one-time password for a proxy
    /// the local cloud does not run): 400 unless the server is ACTIVE.
    private func console(of server: ServerRecord, type: String, host: String) throws -> JSON {
        guard server.operatingState(now: now) == "STARTED" else { throw APIFault.badRequest("Server not in ACTIVE state.") }
        return [
            "console": [
                "type": .string(type), "host": .string(host), "port": .int(5900 + server.id % 1000),
                "password": .string(AdminPassword.make()),
            ]
        ]
    }
}

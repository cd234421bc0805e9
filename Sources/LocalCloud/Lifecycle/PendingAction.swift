import GRDB
import KamakiAPI

/// The simulated pending task of a server: a port of it still in BUILD (`CONNECT`) or being deleted (`DISCONNECT`).
enum PendingAction {
    /// The server's pending action at `now`, if any.
    static func of(_ db: Database, server: Int64, now: Int64) throws -> String? {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT MAX(gone_at IS NOT NULL) AS disconnecting FROM ports
                WHERE device_id = ? AND (gone_at > ? OR (gone_at IS NULL AND ready_at > ?))
                """, arguments: [server, now, now])
        guard let row, let disconnecting = row["disconnecting"] as Int64? else { return nil }
        return disconnecting == 1 ? "DISCONNECT" : "CONNECT"
    }

    /// 400 when the server has a pending action and the cloud enforces them.
    static func check(_ db: Database, server: Int64, action: String, now: Int64, enforced: Bool) throws {
        guard enforced, let pending = try of(db, server: server, now: now) else { return }
        throw APIFault.badRequest("Cannot perform '\(action)' action while there is a pending '\(pending)'.")
    }
}

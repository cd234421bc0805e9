import GRDB
import KamakiAPI

/// A server with what its detailed JSON needs: its live ports, its metadata and the network facts.
struct ServerDetail {
    var server: ServerRecord
    var ports: [PortRecord]
    var metadata: [(String, String)]
    var facts: NetworkFacts
}

extension CloudStore {
    /// The user's servers, ordered by id (deleted ones too when `since` is given).
    func servers(of user: String, since: Int64?) throws -> [ServerRecord] {
        try ServerRecord.list(db, user: user, now: now, since: since)
    }

    /// The user's servers as `servers/detail` shows them, ordered by id.
    func serverDetails(of user: String, since: Int64?) throws -> [ServerDetail] {
        let servers = try ServerRecord.list(db, user: user, now: now, since: since)
        let ports = try PortRecord.ofServers(db, user: user, now: now)
        let byServer = Dictionary(grouping: ports, by: { $0.deviceID ?? 0 })
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT server_id, key, value FROM server_metadata
                WHERE server_id IN (SELECT id FROM servers WHERE user_id = ?) ORDER BY server_id, key
                """, arguments: [user])
        let metadata = Dictionary(grouping: rows, by: { $0["server_id"] as Int64 }).mapValues { rows in
            rows.map { ($0["key"] as String, $0["value"] as String) }
        }
        let facts = try NetworkFacts.load(db)
        return servers.map {
            ServerDetail(server: $0, ports: byServer[$0.id] ?? [], metadata: metadata[$0.id] ?? [], facts: facts)
        }
    }

    /// The user's server with this id, deleted or not; 404 when it is not the user's.
    func serverDetail(id text: String, user: String) throws -> ServerDetail {
        try detail(of: server(id: text, user: user))
    }

    func detail(of server: ServerRecord) throws -> ServerDetail {
        ServerDetail(
            server: server, ports: try PortRecord.of(db, server: server.id, now: now),
            metadata: try ServerRecord.metadata(db, server: server.id), facts: try NetworkFacts.load(db))
    }

    /// Renames the user's server to the `name` of `info`.
    func renameServer(id text: String, user: String, info: JSONObject) throws {
        let server = try server(id: text, user: user)
        let name = try Validation.serverName(info)
        if server.isDeleted(now: now) { throw APIFault.badRequest("Server has been deleted.") }
        try db.execute(sql: "UPDATE servers SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, server.id])
    }

    /// Deletes the user's server: `DESTROYING` for the settle time, then `DELETED`; its ports go with it
    /// (fixed IPs back to their pools, floating IPs detached but still reserved), its quotas are released.
    /// Allowed in any state; a server being deleted accepts the request again; a deleted one is a 400.
    func deleteServer(id text: String, user: String, cloud: CloudContext) throws {
        let server = try server(id: text, user: user)
        if server.isDeleted(now: now) { throw APIFault.badRequest("Server has been deleted.") }
        if server.deleted != nil { return }
        let until = now + cloud.settle
        try db.execute(
            sql: "UPDATE servers SET task = 'DESTROY', interim = ?, task_until = ?, deleted = ?, updated = ? WHERE id = ?",
            arguments: [server.status(now: now), until, until, now, server.id])
        if cloud.settle <= 0 {
            try db.execute(sql: "DELETE FROM ports WHERE device_id = ?", arguments: [server.id])
        } else {
            try db.execute(
                sql: """
                    UPDATE ports SET deleting_since = COALESCE(deleting_since, ?), gone_at = MIN(COALESCE(gone_at, ?), ?)
                    WHERE device_id = ?
                    """, arguments: [now, until, until, server.id])
        }
        try ServerCharge.destroy(db, server: server)
    }

    /// The user's server with this id, deleted or not: 404 when it is not the user's.
    func server(id text: String, user: String) throws -> ServerRecord {
        guard let id = Int64(text), let server = try ServerRecord.find(db, id: id, user: user) else {
            throw APIFault.itemNotFound("Server not found.")
        }
        return server
    }

    /// The user's server, 400 once its deletion has settled (Synnefo's `get_vm(non_deleted=True)`).
    func liveServer(id text: String, user: String) throws -> ServerRecord {
        let server = try server(id: text, user: user)
        if server.isDeleted(now: now) { throw APIFault.badRequest("Server has been deleted.") }
        return server
    }
}

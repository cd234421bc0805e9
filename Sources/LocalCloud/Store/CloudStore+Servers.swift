import GRDB
import KamakiAPI

/// A server with what its detailed JSON needs: its live ports and the network facts.
struct ServerDetail {
    var server: ServerRecord
    var ports: [PortRecord]
    var facts: NetworkFacts
}

extension CloudStore {
    /// The user's servers, ordered by id (deleted ones too when `since` is given).
    func servers(of user: String, since: Int64?) throws -> [ServerRecord] {
        try ServerRecord.list(db, user: user, since: since)
    }

    /// The user's servers as `servers/detail` shows them, ordered by id.
    func serverDetails(of user: String, since: Int64?) throws -> [ServerDetail] {
        let servers = try ServerRecord.list(db, user: user, since: since)
        let ports = try PortRecord.ofServers(db, user: user, now: now)
        let byServer = Dictionary(grouping: ports, by: { $0.deviceID ?? 0 })
        let facts = try NetworkFacts.load(db)
        return servers.map { ServerDetail(server: $0, ports: byServer[$0.id] ?? [], facts: facts) }
    }

    /// The user's server with this id, deleted or not; 404 when it is not the user's.
    func serverDetail(id text: String, user: String) throws -> ServerDetail {
        let server = try server(id: text, user: user)
        let ports = try PortRecord.of(db, server: server.id, now: now)
        return ServerDetail(server: server, ports: ports, facts: try NetworkFacts.load(db))
    }

    /// Renames the user's server to the `name` of `info`.
    func renameServer(id text: String, user: String, info: JSONObject) throws {
        let server = try server(id: text, user: user)
        let name = try Validation.serverName(info)
        if server.deleted != nil { throw APIFault.badRequest("Server has been deleted.") }
        try db.execute(sql: "UPDATE servers SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, server.id])
    }

    private func server(id text: String, user: String) throws -> ServerRecord {
        guard let id = Int64(text), let server = try ServerRecord.find(db, id: id, user: user) else {
            throw APIFault.itemNotFound("Server not found.")
        }
        return server
    }
}

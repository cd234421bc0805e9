import GRDB
import KamakiAPI

extension CloudStore {
    /// The network with this id if `user` may see it (own or public), deleted or not, with its subnet ids:
    /// 400 when the id is not a number, 404 otherwise.
    func network(id text: String, visibleTo user: String) throws -> NetworkRecord {
        try item(text, invalid: "Invalid network ID '\(text)'", missing: "Network \(text) not found.") {
            try NetworkRecord.visible(db, id: $0, user: user)
        }
    }

    /// The networks `user` may see, ordered by id (deleted ones too when `since` is given).
    func networks(visibleTo user: String, since: Int64?) throws -> [NetworkRecord] {
        try NetworkRecord.visibleList(db, user: user, since: since)
    }

    /// A new private network of the user, charged to their quota.
    func createNetwork(name: String?, type: String, user: String) throws -> NetworkRecord {
        try Quotas.commission(db, user: user, resource: "cyclades.network.private")
        try db.execute(
            sql: """
                INSERT INTO networks (user_id, name, type, public, floating_ip_pool, created, updated)
                VALUES (?, ?, ?, 0, 0, ?, ?)
                """, arguments: [user, name ?? "", type, now, now])
        return try network(id: String(db.lastInsertedRowID), visibleTo: user)
    }

    /// Renames the user's network to the `name` of `info`; the network as it is then.
    func renameNetwork(id text: String, user: String, info: JSONObject) throws -> NetworkRecord {
        let network = try network(id: text, visibleTo: user)
        guard info["name"] != nil else { throw APIFault.missingAttribute("name") }
        if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
        if network.isPublic { throw APIFault.forbidden("Cannot rename the public network.") }
        let name = try Validation.name(info, limit: 128, tooLong: "Network name is too long") ?? ""
        try db.execute(sql: "UPDATE networks SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, network.id])
        return try self.network(id: text, visibleTo: user)
    }

    /// Deletes the user's network and its subnets when no port or floating IP uses it, and gives back the quota.
    func deleteNetwork(id text: String, user: String) throws {
        let network = try network(id: text, visibleTo: user)
        if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
        if network.isPublic { throw APIFault.forbidden("Cannot delete the public network.") }
        let ports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ports WHERE network_id = ?", arguments: [network.id]) ?? 0
        if ports > 0 {
            throw APIFault.conflict("Cannot delete network. There are ports still configured on network network \(network.id)")
        }
        let ips =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM floating_ips WHERE network_id = ? AND deleted IS NULL", arguments: [network.id]) ?? 0
        if ips > 0 { throw APIFault.conflict("Cannot delete netowrk. Network has allocated floating IPs.") }
        try db.execute(sql: "UPDATE networks SET deleted = ?, updated = ? WHERE id = ?", arguments: [now, now, network.id])
        try db.execute(sql: "UPDATE subnets SET deleted = ?, updated = ? WHERE network_id = ?", arguments: [now, now, network.id])
        if let owner = network.userID { try Quotas.release(db, user: owner, resource: "cyclades.network.private") }
    }

    /// Checks a reassign of the network to `project`: only its owner may, and only to their own (system)
    /// project, since sharing is disabled; nothing changes.
    func checkNetworkReassign(id text: String, user: String, project: String) throws {
        let network = try network(id: text, visibleTo: user)
        if network.isPublic { throw APIFault.forbidden("Cannot reassign public network") }
        if network.userID != user { throw APIFault.forbidden("Action 'reassign' is allowed only to the owner of the network.") }
        if project != user { throw APIFault.badRequest("User \(user) not in project \(project)") }
    }
}

import GRDB

/// A network: public (admin-created, `user_id` NULL) or a user's private one.
struct NetworkRecord: Sendable, FetchableRecord {
    var id: Int64
    var userID: String?
    var name: String
    var type: String
    var isPublic: Bool
    var isFloatingIPPool: Bool
    var instantiated: Bool
    var created: Int64
    var updated: Int64
    var deleted: Int64?
    var subnetIDs: [Int64] = []

    init(row: Row) {
        id = row["id"]
        userID = row["user_id"]
        name = row["name"]
        type = row["type"]
        isPublic = row["public"]
        isFloatingIPPool = row["floating_ip_pool"]
        instantiated = row["instantiated"]
        created = row["created"]
        updated = row["updated"]
        deleted = row["deleted"]
    }

    static let columns = "id, user_id, name, type, public, floating_ip_pool, instantiated, created, updated, deleted"

    /// The network with this id, whoever owns it, deleted or not (without its subnet ids).
    static func find(_ db: Database, id: Int64) throws -> NetworkRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM networks WHERE id = ?", arguments: [id])
    }

    /// The network if `user` may see it (own or public), deleted or not, with its subnet ids.
    static func visible(_ db: Database, id: Int64, user: String) throws -> NetworkRecord? {
        guard
            var network = try fetchOne(
                db, sql: "SELECT \(columns) FROM networks WHERE id = ? AND (user_id = ? OR public = 1)", arguments: [id, user])
        else { return nil }
        network.subnetIDs = try Int64.fetchAll(db, sql: "SELECT id FROM subnets WHERE network_id = ? ORDER BY id", arguments: [id])
        return network
    }

    /// The networks `user` may see, ordered by id, with their subnet ids.
    static func visibleList(_ db: Database, user: String, since: Int64?) throws -> [NetworkRecord] {
        let filter = since == nil ? "deleted IS NULL" : "updated >= ?"
        var arguments: StatementArguments = [user]
        if let since { _ = arguments.append(contentsOf: [since]) }
        var networks = try fetchAll(
            db, sql: "SELECT \(columns) FROM networks WHERE (user_id = ? OR public = 1) AND \(filter) ORDER BY id",
            arguments: arguments)
        let subnets = try Row.fetchAll(
            db,
            sql: """
                SELECT s.network_id, s.id FROM subnets s JOIN networks n ON n.id = s.network_id
                WHERE (n.user_id = ? OR n.public = 1) ORDER BY s.id
                """, arguments: [user])
        var byNetwork: [Int64: [Int64]] = [:]
        for row in subnets { byNetwork[row["network_id"], default: []].append(row["id"]) }
        for index in networks.indices { networks[index].subnetIDs = byNetwork[networks[index].id] ?? [] }
        return networks
    }
}

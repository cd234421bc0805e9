import GRDB

/// A port: a network interface of a server (or a detached one). Its status is computed from timestamps.
struct PortRecord: Sendable, FetchableRecord {
    var id: Int64
    var userID: String
    var networkID: Int64
    var deviceID: Int64?
    var name: String
    var subnetID: Int64?
    var ipv4: UInt32?
    var floatingIPID: Int64?
    var created: Int64
    var updated: Int64
    var readyAt: Int64
    var deletingSince: Int64?
    var goneAt: Int64?

    init(row: Row) {
        id = row["id"]
        userID = row["user_id"]
        networkID = row["network_id"]
        deviceID = row["device_id"]
        name = row["name"]
        subnetID = row["subnet_id"]
        ipv4 = (row["ipv4"] as Int64?).map { UInt32(truncatingIfNeeded: $0) }
        floatingIPID = row["floating_ip_id"]
        created = row["created"]
        updated = row["updated"]
        readyAt = row["ready_at"]
        deletingSince = row["deleting_since"]
        goneAt = row["gone_at"]
    }

    static let columns = "id, user_id, network_id, device_id, name, subnet_id, ipv4, floating_ip_id, created, updated, ready_at, deleting_since, gone_at"
    /// SQL condition for ports that still exist at `?` (not deleted, or deleted but still settling).
    static let live = "(gone_at IS NULL OR gone_at > ?)"

    /// The user's port if it exists at `now`.
    static func find(_ db: Database, id: Int64, user: String, now: Int64) throws -> PortRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM ports WHERE id = ? AND user_id = ? AND \(live)", arguments: [id, user, now])
    }

    /// The user's ports at `now`, ordered by id.
    static func list(_ db: Database, user: String, now: Int64) throws -> [PortRecord] {
        try fetchAll(db, sql: "SELECT \(columns) FROM ports WHERE user_id = ? AND \(live) ORDER BY id", arguments: [user, now])
    }

    /// The ports of a server at `now`, ordered by id.
    static func of(_ db: Database, server: Int64, now: Int64) throws -> [PortRecord] {
        try fetchAll(db, sql: "SELECT \(columns) FROM ports WHERE device_id = ? AND \(live) ORDER BY id", arguments: [server, now])
    }
}

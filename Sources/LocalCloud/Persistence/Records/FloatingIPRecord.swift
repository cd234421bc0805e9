import GRDB

/// A floating IP reserved by a user from a public pool network, with the port that carries it (if any).
struct FloatingIPRecord: Sendable, FetchableRecord {
    var id: Int64
    var userID: String
    var networkID: Int64
    var subnetID: Int64
    var address: UInt32
    var created: Int64
    var updated: Int64
    var deleted: Int64?
    var portID: Int64?
    var instanceID: Int64?

    init(row: Row) {
        id = row["id"]
        userID = row["user_id"]
        networkID = row["network_id"]
        subnetID = row["subnet_id"]
        address = UInt32(truncatingIfNeeded: row["address"] as Int64)
        created = row["created"]
        updated = row["updated"]
        deleted = row["deleted"]
        portID = row["port_id"]
        instanceID = row["instance_id"]
    }

    /// Columns, with the live port that carries the IP joined in (arguments: now).
    static let select = """
        SELECT f.id, f.user_id, f.network_id, f.subnet_id, f.address, f.created, f.updated, f.deleted,
            p.id AS port_id, p.device_id AS instance_id
        FROM floating_ips f LEFT JOIN ports p ON p.floating_ip_id = f.id AND (p.gone_at IS NULL OR p.gone_at > ?)
        """

    /// The user's live floating IP with this id.
    static func find(_ db: Database, id: Int64, user: String, now: Int64) throws -> FloatingIPRecord? {
        try fetchOne(db, sql: "\(select) WHERE f.id = ? AND f.user_id = ? AND f.deleted IS NULL", arguments: [now, id, user])
    }

    /// The user's live floating IP with this address on this network.
    static func find(_ db: Database, address: UInt32, network: Int64, user: String, now: Int64) throws -> FloatingIPRecord? {
        try fetchOne(
            db, sql: "\(select) WHERE f.address = ? AND f.network_id = ? AND f.user_id = ? AND f.deleted IS NULL",
            arguments: [now, Int64(address), network, user])
    }

    /// The user's floating IPs, ordered by id (deleted ones too when `since` is given).
    static func list(_ db: Database, user: String, now: Int64, since: Int64?) throws -> [FloatingIPRecord] {
        if let since {
            return try fetchAll(db, sql: "\(select) WHERE f.user_id = ? AND f.updated >= ? ORDER BY f.id", arguments: [now, user, since])
        }
        return try fetchAll(db, sql: "\(select) WHERE f.user_id = ? AND f.deleted IS NULL ORDER BY f.id", arguments: [now, user])
    }
}

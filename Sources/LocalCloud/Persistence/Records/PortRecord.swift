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

    /// Reads the columns of ``columns`` by position (lists of thousands of ports are read this way).
    init(row: Row) {
        id = row[0]
        userID = row[1]
        networkID = row[2]
        deviceID = row[3]
        name = row[4]
        subnetID = row[5]
        ipv4 = (row[6] as Int64?).map { UInt32(truncatingIfNeeded: $0) }
        floatingIPID = row[7]
        created = row[8]
        updated = row[9]
        readyAt = row[10]
        deletingSince = row[11]
        goneAt = row[12]
    }

    static let columns = "id, user_id, network_id, device_id, name, subnet_id, ipv4, floating_ip_id, created, updated, ready_at, deleting_since, gone_at"
    /// SQL condition for ports that still exist at `?` (not deleted, or deleted but still settling).
    static let live = "(gone_at IS NULL OR gone_at > ?)"

    /// The user's port if it exists at `now`.
    static func find(_ db: Database, id: Int64, user: String, now: Int64) throws -> PortRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM ports WHERE id = ? AND user_id = ? AND \(live)", arguments: [id, user, now])
    }

    /// The user's ports at `now`, ordered by id, one at a time.
    static func list(_ db: Database, user: String, now: Int64) throws -> RecordCursor<PortRecord> {
        try fetchCursor(db, sql: "SELECT \(columns) FROM ports WHERE user_id = ? AND \(live) ORDER BY id", arguments: [user, now])
    }

    /// The ports of a server at `now`, ordered by id.
    static func of(_ db: Database, server: Int64, now: Int64) throws -> [PortRecord] {
        try fetchAll(db, sql: "SELECT \(columns) FROM ports WHERE device_id = ? AND \(live) ORDER BY id", arguments: [server, now])
    }
}

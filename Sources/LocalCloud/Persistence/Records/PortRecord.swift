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

    /// Reads a row by column name (a single row: the positions are looked up for it).
    init(row: Row) {
        self.init(row: row, columns: Columns(Array(row.columnNames)))
    }

    /// Reads a row with column positions resolved once per statement (lists of thousands of ports are read this way).
    init(row: Row, columns: Columns) {
        id = row[columns.id]
        userID = row[columns.userID]
        networkID = row[columns.networkID]
        deviceID = row[columns.deviceID]
        name = row[columns.name]
        subnetID = row[columns.subnetID]
        ipv4 = (row[columns.ipv4] as Int64?).map { UInt32(truncatingIfNeeded: $0) }
        floatingIPID = row[columns.floatingIPID]
        created = row[columns.created]
        updated = row[columns.updated]
        readyAt = row[columns.readyAt]
        deletingSince = row[columns.deletingSince]
        goneAt = row[columns.goneAt]
    }

    /// The position of each column in a statement's result, found by name.
    struct Columns {
        let id, userID, networkID, deviceID, name, subnetID, ipv4, floatingIPID: Int
        let created, updated, readyAt, deletingSince, goneAt: Int

        init(_ names: [String]) {
            func position(_ column: String) -> Int {
                guard let index = names.firstIndex(of: column) else { fatalError("port query without column \(column)") }
                return index
            }
            id = position("id")
            userID = position("user_id")
            networkID = position("network_id")
            deviceID = position("device_id")
            name = position("name")
            subnetID = position("subnet_id")
            ipv4 = position("ipv4")
            floatingIPID = position("floating_ip_id")
            created = position("created")
            updated = position("updated")
            readyAt = position("ready_at")
            deletingSince = position("deleting_since")
            goneAt = position("gone_at")
        }
    }

    /// The ports `sql` selects (all of ``columns``), one at a time, decoded by column name.
    static func cursor(_ db: Database, sql: String, arguments: StatementArguments) throws -> MapCursor<RowCursor, PortRecord> {
        let statement = try db.cachedStatement(sql: sql)
        let columns = Columns(statement.columnNames)
        return try Row.fetchCursor(statement, arguments: arguments).map { PortRecord(row: $0, columns: columns) }
    }

    static let columns =
        "id, user_id, network_id, device_id, name, subnet_id, ipv4, floating_ip_id, created, updated, ready_at, deleting_since, gone_at"
    /// SQL condition for ports that still exist at `?` (not deleted, or deleted but still settling).
    static let live = "(gone_at IS NULL OR gone_at > ?)"

    /// The user's port if it exists at `now`.
    static func find(_ db: Database, id: Int64, user: String, now: Int64) throws -> PortRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM ports WHERE id = ? AND user_id = ? AND \(live)", arguments: [id, user, now])
    }

    /// The user's ports at `now`, ordered by id, one at a time; with `after`, only those with a greater id, and
    /// with `limit`, at most that many (a page of the list, read from the id index without the rest).
    static func list(
        _ db: Database, user: String, now: Int64, after: Int64? = nil, limit: Int? = nil
    ) throws -> MapCursor<RowCursor, PortRecord> {
        guard after != nil || limit != nil else {
            return try cursor(db, sql: "SELECT \(columns) FROM ports WHERE user_id = ? AND \(live) ORDER BY id", arguments: [user, now])
        }
        return try cursor(
            db, sql: "SELECT \(columns) FROM ports WHERE user_id = ? AND \(live) AND id > ? ORDER BY id LIMIT ?",
            arguments: [user, now, after ?? Int64.min, limit ?? -1])
    }

    /// The ports of a server at `now`, ordered by id.
    static func of(_ db: Database, server: Int64, now: Int64) throws -> [PortRecord] {
        try Array(cursor(db, sql: "SELECT \(columns) FROM ports WHERE device_id = ? AND \(live) ORDER BY id", arguments: [server, now]))
    }

    /// The ports of the user's servers at `now`, ordered by id.
    static func ofServers(_ db: Database, user: String, now: Int64) throws -> [PortRecord] {
        try Array(
            cursor(
                db,
                sql: """
                    SELECT \(columns) FROM ports
                    WHERE device_id IN (SELECT id FROM servers WHERE user_id = ?) AND \(live) ORDER BY id
                    """,
                arguments: [user, now]))
    }
}

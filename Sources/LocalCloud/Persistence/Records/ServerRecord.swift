import GRDB

/// A virtual server. Its status is derived from timestamps at read time (see `ServerRecord+Lifecycle`):
/// `status` is where it is, or where its pending `task` leaves it once `taskUntil` has passed;
/// `interim` is the status shown until then.
struct ServerRecord: Sendable, FetchableRecord {
    var id: Int64
    var userID: String
    var name: String
    /// `ACTIVE` or `STOPPED`: the status once the pending task (if any) has settled.
    var status: String
    var flavorID: Int64
    var imageID: String
    var created: Int64
    var updated: Int64
    /// When the server is (or will be, once its deletion settles) deleted.
    var deleted: Int64?
    /// The pending task (`BUILD`, `START`, `STOP`, `REBOOT`, `DESTROY`), until `taskUntil`.
    var task: String?
    var interim: String?
    var taskUntil: Int64?
    /// The key names, as a JSON array.
    var keyNames: String
    /// What the server was charged: processors, and RAM and disk in bytes.
    var vcpus: Int64
    var ram: Int64
    var disk: Int64

    init(row: Row) {
        id = row["id"]
        userID = row["user_id"]
        name = row["name"]
        status = row["status"]
        flavorID = row["flavor_id"]
        imageID = row["image_id"]
        created = row["created"]
        updated = row["updated"]
        deleted = row["deleted"]
        task = row["task"]
        interim = row["interim"]
        taskUntil = row["task_until"]
        keyNames = row["key_names"]
        vcpus = row["vcpus"]
        ram = row["ram"]
        disk = row["disk"]
    }

    static let columns =
        "id, user_id, name, status, flavor_id, image_id, created, updated, deleted, task, interim, task_until, key_names, vcpus, ram, disk"

    /// The user's server with this id, deleted or not.
    static func find(_ db: Database, id: Int64, user: String) throws -> ServerRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM servers WHERE id = ? AND user_id = ?", arguments: [id, user])
    }

    /// The user's servers at `now`, ordered by id; with `since`, deleted ones too, those changed (or whose
    /// task settled) at or after it.
    static func list(_ db: Database, user: String, now: Int64, since: Int64?) throws -> [ServerRecord] {
        if let since {
            return try fetchAll(
                db,
                sql: """
                    SELECT \(columns) FROM servers WHERE user_id = ?
                    AND (updated >= ? OR (task_until >= ? AND task_until <= ?)) ORDER BY id
                    """, arguments: [user, since, since, now])
        }
        return try fetchAll(
            db, sql: "SELECT \(columns) FROM servers WHERE user_id = ? AND (deleted IS NULL OR deleted > ?) ORDER BY id",
            arguments: [user, now])
    }

    /// The server's metadata, ordered by key.
    static func metadata(_ db: Database, server: Int64) throws -> [(String, String)] {
        try Row.fetchAll(db, sql: "SELECT key, value FROM server_metadata WHERE server_id = ? ORDER BY key", arguments: [server])
            .map { ($0["key"], $0["value"]) }
    }
}

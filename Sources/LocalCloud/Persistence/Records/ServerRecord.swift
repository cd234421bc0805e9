import GRDB

/// A virtual server (seeded; the local cloud does not build new ones).
struct ServerRecord: Sendable, FetchableRecord {
    var id: Int64
    var userID: String
    var name: String
    var status: String
    var flavorID: Int64
    var imageID: String
    var created: Int64
    var updated: Int64
    var deleted: Int64?

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
    }

    static let columns = "id, user_id, name, status, flavor_id, image_id, created, updated, deleted"

    /// The user's server with this id, deleted or not.
    static func find(_ db: Database, id: Int64, user: String) throws -> ServerRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM servers WHERE id = ? AND user_id = ?", arguments: [id, user])
    }

    /// The user's servers, ordered by id (deleted ones too, changed at or after `since`, when it is given).
    static func list(_ db: Database, user: String, since: Int64?) throws -> [ServerRecord] {
        if let since {
            return try fetchAll(
                db, sql: "SELECT \(columns) FROM servers WHERE user_id = ? AND updated >= ? ORDER BY id", arguments: [user, since])
        }
        return try fetchAll(db, sql: "SELECT \(columns) FROM servers WHERE user_id = ? AND deleted IS NULL ORDER BY id", arguments: [user])
    }
}

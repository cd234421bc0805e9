import GRDB
import KamakiAPI

/// An image registered with the image service (Plankton), with its free-form properties (`os`, `users`, ...).
struct ImageRecord: Sendable, FetchableRecord {
    var id: String
    var name: String
    var owner: String
    var status: String
    var isPublic: Bool
    var size: Int64
    var diskFormat: String
    var containerFormat: String
    var checksum: String
    var location: String
    /// The properties in the order they were registered.
    var properties: JSONObject
    var created: Int64
    var updated: Int64
    var deleted: Int64?

    init(row: Row) {
        id = row["id"]
        name = row["name"]
        owner = row["owner"]
        status = row["status"]
        isPublic = row["is_public"]
        size = row["size"]
        diskFormat = row["disk_format"]
        containerFormat = row["container_format"]
        checksum = row["checksum"]
        location = row["location"]
        properties = (try? JSON.parse(row["properties"] as String))?.objectValue ?? JSONObject()
        created = row["created"]
        updated = row["updated"]
        deleted = row["deleted"]
    }

    static let columns = """
        id, name, owner, status, is_public, size, disk_format, container_format, checksum, location, properties,
        created, updated, deleted
        """

    /// The image with this id if `user` may see it (public or their own), and not deleted.
    static func visible(_ db: Database, id: String, user: String) throws -> ImageRecord? {
        try fetchOne(
            db, sql: "SELECT \(columns) FROM images WHERE id = ? AND deleted IS NULL AND (is_public = 1 OR owner = ?)",
            arguments: [id, user])
    }

    /// The images `user` may see, ordered by id.
    static func visibleList(_ db: Database, user: String) throws -> [ImageRecord] {
        try fetchAll(
            db, sql: "SELECT \(columns) FROM images WHERE deleted IS NULL AND (is_public = 1 OR owner = ?) ORDER BY id",
            arguments: [user])
    }
}

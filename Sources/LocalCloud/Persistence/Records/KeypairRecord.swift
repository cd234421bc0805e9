import GRDB

/// A user's named SSH public key (`os-keypairs`). Private keys are never stored.
struct KeypairRecord: Sendable, FetchableRecord {
    var id: Int64
    var userID: String
    var name: String
    var publicKey: String
    var fingerprint: String
    var created: Int64
    var updated: Int64

    init(row: Row) {
        id = row["id"]
        userID = row["user_id"]
        name = row["name"]
        publicKey = row["public_key"]
        fingerprint = row["fingerprint"]
        created = row["created"]
        updated = row["updated"]
    }

    static let columns = "id, user_id, name, public_key, fingerprint, created, updated"

    static func find(_ db: Database, name: String, user: String) throws -> KeypairRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM keypairs WHERE name = ? AND user_id = ?", arguments: [name, user])
    }

    /// The user's keypairs, ordered by name.
    static func list(_ db: Database, user: String) throws -> [KeypairRecord] {
        try fetchAll(db, sql: "SELECT \(columns) FROM keypairs WHERE user_id = ? ORDER BY name", arguments: [user])
    }
}

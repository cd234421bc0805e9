import GRDB

/// A user of the local cloud: an Astakos account with one token.
struct UserRecord: Sendable, FetchableRecord {
    var id: String
    var name: String
    var email: String
    var token: String

    init(row: Row) {
        id = row["id"]
        name = row["name"]
        email = row["email"]
        token = row["token"]
    }

    static func fetch(_ db: Database, token: String) throws -> UserRecord? {
        try UserRecord.fetchOne(db, sql: "SELECT id, name, email, token FROM users WHERE token = ?", arguments: [token])
    }

    static func all(_ db: Database) throws -> [UserRecord] {
        try UserRecord.fetchAll(db, sql: "SELECT id, name, email, token FROM users ORDER BY position")
    }
}

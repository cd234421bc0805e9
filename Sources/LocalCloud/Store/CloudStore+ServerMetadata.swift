import GRDB
import KamakiAPI

/// Server metadata as Synnefo keeps it: at most 10 items, keys of up to 50 characters, values of up to 500.
extension CloudStore {
    static let maxServerMetadata = 10

    /// The metadata of the user's server (deleted or not).
    func serverMetadata(id text: String, user: String) throws -> [(String, String)] {
        try ServerRecord.metadata(db, server: server(id: text, user: user).id)
    }

    /// Adds or replaces the items of `body`'s `metadata` object; the server's metadata afterwards.
    func updateServerMetadata(id text: String, user: String, body: JSON) throws -> [(String, String)] {
        let server = try liveServer(id: text, user: user)
        guard let value = body["metadata"], !value.isNull else { throw APIFault.missingAttribute("metadata") }
        guard let items = value.objectValue else { throw APIFault.invalidField("metadata") }
        let existing = try ServerRecord.metadata(db, server: server.id)
        let added = items.keys.filter { key in !existing.contains { $0.0 == key } }.count
        if existing.count + added > Self.maxServerMetadata {
            throw APIFault.badRequest("Virtual Machines cannot have more than \(Self.maxServerMetadata) metadata items")
        }
        for (key, item) in items {
            try setMetadata(server: server.id, key: key, value: try Self.metadataValue(key: key, item))
        }
        return try ServerRecord.metadata(db, server: server.id)
    }

    /// One item of the user's server's metadata; 404 `Metadata key not found.`
    func serverMetadataItem(id text: String, user: String, key: String) throws -> (String, String) {
        let server = try server(id: text, user: user)
        guard let item = try ServerRecord.metadata(db, server: server.id).first(where: { $0.0 == key }) else {
            throw APIFault.itemNotFound("Metadata key not found.")
        }
        return item
    }

    /// Sets `key` from `{"meta": {key: value}}`; the item as stored.
    func setServerMetadataItem(id text: String, user: String, key: String, body: JSON) throws -> (String, String) {
        let server = try liveServer(id: text, user: user)
        guard let meta = body["meta"]?.objectValue, meta.count == 1, let item = meta[key] else {
            throw APIFault.badRequest("Malformed request")
        }
        let value = try Self.metadataValue(key: key, item)
        let others =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM server_metadata WHERE server_id = ? AND key <> ?", arguments: [server.id, key]) ?? 0
        if others >= Self.maxServerMetadata {
            throw APIFault.badRequest("Virtual Machines cannot have more than \(Self.maxServerMetadata) metadata items")
        }
        try setMetadata(server: server.id, key: key, value: value)
        return (key, value)
    }

    /// Deletes `key` from the user's server's metadata; 404 when it has no such key.
    func deleteServerMetadataItem(id text: String, user: String, key: String) throws {
        let server = try liveServer(id: text, user: user)
        try db.execute(sql: "DELETE FROM server_metadata WHERE server_id = ? AND key = ?", arguments: [server.id, key])
        if db.changesCount == 0 { throw APIFault.itemNotFound("Metadata key not found.") }
        try db.execute(sql: "UPDATE servers SET updated = ? WHERE id = ?", arguments: [now, server.id])
    }

    private func setMetadata(server: Int64, key: String, value: String) throws {
        try db.execute(
            sql: "INSERT INTO server_metadata (server_id, key, value) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value",
            arguments: [server, key, value])
        try db.execute(sql: "UPDATE servers SET updated = ? WHERE id = ?", arguments: [now, server])
    }

    /// A metadata value (a string, or an integer kept as its text) checked as Synnefo checks it.
    static func metadataValue(key: String, _ item: JSON) throws -> String {
        if key.count > 50 { throw APIFault.badRequest("Malformed Request. Metadata key is too long") }
        let value: String
        switch item {
        case .string(let text): value = text
        case .int(let number): value = String(number)
        default: throw APIFault.badRequest("Malformed Request. Invalid metadata.")
        }
        if key.utf8.contains(0) || value.utf8.contains(0) { throw APIFault.badRequest("Malformed Request. Invalid metadata.") }
        if value.count > 500 { throw APIFault.badRequest("Malformed Request. Metadata value is too long") }
        return value
    }
}

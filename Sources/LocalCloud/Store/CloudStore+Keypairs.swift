import GRDB
import KamakiAPI

extension CloudStore {
    /// The user's keypair with this name: 404 `itemNotFound` "Keypair <name> not found." as Synnefo's `get_keypair`.
    func keypair(name: String, user: String) throws -> KeypairRecord {
        guard let keypair = try KeypairRecord.find(db, name: name, user: user) else {
            throw APIFault.itemNotFound("Keypair \(name) not found.")
        }
        return keypair
    }

    /// The user's keypairs, ordered by name.
    func keypairs(of user: String) throws -> [KeypairRecord] {
        try KeypairRecord.list(db, user: user)
    }
}

extension CloudStore {
    /// Adds a keypair for the user: 409 when they have one of that name, 400 when `publicKey` is not an
    /// `ssh-rsa` or `ssh-dss` key (checked after the name, as Synnefo does).
    func createKeypair(name: String, publicKey text: String, user: String) throws -> KeypairRecord {
        if try KeypairRecord.find(db, name: name, user: user) != nil {
            throw APIFault.conflict("A keypair with that name already exists")
        }
        guard let key = SSHPublicKey(text) else { throw APIFault.badRequest("Invalid SSH key") }
        try db.execute(
            sql: "INSERT INTO keypairs (user_id, name, public_key, fingerprint, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [user, name, text, key.fingerprint, now, now])
        return try keypair(name: name, user: user)
    }

    /// Deletes the user's keypair; 404 when they have none of that name.
    func deleteKeypair(name: String, user: String) throws {
        let keypair = try keypair(name: name, user: user)
        try db.execute(sql: "DELETE FROM keypairs WHERE id = ?", arguments: [keypair.id])
    }
}

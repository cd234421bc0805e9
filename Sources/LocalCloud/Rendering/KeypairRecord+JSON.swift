import KamakiAPI

extension KeypairRecord {
    /// The keypair as `os-keypairs` lists and creates it, or with `detail` (its id and times) as `GET` shows it.
    func json(detail: Bool = false, privateKey: String? = nil) -> JSON {
        var fields: [(String, JSON)] = [("name", .string(name)), ("fingerprint", .string(fingerprint)), ("public_key", .string(publicKey))]
        if detail {
            fields += [
                ("deleted", false), ("id", .int(id)), ("created_at", .string(Timestamp.iso(created))), ("deleted_at", .null),
                ("updated_at", .string(Timestamp.iso(updated))),
            ]
        }
        if let privateKey { fields.append(("private_key", .string(privateKey))) }
        return ["keypair": .object(JSONObject(fields))]
    }
}

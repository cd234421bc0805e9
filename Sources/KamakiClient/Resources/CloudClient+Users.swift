import KamakiAPI

extension CloudClient {
    /// `POST /account/v1.0/user_catalogs`: user names (e-mail addresses) of uuids, and uuids of names.
    /// Unknown ones are left out.
    public func userCatalog(uuids: [String] = [], names: [String] = []) async throws -> (names: [String: String], uuids: [String: String]) {
        let body = JSON.object(JSONObject([("uuids", .array(uuids.map(JSON.string))), ("displaynames", .array(names.map(JSON.string)))]))
        return try await request("POST", .account, "/user_catalogs", body: body, expect: 200) { reply in
            func catalog(_ key: String) throws -> [String: String] {
                guard let object = reply?[key]?.objectValue else { throw WireError.missingKey(key) }
                var result: [String: String] = [:]
                for (key, value) in object { if let text = value.stringValue { result[key] = text } }
                return result
            }
            return (try catalog("uuid_catalog"), try catalog("displayname_catalog"))
        }
    }
}

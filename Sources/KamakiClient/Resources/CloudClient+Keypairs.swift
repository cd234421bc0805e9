public import KamakiAPI

extension CloudClient {
    /// `GET /os-keypairs`: the user's keypairs (name, fingerprint, public key), each listed as `{"keypair": {...}}`.
    public func listKeypairs() async throws -> [Keypair] {
        try await request("GET", .compute, "/os-keypairs", expect: 200) { body in
            guard let items = body?["keypairs"]?.arrayValue else { throw WireError.missingKey("keypairs") }
            return try items.map { item in
                guard let object = (item["keypair"] ?? item).objectValue else { throw WireError.wrongType("keypairs") }
                return Keypair(raw: object)
            }
        }
    }

    /// `GET /os-keypairs/{name}`, with its id and times.
    public func keypair(_ name: String) async throws -> Keypair {
        try await one(Keypair.self, "keypair", "GET", .compute, "/os-keypairs/" + Self.segment(name))
    }

    /// `POST /os-keypairs` (201): uploads `publicKey`, or without one has the cloud generate a keypair,
    /// whose private key is in this answer only.
    public func createKeypair(name: String, publicKey: String? = nil) async throws -> Keypair {
        var keypair = JSONObject([("name", .string(name))])
        if let publicKey { keypair["public_key"] = .string(publicKey) }
        let body = JSON.object(JSONObject([("keypair", .object(keypair))]))
        return try await one(Keypair.self, "keypair", "POST", .compute, "/os-keypairs", body: body, expect: 201)
    }

    /// `DELETE /os-keypairs/{name}` (204).
    public func deleteKeypair(_ name: String) async throws {
        try await call("DELETE", .compute, "/os-keypairs/" + Self.segment(name), expect: 204)
    }
}

import KamakiAPI

/// `/servers/{id}/metadata` and `/servers/{id}/metadata/{key}`: what kamaki 0.16's `server metadata` and
/// `server modify --metadata` use.
enum ServerMetadataRoutes {
    static func register(_ table: inout RouteTable) {
        table.add(
            "/compute/v2.0/servers/{}/metadata", trailingSlash: false, numeric: true, allow: "GET,POST", ["GET": list, "POST": update])
        // Not `numeric`: the key may be any text; the server id is checked by the handlers.
        table.add(
            "/compute/v2.0/servers/{}/metadata/{}", trailingSlash: false, allow: "GET,PUT,DELETE",
            ["GET": item, "PUT": setItem, "DELETE": deleteItem])
    }

    /// `GET` → 200 `{"metadata": {...}}`.
    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["metadata": json(try store.serverMetadata(id: request.id, user: user.id))])
        }
    }

    /// `POST {"metadata": {...}}` → 201 with all the metadata.
    @Sendable static func update(_ request: CloudRequest) async throws -> CloudResponse {
        let body = try request.jsonBody()
        return try await request.write { store, user in
            .created(["metadata": json(try store.updateServerMetadata(id: request.id, user: user.id, body: body))])
        }
    }

    /// `GET .../metadata/{key}` → 200 `{"meta": {key: value}}`.
    @Sendable static func item(_ request: CloudRequest) async throws -> CloudResponse {
        let (id, key) = try captures(request)
        return try await request.read { store, user in
            .ok(["meta": json([try store.serverMetadataItem(id: id, user: user.id, key: key)])])
        }
    }

    /// `PUT .../metadata/{key}` `{"meta": {key: value}}` → 201 `{"meta": {key: value}}`.
    @Sendable static func setItem(_ request: CloudRequest) async throws -> CloudResponse {
        let (id, key) = try captures(request)
        let body = try request.jsonBody()
        return try await request.write { store, user in
            .created(["meta": json([try store.setServerMetadataItem(id: id, user: user.id, key: key, body: body)])])
        }
    }

    /// `DELETE .../metadata/{key}` → 204.
    @Sendable static func deleteItem(_ request: CloudRequest) async throws -> CloudResponse {
        let (id, key) = try captures(request)
        return try await request.write { store, user in
            try store.deleteServerMetadataItem(id: id, user: user.id, key: key)
            return .noContent
        }
    }

    /// The server id (digits only, as Synnefo's URL pattern wants) and the key.
    private static func captures(_ request: CloudRequest) throws -> (String, String) {
        let id = request.id
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && $0.isNumber }), request.captures.count == 2 else {
            throw APIFault.endpointNotFound
        }
        return (id, request.captures[1])
    }

    private static func json(_ items: [(String, String)]) -> JSON {
        .object(JSONObject(items.map { ($0.0, JSON.string($0.1)) }))
    }
}

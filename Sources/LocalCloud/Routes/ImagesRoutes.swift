import KamakiAPI

/// Cyclades compute images: the image service's images as the compute API shows them, with their metadata.
enum ImagesRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/compute/v2.0/images", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/compute/v2.0/images/detail", trailingSlash: false, allow: "GET", ["GET": detail])
        table.add("/compute/v2.0/images/{}", trailingSlash: false, allow: "GET", ["GET": get])
        table.add("/compute/v2.0/images/{}/metadata", trailingSlash: false, allow: "GET", ["GET": metadata])
        table.add("/compute/v2.0/images/{}/metadata/{}", trailingSlash: false, allow: "GET", ["GET": metadataItem])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await images(request, detail: false)
    }

    @Sendable static func detail(_ request: CloudRequest) async throws -> CloudResponse {
        try await images(request, detail: true)
    }

    private static func images(_ request: CloudRequest, detail: Bool) async throws -> CloudResponse {
        try await request.read { store, user in
            let since = try request.changesSince(now: store.now)
            let images = try store.images(visibleTo: user.id).filter { since == nil || $0.updated >= since ?? 0 }
            return .list("images", images.map { $0.computeJSON(request.links, detail: detail) }, since: since)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["image": try store.image(id: request.id, visibleTo: user.id).computeJSON(request.links)])
        }
    }

    /// `GET /images/{id}/metadata`: the image's properties.
    @Sendable static func metadata(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["metadata": .object(try store.image(id: request.id, visibleTo: user.id).properties)])
        }
    }

    /// `GET /images/{id}/metadata/{key}`: one property, or 404 "Metadata key not found.".
    @Sendable static func metadataItem(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let key = request.captures.last ?? ""
            guard let value = try store.image(id: request.id, visibleTo: user.id).properties[key] else {
                throw APIFault.itemNotFound("Metadata key not found.")
            }
            return .ok(["meta": .object(JSONObject([(key, value)]))])
        }
    }

    /// Images are made from servers elsewhere; Synnefo's compute API does not either.
    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user in user.id }
        throw APIFault.notImplemented("Not supported.")
    }
}

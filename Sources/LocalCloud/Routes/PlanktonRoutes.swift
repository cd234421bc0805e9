import KamakiAPI

/// The image service (Plankton, a Glance v1 API): listing images, and their metadata as `x-image-meta-*` headers.
enum PlanktonRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/image/v1.0/images", allow: "GET,POST", ["GET": list, "POST": register])
        table.add("/image/v1.0/images/detail", trailingSlash: false, allow: "GET", ["GET": detail])
        table.add("/image/v1.0/images/{}", trailingSlash: false, allow: "GET,HEAD", ["HEAD": meta, "GET": download])
        table.add("/image/v1.0/images/{}/members", trailingSlash: false, allow: "GET", ["GET": members])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await images(request, detail: false)
    }

    @Sendable static func detail(_ request: CloudRequest) async throws -> CloudResponse {
        try await images(request, detail: true)
    }

    /// A bare JSON list, as the Plankton kamaki 0.16 knows answers (newer Synnefo wraps it in `images`).
    private static func images(_ request: CloudRequest, detail: Bool) async throws -> CloudResponse {
        let listing = try ImageListing(query: request.query)
        return try await request.read { store, user in
            let images = listing.apply(to: try store.images(visibleTo: user.id))
            return .ok(.array(images.map { $0.planktonJSON(detail: detail) }))
        }
    }

    /// `HEAD /images/{id}`: the image's metadata as headers, no body; 404 when the user may not see it.
    @Sendable static func meta(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let image = try store.image(id: request.id, visibleTo: user.id)
            return CloudResponse(status: 200, body: nil, headers: image.planktonHeaders)
        }
    }

    /// `GET /images/{id}/members`: images are shared with nobody.
    @Sendable static func members(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            _ = try store.image(id: request.id, visibleTo: user.id)
            return .ok(["members": []])
        }
    }

    /// Downloading image data and registering images are not served (Synnefo answers 501 to a download too).
    @Sendable static func download(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user in user.id }
        throw APIFault.notImplemented("Not supported.")
    }

    @Sendable static func register(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user in user.id }
        throw APIFault.notImplemented("The local cloud does not register images.")
    }
}

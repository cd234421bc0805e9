import KamakiAPI

/// Cyclades compute flavors: the hardware setups servers are built on.
enum FlavorsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/compute/v2.0/flavors", allow: "GET", ["GET": list])
        table.add("/compute/v2.0/flavors/detail", trailingSlash: false, allow: "GET", ["GET": detail])
        table.add("/compute/v2.0/flavors/{}", trailingSlash: false, numeric: true, allow: "GET", ["GET": get])
        table.add("/compute/v2.0/flavors/{}/os-extra_specs", trailingSlash: false, numeric: true, allow: "GET", ["GET": extraSpecs])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await flavors(request, detail: false)
    }

    @Sendable static func detail(_ request: CloudRequest) async throws -> CloudResponse {
        try await flavors(request, detail: true)
    }

    /// Every flavor is public and belongs to no project: `SNF:is_public=false` and any
    /// `SNF:flavor-access` project select none, as on Synnefo.
    private static func flavors(_ request: CloudRequest, detail: Bool) async throws -> CloudResponse {
        try await request.read { store, _ in
            let none = request.query["SNF:flavor-access"] != nil || request.query["SNF:is_public"].map { $0.lowercased() != "true" } == true
            let flavors = none ? [] : try store.flavors()
            return .ok(["flavors": .array(flavors.map { $0.json(request.links, detail: detail) })])
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, _ in
            .ok(["flavor": try store.flavor(id: request.id).json(request.links)])
        }
    }

    /// `GET /flavors/{id}/os-extra_specs`: always empty on Synnefo (for a flavor that exists or not).
    @Sendable static func extraSpecs(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { _, _ in .ok(["extra_specs": [:]]) }
    }
}

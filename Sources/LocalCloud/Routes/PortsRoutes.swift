import KamakiAPI
import NIOCore

/// Cyclades ports: connecting servers to networks (and attaching floating IPs) is port creation.
enum PortsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/ports", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/network/v2.0/ports/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/ports/{}", allow: "GET,DELETE,PUT", ["GET": get, "PUT": update, "DELETE": delete])
    }

    /// Filters such as `?device_id=` are ignored, as in Synnefo; `limit` and `marker` page it as Neutron does
    /// (``ListPage``).
    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let page = try ListPage(query: request.query)
            let body =
                try page.isWhole
                ? store.portListBody(of: user.id, links: request.links, cache: request.cloud.portListCache)
                : store.portListBody(of: user.id, links: request.links, page: page)
            return CloudResponse(status: 200, body: nil, buffer: body)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let (port, facts) = try store.portWithFacts(id: request.id, user: user.id)
            return .ok(["port": port.json(request.links, now: store.now, facts: facts)])
        }
    }

    @Sendable static func update(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let info = try request.bodyObject("port")
            let (port, facts) = try store.renamePort(id: request.id, user: user.id, info: info)
            return .ok(["port": port.json(request.links, now: store.now, facts: facts)])
        }
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let plan = try PortPlan(info: try request.bodyObject("port"))
            let (port, facts) = try store.createPort(plan, user: user.id, cloud: request.cloud)
            return .created(["port": port.json(request.links, now: store.now, facts: facts)])
        }
    }

    /// An unattached port goes at once; an attached one keeps its status for the settle time, then 404s.
    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            try store.beginPortDelete(id: request.id, user: user.id, cloud: request.cloud)
            return .noContent
        }
    }
}

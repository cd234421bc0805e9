import KamakiAPI

/// Cyclades compute: the user's servers, with attachments derived from their ACTIVE ports.
enum ComputeRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/compute/v2.0/servers", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/compute/v2.0/servers/detail", trailingSlash: false, allow: "GET", ["GET": detail])
        table.add(
            "/compute/v2.0/servers/{}", trailingSlash: false, numeric: true, allow: "GET,PUT,DELETE",
            ["GET": get, "PUT": rename, "DELETE": ServerActionRoutes.delete])
        ServerActionRoutes.register(&table)
        ServerMetadataRoutes.register(&table)
        // What kamaki 0.16's `server info --nics`, `--stats` and `--diagnostics` read.
        table.add("/compute/v2.0/servers/{}/ips", trailingSlash: false, numeric: true, allow: "GET", ["GET": addresses])
        table.add("/compute/v2.0/servers/{}/stats", trailingSlash: false, numeric: true, allow: "GET", ["GET": stats])
        table.add("/compute/v2.0/servers/{}/diagnostics", trailingSlash: false, numeric: true, allow: "GET", ["GET": diagnostics])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let since = try request.changesSince(now: store.now)
            let servers = try store.servers(of: user.id, since: since)
            return .list("servers", servers.map { $0.summaryJSON(request.links) }, since: since)
        }
    }

    @Sendable static func detail(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let since = try request.changesSince(now: store.now)
            let servers = try store.serverDetails(of: user.id, since: since)
            return .list("servers", servers.map { $0.json(request.links, now: store.now) }, since: since)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(["server": try await server(request)])
    }

    /// `GET /servers/{id}/ips`: the server's `addresses`, keyed by network id.
    @Sendable static func addresses(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(["addresses": try await server(request)["addresses"] ?? .object(JSONObject())])
    }

    /// `GET /servers/{id}/stats`: Synnefo's graph links; the local cloud has no statistics service,
    /// so they are empty, as on a Synnefo without one.
    @Sendable static func stats(_ request: CloudRequest) async throws -> CloudResponse {
        let server = try await server(request)
        return .ok([
            "stats": .object(
                JSONObject([
                    ("serverRef", server["id"] ?? .null), ("refresh", .number(60)), ("cpuBar", .string("")),
                    ("cpuTimeSeries", .string("")), ("netBar", .string("")), ("netTimeSeries", .string("")),
                ]))
        ])
    }

    /// `GET /servers/{id}/diagnostics`: the server's build diagnostics, a list (none: builds are simulated and never fail).
    @Sendable static func diagnostics(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(try await server(request)["diagnostics"] ?? .array([]))
    }

    /// The requested server as `GET /servers/{id}` shows it; 404 when it is not the user's.
    private static func server(_ request: CloudRequest) async throws -> JSON {
        try await request.read { store, user in
            try store.serverDetail(id: request.id, user: user.id).json(request.links, now: store.now)
        }
    }

    /// `PUT /servers/{id}` `{"server": {"name": ...}}` → 204.
    @Sendable static func rename(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let info = try request.bodyObject("server")
            try store.renameServer(id: request.id, user: user.id, info: info)
            return .noContent
        }
    }

    /// `POST /servers` → 202 `{"server": {...}}`, BUILD, with the `adminPass` (shown only here, never stored).
    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        let body = try request.jsonBody()
        return try await request.write { store, user in
            let plan = try ServerPlan(body: body, user: user.id)
            let detail = try store.createServer(plan, user: user.id, cloud: request.cloud)
            guard case .object(var server) = detail.json(request.links, now: store.now) else { throw APIFault.unexpected }
            server["adminPass"] = .string(plan.adminPass)
            return CloudResponse(status: 202, body: ["server": .object(server)])
        }
    }
}

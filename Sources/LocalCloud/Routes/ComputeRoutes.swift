import GRDB
import KamakiAPI

/// Cyclades compute: the user's servers, with attachments derived from their ACTIVE ports.
enum ComputeRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/compute/v2.0/servers", allow: "GET,POST", ["GET": list, "POST": unsupported])
        table.add("/compute/v2.0/servers/detail", trailingSlash: false, allow: "GET", ["GET": detail])
        table.add("/compute/v2.0/servers/{}", trailingSlash: false, numeric: true, allow: "GET,PUT,DELETE",
                  ["GET": get, "PUT": rename, "DELETE": unsupported])
        table.add("/compute/v2.0/servers/{}/action", trailingSlash: false, numeric: true, allow: "POST", ["POST": unsupported])
        // What kamaki 0.16's `server info --nics`, `--stats` and `--diagnostics` read.
        table.add("/compute/v2.0/servers/{}/ips", trailingSlash: false, numeric: true, allow: "GET", ["GET": addresses])
        table.add("/compute/v2.0/servers/{}/stats", trailingSlash: false, numeric: true, allow: "GET", ["GET": stats])
        table.add("/compute/v2.0/servers/{}/diagnostics", trailingSlash: false, numeric: true, allow: "GET", ["GET": diagnostics])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let since = try request.changesSince(now: now)
            let servers = try servers(db, user: user.id, since: since)
            return .list("servers", servers.map { $0.summaryJSON(request.links) }, since: since)
        }
    }

    @Sendable static func detail(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let since = try request.changesSince(now: now)
            let servers = try servers(db, user: user.id, since: since)
            let ports = try PortRecord.fetchAll(
                db,
                sql: "SELECT \(PortRecord.columns) FROM ports WHERE device_id IN (SELECT id FROM servers WHERE user_id = ?) AND \(PortRecord.live) ORDER BY id",
                arguments: [user.id, now])
            let byServer = Dictionary(grouping: ports, by: { $0.deviceID ?? 0 })
            let context = try NetworkFacts.load(db)
            return .list(
                "servers",
                servers.map {
                    $0.json(request.links, now: now, ports: byServer[$0.id] ?? [], publicNetworks: context.publicNetworks,
                            ipv6Subnets: context.ipv6Subnets)
                }, since: since)
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
            "stats": .object(JSONObject([
                ("serverRef", server["id"] ?? .null), ("refresh", .number(60)), ("cpuBar", .string("")),
                ("cpuTimeSeries", .string("")), ("netBar", .string("")), ("netTimeSeries", .string("")),
            ]))
        ])
    }

    /// `GET /servers/{id}/diagnostics`: the server's build diagnostics, a list (none: servers are seeded).
    @Sendable static func diagnostics(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(try await server(request)["diagnostics"] ?? .array([]))
    }

    /// The requested server as `GET /servers/{id}` shows it; 404 when it is not the user's.
    private static func server(_ request: CloudRequest) async throws -> JSON {
        try await request.read { db, user, now in
            guard let id = Int64(request.id), let server = try ServerRecord.find(db, id: id, user: user.id) else {
                throw APIFault.itemNotFound("Server not found.")
            }
            let ports = try PortRecord.of(db, server: id, now: now)
            let context = try NetworkFacts.load(db)
            return server.json(request.links, now: now, ports: ports, publicNetworks: context.publicNetworks, ipv6Subnets: context.ipv6Subnets)
        }
    }

    /// `PUT /servers/{id}` `{"server": {"name": ...}}` → 204.
    @Sendable static func rename(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let info = try request.bodyObject("server")
            guard let id = Int64(request.id), let server = try ServerRecord.find(db, id: id, user: user.id) else {
                throw APIFault.itemNotFound("Server not found.")
            }
            let name = try Validation.serverName(info)
            if server.deleted != nil { throw APIFault.badRequest("Server has been deleted.") }
            try db.execute(sql: "UPDATE servers SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, id])
            return .noContent
        }
    }

    /// Building, deleting and acting on servers is not simulated.
    @Sendable static func unsupported(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user, _ in user.id }
        throw APIFault.notImplemented("The local cloud does not build, delete or act on servers.")
    }

    private static func servers(_ db: Database, user: String, since: Int64?) throws -> [ServerRecord] {
        if let since {
            return try ServerRecord.fetchAll(
                db, sql: "SELECT \(ServerRecord.columns) FROM servers WHERE user_id = ? AND updated >= ? ORDER BY id",
                arguments: [user, since])
        }
        return try ServerRecord.fetchAll(
            db, sql: "SELECT \(ServerRecord.columns) FROM servers WHERE user_id = ? AND deleted IS NULL ORDER BY id",
            arguments: [user])
    }
}

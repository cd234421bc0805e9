public import KamakiAPI

extension CloudClient {
    /// `GET /servers` (id, name, links) or, with `detail`, `GET /servers/detail`. With
    /// `changedSince` (ISO 8601), only servers changed since then, deleted ones too; the cloud's
    /// 304 for "none" is an empty list.
    public func listServers(detail: Bool = false, changedSince: String? = nil) async throws -> [Server] {
        var path = detail ? "/servers/detail" : "/servers"
        if let changedSince { path += "?changes-since=" + (try Self.segment(changedSince)) }
        do {
            return try await list(Server.self, "servers", .compute, path)
        } catch let error as ClientError where changedSince != nil && error.status == 304 {
            return []
        }
    }

    /// `GET /servers/{id}`, with its `attachments` (ACTIVE ports only). On OpenStack, whose servers have
    /// none, they are made from `GET /v2.0/ports?device_id={id}` (``NovaServer``).
    public func server(_ id: String) async throws -> Server {
        let server = try await one(Server.self, "server", "GET", .compute, "/servers/" + Self.segment(id))
        guard try await dialect() == .openstack else { return server }
        return NovaServer.withAttachments(server, ports: try await ports(deviceID: server.id))
    }

    /// `GET /ports?device_id={id}`: the ports of a device (a server, or a router).
    public func ports(deviceID: String) async throws -> [Port] {
        try await list(Port.self, "ports", .network, "/ports?device_id=" + Self.segment(deviceID))
    }

    /// `GET /servers/{id}/stats`: the `stats` object (links to graphs, when the cloud has them).
    public func serverStats(_ id: String) async throws -> JSON {
        try await request("GET", .compute, "/servers/" + Self.segment(id) + "/stats", expect: 200) { body in
            guard let stats = body?["stats"], stats.objectValue != nil else { throw WireError.missingKey("stats") }
            return stats
        }
    }

    /// `GET /servers/{id}/diagnostics`: a list of diagnostic entries.
    public func serverDiagnostics(_ id: String) async throws -> JSON {
        try await request("GET", .compute, "/servers/" + Self.segment(id) + "/diagnostics", expect: 200) { body in
            guard let list = body, list.arrayValue != nil else { throw WireError.wrongType("diagnostics") }
            return list
        }
    }
}

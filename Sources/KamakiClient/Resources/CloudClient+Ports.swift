public import KamakiAPI

extension CloudClient {
    /// `GET /ports`; with `members`, each port holds only those (a list of ten thousand ports is read several
    /// times faster when the others are not made).
    public func listPorts(keeping members: [String]? = nil) async throws -> [Port] {
        try await list(Port.self, "ports", .network, "/ports", itemMembers: members)
    }

    /// `GET /ports/{id}`.
    public func port(_ id: String) async throws -> Port {
        try await one(Port.self, "port", "GET", .network, "/ports/" + Self.segment(id))
    }

    /// `POST /ports` (201). Attaching a floating IP is a port on its network with its address.
    /// On OpenStack a server's port is attached by Nova (``attachInterface(_:server:)``).
    public func createPort(_ request: PortCreateRequest) async throws -> Port {
        if let server = request.deviceID, try await dialect() == .openstack { return try await attachInterface(request, server: server) }
        return try await one(Port.self, "port", "POST", .network, "/ports", body: request.json, expect: 201)
    }

    /// `PUT /ports/{id}` with `{"port": {"name"}}`.
    public func renamePort(_ id: String, name: String) async throws -> Port {
        try await one(Port.self, "port", "PUT", .network, "/ports/" + Self.segment(id), body: Self.nameBody("port", name))
    }

    /// `DELETE /ports/{id}` (204). The port may stay readable until the server has removed it.
    /// On OpenStack a server's port is detached by Nova (``detachOrDeletePort(_:)``).
    public func deletePort(_ id: String) async throws {
        if try await dialect() == .openstack { return try await detachOrDeletePort(id) }
        try await call("DELETE", .network, "/ports/" + Self.segment(id), expect: 204)
    }
}

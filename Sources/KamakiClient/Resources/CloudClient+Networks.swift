public import KamakiAPI

extension CloudClient {
    /// `GET /networks/detail`: every visible network, public ones included. Neutron has no `/detail` (it
    /// reads as a network's id) and lists every field at `GET /networks`.
    public func listNetworks() async throws -> [Network] {
        try await list(Network.self, "networks", .network, try await dialect() == .openstack ? "/networks" : "/networks/detail")
    }

    /// `GET /networks/{id}`.
    public func network(_ id: String) async throws -> Network {
        try await one(Network.self, "network", "GET", .network, "/networks/" + Self.segment(id))
    }

    /// `POST /networks` (201), with kamaki's body: type (default `MAC_FILTERED`), name, `admin_state_up`,
    /// shared, project. On OpenStack, Neutron's (``neutronNetworkBody(name:type:shared:projectID:)``).
    public func createNetwork(name: String?, type: String? = nil, shared: Bool = false, projectID: String? = nil)
        async throws -> Network
    {
        if try await dialect() == .openstack {
            let body = try Self.neutronNetworkBody(name: name, type: type, shared: shared, projectID: projectID)
            return try await one(Network.self, "network", "POST", .network, "/networks", body: body, expect: 201)
        }
        var network = JSONObject()
        network["type"] = .string(type ?? NetworkType.default)
        if let name { network["name"] = .string(name) }
        network["admin_state_up"] = .bool(true)
        network["shared"] = .bool(shared)
        if let projectID { network["project"] = .string(projectID) }
        let body = JSON.object(JSONObject([("network", .object(network))]))
        return try await one(Network.self, "network", "POST", .network, "/networks", body: body, expect: 201)
    }

    /// `PUT /networks/{id}` with `{"network": {"name"}}`.
    public func renameNetwork(_ id: String, name: String) async throws -> Network {
        try await one(
            Network.self, "network", "PUT", .network, "/networks/" + Self.segment(id),
            body: Self.nameBody("network", name))
    }

    /// `DELETE /networks/{id}` (204).
    public func deleteNetwork(_ id: String) async throws {
        try await call("DELETE", .network, "/networks/" + Self.segment(id), expect: 204)
    }
}

public import KamakiAPI

extension CloudClient {
    /// `GET /floatingips`.
    public func listFloatingIPs() async throws -> [FloatingIP] {
        try await list(FloatingIP.self, "floatingips", .network, "/floatingips")
    }

    /// `GET /floatingips/{id}`.
    public func floatingIP(_ id: String) async throws -> FloatingIP {
        try await one(FloatingIP.self, "floatingip", "GET", .network, "/floatingips/" + Self.segment(id))
    }

    /// `POST /floatingips`, which Synnefo answers with **200** and Neutron with 201. Neutron needs the
    /// network: without one, the only external network is taken (``externalNetworkID()``).
    public func createFloatingIP(networkID: String?, address: String? = nil, projectID: String? = nil)
        async throws -> FloatingIP
    {
        let openstack = try await dialect() == .openstack
        var ip = JSONObject()
        var networkID = networkID
        if openstack, networkID == nil { networkID = try await externalNetworkID() }
        if let networkID { ip["floating_network_id"] = .string(networkID) }
        if let address { ip["floating_ip_address"] = .string(address) }
        if let projectID { ip[openstack ? "project_id" : "project"] = .string(projectID) }
        let body = JSON.object(JSONObject([("floatingip", .object(ip))]))
        return try await one(FloatingIP.self, "floatingip", "POST", .network, "/floatingips", body: body, expect: openstack ? 201 : 200)
    }

    /// `DELETE /floatingips/{id}` (204). An attached IP gives 409: detach (delete its port) first.
    public func deleteFloatingIP(_ id: String) async throws {
        try await call("DELETE", .network, "/floatingips/" + Self.segment(id), expect: 204)
    }
}

public import KamakiAPI

extension CloudClient {
    /// Whether `ip attach` associates the IP with a port the server already has (`PUT /floatingips/{id}`,
    /// OpenStack), rather than creating a port with the IP's address (Synnefo), which Neutron refuses to
    /// members (403 `PolicyNotAuthorized`).
    public func associatesFloatingIPs() async throws -> Bool {
        try await dialect() == .openstack
    }

    /// `PUT /floatingips/{id}` with `{"floatingip": {"port_id": P}}`: associates `ip` with the port of
    /// `server` on a network routed to the IP's external network (``FloatingIPRoute``). When the server
    /// has one port it is that one, and Neutron answers a missing route with 404
    /// `ExternalGatewayForFloatingIPNotFound`; with several, the routers decide.
    public func associateFloatingIP(_ ip: FloatingIP, server: String) async throws -> FloatingIP {
        let ports = try await self.ports(deviceID: server)
        guard let first = ports.first else {
            throw ClientError(.configuration("Server \(server) has no network port to attach IP \(ip.address) to"))
        }
        var port = first
        if ports.count > 1 {
            port = try await FloatingIPRoute.find(of: ports, toward: ip.networkID, client: self)?.port ?? first
        }
        return try await setFloatingIPPort(ip.id, portID: port.id)
    }

    /// How a floating IP of the external `network` can reach `server`: the server's port on a subnet
    /// where a router with its gateway on `network` has an interface, and that router; nil when no
    /// router connects them (Neutron then refuses the association).
    public func floatingIPRoute(server: String, network: String) async throws -> FloatingIPRoute? {
        try await FloatingIPRoute.find(of: ports(deviceID: server), toward: network, client: self)
    }

    /// `PUT /floatingips/{id}` with `{"floatingip": {"port_id": null}}`: the IP stays reserved, detached.
    public func disassociateFloatingIP(_ id: String) async throws -> FloatingIP {
        try await setFloatingIPPort(id, portID: nil)
    }

    private func setFloatingIPPort(_ id: String, portID: String?) async throws -> FloatingIP {
        let body = JSON.object(JSONObject([("floatingip", .object(JSONObject([("port_id", portID.map { .string($0) } ?? .null)])))]))
        return try await one(FloatingIP.self, "floatingip", "PUT", .network, "/floatingips/" + Self.segment(id), body: body)
    }
}

/// Which port of a server a floating IP can be associated with: one on a subnet where a router with a
/// gateway on the IP's external network has an interface (Neutron's own rule for association).
public struct FloatingIPRoute: Sendable, Equatable {
    /// The server's port the IP can be associated with.
    public var port: Port
    /// The router that connects the port's subnet to the IP's network.
    public var router: Router

    /// The first of `ports` with an address on a subnet one of the routers' `interfaces` is on.
    static func port(of ports: [Port], routedBy interfaces: [Port]) -> Port? {
        let routed = Set(interfaces.flatMap { $0.fixedIPs.compactMap(\.subnet) })
        return ports.first { port in port.fixedIPs.contains { fixed in fixed.subnet.map { routed.contains($0) } ?? false } }
    }

    /// The first router with its gateway on `network` that has an interface on a subnet of one of `ports`.
    static func find(of ports: [Port], toward network: String, client: CloudClient) async throws -> FloatingIPRoute? {
        guard !ports.isEmpty else { return nil }
        let routers = try await client.list(Router.self, "routers", .network, "/routers")
        for router in routers where router.gatewayNetworkID == network {
            if let port = port(of: ports, routedBy: try await client.ports(deviceID: router.id)) {
                return FloatingIPRoute(port: port, router: router)
            }
        }
        return nil
    }
}

extension CloudClient {
    /// The one external network (`GET /networks?router:external=True`), where an OpenStack cloud's floating
    /// IPs come from; none or several is a configuration error asking for `--network-id`.
    public func externalNetworkID() async throws -> String {
        let external = try await list(Network.self, "networks", .network, "/networks?router:external=True")
        guard external.count == 1 else {
            let names = external.map { $0.name.isEmpty ? $0.id : "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw ClientError(
                .configuration(
                    external.isEmpty
                        ? "This cloud has no external network to reserve a floating IP from"
                        : "Several external networks can give a floating IP: \(names); choose one with --network-id"))
        }
        return external[0].id
    }
}

public import KamakiAPI

/// Ports of servers on OpenStack go through Nova's interface attach and detach: Neutron lets a member
/// neither bind a port to a server nor delete a port a server owns (`device_owner` `compute:*`), so
/// Synnefo's "connect = create a port with the device, disconnect = delete the port" does not map.
extension CloudClient {
    /// `POST /servers/{device}/os-interface` with `{"interfaceAttachment": {"net_id", "fixed_ips"?}}`: Nova
    /// makes the port (and removes it on detach). A name or security groups are then set on it with
    /// `PUT /ports/{id}`; a subnet is not something Nova's attach takes.
    func attachInterface(_ request: PortCreateRequest, server: String) async throws -> Port {
        if request.subnetID != nil {
            throw ClientError(
                .invalidArgument(
                    "--subnet-id has no meaning when connecting a server on an OpenStack cloud: Nova attaches by network and address (--ip-address)"
                ))
        }
        var attachment = JSONObject([("net_id", .string(request.networkID))])
        if let address = request.ipAddress { attachment["fixed_ips"] = .array([.object(JSONObject([("ip_address", .string(address))]))]) }
        let body = JSON.object(JSONObject([("interfaceAttachment", .object(attachment))]))
        let portID = try await self.request("POST", .compute, "/servers/" + Self.segment(server) + "/os-interface", body: body, expect: 200)
        {
            guard let id = $0?["interfaceAttachment"]?["port_id"]?.idString else { throw WireError.missingKey("interfaceAttachment") }
            return id
        }
        var update = JSONObject()
        if let name = request.name { update["name"] = .string(name) }
        if !request.securityGroups.isEmpty { update["security_groups"] = .array(request.securityGroups.map(JSON.string)) }
        guard !update.isEmpty else { return try await port(portID) }
        let put = JSON.object(JSONObject([("port", .object(update))]))
        return try await one(Port.self, "port", "PUT", .network, "/ports/" + Self.segment(portID), body: put)
    }

    /// `DELETE /servers/{device}/os-interface/{port}` (202) for a port a server owns; `DELETE /ports/{id}`
    /// (204) for any other. Nova removes the port it made a little later.
    func detachOrDeletePort(_ id: String) async throws {
        let port = try await self.port(id)
        let owner = port.raw["device_owner"]?.stringValue ?? ""
        guard owner.hasPrefix("compute:"), let server = port.deviceID, !server.isEmpty else {
            return try await call("DELETE", .network, "/ports/" + Self.segment(id), expect: 204)
        }
        try await call("DELETE", .compute, "/servers/" + Self.segment(server) + "/os-interface/" + Self.segment(id), expect: 202)
    }
}

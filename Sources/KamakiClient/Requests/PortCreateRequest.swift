public import KamakiAPI

/// The fields of `POST /ports`: a port on a network, optionally attached to a server.
public struct PortCreateRequest: Sendable, Hashable {
    /// The network the port goes on.
    public var networkID: String
    /// The server to attach it to.
    public var deviceID: String?
    /// The port's name.
    public var name: String?
    /// Security group ids.
    public var securityGroups: [String]
    /// The address to take (on a public network: one of the user's floating IPs).
    public var ipAddress: String?
    /// The subnet to take the address from.
    public var subnetID: String?

    /// Creates a request; only the network is required.
    public init(
        networkID: String, deviceID: String? = nil, name: String? = nil, securityGroups: [String] = [],
        ipAddress: String? = nil, subnetID: String? = nil
    ) {
        self.networkID = networkID
        self.deviceID = deviceID
        self.name = name
        self.securityGroups = securityGroups
        self.ipAddress = ipAddress
        self.subnetID = subnetID
    }

    /// The body: `{"port": {"network_id", "device_id"?, "name"?, "security_groups"?, "fixed_ips"?}}`.
    public var json: JSON {
        var port = JSONObject()
        port["network_id"] = .string(networkID)
        if let deviceID { port["device_id"] = .string(deviceID) }
        if let name { port["name"] = .string(name) }
        if !securityGroups.isEmpty { port["security_groups"] = .array(securityGroups.map(JSON.string)) }
        if ipAddress != nil || subnetID != nil {
            var fixed = JSONObject()
            if let ipAddress { fixed["ip_address"] = .string(ipAddress) }
            if let subnetID { fixed["subnet_id"] = .string(subnetID) }
            port["fixed_ips"] = .array([.object(fixed)])
        }
        return .object(JSONObject([("port", .object(port))]))
    }
}

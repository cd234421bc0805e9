public import KamakiAPI

/// The fields of `POST /subnets`.
public struct SubnetCreateRequest: Sendable, Hashable {
    /// A range of addresses the subnet hands out.
    public struct AllocationPool: Sendable, Hashable {
        public var start: String
        public var end: String
        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }
    }

    /// How the gateway is chosen.
    public enum Gateway: Sendable, Hashable {
        /// The server picks the first host of the CIDR (`gateway_ip` omitted).
        case automatic
        /// No gateway (`gateway_ip: null`).
        case none
        /// This address.
        case address(String)
    }

    /// The network the subnet belongs to.
    public var networkID: String
    /// The CIDR, e.g. `10.0.3.0/24`.
    public var cidr: String
    /// The subnet's name.
    public var name: String?
    /// Explicit pools; empty lets the server derive them.
    public var allocationPools: [AllocationPool]
    /// The gateway.
    public var gateway: Gateway
    /// 4 or 6.
    public var ipVersion: Int
    /// A requested id (Synnefo ignores it; kamaki can send it).
    public var subnetID: String?
    /// Whether DHCP is on; `nil` leaves the server default (on).
    public var enableDHCP: Bool?

    /// Creates a request; only the network and the CIDR are required.
    public init(
        networkID: String, cidr: String, name: String? = nil, allocationPools: [AllocationPool] = [],
        gateway: Gateway = .automatic, ipVersion: Int = 4, subnetID: String? = nil, enableDHCP: Bool? = nil
    ) {
        self.networkID = networkID
        self.cidr = cidr
        self.name = name
        self.allocationPools = allocationPools
        self.gateway = gateway
        self.ipVersion = ipVersion
        self.subnetID = subnetID
        self.enableDHCP = enableDHCP
    }

    /// The body: `{"subnet": {"network_id", "cidr", "ip_version", ...}}`.
    public var json: JSON {
        var subnet = JSONObject()
        subnet["network_id"] = .string(networkID)
        subnet["cidr"] = .string(cidr)
        subnet["ip_version"] = .number(ipVersion)
        if let name { subnet["name"] = .string(name) }
        switch gateway {
        case .automatic: break
        case .none: subnet["gateway_ip"] = .null
        case .address(let address): subnet["gateway_ip"] = .string(address)
        }
        if !allocationPools.isEmpty {
            subnet["allocation_pools"] = .array(
                allocationPools.map { .object(JSONObject([("start", .string($0.start)), ("end", .string($0.end))])) })
        }
        if let subnetID { subnet["id"] = .string(subnetID) }
        if let enableDHCP { subnet["enable_dhcp"] = .bool(enableDHCP) }
        return .object(JSONObject([("subnet", .object(subnet))]))
    }
}

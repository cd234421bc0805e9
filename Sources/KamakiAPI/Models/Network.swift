/// A network (`/network/v2.0/networks`).
public struct Network: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// `ACTIVE`, `DELETED`, `ERROR`, `PENDING` or `SNF:DRAINED`.
    public var status: String { raw["status"]?.stringValue ?? "" }
    /// Whether it is a public (admin-created) network: Synnefo's `public`, Neutron's `router:external`.
    public var isPublic: Bool { (raw["public"] ?? raw["router:external"])?.boolValue ?? false }
    /// The network flavor, e.g. `MAC_FILTERED`.
    public var type: String { raw["type"]?.stringValue ?? "" }
    /// The owner, `nil` for public networks.
    public var userID: String? { raw["user_id"]?.stringValue }
    /// Subnet ids.
    public var subnets: [String] { raw["subnets"]?.arrayValue?.compactMap(\.idString) ?? [] }
    /// Whether floating IPs can be reserved from it: Synnefo's `SNF:floating_ip_pool`, Neutron's `router:external`.
    public var isFloatingIPPool: Bool { (raw["SNF:floating_ip_pool"] ?? raw["router:external"])?.boolValue ?? false }
}

/// The network types Synnefo knows.
public enum NetworkType {
    public static let all = ["MAC_FILTERED", "CUSTOM", "IP_LESS_ROUTED", "PHYSICAL_VLAN"]
    public static let `default` = "MAC_FILTERED"
}

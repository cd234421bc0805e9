/// A subnet (`/network/v2.0/subnets`).
public struct Subnet: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The network it belongs to.
    public var networkID: String { raw["network_id"]?.idString ?? "" }
    /// The CIDR, e.g. `192.168.3.0/24`.
    public var cidr: String { raw["cidr"]?.stringValue ?? "" }
    /// 4 or 6.
    public var ipVersion: Int { raw["ip_version"]?.intValue ?? 4 }
    /// The gateway, if any.
    public var gatewayIP: String? { raw["gateway_ip"]?.stringValue }
}

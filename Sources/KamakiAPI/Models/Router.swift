/// A Neutron router (`/v2.0/routers`): what connects a private subnet to an external network, so that
/// floating IPs of that network can be associated with ports on the subnet. Synnefo has none.
public struct Router: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The external network of its gateway, when it has one.
    public var gatewayNetworkID: String? { raw["external_gateway_info"]?["network_id"]?.idString }
}

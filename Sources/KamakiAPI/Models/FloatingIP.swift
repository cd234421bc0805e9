/// A floating IP (`/network/v2.0/floatingips`).
public struct FloatingIP: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The address, e.g. `192.168.3.5`.
    public var address: String { raw["floating_ip_address"]?.stringValue ?? "" }
    /// The pool network it was reserved from.
    public var networkID: String { raw["floating_network_id"]?.idString ?? "" }
    /// The port holding it, when attached.
    public var portID: String? { raw["port_id"]?.idString }
    /// The server it is attached to, when attached: Synnefo's `instance_id`, else the device of the port
    /// Neutron associated it with (`port_details.device_id`).
    public var instanceID: String? {
        (raw["instance_id"]?.idString ?? raw["port_details"]?["device_id"]?.idString).flatMap { $0.isEmpty ? nil : $0 }
    }
}

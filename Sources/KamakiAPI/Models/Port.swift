/// A port (`/network/v2.0/ports`): the link between a network and a device.
public struct Port: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// `BUILD`, `ACTIVE`, `DOWN` or `ERROR`.
    public var status: String { raw["status"]?.stringValue ?? "" }
    /// The network the port is on.
    public var networkID: String { raw["network_id"]?.idString ?? "" }
    /// The server it is attached to, if any.
    public var deviceID: String? { raw["device_id"]?.idString }
    /// The MAC address, once the port is ACTIVE.
    public var macAddress: String? { raw["mac_address"]?.stringValue }
    /// The owner.
    public var userID: String? { raw["user_id"]?.stringValue }
    /// The addresses of the port.
    public var fixedIPs: [FixedIP] {
        raw["fixed_ips"]?.arrayValue?.compactMap { item in
            guard let address = item["ip_address"]?.stringValue else { return nil }
            return FixedIP(ipAddress: address, subnet: (item["subnet"] ?? item["subnet_id"])?.idString)
        } ?? []
    }

    /// The first of ``fixedIPs``' addresses, without making the others.
    public var firstAddress: String? {
        raw["fixed_ips"]?.arrayValue?.lazy.compactMap { $0["ip_address"]?.stringValue }.first
    }

    /// One address of a port.
    public struct FixedIP: Sendable, Hashable {
        public var ipAddress: String
        public var subnet: String?
        public init(ipAddress: String, subnet: String?) {
            self.ipAddress = ipAddress
            self.subnet = subnet
        }
    }
}

/// The port statuses a wait can name.
public enum PortStatus {
    public static let all = ["BUILD", "ACTIVE", "DOWN", "ERROR"]
}

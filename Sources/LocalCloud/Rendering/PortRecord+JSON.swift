import KamakiAPI

/// The IPv6 subnet of a network, for the EUI-64 address of its ACTIVE ports.
struct IPv6SubnetInfo: Sendable {
    var id: Int64
    var network: IPv6Network
}

extension PortRecord {
    /// `DOWN` without a device; `BUILD` until the settle time has passed, then `ACTIVE`.
    /// A port being deleted keeps the status it had when the delete was asked for.
    func status(now: Int64) -> String {
        guard deviceID != nil else { return "DOWN" }
        return (deletingSince ?? now) < readyAt ? "BUILD" : "ACTIVE"
    }

    /// The deterministic MAC: `aa:00:00` and the low 24 bits of the id.
    var macBytes: [UInt8] {
        [0xAA, 0x00, 0x00, UInt8(truncatingIfNeeded: id >> 16), UInt8(truncatingIfNeeded: id >> 8), UInt8(truncatingIfNeeded: id)]
    }

    var macAddress: String {
        macBytes.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined(separator: ":")
    }

    /// The IPv6 address, once the port is ACTIVE on a network with an IPv6 subnet.
    func ipv6(now: Int64, subnet: IPv6SubnetInfo?) -> (String, Int64)? {
        guard let subnet, status(now: now) == "ACTIVE" else { return nil }
        return (IPv6.eui64(prefix: subnet.network.address, mac: macBytes).description, subnet.id)
    }

    /// The port object in Synnefo's key order.
    func json(_ links: Links, now: Int64, ipv6Subnet: IPv6SubnetInfo?) -> JSON {
        let status = status(now: now)
        var fixedIPs: [JSON] = []
        if let ipv4 {
            fixedIPs.append(["ip_address": .string(IPv4.format(ipv4)), "subnet": .optional(subnetID.map { String($0) })])
        }
        if let (address, subnet) = ipv6(now: now, subnet: ipv6Subnet) {
            fixedIPs.append(["ip_address": .string(address), "subnet": .string(String(subnet))])
        }
        let createdText = Timestamp.iso(created)
        return .object(
            JSONObject([
                ("id", .string(String(id))),
                ("name", .string(name)),
                ("links", links.networkLinks("ports", id)),
                ("user_id", .string(userID)),
                ("tenant_id", .string(userID)),
                ("network_id", .string(String(networkID))),
                ("device_id", .optional(deviceID.map { String($0) })),
                ("device_owner", deviceID == nil ? .null : "vm"),
                ("status", .string(status)),
                ("mac_address", status == "ACTIVE" ? .string(macAddress) : .null),
                ("admin_state_up", true),
                ("fixed_ips", .array(fixedIPs)),
                ("security_groups", []),
                ("created", .string(createdText)),
                ("updated", .string(updated == created ? createdText : Timestamp.iso(updated))),
            ]))
    }

    /// The port object, with the IPv6 subnet of its network taken from `facts`.
    func json(_ links: Links, now: Int64, facts: NetworkFacts) -> JSON {
        json(links, now: now, ipv6Subnet: facts.ipv6Subnets[networkID])
    }
}

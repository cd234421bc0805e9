import KamakiAPI

extension SubnetRecord {
    /// The subnet object in Synnefo's key order.
    func json(_ links: Links) -> JSON {
        var pairs: [(String, JSON)] = [
            ("id", .string(String(id))),
            ("network_id", .string(String(networkID))),
            ("name", .string(name)),
            ("tenant_id", .optional(userID)),
            ("user_id", .optional(userID)),
            ("public", .bool(isPublic)),
            ("gateway_ip", .optional(gateway)),
            ("ip_version", .number(ipVersion)),
            ("cidr", .string(cidr)),
            ("enable_dhcp", .bool(enableDHCP)),
            ("dns_nameservers", (try? JSON.parse(dnsNameservers)) ?? []),
            ("host_routes", (try? JSON.parse(hostRoutes)) ?? []),
            ("allocation_pools", ipVersion == 4 ? ((try? JSON.parse(pools)) ?? []) : []),
        ]
        if ipVersion == 6 { pairs.append(("enable_slaac", .bool(enableDHCP))) }
        pairs.append(("deleted", .bool(deleted != nil)))
        pairs.append(("links", links.networkLinks("subnets", id)))
        return .object(JSONObject(pairs))
    }
}

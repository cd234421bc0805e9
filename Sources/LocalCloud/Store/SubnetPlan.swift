import KamakiAPI

/// A subnet create request, validated in Synnefo's order: API-level checks at init, address checks in `resolve()`.
struct SubnetPlan {
    var ipVersion: Int
    var cidr: String
    var gatewayValue: JSON?
    var pools: [IPv4Pool]?
    var dhcp: Bool
    var dnsNameservers: JSON
    var hostRoutes: JSON

    init(info: JSONObject, cidr: String) throws {
        self.cidr = cidr
        ipVersion = info["ip_version"]?.intValue ?? (info["ip_version"] == nil ? 4 : 0)
        gatewayValue = info["gateway_ip"]
        if let value = info["allocation_pools"], !value.isNull {
            guard let items = value.arrayValue else { throw APIFault.badRequest("Malformed allocation pool.") }
            pools = try items.map { item in
                guard let start = item["start"]?.stringValue, let end = item["end"]?.stringValue else {
                    throw APIFault.badRequest("Malformed allocation pool.")
                }
                guard let first = IPv4.parse(start), let last = IPv4.parse(end) else {
                    throw APIFault.badRequest("Allocation pools contain invalid IPv4 address")
                }
                return IPv4Pool(start: first, end: last)
            }
        }
        if IPv4Network(cidr, strict: false) == nil, IPv6(cidr.split(separator: "/").first ?? "") == nil || !cidr.contains("/") {
            throw APIFault.badRequest("Malformed CIDR '\(cidr)'")
        }
        dhcp = true
        if let value = info["enable_dhcp"] {
            guard let flag = value.boolValue else { throw APIFault.badRequest("Malformed request, dhcp must be True or False") }
            dhcp = flag
        }
        if ipVersion == 6, let value = info["enable_slaac"] {
            guard let flag = value.boolValue else {
                throw APIFault.badRequest("Malformed request, enable_slaac must be True or False")
            }
            dhcp = flag
        }
        dnsNameservers = info["dns_nameservers"]?.arrayValue.map(JSON.array) ?? []
        hostRoutes = info["host_routes"]?.arrayValue.map(JSON.array) ?? []
    }

    /// The canonical cidr, the gateway and the pools, or Synnefo's 400/409/413.
    func resolve() throws -> (cidr: String, gateway: String?, pools: [IPv4Pool]) {
        if ipVersion == 6 {
            guard let network = IPv6Network(cidr) else { throw APIFault.badRequest("Invalid network IPv6 subnet") }
            guard network.prefixLength == 64 else {
                throw APIFault.badRequest("Unsupported IPv6 subnet size. Network netmask must be /64")
            }
            var gateway: String? = network.firstHost.description
            if let value = gatewayValue {
                if value.isNull {
                    gateway = nil
                } else {
                    guard let text = value.stringValue, let address = IPv6(text), network.contains(address) else {
                        throw APIFault.badRequest("Invalid network IPv6 gateway")
                    }
                    gateway = address.description
                }
            }
            if pools != nil { throw APIFault.conflict("Can't allocate an IP Pool in IPv6") }
            return (network.description, gateway, [])
        }
        guard let network = IPv4Network(cidr) else { throw APIFault.badRequest("Invalid network IPv4 subnet") }
        guard (22...29).contains(network.prefixLength) else {
            throw APIFault.overLimit("Unsupported network size", details: "Netmask must be in range: [22, 29]")
        }
        var gateway: UInt32? = network.firstHost
        if let value = gatewayValue {
            if value.isNull {
                gateway = nil
            } else {
                guard let text = value.stringValue, let address = IPv4.parse(text), network.contains(address),
                    address != network.address, address != network.broadcast
                else { throw APIFault.badRequest("Invalid network IPv4 gateway") }
                gateway = address
            }
        }
        let resolvedPools =
            try pools.map { try Self.check($0, network: network, gateway: gateway) }
            ?? Self.defaultPools(network: network, gateway: gateway)
        return (network.description, gateway.map(IPv4.format), resolvedPools)
    }

    private static func check(_ pools: [IPv4Pool], network: IPv4Network, gateway: UInt32?) throws -> [IPv4Pool] {
        let sorted = pools.sorted { $0.start < $1.start }
        for pool in sorted {
            let inside = { (address: UInt32) in address > network.address && address < network.broadcast }
            guard inside(pool.start), inside(pool.end) else { throw APIFault.conflict("IP Pool out of bounds") }
            guard pool.start <= pool.end else { throw APIFault.conflict("Invalid IP pool range") }
            if let gateway, pool.start <= gateway, gateway <= pool.end {
                throw APIFault.conflict("Gateway cannot be in pool range")
            }
        }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.start <= previous.end {
            throw APIFault.conflict("IP Pool range conflict")
        }
        return sorted
    }

    private static func defaultPools(network: IPv4Network, gateway: UInt32?) -> [IPv4Pool] {
        let first = network.firstHost
        let last = network.lastHost
        guard let gateway else { return [IPv4Pool(start: first, end: last)] }
        if gateway == first { return [IPv4Pool(start: first + 1, end: last)] }
        if gateway == last { return [IPv4Pool(start: first, end: last - 1)] }
        return [IPv4Pool(start: first, end: gateway - 1), IPv4Pool(start: gateway + 1, end: last)]
    }
}

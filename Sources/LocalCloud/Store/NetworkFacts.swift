import GRDB

/// Network-wide facts that rendering ports and servers needs: which networks are public, and IPv6 subnets.
struct NetworkFacts: Sendable {
    var publicNetworks: Set<Int64>
    var ipv6Subnets: [Int64: IPv6SubnetInfo]

    static func load(_ db: Database) throws -> NetworkFacts {
        let publicIDs = try Int64.fetchAll(db, sql: "SELECT id FROM networks WHERE public = 1")
        var ipv6: [Int64: IPv6SubnetInfo] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, network_id, cidr FROM subnets WHERE ip_version = 6 AND deleted IS NULL") {
            if let network = IPv6Network(row["cidr"]) { ipv6[row["network_id"]] = IPv6SubnetInfo(id: row["id"], network: network) }
        }
        return NetworkFacts(publicNetworks: Set(publicIDs), ipv6Subnets: ipv6)
    }
}

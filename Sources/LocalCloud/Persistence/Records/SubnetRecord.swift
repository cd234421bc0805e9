import GRDB
import KamakiAPI

/// A subnet of a network; IPv4 subnets carry allocation pools.
struct SubnetRecord: Sendable, FetchableRecord {
    var id: Int64
    var networkID: Int64
    var userID: String?
    var name: String
    var ipVersion: Int
    var cidr: String
    var gateway: String?
    var enableDHCP: Bool
    var dnsNameservers: String
    var hostRoutes: String
    var pools: String
    var created: Int64
    var updated: Int64
    var deleted: Int64?
    var isPublic = false

    init(row: Row) {
        id = row["id"]
        networkID = row["network_id"]
        userID = row["user_id"]
        name = row["name"]
        ipVersion = row["ip_version"]
        cidr = row["cidr"]
        gateway = row["gateway"]
        enableDHCP = row["enable_dhcp"]
        dnsNameservers = row["dns_nameservers"]
        hostRoutes = row["host_routes"]
        pools = row["pools"]
        created = row["created"]
        updated = row["updated"]
        deleted = row["deleted"]
        isPublic = row["public"] ?? false
    }

    static let columns = """
        s.id, s.network_id, s.user_id, s.name, s.ip_version, s.cidr, s.gateway, s.enable_dhcp, s.dns_nameservers,
        s.host_routes, s.pools, s.created, s.updated, s.deleted, n.public
        """

    /// The IPv4 pools, in order.
    var ipv4Pools: [IPv4Pool] {
        guard let items = try? JSON.parse(pools).arrayValue else { return [] }
        return items.compactMap { item in
            guard let start = item["start"]?.stringValue.flatMap(IPv4.parse),
                let end = item["end"]?.stringValue.flatMap(IPv4.parse)
            else { return nil }
            return IPv4Pool(start: start, end: end)
        }
    }

    static func encodePools(_ pools: [IPv4Pool]) -> String {
        JSON.array(pools.map { .object(JSONObject([("start", .string(IPv4.format($0.start))), ("end", .string(IPv4.format($0.end)))])) })
            .serialized()
    }

    /// The subnet if its network is visible to `user`.
    static func visible(_ db: Database, id: Int64, user: String) throws -> SubnetRecord? {
        try fetchOne(
            db,
            sql:
                "SELECT \(columns) FROM subnets s JOIN networks n ON n.id = s.network_id WHERE s.id = ? AND (n.user_id = ? OR n.public = 1)",
            arguments: [id, user])
    }

    /// The subnets of the networks visible to `user`.
    static func visibleList(_ db: Database, user: String, since: Int64?) throws -> [SubnetRecord] {
        let filter = since == nil ? "s.deleted IS NULL" : "s.updated >= ?"
        var arguments: StatementArguments = [user]
        if let since { _ = arguments.append(contentsOf: [since]) }
        return try fetchAll(
            db,
            sql:
                "SELECT \(columns) FROM subnets s JOIN networks n ON n.id = s.network_id WHERE (n.user_id = ? OR n.public = 1) AND \(filter) ORDER BY s.id",
            arguments: arguments)
    }

    /// The live subnets of a network.
    static func of(_ db: Database, network: Int64) throws -> [SubnetRecord] {
        try fetchAll(
            db,
            sql:
                "SELECT \(columns) FROM subnets s JOIN networks n ON n.id = s.network_id WHERE s.network_id = ? AND s.deleted IS NULL ORDER BY s.id",
            arguments: [network])
    }
}

import GRDB
import LocalCloud

extension Fixtures {
    /// The private network ``addManyPorts(_:)`` makes, with an IPv4 and an IPv6 subnet.
    public static let manyPortsNetwork = 2

    /// Adds, in one transaction, a private network of the tutorial user (id 2, with an IPv4 and an IPv6
    /// subnet) and `count` of the user's ports on it, with ids 11, 12, …: every kind a list shows, in a
    /// fixed mix that depends only on the id. Attached ports (to the tutorial's servers 141 and 142) are
    /// ACTIVE, with a MAC and an IPv6 address; unattached ones DOWN; some are being deleted (still listed),
    /// some deleted (not listed). Names include the empty one, non-ASCII, quotes and control characters.
    /// Every timestamp is fixed, so what a list prints does not depend on when it runs.
    public func addManyPorts(_ count: Int) async throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try await queue.write { db in
            let user = "s0m3-u53r-1d"
            let created: Int64 = 1_400_000_000_123_456
            try db.execute(
                sql: """
                    INSERT INTO networks (id, user_id, name, type, public, floating_ip_pool, instantiated, created, updated)
                    VALUES (2, ?, 'many', 'MAC_FILTERED', 0, 0, 1, ?, ?)
                    """, arguments: [user, created, created])
            for (id, version, cidr, gateway) in [(60, 4, "10.0.0.0/16", "10.0.0.1"), (61, 6, "2001:db8:1::/64", "2001:db8:1::1")] {
                try db.execute(
                    sql: """
                        INSERT INTO subnets (id, network_id, user_id, name, ip_version, cidr, gateway, enable_dhcp,
                            dns_nameservers, host_routes, pools, created, updated)
                        VALUES (?, 2, ?, '', ?, ?, ?, 1, '[]', '[]', '[]', ?, ?)
                        """, arguments: [id, user, version, cidr, gateway, created, created])
            }
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO ports (id, user_id, network_id, device_id, name, subnet_id, ipv4, created, updated, ready_at,
                        deleting_since, gone_at)
                    VALUES (?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for offset in 0..<count {
                let id = Int64(11 + offset)
                let kind = offset % 10
                let device: Int64? = kind < 6 ? 141 + Int64(offset % 2) : nil
                let hasAddress = kind != 9
                let stamp = created + id * 1_000_003
                let updated = kind % 3 == 0 ? stamp : stamp + 7_654_321
                // Being deleted (listed, status kept) for kind 4; deleted (not listed) for kind 8.
                let deletingSince: Int64? = kind == 4 || kind == 8 ? stamp + 1 : nil
                let goneAt: Int64? = kind == 4 ? 4_000_000_000_000_000 : kind == 8 ? stamp + 2 : nil
                let readyAt = kind == 5 ? 4_000_000_000_000_000 : stamp
                try statement.execute(arguments: [
                    id, user, device, Self.portName(offset), hasAddress ? 60 : nil,
                    hasAddress ? 0x0A00_0000 + id : nil, stamp, updated, readyAt, deletingSince, goneAt,
                ])
            }
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = ? WHERE name = 'ports'", arguments: [10 + count])
        }
        try queue.close()
    }

    /// The name of the `offset`th port ``addManyPorts(_:)`` adds.
    static func portName(_ offset: Int) -> String {
        switch offset % 7 {
        case 0: "port-\(offset)"
        case 1: ""
        case 2: "θύρα \(offset) ☃"
        case 3: "quote \" and back\\slash \(offset)"
        case 4: "tab\there, line\nthere, escape \u{1B}[31m \(offset)"
        case 5: String(repeating: "long", count: 20 + offset % 13)
        default: "  spaced  \(offset)  "
        }
    }
}

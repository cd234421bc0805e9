import GRDB

/// Writes a seed into an empty state file, or wipes and re-seeds it.
enum SeedWorld {
    static let tutorialUserID = "s0m3-u53r-1d"
    static let otherUserID = "0th3r-u53r-2d"
    /// The image the seeded servers were made from: the catalog's Debian Base Alpha, as their
    /// metadata (OS debian, users root) says.
    static let serversImage = "f1r57-1m4g3-1d"
    static let gib: Int64 = 1 << 30

    /// Deletes every row (and the id sequences), then seeds.
    static func reset(_ db: Database, seed: Seed) throws {
        for table in ["keypairs", "ports", "floating_ips", "subnets", "networks", "server_metadata", "servers", "quotas", "users"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        try db.execute(sql: "DELETE FROM sqlite_sequence")
        try plant(db, seed: seed)
    }

    /// Seeds an empty state; does nothing when users exist already.
    static func plantIfEmpty(_ db: Database, seed: Seed) throws {
        let users = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users") ?? 0
        if users == 0 { try plant(db, seed: seed) }
    }

    private static func plant(_ db: Database, seed: Seed) throws {
        let withServers = seed == .tutorial
        try addUser(db, id: tutorialUserID, name: "Tutorial User", email: "tutorial@example.org", position: 0)
        try addUser(db, id: otherUserID, name: "Other User", email: "other@example.org", position: 1)
        let created = Timestamp.parseISO("2013-05-29T17:30:03.040929+00:00") ?? 0
        let updated = Timestamp.parseISO("2013-06-19T13:36:51.932214+00:00") ?? 0
        try db.execute(
            sql: """
                INSERT INTO networks (id, user_id, name, type, public, floating_ip_pool, instantiated, created, updated)
                VALUES (1, NULL, 'public_network', 'IP_LESS_ROUTED', 1, 1, 1, ?, ?)
                """, arguments: [created, updated])
        // The pool starts at .5 so that the tutorial's first floating IP is 192.168.3.5.
        try db.execute(
            sql: """
                INSERT INTO subnets (id, network_id, user_id, name, ip_version, cidr, gateway, enable_dhcp,
                    dns_nameservers, host_routes, pools, created, updated)
                VALUES (53, 1, NULL, 'public_subnet', 4, '192.168.3.0/24', '192.168.3.1', 1, '[]', '[]', ?, ?, ?)
                """,
            arguments: [SubnetRecord.encodePools([IPv4Pool(start: 0xC0A8_0305, end: 0xC0A8_03FE)]), created, updated])
        if withServers {
            let built = Timestamp.parseISO("2013-06-19T13:20:41.283122+00:00") ?? 0
            // What the servers were charged: the networking tutorial's quota list (2 VMs, 4 CPUs, 9 GiB RAM,
            // 80 GiB disk for the tutorial user).
            let servers: [(Int64, String, String, Int64, Int64, Int64)] = [
                (141, tutorialUserID, "Server 1", 2, 9 * gib / 2, 40 * gib), (142, tutorialUserID, "Server 1", 2, 9 * gib / 2, 40 * gib),
                (143, otherUserID, "Server 2", 1, gib, 20 * gib),
            ]
            for (id, user, name, vcpus, ram, disk) in servers {
                try db.execute(
                    sql: """
                        INSERT INTO servers (id, user_id, name, status, flavor_id, image_id, created, updated, vcpus, ram, disk)
                        VALUES (?, ?, ?, 'ACTIVE', 1, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, user, name, serversImage, built, built, vcpus, ram, disk])
                try db.execute(
                    sql: "INSERT INTO server_metadata (server_id, key, value) VALUES (?, 'OS', 'debian'), (?, 'users', 'root')",
                    arguments: [id, id])
            }
        }
        // Next port id 11 and next floating IP id 8, as in the tutorial.
        try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES ('ports', 10), ('floating_ips', 7)")
        for user in [tutorialUserID, otherUserID] {
            try addQuotas(db, user: user, diskspace: user == tutorialUserID ? 1_535_450_808 : 0)
        }
    }

    private static func addUser(_ db: Database, id: String, name: String, email: String, position: Int) throws {
        try db.execute(
            sql: "INSERT INTO users (id, name, email, token, position) VALUES (?, ?, ?, ?, ?)",
            arguments: [id, name, email, makeToken(), position])
    }

    /// The user's holdings; the usage of the compute resources is what the user's servers were charged.
    private static func addQuotas(_ db: Database, user: String, diskspace: Int64) throws {
        let rows: [(String, Int64, Int64)] = [
            ("cyclades.vm", 8, 0), ("cyclades.cpu", 16, 0), ("cyclades.ram", 40 * gib, 0), ("cyclades.disk", 500 * gib, 0),
            ("cyclades.total_cpu", 32, 0), ("cyclades.total_ram", 80 * gib, 0), ("cyclades.network.private", 5, 0),
            ("cyclades.floating_ip", 3, 0), ("pithos.diskspace", 20 * gib, diskspace),
        ]
        for (resource, limit, usage) in rows {
            try db.execute(
                sql: "INSERT INTO quotas (user_id, resource, quota_limit, usage) VALUES (?, ?, ?, ?)",
                arguments: [user, resource, limit, usage])
        }
        for (expression, resource) in [
            ("COUNT(*)", "cyclades.vm"), ("COALESCE(SUM(vcpus), 0)", "cyclades.cpu"), ("COALESCE(SUM(vcpus), 0)", "cyclades.total_cpu"),
            ("COALESCE(SUM(ram), 0)", "cyclades.ram"), ("COALESCE(SUM(ram), 0)", "cyclades.total_ram"),
            ("COALESCE(SUM(disk), 0)", "cyclades.disk"),
        ] {
            try db.execute(
                sql: """
                    UPDATE quotas SET usage = (SELECT \(expression) FROM servers WHERE user_id = quotas.user_id AND deleted IS NULL)
                    WHERE user_id = ? AND resource = ?
                    """, arguments: [user, resource])
        }
    }

    /// A random token: 32 characters from an unambiguous alphabet.
    static func makeToken() -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
    }
}

import GRDB
import KamakiAPI

/// Cyclades floating IPs: reserved from a public pool network (lowest free address first), charged to quota.
enum FloatingIPsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/floatingips", allow: "GET,POST", ["GET": list, "POST": create])
        // Synnefo answers 500 here (a bug); the local cloud lists instead.
        table.add("/network/v2.0/floatingips/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/floatingips/{}", allow: "GET,DELETE", ["GET": get, "PUT": update, "DELETE": delete])
        table.add("/network/v2.0/floatingips/{}/action", allow: "POST", ["POST": action])
    }

    private static func find(_ db: Database, _ text: String, user: String, now: Int64) throws -> FloatingIPRecord {
        guard let id = Int64(text) else { throw APIFault.badRequest("Invalid Floating IP ID \(text)") }
        guard let ip = try FloatingIPRecord.find(db, id: id, user: user, now: now) else {
            throw APIFault.itemNotFound("Floating IP with ID \(text) does not exist.")
        }
        return ip
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let since = try request.changesSince(now: now)
            let ips = try FloatingIPRecord.list(db, user: user.id, now: now, since: since)
            return .list("floatingips", ips.map(\.json), since: since)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            .ok(["floatingip": try find(db, request.id, user: user.id, now: now).json])
        }
    }

    @Sendable static func update(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user, _ in user.id }
        throw APIFault.notImplemented("Updating a floating IP is not supported.")
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let info = try request.bodyObject("floatingip")
            var networkID: Int64?
            if let value = info["floating_network_id"], !value.isNull {
                guard let text = Validation.idText(value) else { throw APIFault.invalidField("floating_network_id") }
                guard let id = Int64(text) else { throw APIFault.badRequest("Invalid networkd ID.") }
                networkID = id
            }
            var address: String?
            if let value = info["floating_ip_address"], !value.isNull {
                guard let text = value.stringValue else { throw APIFault.invalidField("floating_ip_address") }
                address = text
            }
            try Validation.singleOwner(info, user: user.id)
            let (network, subnet, value) = try allocate(db, user: user.id, networkID: networkID, address: address)
            try Quotas.commission(db, user: user.id, resource: "cyclades.floating_ip")
            try db.execute(
                sql: "INSERT INTO floating_ips (user_id, network_id, subnet_id, address, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [user.id, network, subnet, Int64(value), now, now])
            return .ok(["floatingip": try find(db, String(db.lastInsertedRowID), user: user.id, now: now).json])
        }
    }

    /// The network, subnet and address for a new floating IP.
    private static func allocate(_ db: Database, user: String, networkID: Int64?, address: String?) throws
        -> (Int64, Int64, UInt32)
    {
        guard let networkID else {
            let pools = try Int64.fetchAll(
                db, sql: "SELECT id FROM networks WHERE public = 1 AND floating_ip_pool = 1 AND deleted IS NULL ORDER BY id")
            for pool in pools {
                if let found = try freeAddress(db, network: pool) { return (pool, found.0, found.1) }
            }
            throw APIFault.conflict("Cannot allocate a floating IP address.")
        }
        let network = try NetworksRoutes.find(db, String(networkID), user: user)
        if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
        guard network.isPublic, network.isFloatingIPPool else {
            throw APIFault.conflict("Cannot allocate floating IP. Network \(networkID) is not a floating IP pool.")
        }
        guard let subnet = try SubnetRecord.of(db, network: networkID).first(where: { $0.ipVersion == 4 }) else {
            throw APIFault.conflict("No more IP addresses available on network \(networkID)")
        }
        if let address {
            guard let value = IPv4.parse(address), AddressPool.contains(subnet.ipv4Pools, value) else {
                throw APIFault.badRequest("Address \(address) does not belong to network \(networkID)")
            }
            if try AddressPool.used(db, network: networkID).contains(value) {
                throw APIFault.conflict("IP address \(address) is already used.")
            }
            return (networkID, subnet.id, value)
        }
        guard let found = try freeAddress(db, network: networkID) else {
            throw APIFault.conflict("No more IP addresses available on network \(networkID)")
        }
        return (networkID, found.0, found.1)
    }

    private static func freeAddress(_ db: Database, network: Int64) throws -> (Int64, UInt32)? {
        guard let subnet = try SubnetRecord.of(db, network: network).first(where: { $0.ipVersion == 4 }) else { return nil }
        let used = try AddressPool.used(db, network: network)
        return AddressPool.lowestFree(subnet.ipv4Pools, used: used).map { (subnet.id, $0) }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let ip = try find(db, request.id, user: user.id, now: now)
            if let port = ip.portID {
                if let server = ip.instanceID { throw APIFault.conflict("IP '\(ip.id)' is used by server '\(server)'") }
                throw APIFault.conflict("IP '\(ip.id)' is used by port '\(port)'")
            }
            try db.execute(sql: "UPDATE floating_ips SET deleted = ?, updated = ? WHERE id = ?", arguments: [now, now, ip.id])
            try Quotas.release(db, user: user.id, resource: "cyclades.floating_ip")
            return .noContent
        }
    }

    @Sendable static func action(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let (project, _) = try Validation.reassign(try request.jsonBody(), exactlyOneKey: true)
            let ip = try find(db, request.id, user: user.id, now: now)
            if ip.userID != user.id { throw APIFault.forbidden("Action 'reassign' is allowed only to the owner of the floating IP.") }
            if project != user.id { throw APIFault.badRequest("User \(user.id) not in project \(project)") }
            return CloudResponse(status: 200, body: nil)
        }
    }
}

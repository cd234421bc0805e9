import GRDB
import KamakiAPI

/// Cyclades subnets: listed with their networks, created on the user's own networks, renamed, never deleted.
enum SubnetsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/subnets", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/network/v2.0/subnets/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/subnets/{}", allow: "GET,PUT,DELETE", ["GET": get, "PUT": rename, "DELETE": delete])
    }

    private static func find(_ db: Database, _ text: String, user: String) throws -> SubnetRecord {
        guard let id = Int64(text) else { throw APIFault.badRequest("Invalid subnet ID '\(text)'") }
        guard let subnet = try SubnetRecord.visible(db, id: id, user: user) else {
            throw APIFault.itemNotFound("Subnet '\(text)' not found.")
        }
        return subnet
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let since = try request.changesSince(now: now)
            let subnets = try SubnetRecord.visibleList(db, user: user.id, since: since)
            return .list("subnets", subnets.map { $0.json(request.links) }, since: since)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, _ in
            .ok(["subnet": try find(db, request.id, user: user.id).json(request.links)])
        }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user, _ in user.id }
        throw APIFault.badRequest("Deletion of a subnet is not supported")
    }

    @Sendable static func rename(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            guard let info = try request.jsonBody()["subnet"]?.objectValue else { throw APIFault.badRequest("Malformed request") }
            guard info.count == 1, info["name"] != nil else { throw APIFault.badRequest("Only the name of a subnet can be updated") }
            guard let id = Int64(request.id), let subnet = try SubnetRecord.visible(db, id: id, user: user.id) else {
                throw APIFault.itemNotFound("Subnet not found")
            }
            guard subnet.userID == user.id else { throw APIFault.forbidden("Forbidden operation") }
            let name = try Validation.name(info, limit: 128, tooLong: "Subnet name is  too long") ?? ""
            try db.execute(sql: "UPDATE subnets SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, id])
            return .ok(["subnet": try find(db, request.id, user: user.id).json(request.links)])
        }
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            guard let info = try request.jsonBody()["subnet"]?.objectValue, let networkValue = info["network_id"],
                let cidr = info["cidr"]?.stringValue
            else { throw APIFault.badRequest("Malformed request") }
            let plan = try SubnetPlan(info: info, cidr: cidr)
            guard let networkText = Validation.idText(networkValue), let networkID = Int64(networkText) else {
                throw APIFault.badRequest("Malformed network ID")
            }
            guard let network = try NetworkRecord.fetchOne(
                db, sql: "SELECT \(NetworkRecord.columns) FROM networks WHERE id = ?", arguments: [networkID])
            else { throw APIFault.itemNotFound("No network found with that ID") }
            if network.deleted != nil { throw APIFault.badRequest("Network has been deleted") }
            guard network.userID == user.id else { throw APIFault.forbidden("Forbidden operation") }
            guard plan.ipVersion == 4 || plan.ipVersion == 6 else { throw APIFault.badRequest("Malformed IP version type") }
            let sameVersion = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM subnets WHERE network_id = ? AND ip_version = ? AND deleted IS NULL",
                arguments: [networkID, plan.ipVersion]) ?? 0
            if sameVersion > 0 { throw APIFault.badRequest("Only one subnet of IPv4/IPv6 per network is allowed") }
            if network.instantiated {
                throw APIFault.badRequest("Cannot create subnet in network \(networkID), VMs are already connected to this network")
            }
            let resolved = try plan.resolve()
            let name = try Validation.name(info, limit: 128, tooLong: "Subnet name is too long") ?? ""
            try db.execute(
                sql: """
                    INSERT INTO subnets (network_id, user_id, name, ip_version, cidr, gateway, enable_dhcp, dns_nameservers,
                        host_routes, pools, created, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [networkID, user.id, name, plan.ipVersion, resolved.cidr, resolved.gateway, plan.dhcp,
                            plan.dnsNameservers.serialized(), plan.hostRoutes.serialized(), SubnetRecord.encodePools(resolved.pools),
                            now, now])
            try db.execute(sql: "UPDATE networks SET updated = ? WHERE id = ?", arguments: [now, networkID])
            return .created(["subnet": try find(db, String(db.lastInsertedRowID), user: user.id).json(request.links)])
        }
    }
}

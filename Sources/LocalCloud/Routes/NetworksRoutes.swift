import GRDB
import KamakiAPI

/// Cyclades networks: the public pool network and users' private MAC_FILTERED networks.
enum NetworksRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/networks", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/network/v2.0/networks/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/networks/{}", allow: "GET,PUT,DELETE", ["GET": get, "PUT": rename, "DELETE": delete])
        table.add("/network/v2.0/networks/{}/action", allow: "POST", ["POST": action])
    }

    static func networkID(_ text: String) throws -> Int64 {
        guard let id = Int64(text) else { throw APIFault.badRequest("Invalid network ID '\(text)'") }
        return id
    }

    static func find(_ db: Database, _ text: String, user: String) throws -> NetworkRecord {
        let id = try networkID(text)
        guard let network = try NetworkRecord.visible(db, id: id, user: user) else {
            throw APIFault.itemNotFound("Network \(text) not found.")
        }
        return network
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let since = try request.changesSince(now: now)
            let networks = try NetworkRecord.visibleList(db, user: user.id, since: since)
            return .list("networks", networks.map { $0.json(request.links) }, since: since)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, _ in
            .ok(["network": try find(db, request.id, user: user.id).json(request.links)])
        }
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let info = try request.bodyObject("network")
            guard let typeValue = info["type"] else { throw APIFault.missingAttribute("type") }
            guard let type = typeValue.stringValue else { throw APIFault.invalidField("type") }
            guard NetworkType.all.contains(type) else { throw APIFault.badRequest("Invalid network type '\(type)'") }
            guard type == NetworkType.default else { throw APIFault.forbidden("Cannot create network of type '\(type)'.") }
            let name = try Validation.name(info, limit: 128, tooLong: "Network name is too long")
            try Validation.singleOwner(info, user: user.id)
            try Quotas.commission(db, user: user.id, resource: "cyclades.network.private")
            try db.execute(
                sql: """
                    INSERT INTO networks (user_id, name, type, public, floating_ip_pool, created, updated)
                    VALUES (?, ?, ?, 0, 0, ?, ?)
                    """, arguments: [user.id, name ?? "", type, now, now])
            let network = try find(db, String(db.lastInsertedRowID), user: user.id)
            return .created(["network": network.json(request.links)])
        }
    }

    @Sendable static func rename(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let info = try request.bodyObject("network")
            let network = try find(db, request.id, user: user.id)
            guard info["name"] != nil else { throw APIFault.missingAttribute("name") }
            if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
            if network.isPublic { throw APIFault.forbidden("Cannot rename the public network.") }
            let name = try Validation.name(info, limit: 128, tooLong: "Network name is too long") ?? ""
            try db.execute(sql: "UPDATE networks SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, network.id])
            return .ok(["network": try find(db, request.id, user: user.id).json(request.links)])
        }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let network = try find(db, request.id, user: user.id)
            if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
            if network.isPublic { throw APIFault.forbidden("Cannot delete the public network.") }
            let ports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ports WHERE network_id = ?", arguments: [network.id]) ?? 0
            if ports > 0 {
                throw APIFault.conflict("Cannot delete network. There are ports still configured on network network \(network.id)")
            }
            let ips = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM floating_ips WHERE network_id = ? AND deleted IS NULL", arguments: [network.id]) ?? 0
            if ips > 0 { throw APIFault.conflict("Cannot delete netowrk. Network has allocated floating IPs.") }
            try db.execute(sql: "UPDATE networks SET deleted = ?, updated = ? WHERE id = ?", arguments: [now, now, network.id])
            try db.execute(sql: "UPDATE subnets SET deleted = ?, updated = ? WHERE network_id = ?", arguments: [now, now, network.id])
            if let owner = network.userID { try Quotas.release(db, user: owner, resource: "cyclades.network.private") }
            return .noContent
        }
    }

    /// `{"reassign": {"project": ...}}`: only to the owner's own (system) project, since sharing is disabled.
    @Sendable static func action(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, _ in
            let (project, _) = try Validation.reassign(try request.jsonBody(), exactlyOneKey: false)
            let network = try find(db, request.id, user: user.id)
            if network.isPublic { throw APIFault.forbidden("Cannot reassign public network") }
            if network.userID != user.id { throw APIFault.forbidden("Action 'reassign' is allowed only to the owner of the network.") }
            if project != user.id { throw APIFault.badRequest("User \(user.id) not in project \(project)") }
            return CloudResponse(status: 200, body: nil)
        }
    }
}

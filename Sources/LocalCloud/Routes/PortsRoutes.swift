import GRDB
import KamakiAPI

/// Cyclades ports: connecting servers to networks (and attaching floating IPs) is port creation.
enum PortsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/ports", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/network/v2.0/ports/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/ports/{}", allow: "GET,DELETE,PUT", ["GET": get, "PUT": update, "DELETE": delete])
    }

    static func find(_ db: Database, _ text: String, user: String, now: Int64) throws -> PortRecord {
        guard let id = Int64(text) else { throw APIFault.badRequest("Invalid port ID '\(text)'") }
        guard let port = try PortRecord.find(db, id: id, user: user, now: now) else {
            throw APIFault.itemNotFound("Port '\(text)' not found.")
        }
        return port
    }

    /// Filters such as `?device_id=` are ignored, as in Synnefo.
    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let facts = try NetworkFacts.load(db)
            let ports = try PortRecord.list(db, user: user.id, now: now)
            // Written one port at a time: ten thousand ports never exist as one JSON tree.
            var body = Array(#"{"ports": ["#.utf8)
            var first = true
            while let port = try ports.next() {
                if !first { body.append(UInt8(ascii: ",")) }
                first = false
                body += port.json(request.links, now: now, ipv6Subnet: facts.ipv6Subnets[port.networkID]).serializedBytes()
            }
            body += "]}".utf8
            return CloudResponse(status: 200, body: nil, serialized: body)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { db, user, now in
            let port = try find(db, request.id, user: user.id, now: now)
            let facts = try NetworkFacts.load(db)
            return .ok(["port": port.json(request.links, now: now, ipv6Subnet: facts.ipv6Subnets[port.networkID])])
        }
    }

    @Sendable static func update(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let info = try request.bodyObject("port")
            let port = try find(db, request.id, user: user.id, now: now)
            if let name = try Validation.name(info, limit: 128, tooLong: "Port name is too long"), !name.isEmpty {
                try db.execute(sql: "UPDATE ports SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, port.id])
            }
            let updated = try find(db, request.id, user: user.id, now: now)
            let facts = try NetworkFacts.load(db)
            return .ok(["port": updated.json(request.links, now: now, ipv6Subnet: facts.ipv6Subnets[port.networkID])])
        }
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let plan = try PortPlan(info: try request.bodyObject("port"))
            let created = try plan.create(db, user: user.id, now: now, cloud: request.cloud)
            let facts = try NetworkFacts.load(db)
            return .created(["port": created.json(request.links, now: now, ipv6Subnet: facts.ipv6Subnets[created.networkID])])
        }
    }

    /// An unattached port goes at once; an attached one keeps its status for the settle time, then 404s.
    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { db, user, now in
            let port = try find(db, request.id, user: user.id, now: now)
            let network = try NetworkRecord.fetchOne(
                db, sql: "SELECT \(NetworkRecord.columns) FROM networks WHERE id = ?", arguments: [port.networkID])
            if network?.isPublic == true, port.floatingIPID == nil {
                throw APIFault.forbidden("Cannot disconnect from public network.")
            }
            guard let server = port.deviceID else {
                try db.execute(sql: "DELETE FROM ports WHERE id = ?", arguments: [port.id])
                return .noContent
            }
            if port.goneAt != nil, !request.cloud.pendingActions { return .noContent }
            try PendingAction.check(db, server: server, action: "DISCONNECT", now: now, enforced: request.cloud.pendingActions)
            if request.cloud.settle <= 0 {
                try db.execute(sql: "DELETE FROM ports WHERE id = ?", arguments: [port.id])
            } else {
                try db.execute(
                    sql: "UPDATE ports SET deleting_since = ?, gone_at = ? WHERE id = ?",
                    arguments: [now, now + request.cloud.settle, port.id])
            }
            return .noContent
        }
    }
}

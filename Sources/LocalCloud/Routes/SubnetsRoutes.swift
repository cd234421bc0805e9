import KamakiAPI

/// Cyclades subnets: listed with their networks, created on the user's own networks, renamed, never deleted.
enum SubnetsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/subnets", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/network/v2.0/subnets/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/subnets/{}", allow: "GET,PUT,DELETE", ["GET": get, "PUT": rename, "DELETE": delete])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let since = try request.changesSince(now: store.now)
            let page = try ListPage(query: request.query)
            let subnets = try store.subnets(visibleTo: user.id, since: since)
            return .page("subnets", subnets, page: page, since: since, links: request.links, id: \.id) { $0.json(request.links) }
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["subnet": try store.subnet(id: request.id, visibleTo: user.id).json(request.links)])
        }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user in user.id }
        throw APIFault.badRequest("Deletion of a subnet is not supported")
    }

    @Sendable static func rename(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            guard let info = try request.jsonBody()["subnet"]?.objectValue else { throw APIFault.badRequest("Malformed request") }
            guard info.count == 1, info["name"] != nil else { throw APIFault.badRequest("Only the name of a subnet can be updated") }
            return .ok(["subnet": try store.renameSubnet(id: request.id, user: user.id, info: info).json(request.links)])
        }
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            guard let info = try request.jsonBody()["subnet"]?.objectValue, let networkValue = info["network_id"],
                let cidr = info["cidr"]?.stringValue
            else { throw APIFault.badRequest("Malformed request") }
            let plan = try SubnetPlan(info: info, cidr: cidr)
            guard let networkText = Validation.idText(networkValue), let networkID = Int64(networkText) else {
                throw APIFault.badRequest("Malformed network ID")
            }
            let subnet = try store.createSubnet(plan, network: networkID, info: info, user: user.id)
            return .created(["subnet": subnet.json(request.links)])
        }
    }
}

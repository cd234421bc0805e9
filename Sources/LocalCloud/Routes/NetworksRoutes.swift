import KamakiAPI

/// Cyclades networks: the public pool network and users' private MAC_FILTERED networks.
enum NetworksRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network/v2.0/networks", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/network/v2.0/networks/detail", allow: "GET", ["GET": list])
        table.add("/network/v2.0/networks/{}", allow: "GET,PUT,DELETE", ["GET": get, "PUT": rename, "DELETE": delete])
        table.add("/network/v2.0/networks/{}/action", allow: "POST", ["POST": action])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let since = try request.changesSince(now: store.now)
            let page = try ListPage(query: request.query)
            let networks = try store.networks(visibleTo: user.id, since: since)
            return .page("networks", networks, page: page, since: since, links: request.links, id: \.id) { $0.json(request.links) }
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["network": try store.network(id: request.id, visibleTo: user.id).json(request.links)])
        }
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let info = try request.bodyObject("network")
            guard let typeValue = info["type"] else { throw APIFault.missingAttribute("type") }
            guard let type = typeValue.stringValue else { throw APIFault.invalidField("type") }
            guard NetworkType.all.contains(type) else { throw APIFault.badRequest("Invalid network type '\(type)'") }
            guard type == NetworkType.default else { throw APIFault.forbidden("Cannot create network of type '\(type)'.") }
            let name = try Validation.name(info, limit: 128, tooLong: "Network name is too long")
            try Validation.singleOwner(info, user: user.id)
            let network = try store.createNetwork(name: name, type: type, user: user.id)
            return .created(["network": network.json(request.links)])
        }
    }

    @Sendable static func rename(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let info = try request.bodyObject("network")
            return .ok(["network": try store.renameNetwork(id: request.id, user: user.id, info: info).json(request.links)])
        }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            try store.deleteNetwork(id: request.id, user: user.id)
            return .noContent
        }
    }

    /// `{"reassign": {"project": ...}}`: only to the owner's own (system) project, since sharing is disabled.
    @Sendable static func action(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let (project, _) = try Validation.reassign(try request.jsonBody(), exactlyOneKey: false)
            try store.checkNetworkReassign(id: request.id, user: user.id, project: project)
            return CloudResponse(status: 200, body: nil)
        }
    }
}

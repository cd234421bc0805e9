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

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            let since = try request.changesSince(now: store.now)
            let page = try ListPage(query: request.query)
            let ips = try store.floatingIPs(of: user.id, since: since)
            return .page("floatingips", ips, page: page, since: since, links: request.links, id: \.id, json: \.json)
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["floatingip": try store.floatingIP(id: request.id, user: user.id).json])
        }
    }

    @Sendable static func update(_ request: CloudRequest) async throws -> CloudResponse {
        _ = try await request.read { _, user in user.id }
        throw APIFault.notImplemented("Updating a floating IP is not supported.")
    }

    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
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
            let ip = try store.createFloatingIP(network: networkID, address: address, user: user.id)
            return .ok(["floatingip": ip.json])
        }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            try store.releaseFloatingIP(id: request.id, user: user.id)
            return .noContent
        }
    }

    @Sendable static func action(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            let (project, _) = try Validation.reassign(try request.jsonBody(), exactlyOneKey: true)
            try store.checkFloatingIPReassign(id: request.id, user: user.id, project: project)
            return CloudResponse(status: 200, body: nil)
        }
    }
}

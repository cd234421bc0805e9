import KamakiAPI

/// `DELETE /servers/{id}` and `POST /servers/{id}/action`: what changes a server's lifecycle.
enum ServerActionRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/compute/v2.0/servers/{}/action", trailingSlash: false, numeric: true, allow: "POST", ["POST": action])
    }

    /// `DELETE /servers/{id}` → 204; the server is `DESTROYING` for the settle time, then `DELETED`.
    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            try store.deleteServer(id: request.id, user: user.id, cloud: request.cloud)
            return .noContent
        }
    }

    /// `{"start"|"os-start"|"shutdown"|"os-stop": {}}` and `{"reboot": {"type": ...}}` → 202;
    /// `{"console": {"type": "vnc"}}` → 200 with the console.
    @Sendable static func action(_ request: CloudRequest) async throws -> CloudResponse {
        let action = try ServerAction(try request.jsonBody())
        let host = Self.host(of: request.links.base)
        return try await request.write { store, user in
            guard let body = try store.perform(action, on: request.id, user: user.id, cloud: request.cloud, host: host) else {
                return CloudResponse(status: 202, body: nil)
            }
            return .ok(body)
        }
    }

    /// The host part of `http://host:port`.
    static func host(of base: String) -> String {
        let rest = base.split(separator: "://", maxSplits: 1).last.map(String.init) ?? base
        if rest.hasPrefix("[") { return String(rest.prefix { $0 != "]" }.dropFirst()) }
        return String(rest.prefix { $0 != ":" && $0 != "/" })
    }
}

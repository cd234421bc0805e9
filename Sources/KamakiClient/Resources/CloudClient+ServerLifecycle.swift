public import KamakiAPI

/// What `POST /servers/{id}/action` asks of a server.
public enum ServerAction: Sendable, Hashable {
    case start
    case shutdown
    case reboot(hard: Bool)

    /// The body, as kamaki 0.16 (Cyclades) sends it.
    var json: JSON {
        let (key, value): (String, JSONObject) =
            switch self {
            case .start: ("start", JSONObject())
            case .shutdown: ("shutdown", JSONObject())
            case .reboot(let hard): ("reboot", JSONObject([("type", .string(hard ? "HARD" : "SOFT"))]))
            }
        return .object(JSONObject([(key, .object(value))]))
    }
}

extension CloudClient {
    /// `POST /servers` (202): the new server, in BUILD, with its `adminPass` (shown only now).
    /// On OpenStack the body is Nova's (``ServerCreateRequest/novaJSON(defaultNetwork:)``).
    public func createServer(_ request: ServerCreateRequest) async throws -> Server {
        guard try await dialect() == .openstack else {
            return try await one(Server.self, "server", "POST", .compute, "/servers", body: request.json, expect: 202)
        }
        let body = try await request.novaJSON(defaultNetwork: defaultServerNetwork)
        return NovaServer.created(try await one(Server.self, "server", "POST", .compute, "/servers", body: body, expect: 202))
    }

    /// `DELETE /servers/{id}` (204). The server stays readable, DELETED once the cloud is done.
    public func deleteServer(_ id: String) async throws {
        try await call("DELETE", .compute, "/servers/" + Self.segment(id), expect: 204)
    }

    /// `POST /servers/{id}/action` (202): start, shut down or reboot.
    public func serverAction(_ id: String, _ action: ServerAction) async throws {
        let body = try await dialect() == .openstack ? action.novaJSON : action.json
        try await call("POST", .compute, "/servers/" + Self.segment(id) + "/action", body: body, expect: 202)
    }

    /// `PUT /servers/{id}` with `{"server": {"name"}}` (204).
    public func renameServer(_ id: String, name: String) async throws {
        try await call("PUT", .compute, "/servers/" + Self.segment(id), body: Self.nameBody("server", name), expect: 204)
    }

    /// `POST /servers/{id}/metadata` with `{"metadata": {...}}` (201): adds or replaces these keys.
    public func updateServerMetadata(_ id: String, _ metadata: [(key: String, value: String)]) async throws {
        let body = JSON.object(JSONObject([("metadata", .object(JSONObject(metadata.map { ($0.key, JSON.string($0.value)) })))]))
        try await call("POST", .compute, "/servers/" + Self.segment(id) + "/metadata", body: body, expect: 201)
    }

    /// `DELETE /servers/{id}/metadata/{key}` (204).
    public func deleteServerMetadata(_ id: String, key: String) async throws {
        try await call("DELETE", .compute, "/servers/" + Self.segment(id) + "/metadata/" + Self.segment(key), expect: 204)
    }

    /// `POST /servers/{id}/action` with `{"console": {"type"}}` (200): the `console` object
    /// (type, host, port, password) of a VNC console.
    public func serverConsole(_ id: String, type: String) async throws -> JSONObject {
        let body = JSON.object(JSONObject([("console", .object(JSONObject([("type", .string(type))])))]))
        return try await request("POST", .compute, "/servers/" + Self.segment(id) + "/action", body: body, expect: 200) { body in
            guard let console = body?["console"]?.objectValue else { throw WireError.missingKey("console") }
            return console
        }
    }

    /// `GET /images/{id}` of the compute API: the image's `metadata` (kamaki copies its `os`
    /// and `users` into a new server's metadata).
    public func computeImageMetadata(_ id: String) async throws -> JSONObject {
        try await request("GET", .compute, "/images/" + Self.segment(id), expect: 200) { body in
            body?["image"]?["metadata"]?.objectValue ?? JSONObject()
        }
    }
}

public import KamakiAPI

extension CloudClient {
    /// `GET /servers` (id, name, links) or, with `detail`, `GET /servers/detail`.
    public func listServers(detail: Bool = false) async throws -> [Server] {
        try await list(Server.self, "servers", .compute, detail ? "/servers/detail" : "/servers")
    }

    /// `GET /servers/{id}`, with its `attachments` (ACTIVE ports only).
    public func server(_ id: String) async throws -> Server {
        try await one(Server.self, "server", "GET", .compute, "/servers/" + Self.segment(id))
    }
}

import KamakiAPI

extension CloudClient {
    /// `POST /networks/{id}/action` with `{"reassign": {"project": P}}` (200): the network's quota moves to project P.
    public func reassignNetwork(_ id: String, project: String) async throws {
        try await call("POST", .network, "/networks/" + Self.segment(id) + "/action", body: Self.reassignBody(project), expect: 200)
    }

    /// `POST /floatingips/{id}/action` with `{"reassign": {"project": P}}` (200).
    public func reassignFloatingIP(_ id: String, project: String) async throws {
        try await call("POST", .network, "/floatingips/" + Self.segment(id) + "/action", body: Self.reassignBody(project), expect: 200)
    }

    static func reassignBody(_ project: String) -> JSON {
        .object(JSONObject([("reassign", .object(JSONObject([("project", .string(project))])))]))
    }
}

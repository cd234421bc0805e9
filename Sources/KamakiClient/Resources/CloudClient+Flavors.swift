public import KamakiAPI

extension CloudClient {
    /// `GET /flavors` (id, name, links) or, with `detail`, `GET /flavors/detail`; `projectID` asks for the
    /// flavors of that project only (`SNF:flavor-access`), `publicOnly` for public ones (`SNF:is_public`).
    public func listFlavors(detail: Bool = false, projectID: String? = nil, publicOnly: Bool = false) async throws -> [Flavor] {
        var query: [String] = []
        if let projectID { query.append("SNF:flavor-access=" + (try Self.segment(projectID))) }
        if publicOnly { query.append("SNF:is_public=True") }
        let path = (detail ? "/flavors/detail" : "/flavors") + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        return try await list(Flavor.self, "flavors", .compute, path)
    }

    /// `GET /flavors/{id}`.
    public func flavor(_ id: String) async throws -> Flavor {
        try await one(Flavor.self, "flavor", "GET", .compute, "/flavors/" + Self.segment(id))
    }
}

public import KamakiAPI

extension CloudClient {
    /// `GET {account}/quotas`: `{project: {resource: {usage, limit, pending, project_*}}}` in the server's order.
    public func quotas() async throws -> JSONObject {
        try await object("/quotas")
    }

    /// `GET {account}/resources`: the quota resources and their descriptions.
    public func resources() async throws -> JSONObject {
        try await object("/resources")
    }

    private func object(_ path: String) async throws -> JSONObject {
        let json = try await call("GET", .account, path, expect: 200)
        guard let object = json?.objectValue else {
            throw ClientError(.invalidResponse("expected a JSON object"), method: "GET", url: path)
        }
        return object
    }
}

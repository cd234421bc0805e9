public import KamakiAPI

extension CloudClient {
    /// `GET {account}/quotas`: `{project: {resource: {usage, limit, pending, project_*}}}` in the server's order.
    /// On OpenStack, which has no account service, the project's Neutron and Nova quotas (``openStackQuotas()``).
    public func quotas() async throws -> JSONObject {
        if try await dialect() == .openstack { return try await openStackQuotas() }
        return try await object("/quotas")
    }

    /// `GET {account}/resources`: the quota resources and their descriptions.
    public func resources() async throws -> JSONObject {
        try await object("/resources")
    }

    private func object(_ path: String) async throws -> JSONObject {
        try await request("GET", .account, path, expect: 200) { json in
            guard let object = json?.objectValue else { throw WireError.wrongType("body") }
            return object
        }
    }
}

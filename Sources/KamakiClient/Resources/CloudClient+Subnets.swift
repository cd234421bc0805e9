public import KamakiAPI

extension CloudClient {
    /// `GET /subnets`.
    public func listSubnets() async throws -> [Subnet] {
        try await list(Subnet.self, "subnets", .network, "/subnets")
    }

    /// `GET /subnets/{id}`.
    public func subnet(_ id: String) async throws -> Subnet {
        try await one(Subnet.self, "subnet", "GET", .network, "/subnets/" + Self.segment(id))
    }

    /// `POST /subnets` (201).
    public func createSubnet(_ request: SubnetCreateRequest) async throws -> Subnet {
        try await one(Subnet.self, "subnet", "POST", .network, "/subnets", body: request.json, expect: 201)
    }

    /// `PUT /subnets/{id}` with `{"subnet": {"name"}}`.
    public func renameSubnet(_ id: String, name: String) async throws -> Subnet {
        try await one(
            Subnet.self, "subnet", "PUT", .network, "/subnets/" + Self.segment(id), body: Self.nameBody("subnet", name))
    }
}

import KamakiAPI

extension CloudClient {
    /// The compute microversion this client sends (``NovaMicroversion/negotiate(_:)`` from `GET` of the
    /// compute endpoint, once per client); nil on a Synnefo cloud or a compute API without microversions.
    public func computeMicroversion() async throws -> NovaMicroversion? {
        guard try await dialect() == .openstack else { return nil }
        return try await openStack.microversion { [self] in
            let document = try await request("GET", .compute, "/", expect: 200, versionDocument: true) { $0 ?? .null }
            return try NovaMicroversion.negotiate(document)
        }
    }

    /// The headers a request to `service` carries besides the token: Nova's `OpenStack-API-Version`.
    func serviceHeaders(_ service: Service) async throws -> [(name: String, value: String)] {
        guard service == .compute, let version = try await computeMicroversion() else { return [] }
        return [("OpenStack-API-Version", version.headerValue)]
    }
}

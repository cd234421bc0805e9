import KamakiAPI

/// Which API family a cloud speaks. Both share most of the wire (Neutron-style `/v2.0` networks,
/// `X-Auth-Token`), but identity, compute and some network verbs differ.
public enum CloudDialect: String, Sendable, Hashable {
    /// Synnefo: Astakos identity (`POST /identity/v2.0/tokens`), Cyclades compute and network.
    case synnefo
    /// OpenStack: Keystone v3 identity, Neutron (`/v2.0`), Nova (`/v2.1` with microversions).
    case openstack
}

extension CloudClient {
    /// The dialect of this client's cloud, decided from the identity response (never guessed from a URL):
    /// a Keystone v3 token body is OpenStack, a Synnefo `access` reply is Synnefo. It costs no request
    /// once the client has authenticated (or found the reply in its disk cache).
    ///
    /// One configuration decides without asking: a token with service URLs set (kamakirc's
    /// `network_url`, `cyclades_url`, … are Synnefo's options) is Synnefo, so its calls need no identity request.
    public func dialect() async throws -> CloudDialect {
        if case .token = configuration.credentials, !configuration.serviceURLs.isEmpty { return .synnefo }
        return try await identity.current().access.isKeystoneV3 ? .openstack : .synnefo
    }
}

/// Which API family a cloud speaks. Both share most of the wire (Neutron-style `/v2.0` networks,
/// `X-Auth-Token`), but identity, compute and some network verbs differ.
public enum CloudDialect: String, Sendable, Hashable {
    /// Synnefo: Astakos identity (`POST /identity/v2.0/tokens`), Cyclades compute and network.
    case synnefo
    /// OpenStack: Keystone v3 identity, Neutron (`/v2.0`), Nova (`/v2.1` with microversions).
    case openstack
}

extension CloudClient {
    /// The dialect of this client's cloud, decided from the identity response (never guessed from a URL).
    ///
    /// Until Keystone v3 lands every cloud is Synnefo.
    public func dialect() async throws -> CloudDialect {
        .synnefo
    }
}

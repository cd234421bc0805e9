/// An identity reply: the `access` object of Synnefo's `POST /identity/v2.0/tokens`, or the `token`
/// object of Keystone v3's `POST /v3/auth/tokens` (whose token travels in the `X-Subject-Token` header).
public struct Access: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// Whether this is a Keystone v3 token body (`methods`, `expires_at`, `catalog`), not a Synnefo/v2 `access`.
    public var isKeystoneV3: Bool { raw["methods"]?.arrayValue != nil }

    /// The user's uuid.
    public var userID: String { raw["user"]?["id"]?.stringValue ?? "" }
    /// The user's display name.
    public var userName: String { raw["user"]?["name"]?.stringValue ?? "" }
    /// The project the token is scoped to (v2: `token.tenant.id`; v3: `project.id`).
    public var defaultProject: String? { raw["token"]?["tenant"]?["id"]?.stringValue ?? raw["project"]?["id"]?.stringValue }
    /// The name of the project the token is scoped to (v3 `project.name`, v2 `token.tenant.name`).
    public var projectName: String? { raw["project"]?["name"]?.stringValue ?? raw["token"]?["tenant"]?["name"]?.stringValue }
    /// When the token expires, as the server wrote it (v3 `expires_at`, v2 `token.expires`).
    public var expiresAt: String? { raw["expires_at"]?.stringValue ?? raw["token"]?["expires"]?.stringValue }
    /// Whether the reply holds a catalog at all (a v3 unscoped token has none).
    public var hasCatalog: Bool { raw["catalog"]?.arrayValue != nil || raw["serviceCatalog"]?.arrayValue != nil }
    /// The services (v2 `serviceCatalog`, v3 `catalog`).
    public var catalog: [CatalogService] {
        (raw["serviceCatalog"] ?? raw["catalog"])?.arrayValue?.compactMap { $0.objectValue.map(CatalogService.init(raw:)) } ?? []
    }
}

/// One entry of the service catalog.
public struct CatalogService: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The service type (`compute`, `network`, `identity`, `account`, …).
    public var type: String { raw["type"]?.stringValue ?? "" }
    /// The service name (`nova`, `neutron`, `astakos_account`, …).
    public var name: String { raw["name"]?.stringValue ?? "" }
    /// The endpoints: v2's `publicURL` ones, or v3's `{interface, region, url}` ones.
    public var endpoints: [Endpoint] {
        raw["endpoints"]?.arrayValue?.compactMap { item in
            if let url = item["publicURL"]?.stringValue {
                return Endpoint(publicURL: url, versionID: item["versionId"]?.stringValue, uiURL: item["SNF:uiURL"]?.stringValue)
            }
            guard let url = item["url"]?.stringValue, let interface = item["interface"]?.stringValue else { return nil }
            var endpoint = Endpoint(publicURL: url, versionID: nil, uiURL: nil)
            endpoint.interface = interface
            endpoint.region = item["region"]?.stringValue ?? item["region_id"]?.stringValue
            return endpoint
        } ?? []
    }

    /// One endpoint of a service.
    public struct Endpoint: Sendable, Hashable {
        /// The URL (v2 `publicURL`, v3 `url`).
        public var publicURL: String
        public var versionID: String?
        public var uiURL: String?
        /// v3 only: `public`, `internal` or `admin`; nil for a v2 endpoint.
        public var interface: String?
        /// v3 only: the region (`RegionOne`).
        public var region: String?
        public init(publicURL: String, versionID: String?, uiURL: String?) {
            self.publicURL = publicURL
            self.versionID = versionID
            self.uiURL = uiURL
        }
    }
}

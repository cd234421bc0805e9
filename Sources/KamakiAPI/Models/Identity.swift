/// The reply of `POST /identity/v2.0/tokens`: the user and the service catalog.
public struct Access: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The user's uuid.
    public var userID: String { raw["user"]?["id"]?.stringValue ?? "" }
    /// The user's display name.
    public var userName: String { raw["user"]?["name"]?.stringValue ?? "" }
    /// The default project (`token.tenant.id`).
    public var defaultProject: String? { raw["token"]?["tenant"]?["id"]?.stringValue }
    /// The services.
    public var catalog: [CatalogService] {
        raw["serviceCatalog"]?.arrayValue?.compactMap { $0.objectValue.map(CatalogService.init(raw:)) } ?? []
    }
}

/// One entry of the service catalog.
public struct CatalogService: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The service type (`compute`, `network`, `identity`, `account`, …).
    public var type: String { raw["type"]?.stringValue ?? "" }
    /// The endpoints.
    public var endpoints: [Endpoint] {
        raw["endpoints"]?.arrayValue?.compactMap { item in
            guard let url = item["publicURL"]?.stringValue else { return nil }
            return Endpoint(publicURL: url, versionID: item["versionId"]?.stringValue, uiURL: item["SNF:uiURL"]?.stringValue)
        } ?? []
    }

    /// One endpoint of a service.
    public struct Endpoint: Sendable, Hashable {
        public var publicURL: String
        public var versionID: String?
        public var uiURL: String?
        public init(publicURL: String, versionID: String?, uiURL: String?) {
            self.publicURL = publicURL
            self.versionID = versionID
            self.uiURL = uiURL
        }
    }
}

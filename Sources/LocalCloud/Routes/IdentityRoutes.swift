import KamakiAPI

/// Astakos identity: `POST /identity/v2.0/tokens` (public, token and password modes) and the service catalog.
enum IdentityRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/identity/v2.0/tokens", allow: "POST", ["POST": tokens])
        table.add("/identity/v2.0/tokens/{}", allow: "GET", ["GET": oauthToken])
    }

    @Sendable static func tokens(_ request: CloudRequest) async throws -> CloudResponse {
        let catalog = serviceCatalog(request.links)
        if request.body.isEmpty {
            return .ok(["access": ["serviceCatalog": catalog]])
        }
        let json = try request.jsonBody()
        let auth = json["auth"]?.objectValue
        var token: String?
        var username: String?
        if let tokenObject = auth?["token"]?.objectValue, let id = tokenObject["id"] {
            guard let text = id.stringValue else { throw APIFault.badRequest("Malformed request: missing token") }
            token = text
        } else if let credentials = auth?["passwordCredentials"]?.objectValue,
            let name = credentials["username"]?.stringValue, let password = credentials["password"]?.stringValue
        {
            token = password
            username = name
        }
        guard let token else { throw APIFault.badRequest("Malformed request: missing credentials") }
        let tenant = auth?["tenantName"]?.stringValue
        guard let user = try await request.cloud.database.user(token: token) else {
            throw APIFault.unauthorized("Invalid token")
        }
        if let username, username != user.id { throw APIFault.unauthorized("Invalid credentials") }
        if let tenant, !tenant.isEmpty, tenant != user.id { throw APIFault.badRequest("Not conforming tenantName") }
        let expires = Timestamp.iso(Timestamp.now() + 30 * 24 * 3600 * 1_000_000)
        return .ok([
            "access": [
                "token": [
                    "id": .string(user.token), "expires": .string(expires), "tenant": ["id": .string(user.id), "name": .string(user.name)],
                ],
                "user": [
                    "id": .string(user.id), "name": .string(user.name), "roles": [["id": "1", "name": "default"]],
                    "roles_links": [], "projects": [.string(user.id)],
                ],
                "serviceCatalog": catalog,
            ]
        ])
    }

    /// OAuth2 access tokens do not exist here, so every lookup is 404.
    @Sendable static func oauthToken(_ request: CloudRequest) async throws -> CloudResponse {
        throw APIFault.itemNotFound("Invalid token")
    }

    /// The catalog: account (with `SNF:uiURL`, as astakosclient needs), identity, compute, network without a version,
    /// and the image service (Plankton).
    static func serviceCatalog(_ links: Links) -> JSON {
        func service(_ name: String, _ type: String, _ version: String, _ url: String, _ ui: String) -> JSON {
            [
                "name": .string(name), "type": .string(type),
                "endpoints": [["versionId": .string(version), "publicURL": .string(url), "SNF:uiURL": .string(ui), "region": "default"]],
                "endpoints_links": [],
            ]
        }
        return [
            service("astakos_account", "account", "v1.0", links.account, links.ui),
            service("astakos_identity", "identity", "v2.0", links.identity, links.ui),
            service("cyclades_compute", "compute", "v2.0", links.compute, links.base + "/cyclades/ui"),
            service("cyclades_network", "network", "v2.0", links.network, links.base + "/cyclades/ui"),
            service("cyclades_plankton", "image", "v1.0", links.image + "/v1.0", links.base + "/cyclades/ui"),
        ]
    }
}

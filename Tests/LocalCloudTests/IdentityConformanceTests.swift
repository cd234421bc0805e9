import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §11.6 (Astakos `TokensApiTest`, `WrongPathAPITest`, `QuotaAPITest`) and §2–§3.
@Suite struct IdentityConformanceTests {
    @Test func authenticate() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let path = "/identity/v2.0/tokens"
            let (t1, t2) = (cloud.tokens[0], cloud.tokens[1])
            let get = try await api.call(.GET, path, authenticated: false)
            #expect(get.status == 405 && get.headers["Allow"].first == "POST")
            let publicMode = try await api.call(.POST, path, authenticated: false)
            #expect(publicMode.status == 200 && publicMode["access"]?["serviceCatalog"] != nil)
            #expect(publicMode["access"]?["token"] == nil && publicMode["access"]?["user"] == nil)
            let xml = try await api.call(.POST, path, body: "<auth/>", contentType: "application/xml")
            #expect(xml.status == 400 && xml.message == "Unsupported Content-type: 'application/xml'")
            let noPassword = try await api.post(path, ["auth": ["passwordCredentials": ["username": "s0m3-u53r-1d"]]])
            #expect(noPassword.status == 400 && noPassword.message.hasPrefix("Malformed request"))
            let noUser = try await api.post(path, ["auth": ["passwordCredentials": ["password": .string(t1)]]])
            #expect(noUser.status == 400 && noUser.message.hasPrefix("Malformed request"))
            let emptyPassword = try await api.post(path, ["auth": ["passwordCredentials": ["username": "s0m3-u53r-1d", "password": ""]]])
            #expect(emptyPassword.status == 401 && emptyPassword.message == "Invalid token")
            let crossed = try await api.post(
                path, ["auth": ["passwordCredentials": ["username": "s0m3-u53r-1d", "password": .string(t2)]]])
            #expect(crossed.status == 401 && crossed.message == "Invalid credentials")
            let notJSON = try await api.call(.POST, path, body: "not json")
            #expect(notJSON.status == 400 && notJSON.message == "Could not decode request body as JSON")
            let tenant = try await api.post(path, ["auth": ["token": ["id": .string(t1)], "tenantName": "s0m3-u53r-1d"]])
            #expect(tenant.status == 200)
            let wrongShape = try await api.post(path, ["auth": ["auth_token": ["id": .string(t1)]]])
            #expect(wrongShape.status == 400 && wrongShape.message == "Malformed request: missing credentials")
            let nullToken = try await api.post(path, ["auth": ["token": ["id": nil]]])
            #expect(nullToken.message == "Malformed request: missing token")
            let otherTenant = try await api.post(path, ["auth": ["token": ["id": .string(t1)], "tenantName": "0th3r-u53r-2d"]])
            #expect(otherTenant.status == 400 && otherTenant.message == "Not conforming tenantName")
            let emptyTenant = try await api.post(path, ["auth": ["token": ["id": .string(t1)], "tenantName": ""]])
            #expect(emptyTenant.status == 200)
            let password = try await api.post(
                path, ["auth": ["passwordCredentials": ["username": "s0m3-u53r-1d", "password": .string(t1)]]])
            #expect(password["access"]?["token"]?["id"] == .string(t1) && password["access"]?["user"]?["id"] == "s0m3-u53r-1d")
            #expect(password["access"]?["serviceCatalog"]?.arrayValue?.count == 5)
            #expect(password["access"]?["token"]?["tenant"]?["id"] == "s0m3-u53r-1d")
            #expect(password["access"]?["user"]?["roles"] == [["id": "1", "name": "default"]])
            let unknown = try await api.post(path, ["auth": ["token": ["id": "nope"]]])
            #expect(unknown.status == 401 && unknown.json == ["unauthorized": ["code": 401, "message": "Invalid token", "details": ""]])
            #expect(try await api.get("/identity/v2.0/tokens/invalid").status == 404)
        }
    }

    @Test func catalogServesTheAccountOnTheSameHostAndPort() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let reply = try await api.call(.POST, "/identity/v2.0/tokens", authenticated: false)
            let catalog = reply["access"]?["serviceCatalog"]?.arrayValue ?? []
            let urls = Dictionary(
                uniqueKeysWithValues: catalog.compactMap { service -> (String, String)? in
                    guard let type = service["type"]?.stringValue,
                        let url = service["endpoints"]?.arrayValue?.first?["publicURL"]?.stringValue
                    else { return nil }
                    return (type, url)
                })
            #expect(
                urls == [
                    "account": api.base + "/account/v1.0", "identity": api.base + "/identity/v2.0",
                    "compute": api.base + "/compute/v2.0", "network": api.base + "/network", "image": api.base + "/image/v1.0",
                ])
            #expect(cloud.identityURL == api.base + "/identity/v2.0")
            for service in catalog {
                #expect(service["endpoints"]?.arrayValue?.count == 1)
                #expect(service["endpoints"]?.arrayValue?.first?["SNF:uiURL"]?.stringValue != nil)
            }
            let versions = try await api.call(.GET, "/network", authenticated: false)
            #expect(versions["versions"]?.arrayValue?.first?["id"] == "v2.0")
            #expect(try await api.call(.GET, "/compute", authenticated: false)["versions"] != nil)
        }
    }

    @Test func wrongPaths() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            for path in [
                "/account/v1.0/nonexistent", "/identity/v2.0/nonexistent", "/compute/v2.0/nonexistent",
                "/compute/v2.0/servers/141/", "/compute/v2.0/servers/abc", "/network/v2.0/nothing",
            ] {
                let reply = try await api.get(path)
                #expect(reply.status == 400, "\(path)")
                #expect(reply.json == ["badRequest": ["code": 400, "message": "API endpoint not found", "details": ""]], "\(path)")
            }
            let outside = try await api.get("/elsewhere")
            #expect(outside.status == 404 && outside.fault?.name == "itemNotFound")
            #expect(try await api.get("/network/v2.0/networks.json").status == 200)
        }
    }

    @Test func quotasAndResources() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let resources = try await api.call(.GET, "/account/v1.0/resources", authenticated: false)
            #expect(resources.status == 200)
            #expect(resources["cyclades.floating_ip"]?["description"] == "Number of Floating IP addresses")
            let anonymous = try await api.call(.GET, "/account/v1.0/quotas", authenticated: false)
            #expect(anonymous.status == 401 && anonymous.message == "Access denied. No authentication token")
            var stranger = api
            stranger.token = "nope"
            #expect(try await stranger.get("/account/v1.0/quotas").message == "Invalid X-Auth-Token")
            let quotas = try await api.get("/account/v1.0/quotas/")
            let gib = 1 << 30
            let mine = try #require(quotas["s0m3-u53r-1d"]?.objectValue)
            #expect(
                mine.keys == [
                    "cyclades.vm", "cyclades.cpu", "cyclades.ram", "cyclades.disk", "cyclades.network.private", "cyclades.floating_ip",
                    "pithos.diskspace",
                ])
            let expected: [(String, Int, Int)] = [
                ("cyclades.vm", 2, 8), ("cyclades.cpu", 4, 16), ("cyclades.ram", 9 * gib, 40 * gib), ("cyclades.disk", 80 * gib, 500 * gib),
                ("cyclades.network.private", 0, 5), ("cyclades.floating_ip", 0, 3), ("pithos.diskspace", 1_535_450_808, 20 * gib),
            ]
            for (resource, used, limit) in expected {
                #expect(mine[resource]?["usage"]?.intValue == used && mine[resource]?["limit"]?.intValue == limit, "\(resource)")
                #expect(mine[resource]?["pending"] == 0 && mine[resource]?["project_limit"]?.intValue == limit)
            }
        }
    }

    @Test func userCatalogs() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let reply = try await api.post(
                "/account/v1.0/user_catalogs", ["uuids": ["s0m3-u53r-1d", "nobody"], "displaynames": ["other@example.org"]])
            #expect(reply.status == 200)
            #expect(
                reply.json == [
                    "uuid_catalog": ["s0m3-u53r-1d": "tutorial@example.org"], "displayname_catalog": ["other@example.org": "0th3r-u53r-2d"],
                ])
            #expect(try await api.post("/account/v1.0/user_catalogs", ["displaynames": [1]]).status == 400)
            #expect(try await api.post("/account/v1.0/user_catalogs", [1, 2]).status == 400)
        }
    }
}

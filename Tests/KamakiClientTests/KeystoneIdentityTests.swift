import Foundation
import KamakiAPI
import KamakiTestSupport
import Synchronization
import Testing

@testable import KamakiClient

/// Keystone v3 from the replies the real Keystone gave (Tests/Fixtures/openstack/identity, recorded by
/// scripts/openstack-record-identity.sh): the token body and its catalog, `expires_at`, the token cache,
/// and, served back by a fault server, the password flow, a wrong password, a v2.0 URL, an unscoped token.
@Suite("Keystone v3 identity (recorded replies)")
struct KeystoneIdentityTests {
    static let password = "recorded-passw0rd"
    static let issued = "issued-subject-t0ken"

    static func fixture(_ name: String) throws -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try String(contentsOfFile: url.path + "/Tests/Fixtures/openstack/identity/" + name, encoding: .utf8)
    }

    static func recordedAccess() throws -> Access {
        Access(raw: try #require(JSON.parse(fixture("token-password.body"))["token"]?.objectValue))
    }

    @Test func theRecordedTokenBodyIsKeystoneV3WithItsProject() throws {
        let access = try Self.recordedAccess()
        #expect(access.isKeystoneV3)
        #expect(access.userName == "demo")
        #expect(access.projectName == "demo")
        #expect(access.defaultProject?.count == 32)
        #expect(access.expiresAt?.hasSuffix("Z") == true)
    }

    @Test func catalogIsPickedByTypeInterfaceAndRegion() throws {
        let catalog = ServiceCatalog(try Self.recordedAccess())
        #expect(try catalog.endpoint(type: "network") == "http://127.0.0.1:15001/v2.0")
        #expect(try catalog.endpoint(type: "compute") == "http://127.0.0.1:15002/v2.1")
        #expect(try catalog.endpoint(type: "compute", interface: "internal", region: "RegionOne") == "http://127.0.0.1:15002/v2.1")
        #expect(throws: ClientError.self) { try catalog.endpoint(type: "volumev3") }
        do {
            _ = try catalog.endpoint(type: "network", region: "Atlantis")
            Issue.record("a region without endpoints must be an error")
        } catch {
            #expect(
                error.description
                    == "the network service has no endpoint for interface public, region Atlantis in the service catalog "
                    + "(it has regions RegionOne)")
        }
    }

    @Test func severalRegionsWithoutAChoiceAreAnError() throws {
        let access = Access(
            raw: try #require(
                JSON.parse(
                    #"""
                    {"methods": ["password"], "catalog": [{"type": "network", "endpoints": [
                      {"interface": "public", "region": "A", "url": "http://a"},
                      {"interface": "public", "region": "B", "url": "http://b"}]}]}
                    """#
                ).objectValue))
        let catalog = ServiceCatalog(access)
        #expect(try catalog.endpoint(type: "network", region: "B") == "http://b/v2.0")
        #expect(throws: ClientError.self) { try catalog.endpoint(type: "network") }
    }

    @Test func expiresAtDecidesWhetherTheCachedTokenIsUsed() throws {
        let access = try Self.recordedAccess()
        let text = try #require(access.expiresAt)
        let expiry = try #require(ISO8601(text)).microsecondsSince1970()
        #expect(!TokenCache.expires(access, before: expiry - 1))
        #expect(TokenCache.expires(access, before: expiry + 1))
        let folder = try TemporaryDirectory(prefix: "keystone-cache")
        let credentials = IdentityCredentials.password(PasswordCredentials(username: "demo", password: Self.password))
        let key = TokenCache.key(for: credentials, scope: ProjectScope(projectName: "demo"), region: nil, interface: "public")
        #expect(!key.contains(Self.password))
        let cache = TokenCache(directory: folder.path, identityURL: "http://k/v3", key: key, forbidden: "")
        cache.store(IdentityReply(access: access, token: Self.issued))
        #expect(cache.load(now: expiry - TokenCache.expiryMargin - 1)?.token == Self.issued)
        #expect(cache.load(now: expiry - TokenCache.expiryMargin + 1) == nil, "a token about to expire is not used")
        let other = TokenCache(
            directory: folder.path, identityURL: "http://k/v3",
            key: TokenCache.key(for: credentials, scope: ProjectScope(projectName: "alt_demo"), region: nil, interface: "public"),
            forbidden: "")
        #expect(other.path != cache.path, "another project is another cache entry")
    }

    /// A Keystone serving the recorded replies: `POST /v3/auth/tokens` answers 201 for `password`
    /// (the recorded body, with `catalog` dropped when `unscoped`), else the recorded 401.
    func keystone(unscoped: Bool = false) throws -> FaultServer {
        let body = try Self.fixture("token-password.body")
        let refused = try Self.fixture("token-wrong-password.body")
        let versions = try Self.fixture("versions.body")
        let notFound = try Self.fixture("v2-auth-tokens.body")
        return try FaultServer { request in
            switch (request.method, request.path) {
            case ("POST", "/v3/auth/tokens"):
                guard request.bodyText.contains(Self.password) else { return .json(401, refused) }
                var reply = body
                if unscoped, var token = try? JSON.parse(body)["token"]?.objectValue {
                    token["catalog"] = nil
                    reply = JSON.object(JSONObject([("token", .object(token))])).serialized()
                }
                return .respond(
                    status: 201, headers: [("Content-Type", "application/json"), ("X-Subject-Token", Self.issued)], body: Array(reply.utf8))
            case ("GET", "/"): return .json(300, versions)
            case ("GET", "/network/v2.0/networks"):
                return request.headers["x-auth-token"] == Self.issued ? .json(200, #"{"networks": []}"#) : .json(401, refused)
            default: return .respond(status: 404, contentType: "text/html; charset=utf-8", body: notFound)
            }
        }
    }

    func client(_ server: FaultServer, path: String = "/v3", password: String = Self.password) -> (CloudClient, Transcript) {
        var configuration = ClientConfiguration(
            identityURL: server.baseURL + path,
            credentials: .password(PasswordCredentials(username: "demo", password: password)),
            scope: ProjectScope(projectName: "demo"), httpLog: .bodies)
        configuration.serviceURLs = ["network": server.baseURL + "/network"]
        let transcript = Transcript(token: password)
        return (CloudClient(configuration: configuration, logger: transcript.logger), transcript)
    }

    @Test func passwordFlowSendsTheIssuedTokenAndNeverLogsASecret() async throws {
        let server = try keystone()
        defer { server.stop() }
        let (client, transcript) = client(server)
        #expect(try await client.dialect() == .openstack)
        _ = try await client.listNetworks()
        #expect(server.requestLog == ["POST /v3/auth/tokens", "GET /network/v2.0/networks"])
        await client.shutdown()
        #expect(transcript.leaks.isEmpty, "the password reached a log line")
        #expect(!transcript.lines.joined().contains(Self.issued), "the issued token reached a log line")
        #expect(transcript.lines.contains { $0.contains("X-Subject-Token: ...") })
    }

    @Test func aWrongPasswordIsAnAuthenticationErrorWithKeystonesMessage() async throws {
        let server = try keystone()
        defer { server.stop() }
        let (client, transcript) = client(server, password: "wr0ng-passw0rd")
        let error = await expectClientError(transcript) { try await client.dialect() }
        #expect(
            error?.description
                == "authentication failed: Keystone refused the password credentials: The request you have made requires "
                + "authentication. (POST \(server.baseURL)/v3/auth/tokens)")
        await client.shutdown()
        #expect(transcript.leaks.isEmpty)
    }

    @Test func aV2URLNamesTheV3OneFromTheVersionsDocument() async throws {
        let server = try keystone()
        defer { server.stop() }
        let (client, transcript) = client(server, path: "/v2.0")
        let error = await expectClientError(transcript) { try await client.dialect() }
        #expect(error?.description.contains("\(server.baseURL)/v2.0 is not a Keystone v3 identity URL") == true)
        #expect(error?.description.contains("Keystone v2.0 is gone") == true)
        #expect(error?.description.contains("speaks Keystone v3 at http://127.0.0.1:15000/v3/") == true, "the recorded link")
        await client.shutdown()
    }

    @Test func anUnscopedTokenIsAClearError() async throws {
        let server = try keystone(unscoped: true)
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.description.contains("gave an unscoped token (no service catalog): name a project") == true)
        await client.shutdown()
    }

    @Test func aTokenIsTriedAsSynnefoThenAsKeystone() async throws {
        let server = try FaultServer { request in
            guard request.path == "/v3/auth/tokens" else {
                return .respond(status: 404, contentType: "text/html", body: "<h1>Not Found</h1>")
            }
            let ok = request.bodyText.contains(#""methods":["token"]"#) || request.bodyText.contains(#""methods": ["token"]"#)
            return ok
                ? .respond(
                    status: 201, headers: [("X-Subject-Token", Self.issued)],
                    body: Array(#"{"token": {"methods": ["token"], "user": {"id": "u"}, "catalog": []}}"#.utf8)) : .json(400, "{}")
        }
        defer { server.stop() }
        let (client, _) = makeClient(identityURL: server.baseURL + "/v3", token: "given-t0ken")
        #expect(try await client.dialect() == .openstack)
        #expect(server.requestLog == ["POST /v3/tokens", "POST /v3/auth/tokens"])
        await client.shutdown()
    }
}

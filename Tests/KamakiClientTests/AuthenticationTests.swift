import Foundation
import KamakiAPI
import KamakiTestSupport
import Synchronization
import Testing

@testable import KamakiClient

/// Authentication, the 401 retry and the disk cache, against a fault server playing a whole cloud.
@Suite("Authentication and catalog cache")
struct AuthenticationTests {
    static let token = "auth-token-5ecret"
    static let tokens = "POST /identity/v2.0/tokens"
    static let networks = "GET /network/v2.0/networks/detail"

    /// A cloud whose service calls answer 401 while `rejecting(n)` says so for the n-th call.
    func cloud(rejecting: @escaping @Sendable (Int) -> Bool = { _ in false }) throws -> FaultServer {
        let base = Mutex<String>("")
        let server = try FaultServer { request in
            if request.path == "/identity/v2.0/tokens" {
                guard request.headers["x-auth-token"] == Self.token,
                    request.bodyText == #"{"auth": {"token": {"id": "\#(Self.token)"}}}"#,
                    request.headers["content-type"] == "application/json"
                else { return .json(401, FaultCloudReplies.unauthorized) }
                return .json(200, FaultCloudReplies.access(baseURL: base.withLock { $0 }, token: Self.token))
            }
            if rejecting(request.countForPath) {
                return .json(401, #"{"fault": {"code": 401, "message": "UNAUTHORIZED", "details": ""}}"#)
            }
            return .json(200, FaultCloudReplies.networks)
        }
        base.withLock { $0 = server.baseURL }
        return server
    }

    @Test func tokenRequestShapeAndUnversionedNetworkEndpoint() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: server.baseURL + "/identity/", token: Self.token)
        let access = try await client.access()
        #expect(access.userID == "s0m3-u53r-1d")
        #expect(access.raw["token"]?["id"] == nil, "the token is stripped from the reply")
        #expect(access.defaultProject == "s0m3-u53r-1d")
        _ = try await client.listNetworks()
        #expect(server.requestLog == [Self.tokens, Self.networks])
        await client.shutdown()
        #expect(transcript.leaks.isEmpty)
    }

    @Test func aServiceURLOverrideSkipsTheCatalog() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, _) = makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token,
            serviceURLs: ["network": server.baseURL + "/network/"])
        _ = try await client.listNetworks()
        #expect(server.requestLog == [Self.networks])
        await client.shutdown()
    }

    @Test func a401ReauthenticatesOnceAndRetriesOnce() async throws {
        let server = try cloud(rejecting: { $0 == 1 })
        defer { server.stop() }
        try await withTemporaryDirectory { directory in
            let (client, _) = makeClient(
                identityURL: server.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: directory)
            let networks = try await client.listNetworks()
            #expect(networks.count == 1)
            #expect(server.requestLog == [Self.tokens, Self.networks, Self.tokens, Self.networks])
            await client.shutdown()
        }
    }

    @Test func aPersistent401IsReportedAfterOneRetry() async throws {
        let server = try cloud(rejecting: { _ in true })
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: server.baseURL + "/identity/v2.0", token: Self.token)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.status == 401)
        #expect(error?.fault?.name == "fault")
        #expect(server.requestLog == [Self.tokens, Self.networks, Self.tokens, Self.networks])
        await client.shutdown()
    }

    @Test func aRejectedTokenIsAnAuthenticationError() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: server.baseURL + "/identity/v2.0", token: "not-the-token")
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.kind == .authentication("Invalid token"))
        #expect(server.requestLog == [Self.tokens], "no loop, no service call")
        await client.shutdown()
        #expect(transcript.leaks.isEmpty)
    }

    @Test func concurrentColdCallsShareOneTokenRequest() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, _) = makeClient(identityURL: server.baseURL + "/identity/v2.0", token: Self.token)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try await client.listNetworks().count } }
            for try await count in group { #expect(count == 1) }
        }
        #expect(server.requestLog.filter { $0 == Self.tokens }.count == 1)
        #expect(server.requestLog.filter { $0 == Self.networks }.count == 8)
        await client.shutdown()
    }

    @Test func theDiskCacheServesASecondClient() async throws {
        let server = try cloud()
        defer { server.stop() }
        try await withTemporaryDirectory { directory in
            let cacheDirectory = directory + "/kamaki"
            let (cold, _) = makeClient(
                identityURL: server.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: cacheDirectory)
            _ = try await cold.listNetworks()
            #expect(cold.requestCount == 2)
            await cold.shutdown()

            let (warm, _) = makeClient(
                identityURL: server.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: cacheDirectory)
            _ = try await warm.listNetworks()
            #expect(warm.requestCount == 1)
            #expect(try await warm.access().userID == "s0m3-u53r-1d")
            await warm.shutdown()
            #expect(server.requestLog == [Self.tokens, Self.networks, Self.networks])

            let files = try FileManager.default.contentsOfDirectory(atPath: cacheDirectory)
            #expect(files.count == 1)
            let file = cacheDirectory + "/" + files[0]
            #expect(!files[0].contains(Self.token))
            let contents = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!contents.contains(Self.token))
            let fileMode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            let directoryMode = try FileManager.default.attributesOfItem(atPath: cacheDirectory)[.posixPermissions] as? Int
            #expect(fileMode == 0o600)
            #expect(directoryMode == 0o700)
        }
    }

    @Test func anotherTokenDoesNotReadTheCache() async throws {
        let server = try cloud()
        defer { server.stop() }
        try await withTemporaryDirectory { directory in
            let (first, _) = makeClient(
                identityURL: server.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: directory)
            _ = try await first.access()
            await first.shutdown()
            let (other, transcript) = makeClient(
                identityURL: server.baseURL + "/identity/v2.0", token: "someone-else", cacheDirectory: directory)
            let error = await expectClientError(transcript) { try await other.access() }
            #expect(error?.kind == .authentication("Invalid token"))
            await other.shutdown()
        }
    }

    @Test func aMissingServiceIsAConfigurationError() async throws {
        let server = try FaultServer { request in
            .json(200, #"{"access": {"user": {"id": "u"}, "serviceCatalog": [{"name": "x", "type": "compute", "endpoints": []}]}}"#)
        }
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: server.baseURL + "/identity/v2.0", token: Self.token)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.kind == .configuration("no endpoint of type network in the service catalog"))
        let computeError = await expectClientError(transcript) { try await client.listServers() }
        #expect(computeError?.kind == .configuration("0 endpoints match type compute"))
        await client.shutdown()
    }
}

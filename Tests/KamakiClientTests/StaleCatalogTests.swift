import Foundation
import KamakiAPI
import KamakiTestSupport
import Synchronization
import Testing

@testable import KamakiClient

/// A cached catalog whose service has moved since it was written (another process, another day).
@Suite("Stale cached catalog")
struct StaleCatalogTests {
    static let token = "stale-token-5ecret"

    /// An identity server whose catalog puts the network service at `networkURL()`.
    func identity(networkURL: @escaping @Sendable () -> String) throws -> FaultServer {
        let base = Mutex("")
        let server = try FaultServer { _ in
            .json(200, FaultCloudReplies.access(baseURL: base.withLock { $0 }, token: Self.token, networkURL: networkURL()))
        }
        base.withLock { $0 = server.baseURL }
        return server
    }

    @Test func aMovedServiceIsFoundThroughAFreshCatalog() async throws {
        let oldNetwork = try FaultServer { _ in .json(200, FaultCloudReplies.networks) }
        let newNetwork = try FaultServer { _ in .json(200, FaultCloudReplies.networks) }
        defer { newNetwork.stop() }
        let current = Mutex(oldNetwork.baseURL + "/network")
        let identity = try identity { current.withLock { $0 } }
        defer { identity.stop() }
        try await withTemporaryDirectory { directory in
            let (first, _) = makeClient(identityURL: identity.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: directory)
            _ = try await first.listNetworks()
            await first.shutdown()

            oldNetwork.stop()
            current.withLock { $0 = newNetwork.baseURL + "/network" }

            let (second, _) = makeClient(identityURL: identity.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: directory)
            #expect(try await second.listNetworks().count == 1)
            await second.shutdown()
            #expect(identity.requestLog == ["POST /identity/v2.0/tokens", "POST /identity/v2.0/tokens"])
            #expect(newNetwork.requestLog == ["GET /network/v2.0/networks/detail"])
        }
    }

    @Test func anUnchangedCatalogReportsTheConnectionError() async throws {
        let network = try FaultServer { _ in .json(200, FaultCloudReplies.networks) }
        let url = network.baseURL + "/network"
        let identity = try identity { url }
        defer { identity.stop() }
        try await withTemporaryDirectory { directory in
            let (first, _) = makeClient(identityURL: identity.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: directory)
            _ = try await first.listNetworks()
            await first.shutdown()
            network.stop()

            let (second, transcript) = makeClient(
                identityURL: identity.baseURL + "/identity/v2.0", token: Self.token, cacheDirectory: directory)
            let error = await expectClientError(transcript) { try await second.listNetworks() }
            #expect(error?.kind == .connectionRefused(host: "127.0.0.1", port: network.port))
            #expect(identity.requestLog.count == 2, "one look at a fresh catalog")
            await second.shutdown()
        }
    }
}

import Foundation
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiClient

/// The disk cache of the token reply against a real local cloud: a warm one-shot call is one request.
@Suite("Catalog cache (local cloud)")
struct CatalogCacheTests {
    static let tokens = "POST /identity/v2.0/tokens"
    static let networks = "GET /network/v2.0/networks/detail"

    @Test func coldIsTwoRequestsWarmIsOne() async throws {
        try await withTemporaryDirectory { directory in
            try await withLocalCloud { cloud in
                // Each client stands in for one `kamaki network list` process.
                let (cold, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: directory)
                _ = try await cold.listNetworks()
                await cold.shutdown()
                #expect(cold.requestCount == 2)

                for _ in 0..<2 {
                    let (warm, _) = makeClient(
                        identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: directory)
                    _ = try await warm.listNetworks()
                    await warm.shutdown()
                    #expect(warm.requestCount == 1)
                }
                #expect(cloud.requestLog == [Self.tokens, Self.networks, Self.networks, Self.networks])

                // Another user gets a cache file of their own.
                let (other, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[1], cacheDirectory: directory)
                _ = try await other.listNetworks()
                await other.shutdown()
                #expect(other.requestCount == 2)
                #expect(TemporaryDirectory.files(directory).count == 2)
                for file in TemporaryDirectory.files(directory) {
                    let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
                    #expect(!cloud.tokens.contains { text.contains($0) || file.contains($0) })
                }
            }
        }
    }

    @Test func aTokenRevokedByAResetAuthenticatesExactlyOnceMore() async throws {
        try await withTemporaryDirectory { directory in
            let state = directory + "/state.sqlite"
            let cacheDirectory = directory + "/cache"
            // Day 1: the user runs a command; the token reply is cached.
            let (oldToken, port) = try await withLocalCloud(statePath: state) { cloud in
                let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: cacheDirectory)
                _ = try await client.listNetworks()
                await client.shutdown()
                return (cloud.tokens[0], cloud.port)
            }
            #expect(TemporaryDirectory.files(cacheDirectory).count == 1)
            // Day 2: the cloud was reset at the same address, so the old token is no longer valid.
            try await withLocalCloud(statePath: state, port: port, reset: true) { cloud in
                #expect(!cloud.tokens.contains(oldToken))
                let (client, transcript) = makeClient(identityURL: cloud.identityURL, token: oldToken, cacheDirectory: cacheDirectory)
                let error = await expectClientError(transcript) { try await client.listNetworks() }
                await client.shutdown()
                #expect(error?.kind == .authentication("Invalid token"))
                #expect(cloud.requestLog == [Self.networks, Self.tokens], "cached catalog used, then one re-authentication")
                #expect(TemporaryDirectory.files(cacheDirectory).count == 0, "the stale cache file is gone")

                // With the new token everything works, and is cached again.
                let (fresh, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: cacheDirectory)
                let ids = try await fresh.listNetworks().map(\.id)
                #expect(ids == ["1"])
                await fresh.shutdown()
                #expect(TemporaryDirectory.files(cacheDirectory).count == 1)
            }
        }
    }

    @Test func noCacheDirectoryMeansMemoryOnly() async throws {
        try await withLocalCloud { cloud in
            let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: nil)
            _ = try await client.listNetworks()
            _ = try await client.listPorts()
            _ = try await client.access()
            #expect(client.requestCount == 3)
            _ = try await client.authenticate()
            #expect(client.requestCount == 4)
            await client.shutdown()
            await client.shutdown()
        }
    }

    @Test func quotasUseTheAccountServiceOfTheCatalog() async throws {
        try await withLocalCloud { cloud in
            let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let quotas = try await client.quotas()
            #expect(cloud.requestLog == [Self.tokens, "GET /account/v1.0/quotas"])
            let user = try await client.access().userID
            #expect(quotas.keys == [user])
            await client.shutdown()
        }
    }
}

extension TemporaryDirectory {
    static func count(_ path: String) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).count
    }
}

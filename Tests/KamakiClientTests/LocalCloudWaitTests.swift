import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Synchronization
import Testing

@testable import KamakiClient

/// Waits against the local cloud's simulated asynchronous ports (settle 0.2 s).
@Suite("Waits (local cloud)")
struct LocalCloudWaitTests {
    @Test func aPortGoesFromBuildToActive() async throws {
        try await withLocalCloud { cloud in
            let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let network = try await client.createNetwork(name: "w", type: "MAC_FILTERED")
            let port = try await client.createPort(PortCreateRequest(networkID: network.id, deviceID: "141"))
            #expect(port.status == "BUILD")
            let seen = Mutex<[String]>([])
            let active = try await client.waitForPort(port.id, .whileStatus("BUILD")) { p in
                seen.withLock { $0.append(p.status) }
            }
            #expect(active.status == "ACTIVE")
            #expect(active.macAddress != nil)
            #expect(seen.withLock { $0 }.last == "ACTIVE")

            try await client.deletePort(port.id)
            try await client.waitForPortDeletion(port.id)
            let gone = await expectClientError(Transcript(token: cloud.tokens[0])) { try await client.port(port.id) }
            #expect(gone?.status == 404)
            await client.shutdown()
        }
    }

    @Test func aServerWaitReturnsAtOnceWhenAlreadyThere() async throws {
        try await withLocalCloud { cloud in
            let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let server = try await client.waitForServer("141", .untilStatus("ACTIVE"))
            #expect(server.status == "ACTIVE")
            let stillActive = try await client.waitForServer("141", .whileStatus("BUILD"))
            #expect(stillActive.id == "141")
            await client.shutdown()
        }
    }

    @Test func aTimeoutCarriesTheLastStatus() async throws {
        try await withLocalCloud { cloud in
            let (client, transcript) = makeClient(
                identityURL: cloud.identityURL, token: cloud.tokens[0], clock: InstantClock())
            let error = await expectClientError(transcript) {
                try await client.waitForServer("141", .untilStatus("STOPPED"), timeout: .seconds(5))
            }
            #expect(error?.kind == .waitTimeout(lastStatus: "ACTIVE"))
            await client.shutdown()
        }
    }

    @Test func cancellingAWaitReturnsPromptly() async throws {
        try await withLocalCloud { cloud in
            let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let (polled, continuation) = AsyncStream.makeStream(of: String.self)
            let wait = Task {
                try await client.waitForServer("141", .untilStatus("STOPPED"), timeout: .seconds(3600)) { p in
                    continuation.yield(p.status)
                }
            }
            for await status in polled {
                #expect(status == "ACTIVE")
                break
            }
            wait.cancel()
            await #expect(throws: CancellationError.self) { try await wait.value }
            await client.shutdown()
        }
    }

    @Test func concurrentWaitsOnOneClient() async throws {
        try await withLocalCloud { cloud in
            let (client, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let network = try await client.createNetwork(name: "c", type: "MAC_FILTERED")
            let ports = [
                try await client.createPort(PortCreateRequest(networkID: network.id, deviceID: "141")),
                try await client.createPort(PortCreateRequest(networkID: network.id, deviceID: "142")),
            ]
            try await withThrowingTaskGroup(of: String.self) { group in
                for port in ports {
                    group.addTask { try await client.waitForPort(port.id, .whileStatus("BUILD")).status }
                }
                for try await status in group { #expect(status == "ACTIVE") }
            }
            await client.shutdown()
        }
    }
}

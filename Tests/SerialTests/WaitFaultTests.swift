import KamakiAPI
import KamakiTestSupport
import Synchronization
import Testing

@testable import KamakiClient

/// Waits against scripted port statuses, on an instant clock (no real time passes while waiting).
@Suite("Waits (scripted)")
struct WaitFaultTests {
    static let token = "wait-token-5ecret"

    /// A server whose port 11 reads `statuses[n-1]` on the n-th GET (the last one repeats), or 404 once past `goneAfter`.
    func server(_ statuses: [String], goneAfter: Int? = nil) throws -> FaultServer {
        try FaultServer { request in
            let n = request.countForPath
            if let goneAfter, n > goneAfter {
                return .json(404, #"{"itemNotFound": {"code": 404, "message": "Port '11' not found.", "details": ""}}"#)
            }
            return .json(200, FaultCloudReplies.port("11", status: statuses[min(n, statuses.count) - 1]))
        }
    }

    func client(_ server: FaultServer, clock: any Clock<Duration>) -> (CloudClient, Transcript) {
        makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token,
            serviceURLs: ["network": server.baseURL + "/network"], clock: clock)
    }

    @Test func waitsWhileBuildAndReportsEveryPoll() async throws {
        let server = try server(["BUILD", "BUILD", "BUILD", "ACTIVE"])
        defer { server.stop() }
        let clock = InstantClock()
        let (client, _) = client(server, clock: clock)
        let seen = Mutex<[String]>([])
        let port = try await client.waitForPort("11", .whileStatus("BUILD")) { progress in
            seen.withLock { $0.append(progress.status) }
        }
        #expect(port.status == "ACTIVE")
        #expect(seen.withLock { $0 } == ["BUILD", "BUILD", "BUILD", "ACTIVE"])
        // The instant clock never advances: every poll is within the first brisk 2 s.
        #expect(clock.sleeps.withLock { $0 } == [.milliseconds(250), .milliseconds(250), .milliseconds(250)])
        await client.shutdown()
    }

    @Test func untilIsCaseInsensitive() async throws {
        let server = try server(["BUILD", "ACTIVE"])
        defer { server.stop() }
        let (client, _) = client(server, clock: InstantClock())
        let port = try await client.waitForPort("11", .untilStatus("active"))
        #expect(port.status == "ACTIVE")
        #expect(server.requestLog.count == 2)
        await client.shutdown()
    }

    @Test func aTimeoutCarriesTheLastStatus() async throws {
        let server = try server(["BUILD"])
        defer { server.stop() }
        let clock = InstantClock()
        let (client, transcript) = client(server, clock: clock)
        let last = Mutex<WaitProgress?>(nil)
        let error = await expectClientError(transcript) {
            try await client.waitForPort("11", .untilStatus("ACTIVE"), timeout: .seconds(10)) { p in
                last.withLock { $0 = p }
            }
        }
        #expect(error?.kind == .waitTimeout(lastStatus: "BUILD"))
        let sleeps = clock.sleeps.withLock { $0 }
        #expect(sleeps.reduce(.zero, +) == .seconds(10), "the last sleep is cut to the timeout")
        #expect(Array(sleeps.prefix(8)) == Array(repeating: .milliseconds(250), count: 8), "every 250 ms for the first 2 s")
        #expect(sleeps[8] == .milliseconds(375), "then half as long again each time")
        #expect(sleeps.allSatisfy { $0 <= .seconds(1) }, "backoff is capped at 1 s, as kamaki 0.16 polls")
        #expect(last.withLock { $0 }?.elapsed == .seconds(10))
        #expect(last.withLock { $0 }?.timeout == .seconds(10))
        await client.shutdown()
    }

    @Test func deletionEndsOn404() async throws {
        let server = try server(["ACTIVE"], goneAfter: 3)
        defer { server.stop() }
        let (client, _) = client(server, clock: InstantClock())
        let polls = Mutex(0)
        try await client.waitForPortDeletion("11") { _ in polls.withLock { $0 += 1 } }
        #expect(polls.withLock { $0 } == 3)
        #expect(server.requestLog.count == 4)
        await client.shutdown()
    }

    @Test func cancellationStopsAWaitAtOnce() async throws {
        let server = try server(["BUILD"])
        defer { server.stop() }
        let (client, _) = client(server, clock: ContinuousClock())
        let (polled, polledContinuation) = AsyncStream.makeStream(of: Void.self)
        let wait = Task {
            try await client.waitForPort("11", .whileStatus("BUILD"), timeout: .seconds(3600)) { _ in
                polledContinuation.yield()
            }
        }
        for await _ in polled { break }
        wait.cancel()
        await #expect(throws: CancellationError.self) { try await wait.value }
        await client.shutdown()
    }

    @Test func manyWaitsRunConcurrently() async throws {
        let server = try server(["BUILD", "BUILD", "ACTIVE"])
        defer { server.stop() }
        let (client, _) = client(server, clock: InstantClock())
        // The status script is per path, so the concurrent waits share it: each ends once it sees ACTIVE.
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<10 { group.addTask { try await client.waitForPort("11", .untilStatus("ACTIVE")).status } }
            for try await status in group { #expect(status == "ACTIVE") }
        }
        await client.shutdown()
    }
}

import KamakiAPI
import KamakiTestSupport
import Testing

@testable import KamakiClient

/// Transport failures against a misbehaving server: each gives its documented kind, nothing hangs.
@Suite("Transport faults")
struct TransportFaultTests {
    static let token = "fault-token-5ecret"

    /// A client that talks straight to the fault server's network path (no `/tokens`).
    func client(_ server: FaultServer, requestTimeout: Duration = .seconds(30)) -> (CloudClient, Transcript) {
        makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token,
            serviceURLs: ["network": server.baseURL + "/network/v2.0"], requestTimeout: requestTimeout)
    }

    @Test func connectionRefusedIsItsOwnKind() async throws {
        let port = try FaultServer.closedPort()
        let (client, transcript) = makeClient(identityURL: "http://127.0.0.1:\(port)/identity/v2.0", token: Self.token)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.kind == .connectionRefused(host: "127.0.0.1", port: port))
        #expect(error?.description == "could not connect to 127.0.0.1:\(port): connection refused")
        #expect(error?.method == "POST")
        #expect(client.requestCount == 1, "POST /tokens is never retried")
        await client.shutdown()
        #expect(transcript.leaks.isEmpty)
    }

    @Test func refusedGETIsRetriedTwice() async throws {
        let port = try FaultServer.closedPort()
        let (client, transcript) = makeClient(
            identityURL: "http://127.0.0.1:\(port)/identity/v2.0", token: Self.token,
            serviceURLs: ["network": "http://127.0.0.1:\(port)/network"])
        let error = await expectClientError(transcript) { try await client.network("2") }
        #expect(error?.kind == .connectionRefused(host: "127.0.0.1", port: port))
        #expect(error?.url == "http://127.0.0.1:\(port)/network/v2.0/networks/2")
        #expect(client.requestCount == 3)
        await client.shutdown()
    }

    @Test func connectionClosedMidResponse() async throws {
        let server = try FaultServer { _ in .closeMidResponse(declaredLength: 200, partial: Array(#"{"netw"#.utf8)) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.kind == .connectionClosed)
        #expect(server.requestLog == Array(repeating: "GET /network/v2.0/networks/detail", count: 3))
        await client.shutdown()
    }

    @Test func connectionClosedOnAPOSTIsNotRetried() async throws {
        let server = try FaultServer { _ in .closeWithoutResponse }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.createNetwork(name: "x", type: "MAC_FILTERED") }
        #expect(error?.kind == .connectionClosed)
        #expect(server.requestLog == ["POST /network/v2.0/networks"])
        await client.shutdown()
    }

    @Test func serverErrorWithAnHTMLBody() async throws {
        let html = "<html><body><h1>Server Error (500)</h1></body></html>"
        let server = try FaultServer { _ in .respond(status: 500, contentType: "text/html", body: html) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.network("2") }
        #expect(error?.kind == .http(status: 500, reason: "INTERNAL SERVER ERROR", fault: nil, body: html))
        #expect(error?.status == 500)
        #expect(server.requestLog.count == 1, "500 is not retried")
        await client.shutdown()
    }

    @Test func anHugeErrorBodyIsBounded() async throws {
        let big = String(repeating: "x", count: 100_000)
        let server = try FaultServer { _ in .respond(status: 500, contentType: "text/plain", body: big) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.network("2") }
        guard case .http(_, _, _, let body) = error?.kind else {
            Issue.record("expected an HTTP error, got \(String(describing: error))")
            return
        }
        #expect(body.utf8.count == 4096)
        await client.shutdown()
    }

    @Test func invalidJSONIsAnInvalidResponse() async throws {
        let server = try FaultServer { _ in .json(200, #"{"networks": [ {"id": "1",  "#) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        guard case .invalidResponse(let message) = error?.kind else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
        #expect(message.contains("not valid JSON"))
        await client.shutdown()
    }

    @Test func aWrongShapeIsAnInvalidResponse() async throws {
        let server = try FaultServer { _ in .json(200, #"{"servers": []}"#) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.kind == .invalidResponse("the response has no 'networks' object"))
        await client.shutdown()
    }

    @Test func aResponseSlowerThanTheTimeout() async throws {
        let server = try FaultServer { _ in .stall }
        defer { server.stop() }
        let (client, transcript) = client(server, requestTimeout: .milliseconds(300))
        let error = await expectClientError(transcript) { try await client.network("2") }
        #expect(error?.kind == .timeout)
        #expect(server.requestLog.count == 1, "a timed-out request is not retried")
        await client.shutdown()
    }

    @Test func aBodyFedByteByByteIsBoundedByTheRequestTimeout() async throws {
        // Each byte comes well within the timeout; the whole body (seconds) does not.
        // async-http-client's deadline does not always cover a body already streaming (the
        // serial phase of make test saw the whole body arrive after 5 s), nor does its read
        // timeout (the gap between two reads): the transport bounds the body itself.
        let body = Array(FaultCloudReplies.networks.utf8) + Array(repeating: UInt8(ascii: " "), count: 150)
        let server = try FaultServer { _ in .drip(body: body, interval: .milliseconds(20)) }
        defer { server.stop() }
        let (client, transcript) = client(server, requestTimeout: .milliseconds(500))
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.kind == .timeout)
        #expect(server.requestLog.count == 1, "a timed-out request is not retried")
        await client.shutdown()
    }

    @Test func aGETIsRetriedAfter503() async throws {
        let server = try FaultServer { request in
            request.countForPath == 1
                ? .json(503, #"{"serviceUnavailable": {"code": 503, "message": "busy", "details": ""}}"#)
                : .json(200, FaultCloudReplies.networks)
        }
        defer { server.stop() }
        let (client, _) = client(server)
        let networks = try await client.listNetworks()
        #expect(networks.map(\.id) == ["1"])
        #expect(networks.first?.raw.keys == ["id", "name", "status", "public", "zeta", "alpha"], "server key order")
        #expect(server.requestLog == Array(repeating: "GET /network/v2.0/networks/detail", count: 2))
        #expect(client.requestCount == 2)
        await client.shutdown()
    }

    @Test func aGETGivesUpAfterThree503s() async throws {
        let server = try FaultServer { _ in .json(503, #"{"serviceUnavailable": {"code": 503, "message": "busy", "details": ""}}"#) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.listNetworks() }
        #expect(error?.status == 503)
        #expect(error?.fault?.name == "serviceUnavailable")
        #expect(server.requestLog.count == 3)
        await client.shutdown()
    }

    @Test func aPOSTIsNotRetriedAfter503() async throws {
        let server = try FaultServer { request in
            request.countForPath == 1 ? .json(503, "{}") : .json(200, #"{"floatingip": {"id": "8"}}"#)
        }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.createFloatingIP(networkID: "1") }
        #expect(error?.status == 503)
        #expect(server.requestLog.filter { $0.hasPrefix("POST") } == ["POST /network/v2.0/floatingips"])
        await client.shutdown()
    }

    @Test func anUnexpectedSuccessCodeIsAnError() async throws {
        // Synnefo answers POST /floatingips with 200; a 201 means we are not talking to what we think.
        let server = try FaultServer { _ in .json(201, #"{"floatingip": {"id": "8"}}"#) }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let error = await expectClientError(transcript) { try await client.createFloatingIP(networkID: "1") }
        #expect(error?.status == 201)
        await client.shutdown()
    }

    @Test func anUnresolvableHost() async throws {
        let (client, transcript) = makeClient(identityURL: "http://no-such-host.invalid/identity/v2.0", token: Self.token)
        let error = await expectClientError(transcript) { try await client.access() }
        #expect(error?.kind == .hostNotFound("no-such-host.invalid"))
        await client.shutdown()
    }
}

import KamakiAPI
import KamakiTestSupport
import Synchronization
import Testing

@testable import KamakiClient

/// The `-v` / `-vv` log lines, and the token never showing in them.
@Suite("HTTP log")
struct HTTPLogTests {
    static let token = "log-token-5ecret"

    func cloud() throws -> FaultServer {
        let base = Mutex<String>("")
        let server = try FaultServer { request in
            if request.path.hasSuffix("/tokens") {
                return .json(200, FaultCloudReplies.access(baseURL: base.withLock { $0 }, token: Self.token))
            }
            if request.method == "POST" {
                return .json(409, #"{"conflict": {"code": 409, "message": "token \#(Self.token) echoed", "details": ""}}"#)
            }
            return .json(200, FaultCloudReplies.networks)
        }
        base.withLock { $0 = server.baseURL }
        return server
    }

    @Test func headersDetailShowsRequestAndResponseLines() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, transcript) = makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token, httpLog: .headers)
        _ = try await client.listNetworks()
        await client.shutdown()
        let lines = transcript.lines
        let url = server.baseURL + "/network/v2.0/networks/detail"
        #expect(lines.contains("> POST \(server.baseURL)/identity/v2.0/tokens"))
        #expect(lines.contains(">   Content-Type: application/json"))
        #expect(lines.contains("> GET \(url)"))
        #expect(lines.contains(">   X-Auth-Token: ..."))
        #expect(lines.contains("> data size: 0"))
        #expect(lines.contains("< 200 OK"))
        #expect(lines.contains("<   Content-Type: application/json"))
        #expect(lines.contains("< data size: \(FaultCloudReplies.networks.utf8.count)"))
        #expect(!lines.contains { $0.hasPrefix("< {") }, "no bodies at -v")
        #expect(transcript.leaks.isEmpty)
    }

    @Test func bodiesDetailShowsBodiesWithTheTokenRedacted() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, transcript) = makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token, httpLog: .bodies)
        _ = try await client.listNetworks()
        let error = await expectClientError(transcript) { try await client.createNetwork(name: "n", type: "MAC_FILTERED") }
        await client.shutdown()
        let lines = transcript.lines
        #expect(lines.contains(#"> {"auth": {"token": {"id": "..."}}}"#))
        #expect(lines.contains("< " + FaultCloudReplies.networks))
        #expect(lines.contains("< 409 CONFLICT"))
        #expect(error?.fault?.message == "token ... echoed")
        #expect(transcript.leaks.isEmpty)
    }

    @Test func offLogsNothing() async throws {
        let server = try cloud()
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: server.baseURL + "/identity/v2.0", token: Self.token, httpLog: .off)
        _ = try await client.listNetworks()
        await client.shutdown()
        #expect(transcript.lines.isEmpty)
    }

    /// A token holding `"` or `\` travels JSON-escaped (the request's auth body, an echoing reply):
    /// that form is redacted too, in bodies and headers.
    @Test func aTokenWithQuotesAndBackslashesIsRedactedInItsJSONFormToo() async throws {
        let token = #"quo"te\back-5ecret"#
        let escaped = #"quo\"te\\back-5ecret"#
        let base = Mutex<String>("")
        let server = try FaultServer { request in
            if request.path.hasSuffix("/tokens") {
                return .json(200, FaultCloudReplies.access(baseURL: base.withLock { $0 }, token: token))
            }
            let body = #"{"networks": [], "echo": "\#(escaped)"}"#
            return .respond(status: 200, headers: [("Content-Type", "application/json"), ("X-Echo", escaped)], body: Array(body.utf8))
        }
        base.withLock { $0 = server.baseURL }
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: server.baseURL + "/identity/v2.0", token: token, httpLog: .bodies)
        _ = try await client.listNetworks()
        await client.shutdown()
        let lines = transcript.lines
        #expect(lines.contains(#"> {"auth": {"token": {"id": "..."}}}"#), "\(lines)")
        #expect(lines.contains(#"< {"networks": [], "echo": "..."}"#), "\(lines)")
        #expect(lines.contains("<   X-Echo: ..."), "\(lines)")
        #expect(!lines.contains { $0.contains(escaped) || $0.contains(token) || $0.contains("back-5ecret") }, "\(lines)")
    }

    /// A non-JSON body reaches the log with its control characters escaped.
    @Test func controlCharactersFromTheServerAreEscapedInTheLog() async throws {
        let server = try FaultServer { request in
            if request.path.hasSuffix("/tokens") {
                return .json(200, FaultCloudReplies.access(baseURL: "http://127.0.0.1:1", token: Self.token))
            }
            return .respond(status: 200, contentType: "text/html", body: "")
        }
        defer { server.stop() }
        let hostile = try FaultServer { _ in
            .respond(status: 400, headers: [("Content-Type", "text/html")], body: Array("<h1>\u{1b}[2Jgone\r</h1>\nnext".utf8))
        }
        defer { hostile.stop() }
        let (client, transcript) = makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token,
            serviceURLs: ["network": hostile.baseURL + "/network/v2.0"], httpLog: .bodies)
        _ = await expectClientError(transcript) { try await client.listNetworks() }
        await client.shutdown()
        let lines = transcript.lines.filter { $0.hasPrefix("< ") || $0.hasPrefix("> ") }
        #expect(
            !lines.contains { $0.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F } },
            "\(lines.debugDescription)")
        #expect(lines.contains("< <h1>\\x1b[2Jgone\\r</h1>\nnext"), "\(lines)")
    }
}

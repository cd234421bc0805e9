import KamakiAPI
import KamakiTestSupport
import Testing

@testable import KamakiClient

@Suite("TLS")
struct TLSTests {
    @Test func aPlainHTTPServerOnAnHTTPSURLIsATLSFailure() async throws {
        let server = try FaultServer(banner: Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8))
        defer { server.stop() }
        let (client, transcript) = makeClient(identityURL: "https://127.0.0.1:\(server.port)/identity", token: "tls-5ecret")
        let error = await expectClientError(transcript) { try await client.access() }
        guard case .tls = error?.kind else {
            Issue.record("expected a TLS error, got \(String(describing: error))")
            return
        }
        await client.shutdown()
    }

    @Test func anUnreadableCAFileIsATLSFailure() async throws {
        let server = try FaultServer(banner: [])
        defer { server.stop() }
        let transcript = Transcript(token: "tls-5ecret")
        let client = CloudClient(
            configuration: ClientConfiguration(
                identityURL: "https://127.0.0.1:\(server.port)/identity", token: "tls-5ecret",
                caCertificatesPath: "/nonexistent/ca.pem", cacheDirectory: nil),
            logger: transcript.logger)
        let error = await expectClientError(transcript) { try await client.access() }
        guard case .tls = error?.kind else {
            Issue.record("expected a TLS error, got \(String(describing: error))")
            return
        }
        await client.shutdown()
    }
}

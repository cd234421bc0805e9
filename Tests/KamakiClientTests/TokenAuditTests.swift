import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiClient

/// Greps every log line (at `-vv` detail) and every error description for the token.
@Suite("Token never leaks")
struct TokenAuditTests {
    @Test func aWorkloadWithErrorsLeaksNoToken() async throws {
        try await withLocalCloud { cloud in
            let token = cloud.tokens[0]
            let (client, transcript) = makeClient(identityURL: cloud.identityURL, token: token, httpLog: .bodies)
            _ = try await client.access()
            _ = try await client.authenticate()
            _ = try await client.listNetworks()
            _ = try await client.quotas()
            let ip = try await client.createFloatingIP(networkID: "1")
            _ = await expectClientError(transcript) { try await client.deleteNetwork("1") }
            _ = await expectClientError(transcript) { try await client.port("424242") }
            try await client.deleteFloatingIP(ip.id)
            await client.shutdown()
            _ = await expectClientError(transcript) { try await client.listNetworks() }

            let (bad, badTranscript) = makeClient(identityURL: cloud.identityURL, token: token + "x", httpLog: .bodies)
            _ = await expectClientError(badTranscript) { try await bad.listNetworks() }
            await bad.shutdown()

            #expect(transcript.lines.contains { $0.hasPrefix("> POST ") })
            #expect(transcript.lines.contains { $0.hasPrefix("< {\"access\"") }, "the token reply body was logged")
            #expect(transcript.leaks.isEmpty)
            #expect(badTranscript.leaks.isEmpty)
        }
        // Everything the tests that ran before this one recorded, too (none, when it runs alone or first).
        #expect(TokenAudit.leaks.isEmpty)
    }
}

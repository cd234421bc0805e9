import Foundation
import KamakiClient
import KamakiCommands
import KamakiTestSupport
import Synchronization
import Testing

@testable import KamakiShell

/// The background fetch that fills Tab's ids: one that fails (a cloud restarting, as the embedded one
/// after `local reset`, refuses the authentication) is tried once more, so the ids arrive without
/// another Tab.
@Suite(.serialized) struct IDRefresherTests {
    @Test func aFailedFetchIsTriedOnceMore() async throws {
        let token = "r3fr35h-t0k3n"
        let base = Mutex("")
        let server = try FaultServer { request in
            switch (request.method, request.path) {
            // The first authentication finds the cloud restarting (a POST is not retried by the transport,
            // as its GETs are on a 503).
            case ("POST", "/identity/v2.0/tokens") where request.countForPath == 1:
                return .json(503, #"{"serviceUnavailable": {"code": 503, "message": "restarting"}}"#)
            case ("POST", "/identity/v2.0/tokens"):
                return .json(200, FaultCloudReplies.access(baseURL: base.withLock { $0 }, token: token))
            case ("GET", "/compute/v2.0/servers/detail"):
                return .json(200, #"{"servers": [{"id": 141, "name": "back again", "status": "ACTIVE"}]}"#)
            default:
                return .json(404, #"{"itemNotFound": {"code": 404, "message": "no"}}"#)
            }
        }
        defer { server.stop() }
        base.withLock { $0 = server.baseURL }
        try await withTemporaryDirectory { home in
            try "[cloud \"fault\"]\nurl = http://127.0.0.1:\(server.port)/identity/v2.0\ntoken = \(token)\n".write(
                toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
            let variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache"]
            let runner = CommandRunner(environment: RunEnvironment(variables: variables, homeDirectory: home))
            let connection = try runner.sessionConnection(arguments: [], output: BufferedOutput())
            let refresher = IDRefresher(connection: connection)
            refresher.refresh(.server)
            let deadline = ContinuousClock.now + .seconds(20)
            while connection.ids.entries(.server).isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(connection.ids.entries(.server).map(\.id) == ["141"])
            #expect(server.requestLog == ["POST /identity/v2.0/tokens", "POST /identity/v2.0/tokens", "GET /compute/v2.0/servers/detail"])
            await connection.close()
        }
    }

    /// A refusal (4xx) is the cloud's answer and is not asked again; anything else may pass.
    @Test func onlyWhatMayPassIsTriedAgain() {
        #expect(!IDRefresher.mayPass(ClientError(.http(status: 403, reason: "FORBIDDEN", fault: nil, body: ""))))
        #expect(!IDRefresher.mayPass(ClientError(.http(status: 404, reason: "NOT FOUND", fault: nil, body: ""))))
        #expect(IDRefresher.mayPass(ClientError(.http(status: 503, reason: "SERVICE UNAVAILABLE", fault: nil, body: ""))))
        #expect(IDRefresher.mayPass(CancellationError()))
    }
}

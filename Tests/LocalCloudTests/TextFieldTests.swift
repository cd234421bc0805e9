import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

/// Names are stored as sent or refused: a NUL would be cut off where SQLite's C strings end.
@Suite struct TextFieldTests {
    @Test func namesWithNULAreRefused() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let bad = JSON.string("front\u{0}hidden")
            let network = try await api.createNetwork("private")
            let cases: [(String, String, JSON)] = [
                ("POST", "/network/v2.0/networks", ["network": ["type": "MAC_FILTERED", "name": bad]]),
                ("PUT", "/network/v2.0/networks/\(network)", ["network": ["name": bad]]),
                ("POST", "/network/v2.0/ports", ["port": ["network_id": .string(network), "device_id": "141", "name": bad]]),
                ("PUT", "/compute/v2.0/servers/141", ["server": ["name": bad]]),
            ]
            for (method, path, body) in cases {
                let reply = method == "POST" ? try await api.post(path, body) : try await api.put(path, body)
                #expect(reply.status == 400, "\(method) \(path)")
                #expect(reply.message == "Malformed request. Invalid 'name' field", "\(method) \(path): \(reply.message)")
            }
            // Nothing was renamed or made.
            #expect(try await api.get("/compute/v2.0/servers/141")["server"]?["name"] == "Server 1")
            #expect(
                try await api.get("/network/v2.0/networks")["networks"]?.arrayValue?.contains {
                    $0["name"]?.stringValue?.hasPrefix("front") == true
                } == false)
        }
    }
}

import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// Bad input and abuse: every case answers with a clear JSON fault, never a crash or a hang.
@Suite struct FaultTests {
    @Test func malformedBodies() async throws {
        try await withLocalCloud { cloud in
            let api = CloudAPI(cloud)
            let path = "/network/v2.0/networks"
            let broken = try await api.call(.POST, path, body: #"{"network": {"type": "#)
            #expect(
                broken.status == 400
                    && broken.json == [
                        "badRequest": ["code": 400, "message": "Could not decode request body as JSON", "details": ""]
                    ])
            #expect(try await api.call(.POST, path, body: "").message == "Could not decode request body as JSON")
            let noType = try await api.call(.POST, path, body: #"{"network": {}}"#, contentType: nil)
            #expect(noType.status == 400 && noType.message == "Missing Content-Type header field")
            let form = try await api.call(.POST, path, body: "a=b", contentType: "application/x-www-form-urlencoded")
            #expect(form.message == "Unsupported Content-type: 'application/x-www-form-urlencoded'")
            let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
            #expect(try await api.call(.POST, path, body: deep).message == "Could not decode request body as JSON")
            let list = try await api.call(.POST, path, body: "[1, 2]")
            #expect(list.status == 400 && list.message == "Malformed request. Missing attribute 'network'.")
            let invalidUTF8 = try await RawHTTP.exchange(
                port: cloud.port,
                [
                    RawHTTP.request(
                        "POST", path, headers: ["X-Auth-Token: \(cloud.tokens[0])", "Content-Type: application/json"],
                        body: [0x7B, 0xFF, 0xFE, 0x7D])
                ])
            #expect(invalidUTF8.first?.status == 400)
            #expect(invalidUTF8.first?.text.contains("Could not decode request as UTF-8 string") == true)
        }
    }

    @Test func tooLargeBodyIsJSON413AndTheConnectionSurvives() async throws {
        try await withLocalCloud { cloud in
            let big = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) + 10)
            let auth = "X-Auth-Token: \(cloud.tokens[0])"
            let replies = try await RawHTTP.exchange(
                port: cloud.port,
                [
                    RawHTTP.request("POST", "/network/v2.0/ports", headers: [auth, "Content-Type: application/json"], body: big),
                    RawHTTP.request("GET", "/network/v2.0/networks", headers: [auth]),
                ])
            #expect(replies.count == 2)
            #expect(replies.first?.statusLine == "HTTP/1.1 413 REQUEST ENTITY TOO LARGE")
            #expect(replies.first?.header("Content-Type") == "application/json; charset=UTF-8")
            #expect(try replies.first.map { try JSON.parse($0.body) }?["overLimit"]?["code"] == 413)
            #expect(replies.last?.status == 200 && replies.last?.text.contains("public_network") == true)
        }
    }

    @Test func reasonPhrasesAreDjangoUpperCase() async throws {
        try await withLocalCloud { cloud in
            let auth = "X-Auth-Token: \(cloud.tokens[0])"
            let replies = try await RawHTTP.exchange(
                port: cloud.port,
                [
                    RawHTTP.request("GET", "/network/v2.0/networks", headers: [auth]),
                    RawHTTP.request("GET", "/network/v2.0/networks", headers: ["X-Auth-Token: wrong"]),
                    RawHTTP.request("GET", "/network/v2.0/networks/99", headers: [auth]),
                    RawHTTP.request("PUT", "/network/v2.0/networks"),
                    RawHTTP.request("DELETE", "/network/v2.0/networks/1", headers: [auth]),
                    RawHTTP.request("GET", "/network/v2.0/bogus"),
                ])
            #expect(
                replies.map(\.statusLine) == [
                    "HTTP/1.1 200 OK", "HTTP/1.1 401 UNAUTHORIZED", "HTTP/1.1 404 NOT FOUND", "HTTP/1.1 405 METHOD NOT ALLOWED",
                    "HTTP/1.1 403 FORBIDDEN", "HTTP/1.1 400 BAD REQUEST",
                ])
            #expect(replies[3].header("Allow") == "GET,POST")
            #expect(replies[0].header("Vary") == "X-Auth-Token")
        }
    }

    @Test func missingTokenAndQueryToken() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            for path in ["/network/v2.0/networks", "/compute/v2.0/servers", "/network/v2.0/floatingips", "/account/v1.0/quotas"] {
                let reply = try await api.call(.GET, path, authenticated: false)
                #expect(reply.status == 401)
                #expect(reply.json == ["unauthorized": ["code": 401, "message": "Access denied. No authentication token", "details": ""]])
            }
            // Auth comes before body parsing.
            #expect(try await api.call(.POST, "/network/v2.0/networks", body: "{", authenticated: false).status == 401)
            let query = try await api.call(.GET, "/network/v2.0/networks?X-Auth-Token=\(cloud.tokens[0])", authenticated: false)
            #expect(query.status == 200)
        }
    }

    @Test func concurrentReservationsRespectTheQuota() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            _ = try await api.reserveIP()
            _ = try await api.reserveIP()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<50 { group.addTask { try await api.reserveIP().status } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 200 }.count == 1)
            #expect(statuses.filter { $0 == 413 }.count == 49)
            #expect(try await usage(api, "cyclades.floating_ip") == 3)
            #expect(try await api.get("/network/v2.0/floatingips")["floatingips"]?.arrayValue?.count == 3)
        }
    }

    @Test func requestLogCountsRequests() async throws {
        try await withLocalCloud { cloud in
            let api = CloudAPI(cloud)
            _ = try await api.get("/network/v2.0/networks")
            _ = try await api.call(.POST, "/identity/v2.0/tokens", authenticated: false)
            #expect(cloud.requestLog == ["GET /network/v2.0/networks", "POST /identity/v2.0/tokens"])
        }
    }
}

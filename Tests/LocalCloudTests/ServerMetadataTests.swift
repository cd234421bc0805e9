import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// Server metadata: `GET`/`POST /servers/{id}/metadata`, `GET`/`PUT`/`DELETE /servers/{id}/metadata/{key}`.
@Suite struct ServerMetadataTests {
    @Test func listUpdateAndItems() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let path = "/compute/v2.0/servers/141/metadata"
            #expect(try await api.get(path).json == ["metadata": ["OS": "debian", "users": "root"]])
            let updated = try await api.post(path, ["metadata": ["role": "db", "users": "admin", "n": 7]])
            #expect(updated.status == 201)
            #expect(updated.json == ["metadata": ["OS": "debian", "n": "7", "role": "db", "users": "admin"]])
            #expect(try await api.get(path + "/role").json == ["meta": ["role": "db"]])
            let put = try await api.put(path + "/color", ["meta": ["color": "blue"]])
            #expect(put.status == 201 && put.json == ["meta": ["color": "blue"]])
            #expect(try await api.server("141")["metadata"]?["color"] == "blue")
            #expect(try await api.delete(path + "/color").status == 204)
            let gone = try await api.get(path + "/color")
            #expect(gone.status == 404 && gone.message == "Metadata key not found.")
            #expect(try await api.delete(path + "/color").status == 404)
        }
    }

    @Test func malformedAndOverTheLimits() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let path = "/compute/v2.0/servers/141/metadata"
            let cases: [(JSON, String)] = [
                ([:], "Malformed request. Missing attribute 'metadata'."),
                (["metadata": "x"], "Malformed request. Invalid 'metadata' field"),
                (
                    ["metadata": .object(JSONObject([(String(repeating: "k", count: 51), "v")]))],
                    "Malformed Request. Metadata key is too long"
                ),
                (["metadata": ["k": .string(String(repeating: "v", count: 501))]], "Malformed Request. Metadata value is too long"),
                (["metadata": ["k": ["nested": 1]]], "Malformed Request. Invalid metadata."),
            ]
            for (body, message) in cases {
                let reply = try await api.post(path, body)
                #expect(reply.status == 400 && reply.message == message, "\(body)")
            }
            let many = JSONObject((1...9).map { ("k\($0)", JSON.string("v")) })
            let tooMany = try await api.post(path, ["metadata": .object(many)])
            #expect(tooMany.status == 400 && tooMany.message == "Virtual Machines cannot have more than 10 metadata items")
            #expect(
                try await api.post(path, ["metadata": .object(JSONObject(Array(many).prefix(8).map { ($0.key, $0.value) }))]).status == 201)
            let eleventh = try await api.put(path + "/extra", ["meta": ["extra": "x"]])
            #expect(eleventh.status == 400 && eleventh.message == "Virtual Machines cannot have more than 10 metadata items")
            #expect(try await api.put(path + "/k1", ["meta": ["k1": "replaced"]]).status == 201)
            let mismatch = try await api.put(path + "/a", ["meta": ["b": "x"]])
            #expect(mismatch.status == 400 && mismatch.message == "Malformed request")
            #expect(try await api.get("/compute/v2.0/servers/999/metadata").message == "Server not found.")
            #expect(try await CloudAPI(cloud, user: 1).get(path).status == 404)
            #expect(try await api.get("/compute/v2.0/servers/x1/metadata/k").message == "API endpoint not found")
            let wrong = try await api.call(.PUT, path, json: ["metadata": [:]])
            #expect(wrong.status == 405 && wrong.headers["Allow"].first == "GET,POST")
        }
    }

    @Test func deletedServerKeepsReadableMetadata() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let delete = try await api.delete("/compute/v2.0/servers/142")
            #expect(delete.status == 204)
            let path = "/compute/v2.0/servers/142/metadata"
            #expect(try await api.get(path).json == ["metadata": ["OS": "debian", "users": "root"]])
            #expect(try await api.post(path, ["metadata": ["a": "b"]]).message == "Server has been deleted.")
            #expect(try await api.put(path + "/a", ["meta": ["a": "b"]]).message == "Server has been deleted.")
            #expect(try await api.delete(path + "/OS").message == "Server has been deleted.")
        }
    }
}

import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §11.1 (`snf-cyclades-app/synnefo/api/tests/networks.py`) and §5.
@Suite struct NetworksConformanceTests {
    @Test func listOnEmptySeedShowsOnlyThePublicNetwork() async throws {
        try await withInProcessCloud(seed: .empty) { cloud in
            let reply = try await CloudAPI(cloud).get("/network/v2.0/networks")
            #expect(reply.status == 200)
            #expect(reply["networks"]?.arrayValue?.map { $0["id"] } == ["1"])
            #expect(try await CloudAPI(cloud).get("/compute/v2.0/servers").json == ["servers": []])
        }
    }

    @Test func invalidCreate() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let cases: [(JSON, Int, String)] = [
                (["network": [:]], 400, "Malformed request. Missing attribute 'type'."),
                (["network": ["type": "foo"]], 400, "Invalid network type 'foo'"),
                (["network": ["type": "CUSTOM"]], 403, "Cannot create network of type 'CUSTOM'."),
                (["network": ["type": "MAC_FILTERED", "name": ["Test", "I need☂"]]], 400, "Malformed request. Invalid 'name' field"),
                (["network": ["type": 5]], 400, "Malformed request. Invalid 'type' field"),
                (["network": "x"], 400, "Malformed request. Invalid 'network' field"),
                (["netw": [:]], 400, "Malformed request. Missing attribute 'network'."),
                (
                    ["network": ["type": "MAC_FILTERED", "name": .string(String(repeating: "n", count: 129))]], 400,
                    "Network name is too long"
                ),
                (
                    ["network": ["type": "MAC_FILTERED", "shared_to_project": true]], 403,
                    "Sharing resource to the members of the project is not permitted"
                ),
            ]
            for (body, status, message) in cases {
                let reply = try await api.post("/network/v2.0/networks", body)
                #expect(reply.status == status, "\(body)")
                #expect(reply.message == message, "\(body)")
            }
            // Nothing was created or charged.
            #expect(try await api.get("/network/v2.0/networks")["networks"]?.arrayValue?.count == 1)
            #expect(try await usage(api, "cyclades.network.private") == 0)
        }
    }

    @Test func createGetRenameDelete() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let created = try await api.post("/network/v2.0/networks", ["network": ["name": "Funky Network☂", "type": "MAC_FILTERED"]])
            #expect(created.status == 201 && created["network"]?["name"] == "Funky Network☂")
            #expect(try await usage(api, "cyclades.network.private") == 1)
            let unnamed = try await api.post("/network/v2.0/networks", ["network": ["type": "MAC_FILTERED"]])
            #expect(unnamed["network"]?["name"] == "")
            let id = try CloudAPI.id(created, "network")
            let got = try await api.get("/network/v2.0/networks/\(id)")
            for key in ["status", "subnets", "name", "admin_state_up", "tenant_id", "id"] {
                #expect(got["network"]?[key] != nil, "\(key)")
            }
            #expect(try await api.get("/network/v2.0/networks/\(id)/").status == 200)
            #expect(try await api.get("/network/v2.0/networks/123").status == 404)
            #expect(try await api.get("/network/v2.0/networks/123").message == "Network 123 not found.")
            #expect(try await api.get("/network/v2.0/networks/abc").message == "Invalid network ID 'abc'")

            let renamed = try await api.put("/network/v2.0/networks/\(id)", ["network": ["name": "Cloud ☁"]])
            #expect(renamed.status == 200 && renamed["network"]?["name"] == "Cloud ☁")
            #expect(try await api.put("/network/v2.0/networks/\(id)", ["network": ["wrong_field": "x"]]).status == 400)
            let empty = try await api.call(.PUT, "/network/v2.0/networks/\(id)", body: "")
            #expect(empty.status == 400 && empty.message == "Could not decode request body as JSON")
            let long = try await api.put("/network/v2.0/networks/\(id)", ["network": ["name": .string(String(repeating: "a", count: 500))]])
            #expect(long.status == 400)
            let publicRename = try await api.put("/network/v2.0/networks/1", ["network": ["name": "x"]])
            #expect(publicRename.status == 403 && publicRename.message == "Cannot rename the public network.")

            #expect(try await api.delete("/network/v2.0/networks/\(id)").status == 204)
            #expect(try await usage(api, "cyclades.network.private") == 1)
            let readable = try await api.get("/network/v2.0/networks/\(id)")
            #expect(readable.status == 200 && readable["network"]?["status"] == "DELETED")
            let renameDeleted = try await api.put("/network/v2.0/networks/\(id)", ["network": ["name": "x"]])
            #expect(renameDeleted.status == 400 && renameDeleted.message == "Network has been deleted.")
            let twice = try await api.delete("/network/v2.0/networks/\(id)")
            #expect(twice.status == 400 && twice.message == "Network has been deleted.")
            #expect(try await api.delete("/network/v2.0/networks/123").status == 404)
        }
    }

    @Test func deleteNetworkInUse() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let id = try await api.createNetwork()
            let port = try await api.createPort(network: id)
            #expect(port.status == 201 && port["port"]?["status"] == "DOWN" && port["port"]?["device_id"] == .null)
            let refused = try await api.delete("/network/v2.0/networks/\(id)")
            #expect(refused.status == 409 && refused.fault?.name == "conflict")
            #expect(try await api.delete("/network/v2.0/ports/\(CloudAPI.id(port, "port"))").status == 204)
            #expect(try await api.delete("/network/v2.0/networks/\(id)").status == 204)
        }
    }

    @Test func deletePoolNetworkWithFloatingIPs() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let ip = try await api.reserveIP()
            try await Fixtures(cloud).execute("UPDATE networks SET public = 0, user_id = 's0m3-u53r-1d' WHERE id = 1")
            let refused = try await api.delete("/network/v2.0/networks/1")
            #expect(refused.status == 409 && refused.message == "Cannot delete netowrk. Network has allocated floating IPs.")
            #expect(try await api.delete("/network/v2.0/floatingips/\(CloudAPI.id(ip, "floatingip"))").status == 204)
            #expect(try await api.delete("/network/v2.0/networks/1").status == 204)
        }
    }

    @Test func reassign() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let id = try await api.createNetwork()
            let path = "/network/v2.0/networks/\(id)/action"
            #expect(try await api.post(path, ["reassign": ["project": "s0m3-u53r-1d", "shared_to_project": false]]).status == 200)
            let other = try await api.post(path, ["reassign": ["project": "new-project-uuid"]])
            #expect(other.status == 400 && other.message == "User s0m3-u53r-1d not in project new-project-uuid")
            #expect(try await api.post(path, ["reassign": ["project": "p", "shared_to_project": true]]).status == 403)
            #expect(try await api.post(path, ["bogus": [:]]).message == "Action bogus not supported.")
            #expect(try await api.post(path, ["reassign": "x"]).message == "Invalid argument.")
            #expect(try await api.post(path, ["reassign": [:]]).message == "Missing 'project' attribute.")
            #expect(try await api.post("/network/v2.0/networks/1/action", ["reassign": ["project": "p"]]).status == 403)
        }
    }

    @Test func methodNotAllowed() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            for (method, path, allow) in [
                (HTTPMethod.PUT, "/network/v2.0/networks", "GET,POST"), (.DELETE, "/network/v2.0/networks", "GET,POST"),
                (.POST, "/network/v2.0/networks/42", "GET,PUT,DELETE"),
            ] {
                let reply = try await api.call(method, path, authenticated: false)
                #expect(reply.status == 405)
                #expect(reply.headers["Allow"].first == allow)
                #expect(reply.json == ["notAllowed": ["code": 405, "message": "Method not allowed", "details": ""]])
            }
        }
    }
}

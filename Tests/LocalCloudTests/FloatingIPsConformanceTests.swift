import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §11.3 (`snf-cyclades-app/synnefo/api/tests/floating_ips.py`) and §8.
@Suite struct FloatingIPsConformanceTests {
    @Test func listGetAndShape() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.get("/network/v2.0/floatingips").json == ["floatingips": []])
            let ip = try await api.reserveIP()
            let id = try CloudAPI.id(ip, "floatingip")
            _ = try await api.createPort(network: "1", device: "141", address: "192.168.3.5")
            let expected: JSON = [
                "id": .string(id), "floating_ip_address": "192.168.3.5", "floating_network_id": "1", "fixed_ip_address": nil,
                "port_id": "11", "instance_id": "141", "user_id": "s0m3-u53r-1d", "tenant_id": "s0m3-u53r-1d",
                "shared_to_project": false, "deleted": false,
            ]
            #expect(try await api.get("/network/v2.0/floatingips").json == ["floatingips": [expected]])
            #expect(try await api.get("/network/v2.0/floatingips/\(id)").json == ["floatingip": expected])
            #expect(try await api.get("/network/v2.0/floatingips/77").message == "Floating IP with ID 77 does not exist.")
            #expect(try await api.get("/network/v2.0/floatingips/x").message == "Invalid Floating IP ID x")
            let wrong = try await api.call(.POST, "/network/v2.0/floatingips/\(id)", authenticated: false)
            #expect(wrong.status == 405 && wrong.headers["Allow"].first == "GET,DELETE")
        }
    }

    @Test func wrongUserAndDeleted() async throws {
        try await withInProcessCloud { cloud in
            let owner = CloudAPI(cloud)
            let other = CloudAPI(cloud, user: 1)
            let id = try CloudAPI.id(try await owner.reserveIP(), "floatingip")
            #expect(try await other.delete("/network/v2.0/floatingips/\(id)").status == 404)
            #expect(try await owner.delete("/network/v2.0/floatingips/\(id)").status == 204)
            #expect(try await owner.delete("/network/v2.0/floatingips/\(id)").status == 404)
            #expect(try await owner.get("/network/v2.0/floatingips/\(id)").status == 404)
        }
    }

    @Test func reserve() async throws {
        try await withInProcessCloud(seed: .empty) { cloud in
            let api = CloudAPI(cloud)
            let ip = try await api.reserveIP()
            #expect(ip.status == 200)
            #expect(ip["floatingip"]?["floating_ip_address"] == "192.168.3.5" && ip["floatingip"]?["port_id"] == .null)
            #expect(ip["floatingip"]?["user_id"] == "s0m3-u53r-1d" && ip["floatingip"]?["tenant_id"] == "s0m3-u53r-1d")
            // No network given: any pool with space.
            let any = try await api.post("/network/v2.0/floatingips", ["floatingip": [:]])
            #expect(any.status == 200 && any["floatingip"]?["floating_ip_address"] == "192.168.3.6")
            let with = try await api.post(
                "/network/v2.0/floatingips", ["floatingip": ["floating_network_id": "1", "floating_ip_address": "192.168.3.10"]])
            #expect(with.status == 200 && with["floatingip"]?["floating_ip_address"] == "192.168.3.10")
            let again = try await api.post(
                "/network/v2.0/floatingips", ["floatingip": ["floating_network_id": "1", "floating_ip_address": "192.168.3.10"]])
            #expect(again.status == 409 && again.message == "IP address 192.168.3.10 is already used.")
            let outside = try await api.post(
                "/network/v2.0/floatingips", ["floatingip": ["floating_network_id": 1, "floating_ip_address": "192.168.4.5"]])
            #expect(outside.status == 400 && outside.message == "Address 192.168.4.5 does not belong to network 1")
        }
    }

    @Test func reserveFromNoPool() async throws {
        try await withInProcessCloud(seed: .empty) { cloud in
            let api = CloudAPI(cloud)
            let privateNet = try await api.createNetwork()
            let notPool = try await api.reserveIP(network: privateNet)
            #expect(notPool.status == 409)
            #expect(notPool.message == "Cannot allocate floating IP. Network \(privateNet) is not a floating IP pool.")
            let fixtures = Fixtures(cloud)
            // A pool with no free address.
            try await fixtures.execute(#"UPDATE subnets SET pools = '[{"start": "192.168.3.5", "end": "192.168.3.5"}]' WHERE id = 53"#)
            #expect(try await api.reserveIP().status == 200)
            let empty = try await api.reserveIP()
            #expect(empty.status == 409 && empty.message == "No more IP addresses available on network 1")
            let anyPool = try await api.post("/network/v2.0/floatingips", ["floatingip": [:]])
            #expect(anyPool.status == 409 && anyPool.message == "Cannot allocate a floating IP address.")
            try await fixtures.execute("UPDATE networks SET floating_ip_pool = 0 WHERE id = 1")
            #expect(try await api.reserveIP().status == 409)
        }
    }

    @Test func malformedReserve() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let cases: [(JSON, Int, String)] = [
                (["x": [:]], 400, "Malformed request. Missing attribute 'floatingip'."),
                (["floatingip": []], 400, "Malformed request. Invalid 'floatingip' field"),
                (["floatingip": ["floating_network_id": [1]]], 400, "Malformed request. Invalid 'floating_network_id' field"),
                (["floatingip": ["floating_network_id": "one"]], 400, "Invalid networkd ID."),
                (
                    ["floatingip": ["floating_network_id": "1", "floating_ip_address": 5]], 400,
                    "Malformed request. Invalid 'floating_ip_address' field"
                ),
                (["floatingip": ["floating_network_id": "999"]], 404, "Network 999 not found."),
            ]
            for (body, status, message) in cases {
                let reply = try await api.post("/network/v2.0/floatingips", body)
                #expect(reply.status == status && reply.message == message, "\(body)")
            }
            #expect(try await usage(api, "cyclades.floating_ip") == 0)
        }
    }

    @Test func updateIsNotImplementedAndReleaseFreesQuota() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let id = try CloudAPI.id(try await api.reserveIP(), "floatingip")
            let update = try await api.put("/network/v2.0/floatingips/\(id)", ["floatingip": [:]])
            #expect(update.status == 501 && update.message == "Updating a floating IP is not supported.")
            #expect(try await usage(api, "cyclades.floating_ip") == 1)
            #expect(try await api.delete("/network/v2.0/floatingips/\(id)").status == 204)
            #expect(try await usage(api, "cyclades.floating_ip") == 0)
            let detached = try CloudAPI.id(try await api.reserveIP(), "floatingip")
            let network = try await api.createNetwork()
            _ = network
            let reassign = try await api.post("/network/v2.0/floatingips/\(detached)/action", ["reassign": ["project": "s0m3-u53r-1d"]])
            #expect(reassign.status == 200)
            let twoKeys = try await api.post(
                "/network/v2.0/floatingips/\(detached)/action", ["reassign": ["project": "s0m3-u53r-1d"], "x": 1])
            #expect(twoKeys.message == "Malformed request.")
        }
    }

    @Test func changesSince() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let id = try CloudAPI.id(try await api.reserveIP(), "floatingip")
            #expect(try await api.delete("/network/v2.0/floatingips/\(id)").status == 204)
            let since = "2000-01-01T00:00:00"
            #expect(try await api.get("/network/v2.0/floatingips?changes-since=\(since)").message == "Too old changes-since value.")
            #expect(try await api.get("/network/v2.0/floatingips?changes-since=garbage").message == "Invalid changes-since parameter.")
            #expect(
                try await api.get("/network/v2.0/floatingips?changes-since=2999-01-01T00:00:00Z").message
                    == "changes-since value set in the future.")
            let recent = try await api.get("/network/v2.0/floatingips")
            #expect(recent["floatingips"]?.arrayValue?.isEmpty == true)
        }
    }
}

import Foundation
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §4.5: `DELETE /servers/{id}` and what goes with the server.
@Suite struct ServerDeleteTests {
    @Test func destroyingThenDeleted() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.delete("/compute/v2.0/servers/141").status == 204)
            var server = try await api.server("141")
            #expect(server["status"] == "ACTIVE" && server["SNF:task_state"] == "DESTROYING" && server["deleted"] == false)
            #expect(try await usage(api, "cyclades.vm") == 1)
            #expect(try await usage(api, "cyclades.cpu") == 2)
            #expect(try await usage(api, "cyclades.disk") == 40 << 30)
            // Asked again while it is being destroyed: accepted, nothing more released.
            #expect(try await api.delete("/compute/v2.0/servers/141").status == 204)
            #expect(try await usage(api, "cyclades.vm") == 1)
            let pending = try await api.action("141", ["shutdown": [:]])
            #expect(pending.status == 400 && pending.message == "Cannot perform 'STOP' action while there is a pending 'DESTROY'.")
            try await Fixtures(cloud).settleServers()
            server = try await api.server("141")
            #expect(server["status"] == "DELETED" && server["deleted"] == true && server["SNF:task_state"] == "")
            let twice = try await api.delete("/compute/v2.0/servers/141")
            #expect(twice.status == 400 && twice.fault?.name == "badRequest" && twice.message == "Server has been deleted.")
            #expect(try await api.action("141", ["start": [:]]).message == "Server has been deleted.")
            #expect(try await api.put("/compute/v2.0/servers/141", ["server": ["name": "x"]]).message == "Server has been deleted.")
            let list = try await api.get("/compute/v2.0/servers")
            #expect(list["servers"]?.arrayValue?.map { $0["id"] } == [142])
            #expect(try await usage(api, "cyclades.vm") == 1)
        }
    }

    @Test func portsAreReleasedWithTheServer() async throws {
        try await withInProcessCloud(settle: 0.2) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            _ = try await api.createSubnet(network: network)
            let fixed = try CloudAPI.id(try await api.createPort(network: network, device: "141"), "port")
            let ip = try CloudAPI.id(try await api.reserveIP(), "floatingip")
            let floating = try CloudAPI.id(try await api.createPort(network: "1", device: "141", address: "192.168.3.5"), "port")
            #expect(try await eventually { try await api.server("141")["attachments"]?.arrayValue?.count == 2 })
            #expect(try await api.delete("/compute/v2.0/servers/141").status == 204)
            #expect(try await eventually { try await api.server("141")["status"] == "DELETED" })
            #expect(try await api.get("/network/v2.0/ports/\(fixed)").status == 404)
            #expect(try await api.get("/network/v2.0/ports/\(floating)").status == 404)
            let address = try await api.get("/network/v2.0/floatingips/\(ip)")
            #expect(address["floatingip"]?["port_id"] == .null && address["floatingip"]?["instance_id"] == .null)
            #expect(try await usage(api, "cyclades.floating_ip") == 1)
            // The fixed address is back in its pool: the next port gets it again.
            let next = try await api.createPort(network: network)
            #expect(next["port"]?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "10.0.3.2")
            let changes = try await api.get("/compute/v2.0/servers/detail?changes-since=2020-01-01T00:00:00Z")
            #expect(changes.status == 400)
        }
    }

    @Test func deletedServersShowInChangesSince() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let before = ISO8601.format(microsecondsSince1970: Int64((Date.now.timeIntervalSince1970 - 5) * 1_000_000))
            #expect(try await api.delete("/compute/v2.0/servers/142").status == 204)
            let changes = try await api.get("/compute/v2.0/servers/detail?changes-since=\(before)")
            let servers = changes["servers"]?.arrayValue ?? []
            #expect(servers.map { $0["id"] } == [142] && servers.first?["status"] == "DELETED")
        }
    }

    @Test func unknownAndOtherUsersServers() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let missing = try await api.delete("/compute/v2.0/servers/999")
            #expect(missing.status == 404 && missing.fault?.name == "itemNotFound" && missing.message == "Server not found.")
            #expect(try await api.delete("/compute/v2.0/servers/143").status == 404)
            #expect(try await CloudAPI(cloud, user: 1).delete("/compute/v2.0/servers/141").status == 404)
            #expect(try await api.delete("/compute/v2.0/servers/abc").message == "API endpoint not found")
            #expect(try await usage(api, "cyclades.vm") == 2)
        }
    }
}

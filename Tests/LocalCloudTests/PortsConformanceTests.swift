import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §11.2 (`snf-cyclades-app/synnefo/api/tests/ports.py`) and §7.
@Suite struct PortsConformanceTests {
    @Test func getAndListAndUpdate() async throws {
        try await withInProcessCloud(seed: .empty) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.get("/network/v2.0/ports").json == ["ports": []])
            #expect(try await api.get("/network/v2.0/ports/123").status == 404)
            #expect(try await api.get("/network/v2.0/ports/123").message == "Port '123' not found.")
            #expect(try await api.get("/network/v2.0/ports/abc").message == "Invalid port ID 'abc'")
            let network = try await api.createNetwork()
            let port = try CloudAPI.id(try await api.createPort(network: network), "port")
            #expect(try await api.get("/network/v2.0/ports/\(port)").status == 200)
            let renamed = try await api.put("/network/v2.0/ports/\(port)", ["port": ["name": "test-name☁☂"]])
            #expect(renamed.status == 200 && renamed["port"]?["name"] == "test-name☁☂")
            #expect(try await api.put("/network/v2.0/ports/\(port)", ["port": ["name": ""]])["port"]?["name"] == "test-name☁☂")
            #expect(try await api.put("/network/v2.0/ports/\(port)", ["x": [:]]).message == "Malformed request. Missing attribute 'port'.")
            #expect(try await api.delete("/network/v2.0/ports/123").status == 404)
            let wrong = try await api.call(.POST, "/network/v2.0/ports/\(port)", authenticated: false)
            #expect(wrong.status == 405 && wrong.headers["Allow"].first == "GET,DELETE,PUT")
        }
    }

    @Test func deleteAttachedPortSettlesThenPendingWhenEnforced() async throws {
        try await withInProcessCloud(settle: 30, pendingActions: true) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let port = try CloudAPI.id(try await api.createPort(network: network, device: "141"), "port")
            try await Fixtures(cloud).execute("UPDATE ports SET ready_at = 0 WHERE id = ?", [port])
            #expect(try await api.delete("/network/v2.0/ports/\(port)").status == 204)
            let again = try await api.delete("/network/v2.0/ports/\(port)")
            #expect(again.status == 400)
            #expect(again.message == "Cannot perform 'DISCONNECT' action while there is a pending 'DISCONNECT'.")
            #expect(try await api.get("/network/v2.0/ports/\(port)")["port"]?["status"] == "ACTIVE")
        }
    }

    @Test func createValidation() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let cases: [(JSON, Int, String)] = [
                (["port": ["device_id": "123", "name": "port1", "network_id": .string(network)]], 404, "Server not found."),
                (["port": ["network_id": "1", "device_id": "141", "fixed_ips": ["lala♈"]]], 400, "Invalid 'fixed_ips' field."),
                (
                    ["port": ["network_id": "1", "device_id": "141"]], 400,
                    "'fixed_ips' attribute must contain a floating IP address in order to connect to a public network."
                ),
                (
                    ["port": ["network_id": "1", "device_id": "141", "fixed_ips": [["ip_address": "8.8.8.8"]]]], 404,
                    "Floating IP does not exist."
                ),
                (["port": ["device_id": "141"]], 400, "Malformed request. Missing attribute 'network_id'."),
                (["port": ["network_id": ["x"]]], 400, "Malformed request. Invalid 'network_id' field"),
                (["port": ["network_id": "1", "fixed_ips": "x"]], 400, "Malformed request. Invalid 'fixed_ips' field"),
                (["port": ["network_id": "1", "fixed_ips": [[:], [:]]]], 400, "'fixed_ips' attribute must contain only one fixed IP."),
                (["port": ["network_id": "1", "fixed_ips": [["ip_address": "babe::"]]]], 400, "'ip_address' can be only an IPv4 address'"),
                (["port": ["network_id": "1", "fixed_ips": [["ip_address": "300.1.1.1"]]]], 400, "300.1.1.1 is not a valid IPv4 Address"),
                (["port": ["network_id": "1", "name": 5]], 400, "Malformed request. Invalid 'name' field"),
                (["port": ["network_id": "1", "security_groups": ["x"]]], 400, "Invalid 'security_groups' field."),
                (["port": ["network_id": "1", "security_groups": [1]]], 404, "Not valid security group"),
                (["port": ["network_id": "1", "device_id": "abc"]], 400, "Invalid server ID."),
                (["port": ["network_id": "abc"]], 400, "Invalid network ID 'abc'"),
                (["port": ["network_id": "420000"]], 404, "Network 420000 not found."),
                (
                    ["port": ["network_id": .string(network), "name": .string(String(repeating: "p", count: 129))]], 400,
                    "Port name is too long"
                ),
                (
                    ["port": ["network_id": .string(network), "fixed_ips": [["ip_address": "10.0.0.5"]]]], 400,
                    "Address 10.0.0.5 is not a valid IP for the defined network subnets"
                ),
                (["port": "x"], 400, "Malformed request. Invalid 'port' field"),
            ]
            for (body, status, message) in cases {
                let reply = try await api.post("/network/v2.0/ports", body)
                #expect(reply.status == status, "\(body)")
                #expect(reply.message == message, "\(body)")
            }
            #expect(try await api.get("/network/v2.0/ports").json == ["ports": []])
        }
    }

    @Test func publicNetworkWithoutPoolNeedsAFloatingIP() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            try await Fixtures(cloud).execute("UPDATE networks SET floating_ip_pool = 0 WHERE id = 1")
            let reply = try await api.createPort(network: "1", device: "141")
            #expect(reply.status == 400 && reply.body.contains("must contain a floating IP"))
        }
    }

    @Test func floatingIPOnPublicNetwork() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let ip = try await api.reserveIP()
            let address = ip["floatingip"]?["floating_ip_address"]?.stringValue ?? ""
            // The same address offered for another public network.
            try await Fixtures(cloud).execute(
                "INSERT INTO networks (id, name, type, public, floating_ip_pool, created, updated) VALUES (7, 'other', 'IP_LESS_ROUTED', 1, 1, 0, 0)"
            )
            let wrongNetwork = try await api.createPort(network: "7", device: "141", address: address)
            #expect(wrongNetwork.status == 409 && wrongNetwork.message == "IP Address \(address) does not belong to network 7")
            let attached = try await api.createPort(network: "1", device: "141", address: address)
            #expect(attached.status == 201)
            let taken = try await api.createPort(network: "1", device: "142", address: address)
            #expect(taken.status == 409 && taken.message == "IP address '\(address)' is already in use")
            // A port on the public network that carries no floating IP cannot be deleted.
            try await Fixtures(cloud).execute(
                "INSERT INTO ports (id, user_id, network_id, device_id, name, created, updated, ready_at) VALUES (99, 's0m3-u53r-1d', 1, 142, '', 0, 0, 0)"
            )
            let forced = try await api.delete("/network/v2.0/ports/99")
            #expect(forced.status == 403 && forced.message == "Cannot disconnect from public network.")
        }
    }

    @Test func privateNetworkAddresses() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let subnet = try await api.createSubnet(
                network: network, cidr: "192.168.2.0/24",
                extra: [("gateway_ip", .null), ("allocation_pools", [["start": "192.168.2.1", "end": "192.168.2.1"]])])
            #expect(subnet.status == 201)
            let first = try await api.createPort(network: network, device: "141", address: "192.168.2.1")
            #expect(first.status == 201 && first["port"]?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "192.168.2.1")
            let again = try await api.createPort(network: network, device: "142", address: "192.168.2.1")
            #expect(again.status == 409 && again.message == "IP address 192.168.2.1 is already used.")
            let outside = try await api.createPort(network: network, address: "192.168.2.9")
            #expect(outside.status == 400 && outside.message == "Address 192.168.2.9 does not belong to network \(network)")
            let full = try await api.createPort(network: network)
            #expect(full.status == 409 && full.message == "No more IP addresses available on network \(network)")
        }
    }

    @Test func portsWithoutDeviceTakeLowestFreeAddress() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            _ = try await api.createSubnet(
                network: network, cidr: "192.168.2.0/24",
                extra: [("gateway_ip", .null), ("allocation_pools", [["start": "192.168.2.1", "end": "192.168.2.3"]])])
            let plain = try await api.createPort(network: network)
            #expect(plain.status == 201 && plain["port"]?["device_id"] == .null && plain["port"]?["device_owner"] == .null)
            #expect(plain["port"]?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "192.168.2.1")
            let chosen = try await api.createPort(network: network, address: "192.168.2.2")
            #expect(
                chosen["port"]?["device_id"] == .null && chosen["port"]?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "192.168.2.2")
            #expect(try await api.createPort(network: network)["port"]?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "192.168.2.3")
        }
    }

    @Test func deletedNetworkAndServerStates() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            #expect(try await api.delete("/network/v2.0/networks/\(network)").status == 204)
            let deleted = try await api.createPort(network: network, device: "141")
            #expect(deleted.status == 400 && deleted.message == "Network has been deleted.")
            let live = try await api.createNetwork()
            let fixtures = Fixtures(cloud)
            try await fixtures.execute("UPDATE servers SET task = 'BUILD', interim = 'BUILD', task_until = 1e17 WHERE id = 141")
            let building = try await api.createPort(network: live, device: "141")
            #expect(building.status == 409 && building.fault?.name == "buildInProgress")
            #expect(building.message == "Server '141' is being built.")
            try await fixtures.execute("UPDATE servers SET status = 'ERROR', task = NULL WHERE id = 141")
            let failed = try await api.createPort(network: live, device: "141")
            #expect(failed.message == "Cannot perform 'CONNECT' action while server is in 'ERROR' state.")
            try await fixtures.execute("UPDATE servers SET deleted = 1 WHERE id = 142")
            #expect(try await api.createPort(network: live, device: "142").message == "Server has been deleted.")
        }
    }

    @Test func serverAttachmentsListOnlyActivePorts() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let building = try CloudAPI.id(try await api.createPort(network: network, device: "141"), "port")
            let active = try CloudAPI.id(try await api.createPort(network: network, device: "141"), "port")
            try await Fixtures(cloud).execute("UPDATE ports SET ready_at = 0 WHERE id = ?", [active])
            let server = try await api.get("/compute/v2.0/servers/141")
            let attachments = server["server"]?["attachments"]?.arrayValue ?? []
            #expect(attachments.map { $0["id"] } == [.int(Int64(active) ?? 0)])
            #expect(attachments.first?["network_id"] == .string(network))
            #expect(try await api.get("/network/v2.0/ports/\(building)")["port"]?["mac_address"] == .null)
        }
    }
}

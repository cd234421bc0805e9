import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §11.4 (`snf-cyclades-app/synnefo/api/tests/subnets.py`) and §6.
@Suite struct SubnetsConformanceTests {
    @Test func listGetDelete() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let list = try await api.get("/network/v2.0/subnets")
            #expect(list["subnets"]?.arrayValue?.map { $0["id"] } == ["53"])
            let subnet = try await api.get("/network/v2.0/subnets/53")
            #expect(subnet["subnet"]?["cidr"] == "192.168.3.0/24" && subnet["subnet"]?["gateway_ip"] == "192.168.3.1")
            #expect(subnet["subnet"]?["public"] == true && subnet["subnet"]?["user_id"] == .null)
            #expect(try await api.get("/network/v2.0/subnets/42").status == 404)
            let delete = try await api.delete("/network/v2.0/subnets/42")
            #expect(delete.status == 400 && delete.message == "Deletion of a subnet is not supported")
        }
    }

    @Test func createSuccessCases() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            try await Fixtures(cloud).execute("UPDATE quotas SET quota_limit = 100 WHERE resource = 'cyclades.network.private'")
            func check(_ extra: [(String, JSON)], cidr: String = "10.0.3.0/24", _ verify: (Reply) -> Void) async throws {
                let network = try await api.createNetwork()
                let reply = try await api.createSubnet(network: network, cidr: cidr, extra: extra)
                #expect(reply.status == 201, "\(extra) \(reply.body)")
                verify(reply)
            }
            try await check([("ip_version", 4)]) { reply in
                #expect(reply["subnet"]?["gateway_ip"] == "10.0.3.1" && reply["subnet"]?["enable_dhcp"] == true)
                #expect(reply["subnet"]?["allocation_pools"] == [["start": "10.0.3.2", "end": "10.0.3.254"]])
            }
            try await check([("enable_slaac", false)]) { #expect($0["subnet"]?["enable_slaac"] == nil) }
            try await check([("ip_version", 6), ("enable_slaac", false)], cidr: "fdc1:4992:1130:fc0b::/64") { reply in
                #expect(reply["subnet"]?["gateway_ip"] == "fdc1:4992:1130:fc0b::1" && reply["subnet"]?["allocation_pools"] == [])
                #expect(reply["subnet"]?["enable_slaac"] == false)
            }
            try await check([("allocation_pools", [["start": "10.0.3.2", "end": "10.0.3.252"]])]) {
                #expect($0["subnet"]?["allocation_pools"] == [["start": "10.0.3.2", "end": "10.0.3.252"]])
            }
            try await check([
                ("allocation_pools", [["start": "10.0.3.200", "end": "10.0.3.220"], ["start": "10.0.3.2", "end": "10.0.3.100"]])
            ]) {
                #expect($0["subnet"]?["allocation_pools"]?.arrayValue?.count == 2)
            }
            try await check([("gateway_ip", "10.0.3.150")]) {
                #expect(
                    $0["subnet"]?["allocation_pools"] == [
                        ["start": "10.0.3.1", "end": "10.0.3.149"], ["start": "10.0.3.151", "end": "10.0.3.254"],
                    ])
            }
            try await check([("gateway_ip", "10.0.3.254")]) {
                #expect($0["subnet"]?["allocation_pools"] == [["start": "10.0.3.1", "end": "10.0.3.253"]])
            }
            try await check([("enable_dhcp", false)]) { #expect($0["subnet"]?["enable_dhcp"] == false) }
            try await check([("dns_nameservers", ["8.8.8.8"]), ("host_routes", [["destination": "0.0.0.0/0", "nexthop": "10.0.3.1"]])]) {
                #expect($0["subnet"]?["host_routes"] == [["destination": "0.0.0.0/0", "nexthop": "10.0.3.1"]])
            }
        }
    }

    @Test func createFailures() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            try await Fixtures(cloud).execute("UPDATE quotas SET quota_limit = 100 WHERE resource = 'cyclades.network.private'")
            let cases: [([(String, JSON)], String, Int, String)] = [
                (
                    [("enable_slaac", "Random"), ("ip_version", 6)], "fdc1:4992:1130:fc0b::/64", 400,
                    "Malformed request, enable_slaac must be True or False"
                ),
                (
                    [("gateway_ip", "10.0.3.1"), ("allocation_pools", [["start": "10.0.3.0", "end": "10.0.3.255"]])], "10.0.3.0/24", 409,
                    "IP Pool out of bounds"
                ),
                ([("allocation_pools", [["start": "10.0.8.0", "end": "10.0.1.250"]])], "10.0.1.0/24", 409, "IP Pool out of bounds"),
                ([("allocation_pools", [["start": "10.0.1.10", "end": "10.0.1.5"]])], "10.0.1.0/24", 409, "Invalid IP pool range"),
                (
                    [("allocation_pools", [["start": "10.0.1.1", "end": "10.0.1.5"]])], "10.0.1.0/24", 409,
                    "Gateway cannot be in pool range"
                ),
                (
                    [("allocation_pools", [["start": "10.0.1.2", "end": "10.0.1.9"], ["start": "10.0.1.5", "end": "10.0.1.20"]])],
                    "10.0.1.0/24", 409, "IP Pool range conflict"
                ),
                (
                    [("ip_version", 6), ("allocation_pools", [["start": "10.0.1.2", "end": "10.0.1.9"]])], "fdc1:4992:1130:fc0b::/64", 409,
                    "Can't allocate an IP Pool in IPv6"
                ),
                ([("ip_version", 8)], "10.0.1.0/24", 400, "Malformed IP version type"),
                ([], "192.168.3.0/8", 400, "Invalid network IPv4 subnet"),
                ([], "10.0.0.0/16", 413, "Unsupported network size"),
                ([("gateway_ip", "192.168.1.1")], "10.0.1.0/24", 400, "Invalid network IPv4 gateway"),
                ([("name", .string(String(repeating: "s", count: 300)))], "10.0.1.0/24", 400, "Subnet name is too long"),
                ([("enable_dhcp", "None")], "10.0.1.0/24", 400, "Malformed request, dhcp must be True or False"),
                ([], "nonsense", 400, "Malformed CIDR 'nonsense'"),
                ([("allocation_pools", [["start": "10.0.1.2"]])], "10.0.1.0/24", 400, "Malformed allocation pool."),
                (
                    [("allocation_pools", [["start": "10.0.1.2", "end": "x"]])], "10.0.1.0/24", 400,
                    "Allocation pools contain invalid IPv4 address"
                ),
                ([("ip_version", 6)], "fdc1:4992:1130::/48", 400, "Unsupported IPv6 subnet size. Network netmask must be /64"),
            ]
            for (extra, cidr, status, message) in cases {
                let network = try await api.createNetwork()
                let reply = try await api.createSubnet(network: network, cidr: cidr, extra: extra)
                #expect(reply.status == status && reply.message == message, "\(extra) \(cidr): \(reply.body)")
            }
            #expect(try await api.createSubnet(network: "error").message == "Malformed network ID")
            #expect(try await api.createSubnet(network: "420000").status == 404)
            #expect(try await api.createSubnet(network: "1").message == "Forbidden operation")
            #expect(try await api.post("/network/v2.0/subnets", ["subnet": ["cidr": "10.0.0.0/24"]]).message == "Malformed request")
            let network = try await api.createNetwork()
            #expect(try await api.createSubnet(network: network).status == 201)
            let second = try await api.createSubnet(network: network, cidr: "10.0.4.0/24")
            #expect(second.status == 400 && second.message == "Only one subnet of IPv4/IPv6 per network is allowed")
        }
    }

    @Test func update() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let id = try CloudAPI.id(try await api.createSubnet(network: network), "subnet")
            let path = "/network/v2.0/subnets/\(id)"
            for body: JSON in [
                ["subnet": ["ip_version": 6]], ["subnet": ["cidr": "10.0.5.0/24"]], ["subnet": ["allocation_pools": []]],
                ["subnet": ["dns_nameservers": []]], ["subnet": ["host_routes": []]], ["subnet": ["enable_dhcp": false]],
                ["subnet": ["gateway_ip": "10.0.3.9"]], ["subnet": ["name": "x", "cidr": "10.0.0.0/24"]],
            ] {
                let reply = try await api.put(path, body)
                #expect(reply.status == 400 && reply.message == "Only the name of a subnet can be updated", "\(body)")
            }
            let long = try await api.put(path, ["subnet": ["name": .string(String(repeating: "n", count: 300))]])
            #expect(long.status == 400 && long.message == "Subnet name is  too long")
            let renamed = try await api.put(path, ["subnet": ["name": "Updated Name"]])
            #expect(renamed.status == 200 && renamed["subnet"]?["name"] == "Updated Name")
            #expect(try await api.put("/network/v2.0/subnets/53", ["subnet": ["name": "x"]]).message == "Forbidden operation")
            #expect(try await api.put("/network/v2.0/subnets/999", ["subnet": ["name": "x"]]).status == 404)
        }
    }
}

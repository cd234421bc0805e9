import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// The networking tutorial, request by request as kamaki sends it (synnefo-api.md §10 and §11.7).
@Suite struct TutorialScenarioTests {
    /// The settle time is long and `settle()` ends it, so what a request sees never depends on
    /// how fast the machine is (a port is still readable right after its delete, however slow).
    @Test func tutorialRequestByRequest() async throws {
        try await withInProcessCloud(settle: 600) { cloud in
            let settle = { try await Fixtures(cloud).settleServers() }
            let api = CloudAPI(cloud)
            // Start-up: the token call and its catalog.
            let auth = try await api.post("/identity/v2.0/tokens", ["auth": ["token": ["id": .string(cloud.tokens[0])]]])
            #expect(auth.status == 200)
            #expect(auth["access"]?["user"]?["id"] == "s0m3-u53r-1d")
            let catalog = auth["access"]?["serviceCatalog"]?.arrayValue ?? []
            let account = catalog.first { $0["name"] == "astakos_account" }?["endpoints"]?.arrayValue?.first
            #expect(account?["SNF:uiURL"]?.stringValue?.hasPrefix(api.base) == true)
            let network = catalog.first { $0["type"] == "network" }?["endpoints"]?.arrayValue?.first
            #expect(network?["publicURL"]?.stringValue == api.base + "/network")

            // server list, network list
            let servers = try await api.get("/compute/v2.0/servers")
            #expect(servers["servers"]?.arrayValue?.map { $0["id"] } == [141, 142])
            #expect(servers["servers"]?.arrayValue?.map { $0["name"] } == ["Server 1", "Server 1"])
            let networks = try await api.get("/network/v2.0/networks/detail")
            let only = try #require(networks["networks"]?.arrayValue)
            #expect(only.count == 1)
            #expect(only.first?["id"] == "1" && only.first?["name"] == "public_network")
            #expect(only.first?["public"] == true && only.first?["router:external"] == true)
            #expect(only.first?["SNF:floating_ip_pool"] == true && only.first?["user_id"] == .null)
            #expect(only.first?["subnets"] == ["53"] && only.first?["type"] == "IP_LESS_ROUTED")

            // network create (T2)
            let created = try await api.post(
                "/network/v2.0/networks", ["network": ["type": "MAC_FILTERED", "name": "My Private Net", "admin_state_up": true]])
            #expect(created.status == 201)
            #expect(created["network"]?["id"] == "2" && created["network"]?["status"] == "ACTIVE")
            #expect(created["network"]?["public"] == false && created["network"]?["user_id"] == "s0m3-u53r-1d")
            #expect(try await usage(api, "cyclades.network.private") == 1)

            // network connect 2 --device-id=141 --device-id=142 (T3)
            let port11 = try await api.createPort(network: "2", device: "141")
            #expect(port11.status == 201)
            #expect(port11["port"]?["id"] == "11" && port11["port"]?["status"] == "BUILD" && port11["port"]?["mac_address"] == .null)
            let port12 = try await api.createPort(network: "2", device: "142")
            #expect(port12["port"]?["id"] == "12" && port12["port"]?["device_id"] == "142")

            // ip create, ip attach 8 --server-id=141 --wait (T5, T6)
            let ip8 = try await api.reserveIP()
            #expect(ip8.status == 200)
            #expect(ip8["floatingip"]?["id"] == "8" && ip8["floatingip"]?["floating_ip_address"] == "192.168.3.5")
            #expect(ip8["floatingip"]?["port_id"] == .null && ip8["floatingip"]?["instance_id"] == .null)
            #expect(try await usage(api, "cyclades.floating_ip") == 1)
            let attach = try await api.createPort(network: "1", device: "141", address: "192.168.3.5")
            #expect(attach.status == 201 && attach["port"]?["id"] == "13" && attach["port"]?["status"] == "BUILD")
            try await settle()
            #expect(try await api.get("/network/v2.0/ports/13")["port"]?["status"] == "ACTIVE")
            let port13 = try await api.get("/network/v2.0/ports/13")
            #expect(port13["port"]?["mac_address"] == "aa:00:00:00:00:0d")
            #expect(port13["port"]?["fixed_ips"] == [["ip_address": "192.168.3.5", "subnet": "53"]])
            let attached = try await api.get("/network/v2.0/floatingips/8")
            #expect(attached["floatingip"]?["port_id"] == "13" && attached["floatingip"]?["instance_id"] == "141")
            let server141 = try await api.get("/compute/v2.0/servers/141")
            let attachmentIDs = server141["server"]?["attachments"]?.arrayValue?.compactMap { $0["id"] }
            #expect(attachmentIDs == [11, 13])
            #expect(server141["server"]?["addresses"]?["1"] == [["version": 4, "addr": "192.168.3.5", "OS-EXT-IPS:type": "floating"]])

            // the same IP to 142 (T7); deleting an attached IP (T8)
            let again = try await api.createPort(network: "1", device: "142", address: "192.168.3.5")
            #expect(again.status == 409 && again.message == "IP address '192.168.3.5' is already in use")
            let busy = try await api.delete("/network/v2.0/floatingips/8")
            #expect(busy.status == 409 && busy.message == "IP '8' is used by server '141'")

            // ip create (9 = .6), ip attach 9 --server-id=141 --wait → port 14
            let ip9 = try await api.reserveIP()
            #expect(ip9["floatingip"]?["id"] == "9" && ip9["floatingip"]?["floating_ip_address"] == "192.168.3.6")
            let port14 = try await api.createPort(network: "1", device: "141", address: "192.168.3.6")
            #expect(port14["port"]?["id"] == "14")
            try await settle()
            #expect(try await api.get("/network/v2.0/ports/14")["port"]?["status"] == "ACTIVE")

            // port list -l; filters are ignored (T14)
            let ports = try await api.get("/network/v2.0/ports")
            #expect(ports["ports"]?.arrayValue?.map { $0["id"] } == ["11", "12", "13", "14"])
            #expect(try await api.get("/network/v2.0/ports?device_id=142").json == ports.json)

            // detach 9 --wait: the port stays readable (same status), then 404s (T9)
            #expect(try await api.delete("/network/v2.0/ports/14").status == 204)
            #expect(try await api.get("/network/v2.0/ports/14")["port"]?["status"] == "ACTIVE")
            try await settle()
            #expect(try await api.get("/network/v2.0/ports/14").status == 404)
            #expect(try await api.get("/network/v2.0/floatingips/9")["floatingip"]?["port_id"] == .null)
            // attach 9 --server-id=142 --wait
            let moved = try await api.createPort(network: "1", device: "142", address: "192.168.3.6")
            #expect(moved.status == 201 && moved["port"]?["device_id"] == "142")
            #expect(try await usage(api, "cyclades.floating_ip") == 2)

            // quota: the third IP is .7, the fourth is 413 (T10); after ip delete 10 the next is .7 again
            let ip10 = try await api.reserveIP()
            #expect(ip10["floatingip"]?["id"] == "10" && ip10["floatingip"]?["floating_ip_address"] == "192.168.3.7")
            let refused = try await api.reserveIP()
            #expect(refused.status == 413)
            #expect(
                refused.json == [
                    "overLimit": [
                        "code": 413, "message": "Resource Limit Exceeded for your account.",
                        "details": "Limit for resource 'Floating IP address' exceeded for your account. Available: 0, Requested: 1",
                    ]
                ])
            #expect(try await api.delete("/network/v2.0/floatingips/10").status == 204)
            #expect(try await api.get("/network/v2.0/floatingips/10").status == 404)
            let reused = try await api.reserveIP()
            #expect(reused["floatingip"]?["floating_ip_address"] == "192.168.3.7")
            #expect(try await api.delete("/network/v2.0/floatingips/\(CloudAPI.id(reused, "floatingip"))").status == 204)

            // network delete 1 (T11) and 2 (T12)
            let publicDelete = try await api.delete("/network/v2.0/networks/1")
            #expect(publicDelete.status == 403 && publicDelete.fault?.name == "forbidden")
            #expect(publicDelete.message == "Cannot delete the public network.")
            let inUse = try await api.delete("/network/v2.0/networks/2")
            #expect(inUse.status == 409)
            #expect(inUse.message == "Cannot delete network. There are ports still configured on network network 2")

            // network disconnect 2 --device-id=141 --device-id=142 --wait, network delete 2 (T13)
            for server in ["141", "142"] {
                let detail = try await api.get("/compute/v2.0/servers/\(server)")
                let onNetwork = detail["server"]?["attachments"]?.arrayValue?.filter { $0["network_id"] == "2" } ?? []
                #expect(onNetwork.count == 1)
                for attachment in onNetwork {
                    let id = attachment["id"]?.idString ?? ""
                    #expect(try await api.delete("/network/v2.0/ports/\(id)").status == 204)
                    try await settle()
                    #expect(try await api.get("/network/v2.0/ports/\(id)").status == 404)
                }
            }
            #expect(try await api.delete("/network/v2.0/networks/2").status == 204)
            let deleted = try await api.get("/network/v2.0/networks/2")
            #expect(deleted.status == 200 && deleted["network"]?["status"] == "DELETED" && deleted["network"]?["deleted"] == true)
            #expect(try await usage(api, "cyclades.network.private") == 0)
            #expect(try await api.get("/network/v2.0/networks")["networks"]?.arrayValue?.count == 1)
        }
    }

    @Test func badTokenOnCycladesIsWrappedFault() async throws {  // T15
        try await withInProcessCloud { cloud in
            var api = CloudAPI(cloud)
            api.token = "not-a-token"
            for path in ["/network/v2.0/networks", "/compute/v2.0/servers", "/network/v2.0/ports"] {
                let reply = try await api.get(path)
                #expect(reply.status == 401)
                #expect(
                    reply.json == [
                        "fault": [
                            "code": 401, "message": "UNAUTHORIZED",
                            "details": #"{"unauthorized": {"code": 401, "message": "Invalid token", "details": ""}}"#,
                        ]
                    ])
            }
        }
    }

    @Test func subnetAfterAVMWasAttached() async throws {  // T16
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            #expect(try await api.createPort(network: network, device: "141").status == 201)
            let reply = try await api.createSubnet(network: network)
            #expect(reply.status == 400)
            #expect(reply.message == "Cannot create subnet in network \(network), VMs are already connected to this network")
        }
    }

    @Test func pendingConnectWhenEnforced() async throws {  // T4, §7.4 #32, §7.6
        try await withInProcessCloud(settle: 30, pendingActions: true) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let first = try await api.createPort(network: network, device: "141")
            #expect(first.status == 201)
            let second = try await api.createPort(network: network, device: "141")
            #expect(second.status == 400)
            #expect(second.message == "Cannot perform 'CONNECT' action while there is a pending 'CONNECT'.")
            // Another server is not blocked.
            #expect(try await api.createPort(network: network, device: "142").status == 201)
            let port = try CloudAPI.id(first, "port")
            let detach = try await api.delete("/network/v2.0/ports/\(port)")
            #expect(detach.status == 400)
            #expect(detach.message == "Cannot perform 'DISCONNECT' action while there is a pending 'CONNECT'.")
        }
    }
}

/// The user's usage of a resource, from `GET /account/v1.0/quotas`.
func usage(_ api: CloudAPI, _ resource: String, user: String = "s0m3-u53r-1d") async throws -> Int? {
    try await api.get("/account/v1.0/quotas")[user]?[resource]?["usage"]?.intValue
}

import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// Users are isolated by token: another user's resources answer 404, only the public network is shared.
@Suite struct IsolationTests {
    @Test func anotherUsersResourcesAreInvisible() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let tutorial = CloudAPI(cloud)
            let other = CloudAPI(cloud, user: 1)
            let network = try await tutorial.createNetwork("mine")
            let port = try CloudAPI.id(try await tutorial.createPort(network: network, device: "141"), "port")
            let ip = try CloudAPI.id(try await tutorial.reserveIP(), "floatingip")

            #expect(try await other.get("/network/v2.0/networks")["networks"]?.arrayValue?.map { $0["id"] } == ["1"])
            #expect(try await other.get("/network/v2.0/networks/\(network)").status == 404)
            #expect(try await other.put("/network/v2.0/networks/\(network)", ["network": ["name": "x"]]).status == 404)
            #expect(try await other.delete("/network/v2.0/networks/\(network)").status == 404)
            #expect(try await other.get("/network/v2.0/ports").json == ["ports": []])
            #expect(try await other.get("/network/v2.0/ports/\(port)").status == 404)
            #expect(try await other.delete("/network/v2.0/ports/\(port)").status == 404)
            #expect(try await other.get("/network/v2.0/floatingips").json == ["floatingips": []])
            #expect(try await other.get("/network/v2.0/floatingips/\(ip)").status == 404)
            #expect(try await other.get("/network/v2.0/subnets")["subnets"]?.arrayValue?.map { $0["id"] } == ["53"])
            #expect(try await other.createSubnet(network: network).message == "Forbidden operation")

            let servers = try await other.get("/compute/v2.0/servers")
            #expect(servers["servers"]?.arrayValue?.map { $0["id"] } == [143])
            let foreign = try await other.get("/compute/v2.0/servers/141")
            #expect(foreign.status == 404 && foreign.message == "Server not found.")
            #expect(try await tutorial.get("/compute/v2.0/servers/143").status == 404)
            #expect(try await other.createPort(network: network, device: "143").status == 404)
            #expect(
                try await other.createPort(network: "1", device: "143", address: "192.168.3.5").message == "Floating IP does not exist.")
            let ownNetwork = try await other.createNetwork("theirs")
            #expect(try await other.createPort(network: ownNetwork, device: "141").message == "Server not found.")

            // Quotas are per user.
            #expect(try await usage(tutorial, "cyclades.floating_ip") == 1)
            #expect(try await usage(other, "cyclades.floating_ip", user: "0th3r-u53r-2d") == 0)
            #expect(try await usage(other, "cyclades.network.private", user: "0th3r-u53r-2d") == 1)
            let theirQuotas = try await other.get("/account/v1.0/quotas")
            #expect(theirQuotas["s0m3-u53r-1d"] == nil)
            // Both users draw from the one public pool, lowest free first.
            #expect(try await other.reserveIP()["floatingip"]?["floating_ip_address"] == "192.168.3.6")
        }
    }
}

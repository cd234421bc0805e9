import Foundation
import KamakiAPI
import KamakiTestSupport
import Testing

/// The flow of issue 17 point 6 with the built `kamaki` one-shot against the real Neutron and Nova, by
/// names and UUIDs, each step checked by asking the services directly: a private network connected to
/// demo-server-1, a floating IP attached to demo-server-1 (demo-net is routed), moved to demo-server-2,
/// detached, released, the network removed; `alt_demo` sees none of it. Objects get unique names and
/// are removed even when a step fails.
@Suite(
    "OpenStack services flow", .serialized, .temporaryDirectoriesPerTest, .enabled(if: OpenStackCloud.isEnabled, OpenStackCloud.skipReason))
struct OpenStackFlowTests {
    @Test func privateNetworkAndFloatingIPFlow() async throws {
        let cloud = try await OpenStackServices.start()
        let tag = String(UUID().uuidString.prefix(8)).lowercased()
        let netName = "kamaki-e2e-\(tag)"
        var cleanup: [String] = []
        defer {
            for url in cleanup.reversed() { _ = try? cloud.http("DELETE", url) }
        }
        let servers = try #require(cloud.http("GET", cloud.compute + "/servers").json?["servers"]?.arrayValue)
        let server1 = try #require(servers.first { $0["name"]?.stringValue == "demo-server-1" }?["id"]?.stringValue)
        let server2 = try #require(servers.first { $0["name"]?.stringValue == "demo-server-2" }?["id"]?.stringValue)

        // Read paths, by UUID and by name.
        let listed = try cloud.kamaki("server", "list")
        #expect(listed.status == 0 && listed.out.contains(server1) && listed.out.contains("demo-server-2"), "\(listed)")
        let info = try cloud.json("server", "info", "demo-server-1")
        #expect(info["id"]?.stringValue == server1)
        #expect(info["attachments"]?.arrayValue?.isEmpty == false)

        // A private network with a subnet, by name.
        let network = try cloud.json("network", "create", "--name", netName)
        let netID = try #require(network["id"]?.stringValue)
        cleanup.append(cloud.network + "/networks/" + netID)
        #expect(try cloud.http("GET", cloud.network + "/networks/" + netID).json?["network"]?["name"]?.stringValue == netName)
        let subnet = try cloud.kamaki(
            "subnet", "create", "--network-id", netName, "--cidr", "10.251.\(Int.random(in: 1...250)).0/24", "--name", netName)
        #expect(subnet.status == 0, "\(subnet)")

        // Connected to demo-server-1 through Nova.
        let connected = try cloud.kamaki("network", "connect", netName, "--device-id", "demo-server-1")
        #expect(connected.status == 0, "\(connected)")
        let ports = try #require(
            cloud.http("GET", cloud.network + "/ports?device_id=\(server1)&network_id=\(netID)").json?["ports"]?.arrayValue)
        #expect(ports.count == 1)
        let inUse = try cloud.kamaki("network", "delete", netName)
        #expect(inUse.status == 1 && inUse.err.contains("(409)"), "\(inUse)")

        // A floating IP from the public network: attached to demo-server-1, moved to demo-server-2.
        let ip = try cloud.json("ip", "create", "--network-id", "public")
        let ipID = try #require(ip["id"]?.stringValue)
        let address = try #require(ip["floating_ip_address"]?.stringValue)
        cleanup.append(cloud.network + "/floatingips/" + ipID)
        func device() throws -> String? {
            try cloud.http("GET", cloud.network + "/floatingips/" + ipID).json?["floatingip"]?["port_details"]?["device_id"]?
                .stringValue
        }
        let attached = try cloud.kamaki("ip", "attach", address, "--server-id", "demo-server-1")
        #expect(attached.status == 0, "\(attached)")
        #expect(try device() == server1)
        // Attached, it is not taken from demo-server-1 by an attach to another server (Neutron would move it):
        // as on Synnefo, a used IP is refused, and the error says how to move it.
        let taken = try cloud.kamaki("ip", "attach", address, "--server-id", "demo-server-2")
        #expect(taken.status == 1 && taken.err.contains("(409) IP address '\(address)' is already in use"), "\(taken)")
        #expect(taken.err.contains("kamaki ip detach \(address)"), "\(taken)")
        #expect(try device() == server1)
        #expect(try cloud.kamaki("ip", "detach", address).status == 0)
        #expect(try cloud.http("GET", cloud.network + "/floatingips/" + ipID).json?["floatingip"]?["port_id"] == .null)
        #expect(try cloud.kamaki("ip", "attach", ipID, "--server-id", server2).status == 0)
        #expect(try device() == server2)
        #expect(try cloud.kamaki("ip", "detach", address).status == 0)
        #expect(try cloud.kamaki("ip", "delete", address).status == 0)
        #expect(try cloud.http("GET", cloud.network + "/floatingips/" + ipID).status == 404)

        // alt_demo sees none of it.
        let alt = try cloud.token(user: cloud.os.altUsername, password: cloud.os.altPassword, project: cloud.os.altProject)
        #expect(try cloud.http("GET", cloud.network + "/networks/" + netID, token: alt).status == 404)

        // Disconnected (Nova removes its port) and removed.
        let disconnected = try cloud.kamaki("network", "disconnect", netName, "--device-id", "demo-server-1", "--wait")
        #expect(disconnected.status == 0, "\(disconnected)")
        let removed = try cloud.kamaki("network", "delete", netName)
        #expect(removed.status == 0, "\(removed)")
        #expect(try cloud.http("GET", cloud.network + "/networks/" + netID).status == 404)
    }

    @Test func errorsAreKamakisBlocks() async throws {
        let cloud = try await OpenStackServices.start()
        let unknown = try cloud.kamaki("server", "info", "00000000-0000-4000-8000-0000000000ff")
        #expect(unknown.status == 1 && unknown.err.contains("(404)"), "\(unknown)")
        let network = try cloud.kamaki("network", "info", "00000000-0000-4000-8000-0000000000ff")
        #expect(network.status == 1 && network.err.contains("(404)"), "\(network)")
        let type = try cloud.kamaki("network", "create", "--name", "x", "--type", "MAC_FILTERED")
        #expect(type.status == 2 && type.err.contains("Synnefo network type"), "\(type)")
        let quota = try cloud.kamaki("quota", "list", "--resource", "network.floatingip")
        #expect(quota.status == 0 && quota.out.contains("network.floatingip:") && quota.out.contains("limit:"), "\(quota)")
        let images = try cloud.kamaki("image", "list")
        #expect(images.status == 1 && images.err.contains("catalog has no image service"), "\(images)")
    }

    /// A server on a private network no router serves: created (202, `networks` sent), a floating IP
    /// cannot reach it (the error names what is missing), a reboot while it is stopped is Nova's 409 as
    /// kamaki's block, and it is deleted.
    @Test func serverOnAnUnroutedNetwork() async throws {
        let cloud = try await OpenStackServices.start()
        let name = "kamaki-e2e-\(String(UUID().uuidString.prefix(8)).lowercased())"
        var cleanup: [String] = []
        defer {
            for url in cleanup.reversed() { _ = try? cloud.http("DELETE", url) }
        }
        let network = try cloud.json("network", "create", "--name", name)
        let netID = try #require(network["id"]?.stringValue)
        cleanup.append(cloud.network + "/networks/" + netID)
        #expect(try cloud.kamaki("subnet", "create", "--network-id", netID, "--cidr", "10.252.\(Int.random(in: 1...250)).0/24").status == 0)
        let created = try cloud.kamaki(
            "server", "create", "--name", name, "--flavor-id", "1", "--image-id", "00000000-0000-4000-8000-000000000001", "--network", name,
            "--wait", "--output-format", "json")
        #expect(created.status == 0, "\(created)")
        let serverID = try #require(try JSON.parse(created.out)["id"]?.stringValue)
        cleanup.append(cloud.compute + "/servers/" + serverID)
        #expect(
            try cloud.http("GET", cloud.compute + "/servers/" + serverID).json?["server"]?["status"] == "ACTIVE")

        let ip = try cloud.json("ip", "create")
        let ipID = try #require(ip["id"]?.stringValue)
        cleanup.append(cloud.network + "/floatingips/" + ipID)
        let unrouted = try cloud.kamaki("ip", "attach", ipID, "--server-id", name)
        #expect(unrouted.status == 1 && unrouted.err.contains("No router connects server \(serverID)"), "\(unrouted)")
        #expect(unrouted.err.contains("is not reachable from subnet"), "\(unrouted)")

        #expect(try cloud.kamaki("server", "shutdown", name, "--wait").status == 0)
        #expect(
            try cloud.http("GET", cloud.compute + "/servers/" + serverID).json?["server"]?["status"] == "SHUTOFF")
        let reboot = try cloud.kamaki("server", "reboot", name)
        #expect(reboot.status == 1 && reboot.err.contains("(409)") && reboot.err.contains("vm_state stopped"), "\(reboot)")

        #expect(try cloud.kamaki("server", "delete", name, "--wait").status == 0)
        #expect(try cloud.http("GET", cloud.compute + "/servers/" + serverID).status == 404)
        #expect(try cloud.kamaki("ip", "delete", ipID).status == 0)
        let removed = try cloud.kamaki("network", "delete", name)
        #expect(removed.status == 0, "\(removed)")
    }
}

/// Over quota: the admin sets alt_demo's floating IP quota to what it uses (through Neutron's API), so
/// `ip create` is Neutron's 409 `OverQuota`, shown as kamaki's block; the quota is put back after.
@Suite("OpenStack quota", .serialized, .temporaryDirectoriesPerTest, .enabled(if: OpenStackCloud.isEnabled, OpenStackCloud.skipReason))
struct OpenStackQuotaTests {
    @Test func overQuotaIsAClearError() async throws {
        let cloud = try await OpenStackServices.start(alternate: true)
        let os = cloud.os
        let alt = try cloud.token(user: os.username, password: os.password, project: os.project)
        let projects = try #require(cloud.http("GET", os.authURL + "/auth/projects", token: alt).json?["projects"]?.arrayValue)
        let project = try #require(projects.first { $0["name"]?.stringValue == os.project }?["id"]?.stringValue)
        let admin = try cloud.token(
            user: os.values["admin_username"] ?? "admin", password: os.values["admin_password"] ?? "",
            project: os.values["admin_project"] ?? "admin")
        let url = cloud.network + "/quotas/" + project
        let details = try #require(cloud.http("GET", url + "/details", token: admin).json?["quota"]?["floatingip"])
        let limit = try #require(details["limit"]?.intValue)
        let used = try #require(details["used"]?.intValue)
        defer { _ = try? cloud.http("PUT", url, token: admin, body: #"{"quota": {"floatingip": \#(limit)}}"#) }
        #expect(try cloud.http("PUT", url, token: admin, body: #"{"quota": {"floatingip": \#(used)}}"#).status == 200)

        let refused = try cloud.kamaki("ip", "create")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.err.contains("(409)") && refused.err.contains("floatingip"), "\(refused)")
        #expect(!refused.err.contains("NeutronError"), "\(refused)")
        let quota = try cloud.kamaki("quota", "list", "--resource", "network.floatingip")
        #expect(quota.out.contains("limit: \(used)"), "\(quota)")
    }
}

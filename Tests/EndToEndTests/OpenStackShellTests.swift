import Foundation
import KamakiAPI
import KamakiTestSupport
import Testing

/// The shell against the real OpenStack of `run-openstack.sh`: started with `OS_CLOUD` naming a
/// clouds.yaml entry, its prompt names the cloud and the project, and `network list` works; the
/// tutorial's flow walked as a user would, by names and session context, each step checked by asking
/// Neutron directly.
@Suite(.serialized, .enabled(if: OpenStackCloud.isEnabled, OpenStackCloud.skipReason))
struct OpenStackShellTests {
    @Test func osCloudNamesTheCloudAndProjectInThePromptAndListsNetworks() async throws {
        let os = try await OpenStackCloud.credentials()
        let shell = try Self.shell(os)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        #expect(try shell.prompt() == "[devstack/\(os.project)]:")
        let out = try shell.run("network list")
        #expect(out.contains("demo-net"), "\(out)")
        #expect(out.contains("public"), "\(out)")
        let screen = try shell.screen()
        #expect(!screen.contains(os.password))
    }

    /// A private network made and put in the session by name; in the `ip` group, bare verbs: a floating
    /// IP created on `public`, attached to demo-server-1 by name (waiting), detached, attached to
    /// demo-server-2 from the session context, detached and released; Tab offers the servers' names with
    /// their UUIDs; the network removed. The objects are removed even when a step fails.
    @Test func tutorialFlowByNamesAndSessionContext() async throws {
        let os = try await OpenStackCloud.credentials()
        let neutron = os.networkURL + "/v2.0"
        let netName = "kamaki-e2e-shell-\(String(UUID().uuidString.prefix(8)).lowercased())"
        let shell = try Self.shell(os)
        var cleanup: [String] = []
        defer {
            for url in cleanup.reversed() { _ = try? Self.http("DELETE", url, os) }
            shell.removeHome()
        }
        let servers = try #require(Self.http("GET", (os.values["compute_url"] ?? "") + "/servers", os).json?["servers"]?.arrayValue)
        func server(_ name: String) throws -> String {
            try #require(servers.first { $0["name"]?.stringValue == name }?["id"]?.stringValue)
        }
        let (server1, server2) = (try server("demo-server-1"), try server("demo-server-2"))
        try shell.waitForPrompt()

        // The network, by name, in the session with demo-server-1.
        let created = try shell.run("network create --name \(netName)")
        let netID = try #require(Self.field("id", in: created), "\(created)")
        cleanup.append(neutron + "/networks/" + netID)
        #expect(try Self.http("GET", neutron + "/networks/" + netID, os).json?["network"]?["name"]?.stringValue == netName)
        _ = try shell.run("use network \(netName)")
        _ = try shell.run("use server demo-server-1")
        #expect(try shell.prompt() == "[devstack/\(os.project) network:\(netID.prefix(8))… server:\(server1.prefix(8))…]:")
        let context = try shell.run("context")
        #expect(context.contains("network: \(netID)") && context.contains("server:  \(server1)"), "\(context)")

        // The ip group: a floating IP from public.
        _ = try shell.run("ip")
        #expect(try shell.prompt().hasPrefix("[devstack/\(os.project) ip network:"))
        let ip = try shell.run("create --network-id public")
        let ipID = try #require(Self.field("id", in: ip), "\(ip)")
        let address = try #require(Self.field("floating_ip_address", in: ip), "\(ip)")
        cleanup.append(neutron + "/floatingips/" + ipID)
        func floatingIP() throws -> (status: Int, json: JSON?) {
            let (status, json) = try Self.http("GET", neutron + "/floatingips/" + ipID, os)
            return (status, json?["floatingip"])
        }
        let publicID = try Self.http("GET", neutron + "/networks?name=public", os).json?["networks"]?.arrayValue?.first?["id"]?.stringValue
        #expect(try floatingIP().json?["floating_network_id"]?.stringValue == publicID)

        // Attached to demo-server-1 by name, detached.
        let attached = try shell.run("attach \(address) --server-id demo-server-1 --wait")
        #expect(attached.contains("Associating IP \(address) with server \(server1)"), "\(attached)")
        #expect(try floatingIP().json?["port_details"]?["device_id"]?.stringValue == server1)
        let detached = try shell.run("detach \(address)")
        #expect(detached.contains("Detaching IP \(address)"), "\(detached)")
        #expect(try floatingIP().json?["port_id"] == .null)

        // Moved to demo-server-2 through the session context, detached, released.
        _ = try shell.run("use server demo-server-2")
        let moved = try shell.run("attach \(address)")
        #expect(moved.contains("Using server \(server2) from the session context"), "\(moved)")
        #expect(try floatingIP().json?["port_details"]?["device_id"]?.stringValue == server2)
        _ = try shell.run("detach \(address)")
        #expect(try floatingIP().json?["port_id"] == .null)
        _ = try shell.run("delete \(address)")
        #expect(try floatingIP().status == 404)
        _ = try shell.run("exit")
        #expect(try shell.prompt() == "[devstack/\(os.project) network:\(netID.prefix(8))… server:\(server2.prefix(8))…]:")

        // Tab offers the servers by name with their UUIDs, and a unique name completes to its UUID.
        try shell.type("server info demo-se")
        try shell.press("Tab")
        try shell.waitFor("the servers offered") { screen in
            screen.contains("\(server1)  demo-server-1") && screen.contains("\(server2)  demo-server-2")
                && screen.hasSuffix("]: server info demo-se")
        }
        try shell.press("C-u")
        try shell.type("server info demo-server-2")
        try shell.press("Tab")
        try shell.waitFor("demo-server-2 completed to its UUID") { $0.hasSuffix("]: server info \(server2)") }
        try shell.press("C-u")
        try shell.waitFor("the line cleared") { $0.hasSuffix("]:") }

        // The network removed, and out of the session.
        _ = try shell.run("network delete \(netName)")
        #expect(try Self.http("GET", neutron + "/networks/" + netID, os).status == 404)
        #expect(try shell.prompt() == "[devstack/\(os.project) server:\(server2.prefix(8))…]:")

        // No step printed an error block.
        let screen = try shell.screen()
        let errors = screen.split(separator: "\n").filter { line in
            line.hasPrefix("|  ")
                || (line.hasPrefix("(") && line.dropFirst().prefix(3).allSatisfy(\.isNumber) && line.dropFirst(4).hasPrefix(") "))
        }
        #expect(errors.isEmpty, "\(screen)")
        #expect(!screen.contains(os.password))
    }

    /// The shell as the demo user: `OS_CLOUD` names a clouds.yaml entry `devstack` in a fresh HOME.
    /// `alt`: as the alt_demo user, in a project with no servers.
    static func shell(_ os: OpenStackCredentials, alt: Bool = false) throws -> ShellTmux {
        let home = NSTemporaryDirectory() + "kamaki-os-shell-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/.config/openstack", withIntermediateDirectories: true)
        try os.cloudsYAML(name: "devstack", alt: alt).write(
            toFile: home + "/.config/openstack/clouds.yaml", atomically: true, encoding: .utf8)
        return try ShellTmux(home: home, environment: ["OS_CLOUD=devstack", "KAMAKI_OPENSTACK_SYSTEM_CONFIG=\(home)/etc-openstack"])
    }

    /// The value of the top-level `key: value` line of a command's output.
    static func field(_ key: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
    }

    /// One request to the services with the demo user's token (curl, not kamaki): the status and the JSON body.
    static func http(_ method: String, _ url: String, _ os: OpenStackCredentials) throws -> (status: Int, json: JSON?) {
        let out = try OpenStackCurl.run(["-X", method, "-H", "X-Auth-Token: " + os.token, "-w", "\n%{http_code}", url])
        let parts = out.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(parts.last ?? "") ?? 0, try? JSON.parse(parts.dropLast().joined(separator: "\n")))
    }
}

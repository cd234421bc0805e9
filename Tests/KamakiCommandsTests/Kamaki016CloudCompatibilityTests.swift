import EmbeddedLocalCloud
import Foundation
import KamakiAPI
import KamakiCommands
import Testing

/// kamaki 0.16's JSON shapes, verbs and options that scripts rely on, against the embedded local cloud,
/// with their error cases.
@Suite struct Kamaki016CloudCompatibilityTests {
    static let user = "s0m3-u53r-1d"

    func json(_ text: String) throws -> JSON { try JSON.parse(text) }

    @Test func jsonShapesScriptsRead() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let subnet = try json(await h.run("subnet", "info", "53", "--output-format", "json").out)
        #expect(subnet["subnet"]?["cidr"]?.stringValue == "192.168.3.0/24", "jq .subnet.cidr")
        #expect(await h.run("subnet", "info", "53").out.hasPrefix("id: 53\n"), "the text stays unnested")
        let network = fields(await h.run("network", "create", "--name", "mine").out)["id"] ?? ""
        #expect(await h.run("network", "connect", network, "--device-id", "141").status == 0)
        let nics = try json(await h.run("server", "info", "141", "--nics", "--output-format", "json").out)
        #expect(nics["addresses"]?[network]?.arrayValue != nil, "the network without a subnet, no addresses: \(nics)")
        #expect(await h.run("server", "info", "141", "--nics").out.hasPrefix("addresses:\n    \(network):\n"))
        let missing = await h.run("subnet", "info", "99", "--output-format", "json")
        #expect(missing.status == 1 && missing.out.isEmpty && missing.err.contains("No subnet with id 99"))
    }

    @Test func userAuthenticateJSONIsTheTokenReplyWithTheToken() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let reply = try json(await h.run("user", "authenticate", "--output-format", "json").out)
        let token = try #require(reply["access"]?["token"]?["id"]?.stringValue)
        #expect(token.count > 8 && token != "...")
        #expect(reply["access"]?["user"]?["id"]?.stringValue == Self.user)
        #expect(reply["access"]?["serviceCatalog"]?.arrayValue?.isEmpty == false)
        let text = await h.run("user", "authenticate")
        #expect(text.status == 0 && !text.out.contains(token) && text.out.contains("id: ..."), "text masks it")
        let again = await h.run("user", "authenticate", token, "--output-format", "json")
        #expect(try json(again.out)["access"]?["token"]?["id"]?.stringValue == token)
        let bad = await h.run("user", "authenticate", "nosuchtoken")
        #expect(bad.status == 1 && bad.out.isEmpty, "\(bad.err)")
        #expect(h.file(".kamaki.history")?.contains(token) == false, "the history masks the TOKEN argument")
    }

    @Test func userCatalogLookups() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        #expect(await h.run("user", "uuid2name", Self.user).out == "\(Self.user): tutorial@example.org\n")
        let both = await h.run("user", "uuid2name", Self.user, "nosuch", "--output-format", "json")
        #expect(try json(both.out)[Self.user]?.stringValue == "tutorial@example.org")
        #expect(both.status == 0 && both.err.contains("Unresolved uuids: nosuch"), "\(both.err)")
        #expect(await h.run("user", "name2uuid", "tutorial@example.org").out == "tutorial@example.org: \(Self.user)\n")
        let unknown = await h.run("user", "name2uuid", "nobody@example.org")
        #expect(unknown.status == 0 && unknown.out.isEmpty && unknown.err.contains("Unresolved usernames: nobody@example.org"))
        #expect(await h.run("user", "uuid2name").status == 2)
        #expect(await h.run("user", "name2uuid").status == 2)
    }

    @Test func disconnectAndDetachAcceptOutputFormat() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let network = fields(await h.run("network", "create", "--name", "mine").out)["id"] ?? ""
        #expect(await h.run("network", "connect", network, "--device-id", "141").status == 0)
        let disconnect = await h.run("network", "disconnect", network, "--device-id", "141", "--output-format", "json")
        #expect(disconnect.status == 0, "\(disconnect.err)")
        #expect(await h.run("port", "list").out.isEmpty, "the port is deleted")
        let ip = fields(await h.run("ip", "create", "--network-id", "1").out)["id"] ?? ""
        #expect(await h.run("ip", "attach", ip, "--server-id", "141").status == 0)
        #expect(await h.run("ip", "detach", ip, "--output-format", "xml").status == 2, "still checked")
        #expect(await h.run("port", "list").out.isEmpty == false, "a refused line deletes nothing")
        #expect(await h.run("ip", "detach", ip, "--output-format=json").status == 0)
        #expect(await h.run("port", "list").out.isEmpty)
    }

    @Test func reassignToAProject() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let network = fields(await h.run("network", "create", "--name", "mine").out)["id"] ?? ""
        #expect(await h.run("network", "reassign", network, "--project-id", Self.user).status == 0)
        #expect(await h.run("network", "reassign", network, "--project-id", Self.user, "--output-format", "json").status == 0)
        let ip = fields(await h.run("ip", "create", "--network-id", "1").out)["id"] ?? ""
        #expect(await h.run("ip", "reassign", ip, "--project-id", Self.user).status == 0)
        for (words, status, message) in [
            (["network", "reassign", network, "--project-id", "nosuch"], Int32(1), "Cannot assign network \(network) to project nosuch"),
            (["network", "reassign", "99", "--project-id", Self.user], 1, "No network with id 99 found"),
            (["network", "reassign", "1", "--project-id", Self.user], 1, "(403) Network with id 1 cannot be reassigned"),
            (["network", "reassign", network], 2, "--project-id"),
            (["ip", "reassign", ip, "--project-id", "nosuch"], 1, "Cannot assign floating IP \(ip) to project nosuch"),
            (["ip", "reassign", "99", "--project-id", Self.user], 1, "No floating IP with id 99 found"),
            (["ip", "reassign", ip], 2, "--project-id"),
        ] {
            let r = await h.run(words)
            #expect(r.status == status && r.err.contains(message), "\(words): \(r.err)")
        }
    }

    @Test func numberTakesAnAttachedValue() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        #expect(await h.run("server", "list", "-n1").out == "141 Server 1\n")
        #expect(await h.run("server", "list", "-n", "1").out == "141 Server 1\n")
        #expect(await h.run("server", "list", "-nx").status == 2)
    }
}

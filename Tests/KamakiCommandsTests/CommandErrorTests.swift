import EmbeddedLocalCloud
import Foundation
import KamakiAPI
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// Every command's error paths against a real local cloud, each with its exit status.
@Suite struct CommandErrorTests {
    static let cases: [(words: [String], status: Int32, message: String)] = [
        (["network", "info", "999"], 1, "(404) No network with id 999 found"),
        (["network", "info", "abc"], 1, "(404) No network named abc"),
        (["network", "info"], 2, "Missing a network id"),
        (["network", "modify", "999", "--name=x"], 1, "No network with id 999 found"),
        (["network", "modify", "1", "--name=x"], 1, "(403) Network with id 1 cannot be renamed"),
        (["network", "delete", "999"], 1, "No network with id 999 found"),
        (["network", "connect", "1"], 2, "Missing --device-id"),
        (["network", "connect", "1", "--device-id=abc"], 1, "(404) No server named abc"),
        (["network", "disconnect", "1", "--device-id=141"], 1, "Device 141 has no network 1 attached"),
        (["subnet", "info", "999"], 1, "No subnet with id 999 found"),
        (["subnet", "create", "--cidr=10.0.0.0/24"], 2, "Missing --network-id"),
        (["subnet", "create", "--network-id=1", "--cidr=10.0.0.0/24"], 1, "(403)"),
        (["subnet", "modify", "999", "--name=x"], 1, "No subnet with id 999 found"),
        (["port", "info", "999"], 1, "No port with id 999 found"),
        (["port", "delete", "999"], 1, "No port with id 999 found"),
        (["port", "create", "--network-id=1"], 2, "Missing --device-id"),
        (["port", "create", "--network-id=1", "--device-id=141"], 1, "(400)"),
        (
            ["port", "create", "--network-id=1", "--device-id=999"], 1,
            "(404) No servers with ID 999\n|  To list available servers:\n|    kamaki server list\n|  NOT FOUND itemNotFound (Server not found.)\n"
        ),
        (
            ["port", "create", "--network-id=999", "--device-id=141"], 1,
            "(404) No network with id 999 found\n|  To get a list of networks:"
        ),
        (["port", "modify", "999", "--name=x"], 1, "No port with id 999 found"),
        (["port", "wait", "999"], 1, "No port with id 999 found"),
        (["ip", "info", "999"], 1, "No floating IP with id 999 found"),
        (["ip", "delete", "999"], 1, "No floating IP with id 999 found"),
        (["ip", "attach", "999", "--server-id=141"], 1, "999 does not match any reserved IPs or IP ids\n|  To list available IPs:"),
        (["ip", "attach", "8"], 2, "Missing --server-id"),
        (
            ["ip", "detach", "10.0.0.1"], 1,
            "IP or IP id 10.0.0.1 not found\n|  To list available IPs:\n|    kamaki ip list\n|  To reserve a new IP:\n|    kamaki ip create\n"
        ),
        (["ip", "create", "--network-id=999"], 1, "(404) No network with id 999 found"),
        (["ip", "create", "--network-id=abc"], 1, "(404) No network named abc"),
        (["network", "connect", "999", "--device-id=141"], 1, "No network with id 999 found"),
        (["server", "info", "999"], 1, "No servers with ID 999"),
        (["server", "info", "0"], 2, "Invalid server id 0"),
        (["server", "wait", "999"], 1, "No servers with ID 999"),
        (["quota", "list", "--resource", "nothing"], 1, "Resource \"nothing\" not found"),
        (["quota", "list", "--project-id", "nope"], 1, "User not assigned to project with id \"nope\""),
        (["network", "list", "--output-format", "toml"], 2, "json"),
        (["help", "foo"], 2, "help: no command foo"),
        (["help", "network", "lst"], 2, "help: no command network lst"),
    ]

    @Test func errorPaths() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        for (words, status, message) in Self.cases {
            let r = await h.run(words)
            #expect(r.status == status, "\(words.joined(separator: " ")): \(r.err)")
            #expect(r.err.contains(message), "\(words.joined(separator: " ")): \(r.err)")
            #expect(r.out.isEmpty, "\(words.joined(separator: " ")) printed a result: \(r.out)")
        }
        // An IP that is not attached, and a wait that times out (exit 3).
        #expect(await h.run("ip", "create", "--network-id=1").status == 0)
        let detach = await h.run("ip", "detach", "8")
        #expect(detach.status == 1)
        #expect(detach.err.contains("IP 8 is not attached"))
        #expect(await h.run("port", "create", "--network-id=1", "--device-id=141", "--ip-address=192.168.3.5").status == 0)
        let timeout = await h.run("port", "wait", "11", "--until", "DOWN", "--timeout", "1")
        #expect(timeout.status == 3, "\(timeout.err)")
        #expect(timeout.err.contains("Port 11: timed out"))
        // Synnefo's "on network network 2" reads once in the block; the wire text is Synnefo's.
        #expect(await h.run("network", "create", "--name=busy").status == 0)
        #expect(await h.run("network", "connect", "2", "--device-id=141").status == 0)
        let busy = await h.run("network", "delete", "2")
        #expect(busy.status == 1)
        #expect(
            busy.err.contains("|  CONFLICT conflict (Cannot delete network. There are ports still configured on network 2)\n"),
            "\(busy.err)")
    }

    @Test func badTokenIsAnAuthorizationError() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let h = try CommandHarness(url: cloud.identityURL, token: "not-a-valid-token")
            let r = await h.run("network", "list")
            #expect(r.status == 1)
            #expect(r.err.contains("Authorization failed"))
            #expect(!r.err.contains("not-a-valid-token"))
            // The hint names the cloud the command used (it said cloud.<CLOUD>).
            #expect(r.err.contains("To set a new token:\n|    kamaki config set cloud.test.token <TOKEN>\n"), "\(r.err)")
        }
    }
}

/// Commands not in the tutorial, on the success path, including JSON output and the session context.
@Suite struct CommandSuccessTests {
    @Test func everyOtherCommand() async throws {
        let session = SessionState()
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2), session: session)
        #expect(await h.run("network", "create", "--name=lab").status == 0)
        var r = await h.run("network", "info", "2", "--output-format=json")
        let network = try JSON.parse(r.out)
        #expect(network["name"]?.stringValue == "lab")
        #expect(network["links"] != nil, "JSON output shows the whole resource")
        r = await h.run("network", "modify", "2", "--name=renamed")
        #expect(TutorialFields.of(r.out)["name"] == "renamed")
        r = await h.run("network", "list", "--name-like=NAME")
        #expect(r.out == "2 renamed ( private )\n")
        r = await h.run("network", "list", "--id=1")
        #expect(r.out == "1 public_network ( public )\n")

        r = await h.run("subnet", "create", "--network-id=2", "--cidr=10.0.3.0/24", "--name=sub")
        #expect(r.status == 0, "\(r.err)")
        let subnet = try #require(TutorialFields.of(r.out)["id"])
        #expect(TutorialFields.of(r.out)["gateway_ip"] == "10.0.3.1")
        r = await h.run("subnet", "list")
        #expect(r.out.contains("\(subnet) sub ( of network 2 )"))
        r = await h.run("subnet", "modify", subnet, "--name=sub2")
        #expect(TutorialFields.of(r.out)["name"] == "sub2")
        r = await h.run("subnet", "info", subnet)
        #expect(TutorialFields.of(r.out)["cidr"] == "10.0.3.0/24")

        // Session context: the selected network and server fill in what is missing, and say so.
        session.network = "2"
        session.server = "141"
        r = await h.run("network", "info")
        #expect(r.err.contains("Using network 2 from the session context"))
        #expect(TutorialFields.of(r.out)["id"] == "2")
        r = await h.run("port", "create", "--wait")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Using server 141 from the session context"))
        #expect(TutorialFields.of(r.out)["device_id"] == "141")
        #expect(TutorialFields.of(r.out)["ip_address"] == "10.0.3.2")

        r = await h.run("port", "info", "11")
        #expect(TutorialFields.of(r.out)["status"] == "ACTIVE")
        r = await h.run("port", "modify", "11", "--name=nic")
        #expect(TutorialFields.of(r.out)["name"] == "nic")
        r = await h.run("port", "list")
        #expect(r.out == "11 nic\n")
        r = await h.run("port", "wait", "11", "--until", "ACTIVE")
        #expect(r.err.contains("Port 11: already in ACTIVE"))
        r = await h.run("port", "delete", "11", "--wait")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Port 11 is deleted"))

        r = await h.run("ip", "create", "--output-format", "json")
        #expect(try JSON.parse(r.out)["floating_ip_address"]?.stringValue == "192.168.3.5")
        r = await h.run("ip", "list")
        #expect(r.out.hasPrefix("8\n    instance_id: None\n"))
        r = await h.run("ip", "info", "8")
        #expect(TutorialFields.of(r.out)["floating_ip_address"] == "192.168.3.5")

        r = await h.run("server", "info", "142")
        #expect(TutorialFields.of(r.out)["status"] == "ACTIVE")
        r = await h.run("server", "info")
        #expect(r.err.contains("Using server 141"))
        r = await h.run("server", "info", "141", "--nics")
        #expect(r.out.hasPrefix("addresses:"))
        r = await h.run("server", "wait", "141", "--until", "ACTIVE")
        #expect(r.err.contains("Server 141: already in ACTIVE"))
        r = await h.run("server", "list", "--status", "ACTIVE", "--enumerate")
        #expect(r.out == "1. 141 Server 1\n2. 142 Server 1\n")
        r = await h.run("server", "list", "--output-format=json")
        #expect(try JSON.parse(r.out).arrayValue?.count == 2)

        r = await h.run("user", "info")
        #expect(TutorialFields.of(r.out)["id"] == "s0m3-u53r-1d")
        r = await h.run("user", "authenticate")
        #expect(r.status == 0)
        #expect(r.out.contains("id: ..."), "the token is never printed")
        r = await h.run("quota", "list", "--resource", "cyclades.floating", "--bytes")
        #expect(
            r.out
                == "s0m3-u53r-1d:\n    cyclades.floating_ip:\n        usage: 1\n        limit: 3\n        pending: 0\n        project_limit: 3\n        project_pending: 0\n        project_usage: 1\n"
        )

        session.network = nil
        r = await h.run("network", "delete", "2")
        #expect(r.status == 0, "\(r.err)")
    }
}

/// `key: value` lines of a dump.
enum TutorialFields {
    static func of(_ text: String) -> [String: String] { fields(text) }
}

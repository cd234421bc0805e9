import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Testing

/// `server create` against the embedded local cloud: the guide's output, --wait, clusters (the
/// second one stopped by the VM quota after 2, with kamaki's report), and its bad input.
@Suite struct ServerCreateCommandTests {
    static let image = "f1r57-1m4g3-1d"
    /// The keys the guide shows, in its order.
    static let guideKeys = FieldOrderProbe.createdServer

    /// A top-level field of a `key: value` dump (nested ones, such as the flavor's id, are indented).
    static func top(_ text: String, _ key: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
    }

    @Test func createShowsTheGuidesKeysAndAdminPass() async throws {
        let h = try await ServerLifecycleCommandTests.harness(settle: 0.2)
        var r = await h.run("server", "create", "--name=My First Server", "--flavor-id=1", "--image-id=\(Self.image)")
        #expect(r.status == 0 && r.err.isEmpty, "\(r.err)")
        let shown = fields(r.out)
        #expect(shown["name"] == "My First Server" && shown["status"] == "BUILD" && shown["progress"] == "0")
        #expect(!(shown["adminPass"] ?? "").isEmpty, "adminPass on stdout")
        #expect(shown["os"] == "debian" && shown["users"] == "root", "the image's os and users, as kamaki copies them")
        let topKeys = r.out.split(separator: "\n").filter { !$0.hasPrefix(" ") }.compactMap {
            $0.split(separator: ":").first.map(String.init)
        }
        let guideOnes = topKeys.filter { Self.guideKeys.contains($0) }
        #expect(guideOnes == Self.guideKeys.filter { topKeys.contains($0) }, "the guide's order: \(topKeys)")
        #expect(topKeys.prefix(4) == ["accessIPv4", "accessIPv6", "addresses", "adminPass"], "\(topKeys)")
        let id = try #require(Self.top(r.out, "id"))
        // The id cache has it at once: its name names it (as `use server NAME` in the shell).
        r = await h.run("server", "wait", "My First Server")
        #expect(r.status == 0 && r.err == "Server \(id) status: ACTIVE\n", "\(r.err)")
        r = await h.run("server", "delete", id, "--wait")
        #expect(r.status == 0 && r.err == "Server \(id) status: DELETED\n", "\(r.err)")
        r = await h.run("server", "info", "My First Server")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No server named My First Server"), "a deleted server has no name: \(r.err)")
    }

    @Test func createWaitAndJSON() async throws {
        let h = try await ServerLifecycleCommandTests.harness(settle: 0.2)
        var r = await h.run("server", "create", "--name=w", "--flavor-id=2", "--image-id=53c0nd-1m4g3-1d", "--wait", "--no-network")
        #expect(r.status == 0, "\(r.err)")
        let id = try #require(Self.top(r.out, "id"))
        #expect(r.err == "Server \(id) status: ACTIVE\n", "progress and status on stderr only: \(r.err)")
        r = await h.run(
            "server", "create", "--name=j", "--flavor-id=1", "--image-id=\(Self.image)", "-m", "os=arch", "--output-format=json")
        #expect(r.status == 0 && r.out.hasPrefix("{\n") && r.out.contains("\"adminPass\""), "\(r.out)")
        #expect(r.out.contains("\"os\": \"arch\""), "-m overrides the image's os: \(r.out)")
    }

    @Test func clustersAndTheQuotaEdge() async throws {
        let h = try await ServerLifecycleCommandTests.harness(settle: 0.2)
        var r = await h.run(
            "server", "create", "--name=my cluster ", "--flavor-id=1", "--image-id=\(Self.image)", "--cluster-size=4", "--wait")
        #expect(r.status == 0, "\(r.err)")
        let names = r.out.split(separator: "\n").filter { $0.hasPrefix("name: ") }
        #expect(names == ["name: my cluster 1", "name: my cluster 2", "name: my cluster 3", "name: my cluster 4"], "\(r.out)")
        #expect(r.out.components(separatedBy: "adminPass: ").count == 5)
        #expect(r.err.components(separatedBy: "status: ACTIVE\n").count == 5, "\(r.err)")
        r = await h.run("server", "list", "--name-prefix", "my cluster ")
        #expect(r.out.split(separator: "\n").count == 4, "\(r.out)")
        // 8 VMs at most, 6 used: one at a time (as kamaki's default), the guide's report exactly.
        r = await h.run(
            "server", "create", "--name=my cluster ", "--flavor-id=1", "--image-id=\(Self.image)", "--cluster-size=4", "--wait",
            "--threads=1")
        #expect(r.status == 1, "\(r.err)")
        let lines = r.err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 6 && lines[0] == "Failed to build 4 servers" && lines[1] == "Found 2 matching servers:", "\(r.err)")
        #expect(lines[2].hasSuffix(" my cluster 1") && lines[3].hasSuffix(" my cluster 2"), "\(r.err)")
        #expect(lines[4] == "Check if any of these servers should be removed" && lines[5].hasPrefix("(413) "), "\(r.err)")
        #expect(r.err.contains("Limit for resource 'Virtual Machine' exceeded for your account."), "\(r.err)")
        #expect(r.out.components(separatedBy: "adminPass: ").count == 3, "the two made are shown, with their passwords")
        r = await h.run("server", "delete", "--cluster", "my cluster ", "--wait")
        #expect(r.status == 0 && r.err.hasPrefix("6 virtual servers deleted\n"), "\(r.err)")
        #expect(r.err.components(separatedBy: "status: DELETED\n").count == 7, "\(r.err)")
        #expect(await h.run("server", "list", "--name-prefix", "my cluster ").out == "")
    }

    /// Concurrently (the default 8 at once), the quota still admits exactly 2, and the report names them.
    @Test func concurrentClusterAtTheQuotaEdge() async throws {
        let h = try await ServerLifecycleCommandTests.harness(settle: 0.2)
        let r = await h.run("server", "create", "--name=c", "--flavor-id=1", "--image-id=\(Self.image)", "--cluster-size=8")
        #expect(r.status == 1, "\(r.err)")
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["Failed to build 8 servers", "Found 6 matching servers:"], "\(r.err)")
        #expect(lines.dropFirst(2).prefix(6).allSatisfy { $0.range(of: #"^\d+ c\d$"#, options: .regularExpression) != nil }, "\(r.err)")
        #expect(await h.run("server", "list", "--name-prefix", "c").out.split(separator: "\n").count == 6)
    }

    @Test func badCreates() async throws {
        let h = try await ServerLifecycleCommandTests.harness(settle: 0.2)
        for (words, message) in [
            (["--flavor-id=99", "--image-id=\(Self.image)"], "(404) Flavor not found."),
            (["--flavor-id=1", "--image-id=nope"], "(404) Image 'nope' not found"),
            (["--flavor-id=1", "--image-id=\(Self.image)", "--network=1,192.168.3.99"], "IP 192.168.3.99 is not reserved by you"),
            (["--flavor-id=1", "--image-id=\(Self.image)", "--network=77"], "No network with id 77 found"),
        ] {
            let r = await h.run(["server", "create", "--name=bad"] + words)
            #expect(r.status == 1 && r.err.contains(message), "\(words): \(r.err)")
            #expect(r.out.isEmpty)
        }
        // A cluster of which no server was made: the error alone, no "Found 0 matching servers" report to read.
        let none = await h.run("server", "create", "--name=bad", "--flavor-id=1", "--image-id=nope", "--cluster-size=3")
        #expect(none.status == 1 && none.err.hasPrefix("(404) Image 'nope' not found"), "\(none.err)")
        #expect(!none.err.contains("matching servers") && none.out.isEmpty, "\(none.err)")
        // Files: one the cloud takes (the guide's -p line), one over its size limit, six (over its count).
        let key = h.home + "/id_rsa.pub"
        try "ssh-rsa AAAA me@here\n".write(toFile: key, atomically: true, encoding: .utf8)
        let big = h.home + "/big"
        try String(repeating: "x", count: 20_000).write(toFile: big, atomically: true, encoding: .utf8)
        var r = await h.run(
            "server", "create", "--name=p", "--flavor-id=1", "--image-id=\(Self.image)", "-p",
            "\(key),/root/.ssh/authorized_keys,root,root,0600")
        #expect(r.status == 0, "\(r.err)")
        let made = try #require(Self.top(r.out, "id"))
        r = await h.run("server", "create", "--name=bad", "--flavor-id=1", "--image-id=\(Self.image)", "-p", "\(big),/x")
        #expect(r.status == 1 && r.err.contains("(413) ") && r.err.contains("Maximum size of personality exceeded"), "\(r.err)")
        r = await h.run(
            ["server", "create", "--name=bad", "--flavor-id=1", "--image-id=\(Self.image)"]
                + Array(repeating: ["-p", key], count: 6).flatMap { $0 })
        #expect(r.status == 1 && r.err.contains("Maximum number of personalities exceeded"), "\(r.err)")
        #expect(await h.run("server", "delete", made, "--wait").status == 0)
        // A reserved IP in use by a server.
        r = await h.run("ip", "create", "--network-id=1")
        let ip = try #require(fields(r.out)["floating_ip_address"])
        let ipID = try #require(fields(r.out)["id"])
        r = await h.run("ip", "attach", ipID, "--server-id=141", "--wait")
        #expect(r.status == 0, "\(r.err)")
        r = await h.run("server", "create", "--name=bad", "--flavor-id=1", "--image-id=\(Self.image)", "--network=1,\(ip)")
        #expect(r.status == 1 && r.err.contains("IP \(ip) is already used by device 141"), "\(r.err)")
        #expect(await h.run("server", "list").out == "141 Server 1\n142 Server 1\n", "nothing half-made")
    }
}

/// The guide's key order, as the create command prints it.
enum FieldOrderProbe {
    static let createdServer = [
        "accessIPv4", "accessIPv6", "addresses", "adminPass", "attachments", "config_drive", "created", "diagnostics", "flavor",
        "hostId", "id", "image", "key_name", "metadata", "name", "progress", "security_groups", "status", "suspended", "tenant_id",
        "updated", "user_id",
    ]
}

/// `server create --network` on a private network and on the public one with a reserved IP, as the guide.
@Suite struct ServerCreateNetworkTests {
    @Test func privateAndPublicNetworks() async throws {
        let h = try await ServerLifecycleCommandTests.harness(settle: 0.2)
        var r = await h.run("network", "create", "--name=Introverts")
        let network = try #require(ServerCreateCommandTests.top(r.out, "id"))
        r = await h.run("ip", "create", "--network-id=1")
        let ip = try #require(fields(r.out)["floating_ip_address"])
        r = await h.run(
            "server", "create", "--name=Introvert Server", "--flavor-id=1", "--image-id=f1r57-1m4g3-1d", "--network=\(network)", "--wait")
        #expect(r.status == 0, "\(r.err)")
        let introvert = try #require(ServerCreateCommandTests.top(r.out, "id"))
        r = await h.run(
            "server", "create", "--name=Extrovert Server", "--flavor-id=1", "--image-id=f1r57-1m4g3-1d", "--network=1,\(ip)", "--wait")
        #expect(r.status == 0, "\(r.err)")
        let extrovert = try #require(ServerCreateCommandTests.top(r.out, "id"))
        r = await h.run("server", "info", introvert, "--nics", "--output-format=json")
        #expect(r.out.contains("\"\(network)\""), "\(r.out)")
        r = await h.run("server", "info", extrovert, "--nics", "--output-format=json")
        #expect(r.out.contains("\"\(ip)\""), "\(r.out)")
        r = await h.run("ip", "list", "--output-format=json")
        #expect(r.out.contains("\"instance_id\": \"\(extrovert)\""), "\(r.out)")
    }
}

import Foundation
import KamakiAPI
import KamakiClient
import KamakiTestSupport
import Testing

@testable import KamakiCommands

/// `server create`'s arguments read as kamaki 0.16 reads them (`--network`, `-p`, `-m`), and
/// every bad form refused before any request: no cloud is needed.
@Suite struct ServerCreateArgumentTests {
    typealias Connection = ServerCreateRequest.NetworkConnection

    @Test(arguments: [
        ("7", Connection(networkID: "7")),
        ("id=7", Connection(networkID: "7")),
        ("1,192.168.3.5", Connection(networkID: "1", fixedIP: "192.168.3.5")),
        ("id=1,ip=192.168.3.5", Connection(networkID: "1", fixedIP: "192.168.3.5")),
        ("ip=192.168.3.5,id=1", Connection(networkID: "1", fixedIP: "192.168.3.5")),
        ("ip=192.168.3.5,1", Connection(networkID: "1", fixedIP: "192.168.3.5")),
        ("1,ip=2001:db8::5", Connection(networkID: "1", fixedIP: "2001:db8::5")),
        ("1,", Connection(networkID: "1")),
        ("007", Connection(networkID: "7")),
    ])
    func networkForms(_ value: String, _ expected: Connection) throws {
        #expect(try ServerNetworkArgument.parse(value) { try IDReference.resolve($0, kind: .network, known: []) } == expected)
    }

    @Test(arguments: [
        ("id=", "Invalid network argument id="), (",192.168.3.5", "Invalid network argument ,192.168.3.5"),
        ("ip=192.168.3.5", "Invalid network argument ip=192.168.3.5"), ("id=1,id=2", "Invalid network argument id=1,id=2"),
        ("ip=1.2.3.4,ip=1.2.3.5", "Invalid network argument"), ("1,2,3", "2,3 is not an IP address"),
        ("1,300.1.1.1", "300.1.1.1 is not an IP address"), ("net;rm,1.2.3.4", "net;rm is not a network id"),
        ("-1", "-1 is not a network id"),
    ])
    func malformedNetworks(_ value: String, _ message: String) async throws {
        let h = try CommandHarness()
        let r = await h.run("server", "create", "--name=x", "--flavor-id=1", "--image-id=i", "--network=" + value)
        #expect(r.status == 2, "\(value): \(r.err)")
        #expect(r.err.contains(message) && r.err.contains("Valid format: [id=]NETWORK_ID[,[ip=]IP]"), "\(value): \(r.err)")
        #expect(r.out.isEmpty)
    }

    @Test func personalityForms() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path + "/id_rsa.pub"
        try "ssh-rsa AAAA me\n".write(toFile: file, atomically: true, encoding: .utf8)
        let environment = RunEnvironment(variables: [:], homeDirectory: directory.path, embeddedCloud: nil)
        let bytes = Array("ssh-rsa AAAA me\n".utf8)
        func parse(_ value: String) throws -> ServerCreateRequest.Personality {
            try ServerPersonalityArgument.parse(value, environment: environment)
        }
        #expect(try parse(file) == .init(contents: bytes))
        #expect(
            try parse("\(file),/root/.ssh/authorized_keys,root,root,0600")
                == .init(contents: bytes, path: "/root/.ssh/authorized_keys", owner: "root", group: "root", mode: 0o600))
        #expect(try parse("\(file),owner=root,mode=0777") == .init(contents: bytes, path: nil, owner: "root", mode: 0o777))
        #expect(try parse("mode=640,LOCAL-PATH=\(file),/etc/x") == .init(contents: bytes, path: "/etc/x", mode: 0o640))
        #expect(try parse("~/id_rsa.pub,/x") == .init(contents: bytes, path: "/x"), "~ is the run's home")
        // The body kamaki sends: base64 contents, the mode as a number.
        let request = ServerCreateRequest(
            name: "s", flavorID: "1", imageID: "i", networks: [], metadata: [("os", "debian")],
            personality: [try parse("\(file),/x,root,root,0600")])
        #expect(
            try request.json
                == JSON.parse(
                    #"{"server":{"name":"s","flavorRef":1,"imageRef":"i","metadata":{"os":"debian"},"personality":[{"contents":"c3NoLXJzYSBBQUFBIG1lCg==","path":"/x","owner":"root","group":"root","mode":384}],"networks":[]}}"#
                ))
    }

    @Test func badPersonalities() async throws {
        let h = try CommandHarness()
        let file = h.home + "/key.pub"
        try "key".write(toFile: file, atomically: true, encoding: .utf8)
        let big = h.home + "/big"
        #expect(FileManager.default.createFile(atPath: big, contents: Data(count: ServerPersonalityArgument.maximumBytes + 1)))
        for (value, message) in [
            (h.home + "/missing", "--personality: File \(h.home)/missing does not exist"),
            ("\(file),/x,root,root,0999", "Personality mode must be in octal: 0999 is not a mode from 0 to 7777"),
            ("\(file),/x,root,root,17777", "17777 is not a mode from 0 to 7777"),
            ("\(file),/x,root,root,0600,extra", "Wrong number of terms (1<=terms<=5)"),
            (",/x", "--personality: No local path specified"),
            (h.home, "is not a regular file"),
            (big, "is too large (\(ServerPersonalityArgument.maximumBytes + 1) bytes"),
        ] {
            let r = await h.run("server", "create", "--name=x", "--flavor-id=1", "--image-id=i", "-p", value)
            #expect(r.status == 2 && r.err.contains(message), "\(value): \(r.err)")
            #expect(r.out.isEmpty)
        }
    }

    @Test(arguments: [
        (["--cluster-size=0"], "Invalid cluster size 0: use 1 to 1000"),
        (["--cluster-size=1000000"], "Invalid cluster size 1000000: use 1 to 1000"),
        (["--cluster-size=-3"], "Invalid cluster size -3"),
        (["--cluster-size=2", "--threads=0"], "Invalid --threads 0: use 1 to 64"),
        (["--network=1", "--no-network"], "--no-network and --network are mutually exclusive"),
        (["-m", "novalue"], "Invalid metadata novalue: use KEY=VALUE"),
        (["--name=" + String(repeating: "n", count: 256)], "Server name is too long: 256 characters, at most 255"),
        (["--name=" + String(repeating: "n", count: 254), "--cluster-size=10"], "Server name is too long: 256 characters"),
        (["--name", ""], "The server name cannot be empty"),
    ])
    func badCreateFlags(_ extra: [String], _ message: String) async throws {
        let h = try CommandHarness()
        let r = await h.run(["server", "create", "--name=x", "--flavor-id=1", "--image-id=i"] + extra)
        #expect(r.status == 2, "\(extra): \(r.err)")
        #expect(r.err.contains(message), "\(extra): \(r.err)")
    }

    @Test(arguments: [
        (["server", "create", "--flavor-id=1", "--image-id=i"], "--name"),
        (["server", "delete", "--cluster"], "Missing the cluster prefix"),
        (["server", "reboot", "141", "--type", "warm"], "Invalid reboot type warm"),
        (["server", "reboot", "141", "--hard", "--type", "soft"], "--hard and --type SOFT"),
        (["server", "modify", "141"], "Nothing to modify"),
        (["server", "modify", "141", "--metadata-set", "k"], "Invalid metadata k: use KEY=VALUE"),
        (["server", "console", "141", "--type", "rdp"], "Invalid console type rdp"),
        (["server", "start", "0"], "Invalid server id 0"),
    ])
    func badLifecycleFlags(_ words: [String], _ message: String) async throws {
        let h = try CommandHarness()
        let r = await h.run(words)
        #expect(r.status == 2, "\(words): \(r.err)")
        #expect(r.err.contains(message), "\(words): \(r.err)")
    }

    @Test func consoleTypesAndAliases() {
        #expect(ServerConsole.type("no-vnc") == "vnc-ws" && ServerConsole.type("NO-VNC-ENCRYPTED") == "vnc-wss")
        #expect(ServerConsole.type("VNC") == "vnc" && ServerConsole.type("rdp") == nil)
    }
}

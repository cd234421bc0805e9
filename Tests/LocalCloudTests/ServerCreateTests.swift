import Foundation
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §4.4: `POST /servers`, each field and each error.
@Suite struct ServerCreateTests {
    @Test func buildThenActive() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            let reply = try await api.createServer("My First Server")
            #expect(reply.status == 202)
            let server = try #require(reply["server"]?.objectValue)
            #expect(server.keys.last == "adminPass")
            let password = server["adminPass"]?.stringValue ?? ""
            #expect(password.count == 10 && password.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            #expect(
                password.contains(where: \.isUppercase) && password.contains(where: \.isLowercase) && password.contains(where: \.isNumber))
            #expect(server["id"] == 144 && server["name"] == "My First Server" && server["status"] == "BUILD")
            #expect(server["SNF:task_state"] == "BUILDING" && server["progress"] == 0 && server["deleted"] == false)
            #expect(server["flavor"]?["id"] == 1 && server["image"]?["id"] == "f1r57-1m4g3-1d")
            #expect(server["metadata"] == ["os": "debian", "users": "root"])
            #expect(server["key_name"] == .null && server["SNF:key_names"] == [] && server["attachments"] == [])
            #expect(server["user_id"] == "s0m3-u53r-1d" && server["tenant_id"] == "s0m3-u53r-1d")
            // adminPass is shown once: never by GET.
            let shown = try await api.server("144")
            #expect(shown["adminPass"] == nil && shown["status"] == "BUILD")
            #expect(try await usage(api, "cyclades.vm") == 3)
            #expect(try await usage(api, "cyclades.cpu") == 5)
            let ram = try await usage(api, "cyclades.ram")
            #expect(ram == (9 << 30) + (128 << 20))
            #expect(try await usage(api, "cyclades.disk") == 81 << 30)
            let busy = try await api.action("144", ["shutdown": [:]])
            #expect(busy.status == 409 && busy.message == "Server '144' is being built.")
            try await Fixtures(cloud).settleServers()
            let built = try await api.server("144")
            #expect(built["status"] == "ACTIVE" && built["progress"] == 100 && built["SNF:task_state"] == "")
            let list = try await api.get("/compute/v2.0/servers")
            #expect(list["servers"]?.arrayValue?.map { $0["id"] } == [141, 142, 144])
        }
    }

    @Test func fieldsAreKept() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let key = try await api.post(
                "/compute/v2.0/os-keypairs", ["keypair": ["name": "My Generated Key"]])
            #expect(key.status == 201 || key.status == 200)
            let personality: JSON = [
                [
                    "path": "/root/.ssh/authorized_keys", "contents": .string(Data("ssh-rsa AAAA me".utf8).base64EncodedString()),
                    "owner": "root", "group": "root", "mode": 0o600,
                ]
            ]
            let reply = try await api.createServer(
                "Keyed",
                extra: [
                    ("key_name", "My Generated Key"), ("metadata", ["os": "ubuntu", "role": "web"]), ("personality", personality),
                    ("adminPass", "S0mePassw0rd0n3"),
                ])
            #expect(reply.status == 202, "\(reply.body)")
            let server = reply["server"]
            #expect(server?["adminPass"] == "S0mePassw0rd0n3" && server?["status"] == "ACTIVE")
            #expect(server?["key_name"] == "My Generated Key" && server?["SNF:key_names"] == ["My Generated Key"])
            #expect(server?["metadata"] == ["os": "ubuntu", "role": "web", "users": "root"])
            #expect(
                try await api.get("/compute/v2.0/servers/144/metadata").json == [
                    "metadata": ["os": "ubuntu", "role": "web", "users": "root"]
                ])
            let both = try await api.createServer("x", extra: [("key_name", "a"), ("SNF:key_names", ["b"])])
            #expect(both.status == 400 && both.message == "Only one of the SNF:key_names andkey_name can be set")
            let unknownKey = try await api.createServer("x", extra: [("key_name", "nope")])
            #expect(unknownKey.status == 404 && unknownKey.message == "Keypair nope not found.")
        }
    }

    @Test func networks() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            _ = try await api.createSubnet(network: network)
            let ip = try await api.reserveIP()
            #expect(ip["floatingip"]?["floating_ip_address"] == "192.168.3.5")
            let reply = try await api.createServer(
                "Extrovert", extra: [("networks", [["uuid": "1", "fixed_ip": "192.168.3.5"], ["uuid": .string(network)]])])
            #expect(reply.status == 202, "\(reply.body)")
            #expect(reply["server"]?["attachments"] == [])
            let ports = try await api.get("/network/v2.0/ports")["ports"]?.arrayValue ?? []
            #expect(ports.map { $0["device_id"] } == ["144", "144"])
            #expect(ports.map { $0["status"] } == ["BUILD", "BUILD"] && ports.map { $0["device_owner"] } == ["vm", "vm"])
            #expect(ports.first?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "192.168.3.5")
            #expect(ports.last?["fixed_ips"]?.arrayValue?.first?["ip_address"] == "10.0.3.2")
            try await Fixtures(cloud).settleServers()
            let server = try await api.server("144")
            #expect(server["status"] == "ACTIVE" && server["attachments"]?.arrayValue?.count == 2)
            #expect(server["addresses"]?["1"] == [["version": 4, "addr": "192.168.3.5", "OS-EXT-IPS:type": "floating"]])

            // A public network without fixed_ip takes an unused floating IP, or fails with Synnefo's 409.
            let none = try await api.createServer("Picky", extra: [("networks", [["uuid": "1"]])])
            #expect(none.status == 409)
            #expect(none.message == "Cannot find an unused floating IP to connect server to network '1'. Please create a floating IP.")
            #expect(try await api.reserveIP()["floatingip"]?["floating_ip_address"] == "192.168.3.6")
            #expect(try await api.createServer("Picky", extra: [("networks", [["uuid": 1]])]).status == 202)
            let cases: [(JSON, Int, String)] = [
                ([["uuid": "1", "fixed_ip": "192.168.3.5"]], 409, "IP address '192.168.3.5' is already in use"),
                ([["uuid": "1", "fixed_ip": "192.168.3.77"]], 404, "Floating IP does not exist."),
                ([["uuid": "1", "fixed_ip": nil]], 400, "Cannot connect to public network"),
                ([["uuid": .string(network), "fixed_ip": "10.0.3.2"]], 409, "IP address 10.0.3.2 is already used."),
                ([["uuid": .string(network), "fixed_ip": "10.0.4.2"]], 400, "Address 10.0.4.2 does not belong to network \(network)"),
                ([["uuid": .string(network), "fixed_ip": "not-an-ip"]], 400, "not-an-ip is not a valid IPv4 Address"),
                ([["uuid": "99"]], 404, "Network 99 not found."),
                ([["fixed_ip": "10.0.3.9"]], 400, "Network 'uuid' or 'port' attribute is required."),
                (["1"], 400, "Malformed request. Invalid 'networks' field"),
                ("1", 400, "Malformed request"),
                (.array(Array(repeating: ["uuid": .string(network)], count: 9)), 400, "Maximum ports per server limit reached"),
            ]
            for (networks, status, message) in cases {
                let failed = try await api.createServer("bad", extra: [("networks", networks)])
                #expect(failed.status == status && failed.message == message, "\(networks)")
            }
            #expect(try await usage(api, "cyclades.vm") == 4)
            #expect(try await api.get("/network/v2.0/ports")["ports"]?.arrayValue?.count == 3)
        }
    }

    @Test func existingPort() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let port = try CloudAPI.id(try await api.createPort(network: network), "port")
            #expect(try await api.createServer("Ported", extra: [("networks", [["port": .string(port)]])]).status == 202)
            #expect(try await api.get("/network/v2.0/ports/\(port)")["port"]?["device_id"] == "144")
            let used = try await api.createServer("Again", extra: [("networks", [["port": .string(port)]])])
            #expect(used.status == 409 && used.message == "Port \(port) is already in use.")
            #expect(try await api.createServer("Again", extra: [("networks", [["port": "77"]])]).message == "Port '77' not found.")
        }
    }

    @Test func malformedRequests() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let base = JSONObject([("name", "x"), ("flavorRef", 1), ("imageRef", "f1r57-1m4g3-1d")])
            func without(_ key: String) -> JSON {
                var object = base
                object[key] = nil
                return ["server": .object(object)]
            }
            func with(_ key: String, _ value: JSON) -> JSON {
                var object = base
                object[key] = value
                return ["server": .object(object)]
            }
            let cases: [(JSON, Int, String)] = [
                ([:], 400, "Malformed request"),
                (["server": "x"], 400, "Malformed request"),
                (without("name"), 400, "Malformed request"),
                (without("flavorRef"), 400, "Malformed request"),
                (without("imageRef"), 400, "Malformed request"),
                (with("name", 5), 400, "Malformed request"),
                (with("metadata", []), 400, "Malformed request"),
                (with("personality", [:]), 400, "Malformed request"),
                (with("SNF:key_names", "k"), 400, "Malformed request"),
                (with("flavorRef", "small"), 400, "Invalid flavor ID 'small'"),
                (with("flavorRef", 99), 404, "Flavor not found."),
                (with("imageRef", "nope"), 404, "Image 'nope' not found"),
                (with("name", .string(String(repeating: "n", count: 256))), 400, "Server name is too long"),
                (
                    with("adminPass", "weak"), 400,
                    "Password not strong (must contain upper case, lower case, digits and be at least 10 characters!"
                ),
                (
                    with("metadata", .object(JSONObject((1...11).map { ("k\($0)", "v") }))), 400,
                    "Virtual Machines cannot have more than 10 metadata items"
                ),
                (with("metadata", .object(JSONObject([(String(repeating: "k", count: 51), "v")]))), 400, "Metadata key is too long"),
                (with("metadata", ["k": .string(String(repeating: "v", count: 501))]), 400, "Metadata value is too long"),
                (with("project", "other"), 400, "User s0m3-u53r-1d not in project other"),
            ]
            for (body, status, message) in cases {
                let reply = try await api.post("/compute/v2.0/servers", body)
                #expect(reply.status == status && reply.message == message, "\(body)")
            }
            let text = try await api.call(.POST, "/compute/v2.0/servers", body: "name=x", contentType: "text/plain")
            #expect(text.status == 400 && text.message == "Unsupported Content-type: 'text/plain'")
            #expect(try await usage(api, "cyclades.vm") == 2)
            #expect(try await api.get("/compute/v2.0/servers")["servers"]?.arrayValue?.count == 2)
        }
    }

    @Test func personalityLimits() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let file: JSON = ["path": "/etc/motd", "contents": "aGVsbG8="]
            let big = String(repeating: "A", count: 10244)
            let cases: [(JSON, Int, String)] = [
                (.array(Array(repeating: file, count: 6)), 413, "Maximum number of personalities exceeded"),
                ([["path": "/etc/motd", "contents": .string(big)]], 413, "Maximum size of personality exceeded"),
                ([["path": "/etc/motd", "contents": "***"]], 400, "Malformed personality in request"),
                ([["contents": "aGVsbG8="]], 400, "Malformed personality in request"),
                ([["path": "/etc/motd"]], 400, "Malformed personality in request"),
                ([["path": "/etc/motd", "contents": "aGVsbG8=", "mode": "rw"]], 400, "Malformed personality in request"),
                ([["path": "/etc/motd", "contents": "aGVsbG8=", "size": 5]], 400, "Malformed personality in request"),
                (["x"], 400, "Malformed personality in request"),
            ]
            for (personality, status, message) in cases {
                let reply = try await api.createServer("p", extra: [("personality", personality)])
                #expect(reply.status == status && reply.message == message, "\(personality)")
            }
            #expect(try await api.createServer("p", extra: [("personality", .array(Array(repeating: file, count: 5)))]).status == 202)
        }
    }

    @Test func quotaExceededBodyIsExact() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            for index in 1...6 { #expect(try await api.createServer("c\(index)").status == 202) }
            let over = try await api.createServer("c7")
            #expect(over.status == 413)
            #expect(over.headers["Content-Type"].first?.hasPrefix("application/json") == true)
            #expect(
                over.json == [
                    "overLimit": [
                        "code": 413, "message": "Resource Limit Exceeded for your account.",
                        "details": "Limit for resource 'Virtual Machine' exceeded for your account. Available: 0, Requested: 1",
                    ]
                ])
            #expect(try await usage(api, "cyclades.vm") == 8)
            #expect(try await api.get("/compute/v2.0/servers")["servers"]?.arrayValue?.count == 8)
        }
    }
}

extension CloudAPI {
    /// `POST /compute/v2.0/servers` with the guide's flavor 1 and image, and `extra` members.
    func createServer(_ name: String, extra: [(String, JSON)] = []) async throws -> Reply {
        var server = JSONObject([("name", .string(name)), ("flavorRef", 1), ("imageRef", "f1r57-1m4g3-1d")])
        for (key, value) in extra { server[key] = value }
        return try await post("/compute/v2.0/servers", ["server": .object(server)])
    }
}

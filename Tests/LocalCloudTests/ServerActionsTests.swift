import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// synnefo-api.md §4.5: start, stop, reboot and console (`POST /servers/{id}/action`), simulated from timestamps.
@Suite struct ServerActionsTests {
    @Test func shutdownThenStart() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.action("141", ["shutdown": [:]]).status == 202)
            var server = try await api.server("141")
            #expect(server["status"] == "ACTIVE" && server["SNF:task_state"] == "STOPPING" && server["progress"] == 100)
            #expect(try await usage(api, "cyclades.cpu") == 2)
            #expect(try await usage(api, "cyclades.ram") == 9 << 29)
            let pending = try await api.action("141", ["start": [:]])
            #expect(pending.status == 400 && pending.message == "Cannot perform 'START' action while there is a pending 'STOP'.")
            try await Fixtures(cloud).settleServers()
            server = try await api.server("141")
            #expect(server["status"] == "STOPPED" && server["SNF:task_state"] == "" && server["progress"] == 0)
            let again = try await api.action("141", ["os-stop": nil])
            #expect(again.status == 400 && again.message == "Cannot perform 'STOP' action while server is in 'STOPPED' state.")
            #expect(try await api.action("141", ["os-start": nil]).status == 202)
            server = try await api.server("141")
            #expect(server["status"] == "STOPPED" && server["SNF:task_state"] == "STARTING")
            #expect(try await usage(api, "cyclades.cpu") == 4)
            try await Fixtures(cloud).settleServers()
            #expect(try await api.server("141")["status"] == "ACTIVE")
            let started = try await api.action("141", ["start": [:]])
            #expect(started.status == 400 && started.message == "Cannot perform 'START' action while server is in 'STARTED' state.")
        }
    }

    @Test func actionsSettleOnTheirOwn() async throws {
        try await withInProcessCloud(settle: 0.2) { cloud in
            let api = CloudAPI(cloud)
            let stop = try await api.action("142", ["shutdown": [:]])
            #expect(stop.status == 202)
            #expect(try await eventually { try await api.server("142")["status"] == "STOPPED" })
            #expect(try await api.action("142", ["reboot": ["type": "HARD"]]).status == 202)
            #expect(try await eventually { try await api.server("142")["status"] == "ACTIVE" })
            #expect(try await usage(api, "cyclades.cpu") == 4)
        }
    }

    @Test func rebootShowsRebootUntilSettled() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.action("141", ["reboot": ["type": "SOFT"]]).status == 202)
            let server = try await api.server("141")
            #expect(server["status"] == "REBOOT" && server["SNF:task_state"] == "REBOOTING")
            let bad = try await api.action("142", ["reboot": ["type": "WARM"]])
            #expect(bad.status == 400 && bad.message == "Invalid 'type' attribute.")
            #expect(try await api.action("142", ["reboot": [:]]).status == 202)
            try await Fixtures(cloud).settleServers()
            #expect(try await api.server("141")["status"] == "ACTIVE")
            #expect(try await api.server("142")["SNF:task_state"] == "")
            // A hard reboot of a stopped server shows it STOPPED until it settles, then ACTIVE.
            #expect(try await api.action("142", ["shutdown": [:]]).status == 202)
            try await Fixtures(cloud).settleServers()
            #expect(try await api.action("142", ["reboot": ["type": "HARD"]]).status == 202)
            #expect(try await api.server("142")["status"] == "STOPPED")
            try await Fixtures(cloud).settleServers()
            #expect(try await api.server("142")["status"] == "ACTIVE")
        }
    }

    @Test func buildingServerRefusesActions() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            try await Fixtures(cloud).execute("UPDATE servers SET task = 'BUILD', interim = 'BUILD', task_until = 1e17 WHERE id = 141")
            let reply = try await api.action("141", ["shutdown": [:]])
            #expect(reply.status == 409 && reply.fault?.name == "buildInProgress" && reply.message == "Server '141' is being built.")
            try await Fixtures(cloud).execute("UPDATE servers SET status = 'ERROR', task = NULL WHERE id = 142")
            let failed = try await api.action("142", ["reboot": [:]])
            #expect(failed.status == 400 && failed.message == "Cannot perform 'REBOOT' action while server is in 'ERROR' state.")
        }
    }

    @Test func startOverQuotaChangesNothing() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.action("141", ["shutdown": [:]]).status == 202)
            #expect(try await api.server("141")["status"] == "STOPPED")
            try await Fixtures(cloud).execute("UPDATE quotas SET quota_limit = usage WHERE resource = 'cyclades.cpu'")
            let reply = try await api.action("141", ["start": [:]])
            #expect(reply.status == 413 && reply.fault?.name == "overLimit" && reply.message == "Resource Limit Exceeded for your account.")
            #expect(reply.fault?.details == "Limit for resource 'CPU' exceeded for your account. Available: 0, Requested: 2")
            let server = try await api.server("141")
            #expect(server["status"] == "STOPPED" && server["SNF:task_state"] == "")
            #expect(try await usage(api, "cyclades.cpu") == 2)
        }
    }

    @Test func malformedAndUnknownActions() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let cases: [(JSON, Int, String)] = [
                ([:], 400, "Malformed Request."),
                ([["start": [:]]], 400, "Malformed request"),
                (["fly": [:]], 400, "Action fly not supported"),
                (["changePassword": ["adminPass": "x"]], 400, "Action changePassword not supported"),
                (["reboot": 5], 400, "Malformed request. Invalid 'reboot' field"),
                (["resize": ["flavorRef": 2]], 501, "The local cloud does not simulate the 'resize' action."),
            ]
            for (body, status, message) in cases {
                let reply = try await api.action("141", body)
                #expect(reply.status == status && reply.message == message, "\(body)")
            }
            let notJSON = try await api.call(.POST, "/compute/v2.0/servers/141/action", body: "{", contentType: "application/json")
            #expect(notJSON.status == 400 && notJSON.message == "Could not decode request body as JSON")
            #expect(try await api.action("999", ["start": [:]]).message == "Server not found.")
            #expect(try await CloudAPI(cloud, user: 1).action("141", ["start": [:]]).status == 404)
            let wrongMethod = try await api.get("/compute/v2.0/servers/141/action")
            #expect(wrongMethod.status == 405 && wrongMethod.headers["Allow"].first == "POST")
        }
    }

    @Test func rename() async throws {
        try await withInProcessCloud(settle: 30) { cloud in
            let api = CloudAPI(cloud)
            let stop = try await api.action("141", ["shutdown": [:]])
            #expect(stop.status == 202)
            // Allowed while a task is pending.
            #expect(try await api.put("/compute/v2.0/servers/141", ["server": ["name": "Renamed"]]).status == 204)
            #expect(try await api.server("141")["name"] == "Renamed")
            let missing = try await api.put("/compute/v2.0/servers/141", ["server": [:]])
            #expect(missing.status == 400 && missing.message == "Malformed request. Missing attribute 'name'.")
            let long = try await api.put("/compute/v2.0/servers/141", ["server": ["name": .string(String(repeating: "n", count: 256))]])
            #expect(long.status == 400 && long.message == "Server name is too long")
            #expect(try await CloudAPI(cloud, user: 1).put("/compute/v2.0/servers/141", ["server": ["name": "x"]]).status == 404)
        }
    }

    @Test func console() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let reply = try await api.action("141", ["console": ["type": "vnc"]])
            #expect(reply.status == 200)
            let console = try #require(reply["console"]?.objectValue)
            #expect(console.keys == ["type", "host", "port", "password"])
            #expect(console["type"] == "vnc" && console["host"] == "127.0.0.1" && console["port"]?.intValue != nil)
            let password = console["password"]?.stringValue ?? ""
            #expect(password.count == 10 && password.contains(where: \.isUppercase) && password.contains(where: \.isNumber))
            let missing = try await api.action("141", ["console": [:]])
            #expect(missing.status == 400 && missing.message == "No console 'type' specified.")
            let rdp = try await api.action("141", ["console": ["type": "rdp"]])
            #expect(rdp.status == 400 && rdp.message == "Supported types: vnc, vnc-ws, vnc-wss")
            #expect(try await api.action("141", ["shutdown": [:]]).status == 202)
            let stopped = try await api.action("141", ["console": ["type": "vnc-ws"]])
            #expect(stopped.status == 400 && stopped.message == "Server not in ACTIVE state.")
        }
    }
}

extension CloudAPI {
    /// `POST /compute/v2.0/servers/{id}/action` with `body`.
    func action(_ server: String, _ body: JSON) async throws -> Reply {
        try await post("/compute/v2.0/servers/\(server)/action", body)
    }

    /// The `server` object of `GET /compute/v2.0/servers/{id}`.
    func server(_ id: String) async throws -> JSON {
        try await get("/compute/v2.0/servers/\(id)")["server"] ?? .null
    }
}

extension Fixtures {
    /// Ends every pending server task and port deletion now, as if the settle time had passed.
    func settleServers() async throws {
        try await execute(
            """
            UPDATE servers SET task_until = 1, deleted = CASE WHEN deleted IS NULL THEN NULL ELSE 1 END WHERE task_until IS NOT NULL;
            UPDATE ports SET gone_at = 1 WHERE gone_at IS NOT NULL;
            UPDATE ports SET ready_at = 1;
            """)
    }
}

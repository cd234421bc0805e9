import Foundation
import GRDB
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Synchronization
import Testing

/// `kill -9` of the built `kamaki-cloud` while servers are built, acted on and deleted: the database is
/// intact, every quota's usage equals what the servers that exist hold, no deleted server keeps a port,
/// and every server the cloud confirmed is there after a restart.
@Suite struct ServerChurnCrashTests {
    @Test(.enabled(if: BuiltProducts.isBuilt("kamaki-cloud"), "needs kamaki-cloud built (swift build --product kamaki-cloud)"))
    func killDuringServerChurnLeavesAConsistentState() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/churn.sqlite"
            let child = try await LocalCloudProcess.launch(["--port", "0", "--state", path, "--settle", "0.05"])
            try await Fixtures(path: path).execute("UPDATE quotas SET quota_limit = 1125899906842624 WHERE resource LIKE 'cyclades.%'")
            let api = CloudAPI(port: Int(URL(string: child.base)?.port ?? 0), token: child.tokens[0])
            let network = try CloudAPI.id(try await api.post("/network/v2.0/networks", ["network": ["type": "MAC_FILTERED"]]), "network")
            _ = try await api.createSubnet(network: network, cidr: "10.9.0.0/16")
            let confirmed = ConfirmedServers()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        var mine: [String] = []
                        for step in 0..<1000 {
                            let server: JSON = [
                                "name": .string("churn \(worker)-\(step)"), "flavorRef": 1, "imageRef": "f1r57-1m4g3-1d",
                                "networks": [["uuid": .string(network)]],
                            ]
                            guard let reply = try? await api.post("/compute/v2.0/servers", ["server": server]) else { return }
                            if reply.status == 202, let id = reply["server"]?["id"]?.idString {
                                mine.append(id)
                                confirmed.add(id)
                            }
                            if step % 3 == 2, let victim = mine.first {
                                mine.removeFirst()
                                guard (try? await api.delete("/compute/v2.0/servers/\(victim)")) != nil else { return }
                            }
                            if step % 4 == 3, let target = mine.last {
                                let action: JSON = step % 8 == 3 ? ["shutdown": [:]] : ["start": [:]]
                                guard (try? await api.post("/compute/v2.0/servers/\(target)/action", action)) != nil else { return }
                            }
                        }
                    }
                }
                group.addTask {
                    _ = try await eventually(timeout: 30) { confirmed.count >= 60 }
                    child.stop(signal: SIGKILL)
                }
                try await group.waitForAll()
            }
            #expect(confirmed.count >= 60)

            let queue = try DatabaseQueue(path: path)
            let integrity = try await queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            #expect(integrity == "ok")
            let holdings = try await queue.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT q.resource || ': usage ' || q.usage || ', held ' || h.held || IIF(q.usage = h.held, ' match', ' MISMATCH')
                        FROM quotas q JOIN (
                            SELECT 'cyclades.vm' AS resource, COUNT(*) AS held FROM servers WHERE user_id = ? AND deleted IS NULL
                            UNION ALL SELECT 'cyclades.total_cpu', COALESCE(SUM(vcpus), 0) FROM servers WHERE user_id = ? AND deleted IS NULL
                            UNION ALL SELECT 'cyclades.total_ram', COALESCE(SUM(ram), 0) FROM servers WHERE user_id = ? AND deleted IS NULL
                            UNION ALL SELECT 'cyclades.disk', COALESCE(SUM(disk), 0) FROM servers WHERE user_id = ? AND deleted IS NULL
                            UNION ALL SELECT 'cyclades.cpu', COALESCE(SUM(vcpus), 0) FROM servers
                                WHERE user_id = ? AND deleted IS NULL AND status = 'ACTIVE'
                            UNION ALL SELECT 'cyclades.ram', COALESCE(SUM(ram), 0) FROM servers
                                WHERE user_id = ? AND deleted IS NULL AND status = 'ACTIVE'
                        ) h ON h.resource = q.resource
                        WHERE q.user_id = ?
                        """, arguments: StatementArguments(Array(repeating: "s0m3-u53r-1d", count: 7)))
            }
            #expect(holdings.count == 6)
            #expect(holdings.allSatisfy { $0.hasSuffix("match") }, "\(holdings)")
            let strayPorts = try await queue.read { db in
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COUNT(*) FROM ports p JOIN servers s ON s.id = p.device_id WHERE s.deleted IS NOT NULL AND p.gone_at IS NULL"
                )
            }
            #expect(strayPorts == 0)
            try queue.close()

            // Restarted, it serves every server it confirmed before the kill (deleted ones as DELETED).
            let restarted = try await LocalCloudProcess.launch(["--port", "0", "--state", path])
            let again = CloudAPI(port: Int(URL(string: restarted.base)?.port ?? 0), token: restarted.tokens[0])
            for id in confirmed.all.prefix(200) {
                #expect(try await again.get("/compute/v2.0/servers/\(id)").status == 200, "confirmed server \(id) is missing")
            }
            #expect(restarted.stop(signal: SIGTERM) == 0)
        }
    }
}

/// Server ids the cloud confirmed, collected from concurrent writers.
private final class ConfirmedServers: Sendable {
    private let ids = Mutex<[String]>([])
    func add(_ id: String) { ids.withLock { $0.append(id) } }
    var count: Int { ids.withLock { $0.count } }
    var all: [String] { ids.withLock { $0 } }
}
